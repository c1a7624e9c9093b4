package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein/scoring"
)

const scoreData = "testdata/score/"

// runScoreArgs runs `soeverein score args...` with buffers for streams.
func runScoreArgs(args ...string) (stdout, stderr string, code int) {
	var out, errw bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errw, getenv: func(string) string { return "" }}
	err := runTest(e, append([]string{"score"}, args...))
	code = exitCode(err, &errw)
	return out.String(), errw.String(), code
}

// The command prints exactly the table reports.ScoreText writes, whose
// goldens are in reports/testdata/score (made from a copy of the fixtures
// here).
func TestScoreTable(t *testing.T) {
	q := "--questions=" + scoreData + "questions.yaml"
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"dutch by default", []string{scoreData + "complete.yaml", q}, "complete.nl.txt"},
		{"english", []string{"--lang", "en", q, scoreData + "complete.yaml"}, "complete.en.txt"},
		{"weakest link", []string{q, scoreData + "weakest.yaml"}, "weakest.nl.txt"},
		{"incomplete, other version", []string{q, scoreData + "incomplete.yaml", "--lang=en"}, "incomplete.en.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, _, code := runScoreArgs(tt.args...)
			if code != exitOK {
				t.Fatalf("score %v: exit code %d, want 0", tt.args, code)
			}
			want, err := os.ReadFile("../../reports/testdata/score/" + tt.golden)
			if err != nil {
				t.Fatal(err)
			}
			if stdout != string(want) {
				t.Errorf("score %v differs from reports/testdata/score/%s:\n%s", tt.args, tt.golden, stdout)
			}
		})
	}
}

func TestScoreWarnsAboutOtherVersion(t *testing.T) {
	_, stderr, code := runScoreArgs("--questions", scoreData+"questions.yaml", scoreData+"incomplete.yaml")
	if code != exitOK {
		t.Fatalf("exit code %d, want 0", code)
	}
	for _, want := range []string{
		"incomplete.yaml:5:12: waarschuwing: ingevuld met vragenlijstversie 0, berekend met versie 1: antwoorden op vragen die niet meer bestaan blijven bewaard maar tellen niet mee [other-version]",
		`incomplete.yaml:15:5: waarschuwing: antwoord exit.plan: onbekende optie "rehearsed" (opties: none, written, tested, dont_know, not_applicable); het blijft bewaard maar telt niet mee [answer-not-used]`,
		`incomplete.yaml:17:5: waarschuwing: antwoord op onbekende vraag "exit.old_question" blijft bewaard maar telt niet mee [unknown-answer]`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestScoreJSON(t *testing.T) {
	stdout, stderr, code := runScoreArgs(scoreData+"weakest.yaml", "--json", "--questions", scoreData+"questions.yaml")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit code %d, stderr %q; want 0 and nothing", code, stderr)
	}
	var res scoring.Result
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("stdout is not a JSON result: %v\n%s", err, stdout)
	}
	o := res.Overall
	if o.Score != 83.3 || o.Level.Level != 1 || o.ScoreLevel.Level != 2 || !o.Capped || len(o.CappedBy) != 1 || o.CappedBy[0] != "cloud" {
		t.Errorf("overall = %+v, want 83.3 at level 1, capped from 2 by cloud", o)
	}
	if res.Subject.Municipality != "Gemeente Voorbeeldstad" || len(res.Themes) != 2 || len(res.Rules) != 4 {
		t.Errorf("result lacks subject, themes or rules: %+v", res.Subject)
	}
	for _, key := range []string{`"subject"`, `"overall"`, `"completeness"`, `"themes"`, `"rules"`, `"findings"`, `"sov"`, `"points_lost"`, `"outcome": "met"`} {
		if !strings.Contains(stdout, key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

func TestScoreJSONKeepsNotesReadable(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(scoreData + "weakest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("    choice: us\n"), []byte("    choice: us\n    note: \"<b>M365</b> & co\"\n"), 1)
	path := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, _, code := runScoreArgs("--json", "--questions", scoreData+"questions.yaml", path)
	if code != exitOK || !strings.Contains(stdout, `"note": "<b>M365</b> & co"`) {
		t.Errorf("exit code %d; JSON does not hold the note as written:\n%s", code, stdout)
	}
}

func TestScoreErrors(t *testing.T) {
	q := "--questions=" + scoreData + "questions.yaml"
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"no file", []string{q}, exitUsage, "score heeft één antwoordenbestand nodig"},
		{"two files", []string{q, scoreData + "complete.yaml", scoreData + "weakest.yaml"}, exitUsage, "score heeft één antwoordenbestand nodig"},
		{"unknown flag", []string{"--csv", scoreData + "complete.yaml"}, exitUsage, "score: onbekende optie -csv"},
		{"bad language", []string{"--lang", "de", scoreData + "complete.yaml"}, exitUsage, "onbekende taal de: kies nl (Nederlands) of en (English)"},
		{"missing file", []string{q, scoreData + "nothere.yaml"}, exitError, "testdata/score/nothere.yaml bestaat niet"},
		{"folder", []string{q, scoreData}, exitError, "is een map, geen bestand"},
		{"broken yaml", []string{q, scoreData + "broken.yaml"}, exitError, "testdata/score/broken.yaml:3:1: geen geldige YAML: in een lijst tussen [ en ] ontbreekt een komma of de ] [not-yaml]"},
		{"broken yaml in English", []string{q, scoreData + "broken.yaml", "--lang", "en"}, exitError, "testdata/score/broken.yaml:3:1: not valid YAML: did not find expected ',' or ']' [not-yaml]"},
		{"questionnaire as answers", []string{q, scoreData + "questions.yaml"}, exitError, "questions.yaml:2:7: dit is een vragenlijst, geen antwoordenbestand: geef het antwoordenbestand (soeverein-GM....-JJJJ.yaml) [not-answers]"},
		{"broken questionnaire", []string{"--questions", scoreData + "broken.yaml", scoreData + "complete.yaml"}, exitError, "testdata/score/broken.yaml:3:1: geen geldige YAML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runScoreArgs(tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("score %v: exit code %d, stderr:\n%s\nwant exit code %d and %q", tt.args, code, stderr, tt.wantCode, tt.wantStderr)
			}
			if stdout != "" {
				t.Errorf("score %v printed to stdout on error:\n%s", tt.args, stdout)
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("score %v printed a stack trace:\n%s", tt.args, stderr)
			}
		})
	}
}

func TestScoreHelp(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		stdout, _, code := runScoreArgs("--help", "--lang", lang)
		if code != exitOK || !strings.Contains(stdout, "soeverein score") || !strings.Contains(stdout, "--json") {
			t.Errorf("score --help --lang %s: exit %d, stdout:\n%s", lang, code, stdout)
		}
	}
	var out bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
	if err := runTest(e, []string{"help", "score"}); err != nil || !strings.Contains(out.String(), "ANTWOORDEN.yaml") {
		t.Errorf("help score: %v\n%s", err, out.String())
	}
}
