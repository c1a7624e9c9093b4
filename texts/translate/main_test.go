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
	for _, want := range []string{"language: fy\n", "plural: one-other\n", "  # nl: \"(naam niet ingevuld)\"\n  compare.no_name: \"\"\n", "  problem.summary:\n    one: \"\"\n    other: \"\"\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("skeleton lacks %q:\n%s", want, s)
		}
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
