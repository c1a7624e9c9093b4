package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const councilFixture = "../../testdata/answers/microsoft.yaml"

func TestParseCouncil(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want *councilOptions
		err  string
	}{
		{"defaults", []string{"a.yaml"}, &councilOptions{Answers: "a.yaml", Lang: "nl", Format: "md"}, ""},
		{"flags after the file", []string{"a.yaml", "-o", "r.md", "--lang", "en", "--with-scores", "--questions", "q.yaml"},
			&councilOptions{Answers: "a.yaml", Out: "r.md", Format: "md", Questions: "q.yaml", Lang: "en", WithScores: true}, ""},
		{"format from -o", []string{"a.yaml", "-o", "raadsvragen.odt"}, &councilOptions{Answers: "a.yaml", Out: "raadsvragen.odt", Format: "odt", Lang: "nl"}, ""},
		{"unknown format", []string{"a.yaml", "--format", "rtf"}, nil, "council: unknown format rtf"},
		{"no file", nil, nil, "council needs one answers file"},
		{"two files", []string{"a.yaml", "b.yaml"}, nil, "council needs one answers file"},
		{"-o is the answers file", []string{"a.yaml", "-o", "a.yaml"}, nil, "would overwrite a.yaml, which it reads"},
		{"bad language", []string{"a.yaml", "--lang", "de"}, nil, "unknown language de"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseCommandLine(append([]string{"council"}, tc.args...), nil)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parseCouncil(%q) error = %v, want %q", tc.args, err, tc.err)
				}
				return
			}
			if err != nil || *got.(*councilOptions) != *tc.want {
				t.Errorf("parseCouncil(%q) = %+v, %v; want %+v", tc.args, got, err, tc.want)
			}
		})
	}
}

// `soeverein council` writes the numbered answers alone: under the title
// block only the council questions and their answers, no scores unless
// asked; -o writes the file in the format of its extension and says so.
func TestCouncilCommand(t *testing.T) {
	stdout, stderr, code := runCmd(t, "council", councilFixture)
	if code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	_, body, _ := strings.Cut(stdout, "\n# ")
	if !strings.HasPrefix(stdout, "---\ntitle: \"Antwoorden op raadsvragen 2026: Gemeente Polderhoven\"\n") ||
		!strings.HasPrefix(body, "1. Hoe afhankelijk is de gemeente") || strings.Count(stdout, "\n# ") != 10 || strings.Contains(stdout, "\n## ") {
		t.Errorf("stdout is not the ten numbered council answers under the title block:\n%s", stdout)
	}
	for _, bad := range []string{"# Zelfevaluatie", "van de 100", "Actieplan"} {
		if strings.Contains(stdout, bad) {
			t.Errorf("council answers hold %q:\n%s", bad, stdout)
		}
	}

	out := filepath.Join(t.TempDir(), "raadsvragen.md")
	_, stderr, code = runCmd(t, "council", councilFixture, "-o", out, "--lang", "en", "--with-scores")
	if code != exitOK || !strings.Contains(stderr, "council answers written to "+out) {
		t.Fatalf("exit code %d, stderr %q", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "\n# 1. How dependent is the municipality") || !strings.Contains(string(data), "out of 100.") {
		t.Errorf("English council answers with scores:\n%s", data)
	}

	// Word, from the extension: a zip with the Word document, and the
	// checksums that verify reads.
	docx := filepath.Join(t.TempDir(), "raadsvragen.docx")
	if _, stderr, code = runCmd(t, "council", councilFixture, "-o", docx); code != exitOK {
		t.Fatalf("council -o raadsvragen.docx: exit code %d, stderr %q", code, stderr)
	}
	if data, err := os.ReadFile(docx); err != nil || !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		t.Errorf("raadsvragen.docx is not a zip: %v", err)
	}
	if stdout, stderr, code = runCmd(t, "verify", docx, councilFixture); code != exitOK {
		t.Errorf("verify raadsvragen.docx: exit code %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	_, stderr, code = runCmd(t, "council", "nope.yaml")
	if code != exitError || !strings.Contains(stderr, "nope.yaml") {
		t.Errorf("missing file: exit code %d, stderr %q", code, stderr)
	}
	stdout, _, code = runCmd(t, "council", "--help", "--lang", "en")
	if code != exitOK || !strings.HasPrefix(stdout, "Usage: soeverein council ANSWERS.yaml") || !strings.Contains(stdout, "md, html, docx, odt, pdf or json") {
		t.Errorf("council --help: exit code %d, stdout %q", code, stdout)
	}
}
