package survey

import (
	"bytes"
	"os"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"soeverein/assessment"
)

// The golden screens run the model in a real bubbletea program (teatest) at
// 80x24 without colour, and compare the screen a person would read with
// testdata/<TestName>.golden. Update them with go test ./survey -update and
// read the diff like code.

const goldenWidth, goldenHeight = 80, 24

// startProgram runs the model in a test program of the golden size.
func startProgram(t *testing.T, opts Options) *teatest.TestModel {
	t.Helper()
	if opts.Questionnaire == nil {
		opts.Questionnaire = testQuestionnaire(t)
	}
	opts.Now = fixedNow
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(goldenWidth, goldenHeight))
}

// send sends keys in order, as press does.
func send(tm *teatest.TestModel, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

// waitFor waits until the program has drawn text.
func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// finalScreen quits the program and compares its last screen with the
// golden file.
func finalScreen(t *testing.T, tm *teatest.TestModel) {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	m := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	screen := screenText(m)
	// The test ran in a temporary folder (short file names on screen); the
	// golden files live in this package's testdata.
	if err := os.Chdir(packageDir); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, []byte(screen))
}

func TestGoldenStart(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	path := newAnswersFile(t, ".", q, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "us"}
	})
	// "bewerkt" shows the file's date: noon, the same day in every zone.
	noon := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(path, noon, noon); err != nil {
		t.Fatal(err)
	}
	tm := startProgram(t, Options{Questionnaire: q})
	waitFor(t, tm, "beginnen")
	finalScreen(t, tm)
}

func TestGoldenNewAssessment(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	tm := startProgram(t, Options{Questionnaire: q})
	waitFor(t, tm, "Nieuwe zelfevaluatie")
	tm.Type("Gemeente Alkmaar")
	send(tm, "tab")
	tm.Type("GM0361")
	send(tm, "tab")
	waitFor(t, tm, "soeverein-GM0361-2026.yaml")
	finalScreen(t, tm)
}

func TestGoldenQuestionWithHelp(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, nil)
	tm := startProgram(t, Options{Questionnaire: q, Path: path})
	send(tm, "1", "left", "i")
	waitFor(t, tm, "Toelichting")
	finalScreen(t, tm)
}

func TestGoldenReview(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, nil)
	tm := startProgram(t, Options{Questionnaire: q, Path: path})
	send(tm, "1", "w", "m", "right", "2")
	waitFor(t, tm, "Overzicht")
	finalScreen(t, tm)
}

func TestGoldenFinish(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, nil)
	tm := startProgram(t, Options{Questionnaire: q, Path: path})
	send(tm, "1", "1", "2", "enter")
	tm.Type("50")
	send(tm, "enter", "2", "f")
	waitFor(t, tm, "Rapport:")
	finalScreen(t, tm)
}

// The golden screens must not depend on a message arriving late.
var _ tea.Model = (*Model)(nil)
