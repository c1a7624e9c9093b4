package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"soeverein/assessment"
)

// runSurveyArgs runs soeverein with args, a scripted stdin and environment
// variables, in a fresh folder; stdin and stdout are not terminals, so the
// survey runs in its accessible mode.
func runSurveyArgs(t *testing.T, stdin string, vars map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errw bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(stdin), stdout: &out, stderr: &errw,
		getenv: func(k string) string { return vars[k] }}
	code = exitCode(runTest(e, args), &errw)
	return out.String(), errw.String(), code
}

// newAssessmentInput fills in the start questions for GM0361.
const newAssessmentInput = "Gemeente Alkmaar\nGM0361\n2026-11-01\n\nEva Voorbeeld\nCISO\n\n"

func TestSurveyIsTheDefaultCommand(t *testing.T) {
	t.Chdir(t.TempDir())
	stdout, stderr, code := runSurveyArgs(t, newAssessmentInput+"1\nnotitie\n", nil)
	if code != exitOK {
		t.Fatalf("soeverein: exit code %d, stderr %s", code, stderr)
	}
	if !strings.Contains(stdout, "Vraag 1 van") || !strings.Contains(stdout, "Einde van de invoer. Antwoorden opgeslagen in soeverein-GM0361-2026.yaml.") {
		t.Errorf("stdout:\n%s", stdout)
	}
	a, _, err := assessment.LoadAnswers("soeverein-GM0361-2026.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Answers) != 1 || a.Municipality.CBSCode != "GM0361" {
		t.Errorf("saved %d answers for %q, want 1 for GM0361", len(a.Answers), a.Municipality.CBSCode)
	}
	for id, ans := range a.Answers {
		if ans.Choice == "" || ans.Note != "notitie" {
			t.Errorf("answer %s = %+v, want option 1 with the note", id, ans)
		}
	}
}

