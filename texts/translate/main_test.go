package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewLanguage(t *testing.T) {
	var out bytes.Buffer
	code, err := run(&out, "fy", t.TempDir())
	if code != 1 || err != nil {
		t.Fatalf("run = %d, %v; want 1 (texts missing), no error", code, err)
	}
	s := out.String()
	for _, want := range []string{"language: fy\n", "plural: one-other ", "  # nl: \"(naam niet ingevuld)\"\n  compare.no_name: \"\"\n", "  problem.summary:\n    one: \"\"\n    other: \"\"\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("skeleton lacks %q:\n%s", want, s)
		}
	}
}

// TestSkeletonIsTheStart checks that the skeleton of a new language, once
// written, lists every text again as a gap (its texts are empty) and asks
// for the tag and name.
func TestSkeletonIsTheStart(t *testing.T) {
	dir := t.TempDir()
	var first, second bytes.Buffer
	run(&first, "fy", dir)
	if err := os.WriteFile(filepath.Join(dir, "fy.yaml"), first.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	code, err := run(&second, "fy", dir)
	if code != 1 || err == nil || !strings.Contains(err.Error(), "tag: expected a word") {
		t.Errorf("run = %d, %v; want 1 and a problem with the empty tag", code, err)
	}
	if n1, n2 := strings.Count(first.String(), ": \"\"\n"), strings.Count(second.String(), ": \"\"\n"); n1 == 0 || n2 != n1 {
		t.Errorf("the skeleton has %d empty texts, the second run lists %d; want every text again", n1, n2)
	}
}

func TestCompleteCatalog(t *testing.T) {
	dir := t.TempDir()
	nl, err := os.ReadFile("../catalogs/nl.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "nl.yaml"), nl, 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if code, err := run(&out, "nl", dir); code != 0 || err != nil || out.Len() != 0 {
		t.Errorf("run = %d, %v, %q; want 0 and nothing for a complete catalog", code, err, out.String())
	}
}
