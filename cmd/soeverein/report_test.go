package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein/texts"
)

const (
	reportQuestions = "../../reports/testdata/hostile-questions.yaml"
	reportAnswers   = "../../reports/testdata/hostile-answers.yaml"
)

// runReportArgs runs `soeverein report args...` with buffers for streams.
func runReportArgs(args ...string) (stdout, stderr string, code int) {
	var out, errw bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errw, getenv: func(string) string { return "" }}
	code = exitCode(runTest(e, append([]string{"report"}, args...)), &errw)
	return out.String(), errw.String(), code
}

func TestReportToStdout(t *testing.T) {
	stdout, stderr, code := runReportArgs("--questions", reportQuestions, reportAnswers)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "---\ntitle: \"Zelfevaluatie digitale soevereiniteit 2026") {
		t.Errorf("stdout starts %q, want the Dutch title", firstLine(stdout))
	}
	data, err := os.ReadFile(reportAnswers)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if want := "`" + hex.EncodeToString(sum[:]) + "`"; !strings.Contains(stdout, want) {
		t.Errorf("report does not hold the answers file's SHA-256 %s", want)
	}
	if stderr != "" {
		t.Errorf("stderr = %q, want nothing for a complete assessment", stderr)
	}
}

func TestReportDashIsStdout(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	abs := func(p string) string { return filepath.Join(wd, p) }
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	stdout, stderr, code := runReportArgs("--questions", abs(reportQuestions), abs(reportAnswers), "-o", "-")
	if code != 0 || !strings.HasPrefix(stdout, "---\ntitle: ") {
		t.Fatalf("report -o -: exit %d, stdout %.40q, stderr %s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error("report -o - wrote a file named -")
	}
}

func TestReportToFileWithFlagsAfterTheName(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.md")
	stdout, stderr, code := runReportArgs(reportAnswers, "-o", out, "--lang", "en", "--questions="+reportQuestions)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want nothing with -o", stdout)
	}
	if !strings.Contains(stderr, "report written to "+out) {
		t.Errorf("stderr = %q, want it to name %s", stderr, out)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(got), "---\ntitle: \"Digital sovereignty self-assessment 2026") {
		t.Errorf("report starts %q, want the English title", firstLine(string(got)))
	}
	if info, err := os.Stat(out); err == nil && info.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v, want 0600", info.Mode().Perm())
	}
}

func TestReportWarnsAboutOtherVersion(t *testing.T) {
	data, err := os.ReadFile(reportAnswers)
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "old.yaml")
	changed := strings.Replace(string(data), `version: "2026.1"`, `version: "2025.1"`, 1)
	if err := os.WriteFile(old, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runReportArgs("--questions", reportQuestions, old)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "waarschuwing: ingevuld met vragenlijstversie 2025.1, berekend met versie 2026.1") {
		t.Errorf("stderr = %q, want a warning about version 2025.1", stderr)
	}
	if !strings.Contains(stdout, "**Andere versie van de vragenlijst.**") || !strings.Contains(stdout, "versie 2025.1 van vragenlijst hostile") {
		t.Error("report does not say it was answered against version 2025.1")
	}
}

func TestReportMarksDraft(t *testing.T) {
	data, err := os.ReadFile(reportAnswers)
	if err != nil {
		t.Fatal(err)
	}
	// Drop the answer to cloud.share: one question is open.
	text := string(data)
	cut := strings.Index(text, "  cloud.share:")
	partial := filepath.Join(t.TempDir(), "partial.yaml")
	if err := os.WriteFile(partial, []byte(text[:cut]), 0o600); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runReportArgs("--questions", reportQuestions, partial)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "---\ntitle: \"CONCEPT – ") {
		t.Errorf("title %q, want it marked CONCEPT", firstLine(stdout))
	}
	if !strings.Contains(stderr, "1 van de 3 vragen is nog niet beantwoord") {
		t.Errorf("stderr = %q, want a note that 1 of 3 questions is open", stderr)
	}
}

func TestReportErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("format: 1\nkind: soeverein-answers\nanswers:\n  cloud.mail:\n    evidence_level: proven\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	answersCopy := filepath.Join(dir, "answers.yaml")
	data, _ := os.ReadFile(reportAnswers)
	if err := os.WriteFile(answersCopy, data, 0o600); err != nil {
		t.Fatal(err)
	}
	linked := filepath.Join(dir, "linked.md")
	if err := os.Symlink(answersCopy, linked); err != nil {
		t.Fatal(err)
	}
	questionsCopy := filepath.Join(dir, "questions.yaml")
	qdata, _ := os.ReadFile(reportQuestions)
	if err := os.WriteFile(questionsCopy, qdata, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"no file", []string{}, exitUsage, "report heeft één antwoordenbestand nodig"},
		{"two files", []string{reportAnswers, reportAnswers}, exitUsage, "report heeft één antwoordenbestand nodig"},
		{"unknown flag", []string{"--pdf", reportAnswers}, exitUsage, "report: onbekende optie -pdf"},
		{"unknown language", []string{"--lang", "de", reportAnswers}, exitUsage, "onbekende taal de: kies nl (Nederlands) of en (English)"},
		{"missing file", []string{"--questions", reportQuestions, filepath.Join(dir, "nope.yaml")}, exitError, "nope.yaml bestaat niet"},
		{"broken answers", []string{"--questions", reportQuestions, broken}, exitError, broken + ":5:21: antwoord cloud.mail: evidence_level \"proven\": gebruik een van self_declared, documented, audited [unknown-value]"},
		{"broken answers in English", []string{"--questions", reportQuestions, broken, "--lang", "en"}, exitError, broken + ":5:21: answer cloud.mail: evidence_level \"proven\": use one of self_declared, documented, audited [unknown-value]"},
		{"broken questionnaire", []string{"--questions", broken, reportAnswers}, exitError, broken + ":2:7: dit is een antwoordenbestand, geen vragenlijst"},
		{"overwrite answers", []string{"--questions", reportQuestions, answersCopy, "-o", answersCopy}, exitUsage, "zou " + answersCopy + " overschrijven, dat het leest"},
		{"overwrite answers through a link", []string{"--questions", reportQuestions, answersCopy, "-o", linked}, exitUsage, "zou " + answersCopy},
		{"overwrite last year", []string{"--questions", reportQuestions, answersCopy, "--previous", reportAnswers, "-o", reportAnswers}, exitUsage, "zou " + reportAnswers},
		{"overwrite questionnaire", []string{"--questions", questionsCopy, answersCopy, "-o", questionsCopy}, exitUsage, "zou " + questionsCopy},
		{"folder as output", []string{"--questions", reportQuestions, answersCopy, "-o", dir}, exitError, "soeverein vervangt alleen gewone bestanden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runReportArgs(tt.args...)
			if code != tt.wantCode {
				t.Errorf("report %v: exit code %d, want %d; stderr:\n%s", tt.args, code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("report %v: stderr = %q, want it to contain %q", tt.args, stderr, tt.wantStderr)
			}
			if stdout != "" {
				t.Errorf("report %v: stdout = %q, want nothing", tt.args, stdout)
			}
			if strings.Contains(stderr, "goroutine") {
				t.Errorf("report %v: stack trace on stderr", tt.args)
			}
		})
	}
	if got, _ := os.ReadFile(answersCopy); !bytes.Equal(got, data) {
		t.Error("-o on the answers file changed it")
	}
}

func TestReportHelp(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		stdout, _, code := runReportArgs("--help", "--lang", lang)
		if code != exitOK || !strings.Contains(stdout, commandUsage(lookupCommand("report"), texts.Lang(lang))) {
			t.Errorf("report --help --lang %s: exit code %d, stdout %q; want the usage", lang, code, firstLine(stdout))
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// BenchmarkReportCommand measures `soeverein report` in-process, from
// reading the built-in questionnaire to the rendered markdown, without
// process start-up.
func BenchmarkReportCommand(b *testing.B) {
	var out, errw bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errw, getenv: func(string) string { return "" }}
	for b.Loop() {
		out.Reset()
		if err := runTest(e, []string{"report", "../../testdata/answers/microsoft.yaml"}); err != nil {
			b.Fatal(err)
		}
	}
}