func TestSurveyFlagsBeforeAndAfterTheFile(t *testing.T) {
	for _, args := range [][]string{
		{"survey", "new.yaml", "--lang", "en", "--accessible"},
		{"survey", "--lang=en", "new.yaml"},
		{"--lang", "en", "new.yaml"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Chdir(t.TempDir())
			// The file is named: the form does not ask for it.
			stdout, stderr, code := runSurveyArgs(t, "Alkmaar\nGM0361\n\n\nJan\n\nq\n", nil, args...)
			if code != exitOK {
				t.Fatalf("exit code %d, stderr %s", code, stderr)
			}
			if strings.Contains(stdout, "File [") || !strings.Contains(stdout, "Stopped. Answers saved in new.yaml.") {
				t.Errorf("stdout:\n%s", stdout)
			}
			if _, err := os.Stat("new.yaml"); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSurveyResumesAnExistingFile(t *testing.T) {
	t.Chdir(t.TempDir())
	runSurveyArgs(t, newAssessmentInput+"2\n\n", nil, "survey")
	stdout, _, code := runSurveyArgs(t, "q\n", nil, "survey", "soeverein-GM0361-2026.yaml")
	if code != exitOK || !strings.Contains(stdout, "Vraag 2 van") {
		t.Errorf("resume: exit code %d, stdout:\n%s", code, stdout)
	}
}

func TestSurveyUsage(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		out, err string
	}{
		{[]string{"survey", "--help"}, exitOK, "Gebruik: soeverein [survey] [ANTWOORDEN.yaml]", ""},
		{[]string{"survey", "--help", "--lang", "en"}, exitOK, "Usage: soeverein [survey] [ANSWERS.yaml]", ""},
		{[]string{"help", "survey"}, exitOK, "--accessible", ""},
		{[]string{"survey", "a.yaml", "b.yaml"}, exitUsage, "", "survey neemt één antwoordenbestand, niet 2"},
		{[]string{"survey", "--lang", "fr"}, exitUsage, "", "onbekende taal fr: kies nl (Nederlands) of en (English)"},
		{[]string{"survey", "--questions", "missing.yaml"}, exitError, "", "missing.yaml"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			t.Chdir(t.TempDir())
			stdout, stderr, code := runSurveyArgs(t, "", nil, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.out) || !strings.Contains(stderr, tt.err) {
				t.Errorf("soeverein %v: code %d, stdout %q, stderr %q; want code %d, stdout with %q, stderr with %q",
					tt.args, code, stdout, stderr, tt.code, tt.out, tt.err)
			}
		})
	}
}

func TestWantsAccessible(t *testing.T) {
	stdin, stdout := &bytes.Buffer{}, &bytes.Buffer{}
	tests := []struct {
		name string
		vars map[string]string
		ttys []any // the streams that are terminals
		want bool
	}{
		{"a terminal", map[string]string{"TERM": "xterm-256color"}, []any{stdin, stdout}, false},
		{"ACCESSIBLE=1", map[string]string{"ACCESSIBLE": "1"}, []any{stdin, stdout}, true},
		{"ACCESSIBLE=0", map[string]string{"ACCESSIBLE": "0"}, []any{stdin, stdout}, false},
		{"TERM=dumb", map[string]string{"TERM": "dumb"}, []any{stdin, stdout}, true},
		{"piped input", nil, []any{stdout}, true},
		{"redirected output", nil, []any{stdin}, true},
	}
	for _, tt := range tests {
		e := &env{stdin: stdin, stdout: stdout, getenv: func(k string) string { return tt.vars[k] }}
		isTTY := func(s any) bool {
			for _, x := range tt.ttys {
				if x == s {
					return true
				}
			}
			return false
		}
		if got := wantsAccessible(e, isTTY); got != tt.want {
			t.Errorf("%s: wantsAccessible = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNotATerminalMeansAccessible(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "in"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, stream := range []any{f, strings.NewReader(""), &bytes.Buffer{}} {
		if isTerminal(stream) {
			t.Errorf("isTerminal(%T) = true", stream)
		}
	}
	if !wantsAccessible(&env{stdin: f, stdout: f, getenv: func(string) string { return "" }}, isTerminal) {
		t.Error("a file as stdin does not switch on the accessible mode")
	}
}

// promptWatcher is a stdout that says when a prompt has been written.
type promptWatcher struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	prompt string
	seen   chan struct{}
	once   sync.Once
}

func (w *promptWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if strings.Contains(w.buf.String(), w.prompt) {
		w.once.Do(func() { close(w.seen) })
	}
	return len(p), nil
}

func TestInterruptSavesAndExits130(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdinR, stdinW := io.Pipe()
	defer stdinW.Close()
	out := &promptWatcher{prompt: "Notitie (optioneel", seen: make(chan struct{})}
	var errw bytes.Buffer
	e := &env{ctx: ctx, stdin: stdinR, stdout: out, stderr: &errw, getenv: func(string) string { return "" }}
	result := make(chan int)
	go func() { result <- exitCode(runTest(e, nil), &errw) }()
	go io.WriteString(stdinW, newAssessmentInput+"2\n")

	select {
	case <-out.seen: // answered, now asked for a note: press ctrl+c
	case <-time.After(10 * time.Second):
		t.Fatal("the survey never asked for the note")
	}
	cancel()
	if code := <-result; code != exitAborted {
		t.Errorf("exit code %d after an interrupt, want %d", code, exitAborted)
	}
	a, _, err := assessment.LoadAnswers("soeverein-GM0361-2026.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Answers) != 1 {
		t.Errorf("saved %d answers after the interrupt, want the 1 given", len(a.Answers))
	}
}

func TestSurveyFromLastYear(t *testing.T) {
	last, err := filepath.Abs(filepath.Join("..", "..", "testdata", "answers", "cautious.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	// Last year's municipality, today's date; Piet fills it in; Enter
	// confirms the first answer, then stop.
	stdout, stderr, code := runSurveyArgs(t, "\n\n\n\nPiet\nCISO\n\n\nq\n", nil, "survey", "--from", last, "nieuw.yaml")
	if code != exitOK {
		t.Fatalf("exit code %d, stderr %s", code, stderr)
	}
	for _, want := range []string{"Gemeente [Gemeente Voorbeeldstad]: ", "overgenomen uit cautious.yaml", "(overgenomen, nog bevestigen); Enter = bevestigen"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout does not contain %q:\n%s", want, stdout)
		}
	}
	a, _, err := assessment.LoadAnswers("nieuw.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	carried := 0
	for _, ans := range a.Answers {
		if ans.CarriedOver {
			carried++
		}
	}
	if carried < 40 || a.CarriedFrom == "" || a.Respondent.Name != "Piet" {
		t.Errorf("new file: %d carried over, carried_from %q, respondent %q", carried, a.CarriedFrom, a.Respondent.Name)
	}

	// The score counts the carried answers not yet confirmed.
	stdout, stderr, code = runSurveyArgs(t, "", nil, "score", "nieuw.yaml", "--json")
	var res struct {
		Completeness struct {
			CarriedOver []string `json:"carried_over"`
		} `json:"completeness"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil || code != exitOK {
		t.Fatalf("score --json: code %d, %v, stderr %s", code, err, stderr)
	}
	if got := len(res.Completeness.CarriedOver); got != carried {
		t.Errorf("score counts %d carried-over answers as not confirmed, want %d", got, carried)
	}
}

func TestSurveyFromRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	last := write("vorig.yaml", "format: 1\nkind: soeverein-answers\nmunicipality: {name: X, cbs_code: GM9991}\nanswers: {}\n")
	existing := write("bestaat.yaml", "format: 1\nkind: soeverein-answers\nanswers: {}\n")
	broken := write("kapot.yaml", "format: 1\nkind: soeverein-answers\nperiod:\n  year: 1890\n")
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"into an existing file", []string{"survey", "--from", last, existing}, exitUsage, "bestaat.yaml bestaat al: --from begint een nieuw antwoordenbestand"},
		{"last year's file missing", []string{"survey", "--from", filepath.Join(dir, "weg.yaml")}, exitError, "weg.yaml"},
		{"last year's file broken", []string{"survey", "--from", broken}, exitError, "kapot.yaml:4:9: period: year 1890 is niet aannemelijk: schrijf het jaar waarover de zelfevaluatie gaat, bijvoorbeeld 2026 [bad-year]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			_, stderr, code := runSurveyArgs(t, "Piet\n", nil, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.err) {
				t.Errorf("soeverein %v: code %d, stderr %q; want code %d, stderr with %q", tt.args, code, stderr, tt.code, tt.err)
			}
		})
	}
	if data, _ := os.ReadFile(existing); string(data) != "format: 1\nkind: soeverein-answers\nanswers: {}\n" {
		t.Errorf("the existing file was changed: %q", data)
	}
}

func TestSurveyRefusesAFileOpenElsewhere(t *testing.T) {
	t.Chdir(t.TempDir())
	if _, stderr, code := runSurveyArgs(t, newAssessmentInput+"1\n\n", nil); code != exitOK {
		t.Fatalf("first survey: exit %d, %s", code, stderr)
	}
	const file = "soeverein-GM0361-2026.yaml"
	before, _ := os.ReadFile(file)
	lock := "host: pc-collega\npid: 4242\nuser: collega\nsince: 2026-11-20T09:30:00Z\n"
	if err := os.WriteFile(assessment.LockPath(file), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runSurveyArgs(t, "2\n\n", nil, "survey", file)
	if code != exitError || !strings.Contains(stderr, "is geopend in een andere vragenlijst: collega op pc-collega (proces 4242)") {
		t.Errorf("second survey: exit %d, stderr %q, want a refusal naming who has it open", code, stderr)
	}
	if after, _ := os.ReadFile(file); string(after) != string(before) {
		t.Error("the file was written while a colleague has it open")
	}
	// A lock of a process that no longer runs here is taken over.
	host, _ := os.Hostname()
	stale := fmt.Sprintf("host: %s\npid: %d\nuser: ik\nsince: 2026-11-20T09:30:00Z\n", host, 1<<30)
	if err := os.WriteFile(assessment.LockPath(file), []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runSurveyArgs(t, "2\n\n", nil, "survey", file)
	// In the user's language (Dutch by default).
	if code != exitOK || !strings.Contains(stderr, "dat niet meer draait; de vergrendeling is overgenomen") {
		t.Errorf("stale lock: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(assessment.LockPath(file)); err == nil {
		t.Error("lock file left after the survey ended")
	}
}
