package main

import (
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
		{"defaults", []string{"a.yaml"}, &councilOptions{Answers: "a.yaml", Lang: "nl"}, ""},
		{"flags after the file", []string{"a.yaml", "-o", "r.md", "--lang", "en", "--with-scores", "--questions", "q.yaml"},
			&councilOptions{Answers: "a.yaml", Out: "r.md", Questions: "q.yaml", Lang: "en", WithScores: true}, ""},
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

// `soeverein council` writes the numbered answers alone: no report title,
// no scores unless asked; -o writes the file and says so.
func TestCouncilCommand(t *testing.T) {
	stdout, stderr, code := runCmd(t, "council", councilFixture)
	if code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "## 1. Hoe afhankelijk is de gemeente") || strings.Count(stdout, "\n## ") != 9 {
		t.Errorf("stdout is not the ten numbered council answers:\n%s", stdout)
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
	if !strings.HasPrefix(string(data), "## 1. How dependent is the municipality") || !strings.Contains(string(data), "out of 100.") {
		t.Errorf("English council answers with scores:\n%s", data)
	}

	_, stderr, code = runCmd(t, "council", "nope.yaml")
	if code != exitError || !strings.Contains(stderr, "nope.yaml") {
		t.Errorf("missing file: exit code %d, stderr %q", code, stderr)
	}
	stdout, _, code = runCmd(t, "council", "--help", "--lang", "en")
	if code != exitOK || !strings.HasPrefix(stdout, "Usage: soeverein council ANSWERS.yaml") {
		t.Errorf("council --help: exit code %d, stdout %q", code, firstLine(stdout))
	}
}
