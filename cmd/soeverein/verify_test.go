package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// verify accepts every report it can read back, internal and public, and
// refuses it once one byte of the answers file (or the questionnaire) has
// changed, naming the file that differs.
func TestVerifyEveryFormat(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "answers.yaml")
	data, err := os.ReadFile("../../testdata/answers/microsoft.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(answers, data, 0o600); err != nil {
		t.Fatal(err)
	}
	formats := []string{"md", "html", "docx", "odt"}
	if _, err := exec.LookPath("soffice"); err == nil && !testing.Short() {
		formats = append(formats, "pdf") // LibreOffice first: its PDF keeps the checksums
	}
	var reports []string
	for _, f := range formats {
		for _, public := range []bool{false, true} {
			if f == "pdf" && public {
				continue // one LibreOffice run is enough (about 25 s)
			}
			out := filepath.Join(dir, "rapport-"+f)
			args := []string{"report", answers, "-o", out + "." + f}
			if public {
				out += "-openbaar"
				args = []string{"report", answers, "--public", "-o", out + "." + f}
			}
			if _, stderr, code := runArgs(args...); code != exitOK {
				t.Fatalf("%v: exit %d\n%s", args, code, stderr)
			}
			reports = append(reports, out+"."+f)
		}
	}
	for _, r := range reports {
		stdout, stderr, code := runArgs("verify", r, answers)
		if code != exitOK || !strings.Contains(stdout, "hoort bij deze bestanden") {
			t.Errorf("verify %s: exit %d, stdout %q, stderr %q; want 0 and 'hoort bij'", filepath.Base(r), code, stdout, stderr)
		}
	}
	// One byte of the answers file changed.
	changed := append([]byte(nil), data...)
	changed[len(changed)/2] ^= 0x01
	if err := os.WriteFile(answers, changed, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, r := range reports {
		_, stderr, code := runArgs("verify", r, answers)
		if code != exitError || !strings.Contains(stderr, "hoort NIET") || !strings.Contains(stderr, "antwoordenbestand answers.yaml verschilt") {
			t.Errorf("verify %s after a changed byte: exit %d, stderr %q; want 1 naming the answers file", filepath.Base(r), code, stderr)
		}
	}
	// The right answers, another questionnaire.
	if err := os.WriteFile(answers, data, 0o600); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runArgs("verify", reports[0], answers, "--questions", "../../reports/testdata/hostile-questions.yaml", "--lang", "en")
	if code != exitError || !strings.Contains(stderr, "the questionnaire hostile-questions.yaml differs") || strings.Contains(stderr, "answers file") {
		t.Errorf("verify with another questionnaire: exit %d, stderr %q; want 1 naming only the questionnaire", code, stderr)
	}
}

// A file that carries no checksums is refused, and says so.
func TestVerifyRefusesAFileWithoutChecksums(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "afgedrukt.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7\n% a browser's PDF without metadata\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runArgs("verify", pdf, "../../testdata/answers/microsoft.yaml")
	if code != exitError || !strings.Contains(stderr, "niet te controleren") {
		t.Errorf("verify of a PDF without metadata: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = runArgs("verify", "../../testdata/answers/microsoft.yaml", "../../testdata/answers/microsoft.yaml")
	if code != exitError || !strings.Contains(stderr, "geen controlegetallen") {
		t.Errorf("verify of an answers file as report: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := runArgs("verify", pdf); code != exitUsage {
		t.Errorf("verify with one file: exit %d, want %d", code, exitUsage)
	}
}

// --format and the -o extension choose the format; a binary format needs -o.
func TestReportFormatChoice(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		args   []string
		file   string
		prefix string
	}{
		{[]string{"-o", filepath.Join(dir, "r.html")}, "r.html", "<!DOCTYPE html>"},
		{[]string{"-o", filepath.Join(dir, "r.docx")}, "r.docx", "PK\x03\x04"},
		{[]string{"-o", filepath.Join(dir, "r.odt")}, "r.odt", "PK\x03\x04mimetype"[:4]},
		{[]string{"-o", filepath.Join(dir, "r.txt"), "--format", "html"}, "r.txt", "<!DOCTYPE html>"},
		{[]string{"-o", filepath.Join(dir, "r.json")}, "r.json", "{"},
		{[]string{"-o", filepath.Join(dir, "r")}, "r", "---\ntitle: "},
	} {
		args := append([]string{"report", "--questions", reportQuestions, reportAnswers}, tt.args...)
		if _, stderr, code := runArgs(args...); code != exitOK {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		got, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil || !strings.HasPrefix(string(got), tt.prefix) {
			t.Errorf("%v: file starts %.20q, want %q", tt.args, got, tt.prefix)
		}
	}
	for _, args := range [][]string{{"--format", "docx"}, {"--format", "pdf"}, {"--format", "rtf"}, {"--public", "--format", "json", "-o", filepath.Join(dir, "p.json")}} {
		if _, _, code := runArgs(append([]string{"report", "--questions", reportQuestions, reportAnswers}, args...)...); code != exitUsage {
			t.Errorf("report %v: exit %d, want %d", args, code, exitUsage)
		}
	}
}
