package main

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"soeverein"
	"soeverein/schemas"
	"soeverein/texts"
)

// update rewrites the golden files of the commands (testdata/score,
// testdata/compare) and the expected output in the scripts: go test
// ./cmd/soeverein -update, then read the diff.
var update = flag.Bool("update", false, "rewrite the golden files and the scripts' expected output")

// runCmd runs the program in-process and returns its output and exit code.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func TestValidateQuestionsVersion(t *testing.T) {
	broken := filepath.Join("..", "..", "assessment", "testdata", "broken", "many_problems.yaml")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"validate default", []string{"validate"}, 0, "questions.yaml: geldig: vragenlijst gemeente-soevereiniteit versie 2026.2, 10 thema's, 66 vragen", ""},
		{"validate english", []string{"validate", "--lang", "en"}, 0, "valid: questionnaire gemeente-soevereiniteit version 2026.2", ""},
		{"validate broken", []string{"validate", "--questions", broken}, 1, "", "many_problems.yaml:24:5: thema cloud: onbekend veld \"weigth\" (bedoelt u \"weight\"?); bekende velden: id, title,"},
		{"validate broken in English", []string{"validate", "--questions", broken, "--lang", "en"}, 1, "", "many_problems.yaml:24:5: theme cloud: unknown field \"weigth\" (did you mean \"weight\"?); known fields: id, title,"},
		{"validate counts problems", []string{"validate", "--questions", broken, "--lang", "en"}, 1, "", "5 problems found; fix them and try again"},
		{"validate missing file", []string{"validate", "--questions", "nope.yaml"}, 1, "", "soeverein: nope.yaml bestaat niet: controleer de naam en de map"},
		{"validate extra argument", []string{"validate", "x.yaml"}, 2, "", "validate neemt geen bestandsnamen; gebruik --questions BESTAND"},
		{"version", []string{"version"}, 0, "soeverein " + soeverein.CurrentBuild().Version + " (vragenlijst gemeente-soevereiniteit 2026.2)", ""},
		{"--version", []string{"--version"}, 0, "soeverein " + soeverein.CurrentBuild().Version + " (vragenlijst gemeente-soevereiniteit 2026.2)", ""},
		{"--version english", []string{"--version", "--lang", "en"}, 0, "soeverein " + soeverein.CurrentBuild().Version + " (questionnaire gemeente-soevereiniteit 2026.2)", ""},
		{"version neemt geen argumenten", []string{"version", "x"}, 2, "", "version neemt geen argumenten"},
		{"help", []string{"help"}, 0, "  validate    controleer een vragenlijstbestand", ""},
		{"questions of an old version", []string{"questions", "--version", "2026.1"}, 0, "version: \"2026.1\"", ""},
		{"questions of the default version", []string{"questions", "--version", "2026.2"}, 0, "version: \"2026.2\"", ""},
		{"questions of a version never published", []string{"questions", "--version", "2019.1"}, 2, "", "questions: --version 2019.1 is niet ingebouwd; versies: 2026.1, 2026.2"},
		{"help english", []string{"--help", "--lang", "en"}, 0, "Exit codes: 0 ok, 1 error, 2 wrong use, 130 stopped by the user.", ""},
		{"command help", []string{"help", "validate"}, 0, "Gebruik: soeverein validate", ""},
		{"unknown command", []string{"bogus"}, 2, "", "onbekend commando bogus"},
		{"unknown flag", []string{"validate", "--frobnicate"}, 2, "", "validate: onbekende optie -frobnicate"},
		{"bad language", []string{"validate", "--lang", "de"}, 2, "", "onbekende taal de: kies nl (Nederlands) of en (English)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, tc.args...)
			if code != tc.code {
				t.Errorf("exit code = %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			if !strings.Contains(stdout, tc.inStdout) {
				t.Errorf("stdout = %q, want it to contain %q", stdout, tc.inStdout)
			}
			if !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.inStderr)
			}
		})
	}
}

// TestQuestionsPrintsTheEmbeddedFile: the schema line, then questions.yaml
// byte for byte; with --plain only the bytes (schema_test.go has the rest).
func TestQuestionsPrintsTheEmbeddedFile(t *testing.T) {
	stdout, _, code := runCmd(t, "questions")
	if code != 0 || stdout != schemas.ModeLine+string(soeverein.DefaultQuestionnaire) {
		t.Errorf("questions: exit %d, %d bytes; want exit 0, the schema line and the %d bytes of questions.yaml", code, len(stdout), len(soeverein.DefaultQuestionnaire))
	}
	stdout, _, code = runCmd(t, "questions", "--plain")
	if code != 0 || stdout != string(soeverein.DefaultQuestionnaire) {
		t.Errorf("questions --plain: exit %d, %d bytes; want exit 0 and the %d bytes of questions.yaml", code, len(stdout), len(soeverein.DefaultQuestionnaire))
	}
}

func TestVersionText(t *testing.T) {
	rev := "db5209e5a74a9df3c9f8490f7b61748a1944edb5"
	for _, tc := range []struct {
		name string
		lang string
		b    soeverein.Build
		want string
	}{
		{"release", "nl", soeverein.Build{Version: "0.1.0"},
			"soeverein 0.1.0 (vragenlijst q 2026.1)\n"},
		{"release with revision", "en", soeverein.Build{Version: "0.1.0", Revision: rev, Time: "2026-12-01T20:09:42Z"},
			"soeverein 0.1.0 (questionnaire q 2026.1)\nbuilt from commit db5209e5a74a (2026-12-01T20:09:42Z)\n"},
		{"modified work tree", "nl", soeverein.Build{Version: "v0.0.0-20261201200942-db5209e5a74a+dirty", Revision: rev, Modified: true},
			"soeverein v0.0.0-20261201200942-db5209e5a74a+dirty (vragenlijst q 2026.1)\ngebouwd uit commit db5209e5a74a met niet-vastgelegde wijzigingen\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := versionText(texts.Lang(tc.lang), tc.b, "q", "2026.1"); got != tc.want {
				t.Errorf("versionText(%q, %+v) =\n%q\nwant\n%q", tc.lang, tc.b, got, tc.want)
			}
		})
	}
}

// runTest runs args in e as run does, with e's streams.
func runTest(e *env, args []string) error {
	c := *e
	return runWith(&c, args, e.stdout, e.stderr)
}
