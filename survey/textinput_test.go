package survey

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"soeverein/assessment"
)

// pipeWriter is an output that a reader closes (`| head`): the write that
// would bring closeAfter, and every one after it, fails with EPIPE. At that
// moment it records what the answers file holds, which is what a program
// killed by SIGPIPE in that write would have left behind.
type pipeWriter struct {
	t          *testing.T
	path       string
	closeAfter string
	seen       strings.Builder
	closed     bool
	onDisk     []byte
}

func (p *pipeWriter) Write(b []byte) (int, error) {
	if p.closed {
		return 0, syscall.EPIPE
	}
	if strings.Contains(p.seen.String()+string(b), p.closeAfter) {
		p.closed = true
		p.onDisk, _ = os.ReadFile(p.path)
		return 0, syscall.EPIPE
	}
	p.seen.Write(b)
	return len(b), nil
}

func TestAccessibleSavesBeforeWriting(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	// The note prompt is the first thing written after the answer "1".
	w := &pipeWriter{t: t, path: path, closeAfter: "Notitie ("}
	in := strings.NewReader("1\nnotitie\n2\n\n")
	err := RunAccessible(context.Background(), w, in, Options{Questionnaire: q, Path: path, Now: fixedNow})
	if err == nil || !errors.Is(err, syscall.EPIPE) || !strings.Contains(err.Error(), path) {
		t.Errorf("RunAccessible = %v, want a write error that names the saved file", err)
	}
	a, _, perr := assessment.ParseAnswers(w.onDisk, path)
	if perr != nil {
		t.Fatal(perr)
	}
	if got := a.Get("cloud.mail"); got == nil || got.Choice == "" {
		t.Errorf("when the note prompt was written, the file held no answer to cloud.mail:\n%s", w.onDisk)
	}
	// The session ended at the next prompt: nothing after it was read.
	if got := loadAnswers(t, path, q).Get("cloud.mail"); got.Note != "" {
		t.Errorf("note %q saved, though the output was closed before it was asked", got.Note)
	}
}

// TestAccessibleRepairsInput: a Latin-1 municipality name and a Latin-1
// note are kept with U+FFFD in place of the bad bytes, and saving works
// for the rest of the session.
func TestAccessibleRepairsInput(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	runScript(t, Options{Questionnaire: q, Dir: "."},
		"Gemeente S\xfadwest-Frysl\xe2n", "GM1900", "", "", "Eva", "", "",
		"1", "caf\xe9 \x1b[2J", // cloud.mail and its note
		"1", "", // cloud.tools, then the end of the input
	)
	path := filepath.Join(dir, "soeverein-GM1900-2026.yaml")
	a := loadAnswers(t, path, q)
	if got, want := a.Municipality.Name, "Gemeente S\uFFFDdwest-Frysl\uFFFDn"; got != want {
		t.Errorf("municipality = %q, want %q", got, want)
	}
	if got, want := a.Get("cloud.mail").Note, "caf\uFFFD [2J"; got != want {
		t.Errorf("note = %q, want %q", got, want)
	}
	if a.Get("cloud.tools") == nil || len(a.Get("cloud.tools").Selected()) != 1 {
		t.Errorf("the answer after the note was not saved: %+v", a.Get("cloud.tools"))
	}
}

// TestAccessibleShowsNoControls: a note from the file with an escape
// sequence that clears the screen reaches the terminal as visible text.
func TestAccessibleShowsNoControls(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, func(a *assessment.Answers) {
		a.Municipality.Name = "Gemeente \x1b]0;pwned\x07X"
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "us", Note: "wis \x1b[2J\u202egnitsoh SU"}
	})
	out := runScript(t, Options{Questionnaire: q, Path: path}, "1")
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Errorf("output holds control or hidden characters: %q", out)
	}
	if !strings.Contains(out, `wis \x1b[2J\u202egnitsoh SU`) || !strings.Contains(out, "verborgen teken [U+202E]") {
		t.Errorf("output does not show the note visibly:\n%s", out)
	}
}

// FuzzAccessibleInput runs the accessible survey on arbitrary input: it
// never panics or hangs, and what it saves is valid UTF-8 that loads again.
func FuzzAccessibleInput(f *testing.F) {
	for _, s := range []string{
		"1\nnotitie\n2\n\nj\n", "caf\xe9\n1\n\xff\xfe\n", "-\n-\n?\nq\n", "w\n\x1b[A\n1,2,3\n\n\n\nj\n",
		"\r\n\r\n1\r\n", "n\nn\nn\n", "1\n" + strings.Repeat("x", 5000) + "\n",
	} {
		f.Add(s)
	}
	q := testQuestionnaire(f)
	f.Fuzz(func(t *testing.T, input string) {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		var out strings.Builder
		err := RunAccessible(context.Background(), &out, strings.NewReader(input), Options{Questionnaire: q, Path: path, Now: fixedNow})
		if err != nil {
			t.Fatalf("RunAccessible(%q): %v", input, err)
		}
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			t.Fatal(rerr)
		}
		if !utf8.Valid(data) {
			t.Fatalf("saved answers are not UTF-8:\n%q", data)
		}
		if _, _, perr := assessment.LoadAnswers(path, q); perr != nil {
			t.Fatalf("saved answers do not load: %v\n%s", perr, data)
		}
		if strings.ContainsAny(out.String(), "\x1b\x07\r") {
			t.Fatalf("output holds control characters: %q", out.String())
		}
	})
}
