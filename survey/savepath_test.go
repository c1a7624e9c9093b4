package survey

import (
	"context"
	"errors"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/texts"
)

// The survey's save path in the user's language: a file a colleague has
// open (their lock), a stale lock of a survey that no longer runs, a save
// under a name whose folder does not exist, and the error returned when
// the last answers could not be saved. In the pseudo-language every word
// of it is in the markers; in Dutch it reads Dutch.

// writeLock puts a lock file next to path as the survey of host/pid would.
func writeLock(t *testing.T, path, host string, pid int) {
	t.Helper()
	lock := "# soeverein: this answers file is open in a survey\nhost: " + host + "\npid: " + strconv.Itoa(pid) + "\nuser: collega\nsince: 2026-11-20T09:30:00Z\n"
	if err := os.WriteFile(assessment.LockPath(path), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runLocked runs the accessible mode at a terminal (no echo: the save-as
// question is asked) on a file a colleague has locked: one answer, its
// save refused, a name in a folder that does not exist, then no name and
// stop. It returns the output and the error RunAccessible returned.
func runLocked(t *testing.T, lang string) (string, string, error) {
	t.Helper()
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	writeLock(t, path, "pc-collega", 4242)
	missing := filepath.Join(dir, "weg", "antwoorden.yaml")
	var out strings.Builder
	in := strings.NewReader(strings.Join([]string{"2", "", missing, "", "q"}, "\n") + "\n")
	err := RunAccessible(context.Background(), &out, in, Options{Questionnaire: q, Path: path, Now: fixedNow, Lang: lang})
	return out.String(), path, err
}

func TestSavePathInPseudoLanguage(t *testing.T) {
	q := testQuestionnaire(t)
	xx := texts.Pseudo
	host, _ := os.Hostname()
	me := "?"
	if u, err := user.Current(); err == nil {
		me = u.Username
	}
	base := []string{"Gemeente Voorbeeldstad", "Eva Voorbeeld", "CISO", "GM9991", "pc-collega", "collega", host, me}

	t.Run("locked by a colleague, accessible", func(t *testing.T) {
		out, path, err := runLocked(t, string(xx))
		if err == nil {
			t.Fatalf("RunAccessible: no error although nothing could be saved\n%s", out)
		}
		data := pseudoData(q, append(base, path, assessment.LockPath(path), filepath.Join(filepath.Dir(path), "weg", "antwoorden.yaml"))...)
		if !strings.Contains(out, "pc-collega") {
			t.Errorf("the lock's holder is not named:\n%s", out)
		}
		checkPseudo(t, "locked", out, data)
		checkPseudo(t, "returned error", texts.Message(xx, err), data)
	})
	t.Run("locked by a colleague, screen", func(t *testing.T) {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		writeLock(t, path, "pc-collega", 4242)
		m := newModel(t, Options{Questionnaire: q, Path: path, Lang: string(xx)}, 100, 30)
		defer m.saver.Close()
		press(m, "2")
		if m.sess.SaveError() == nil {
			t.Fatal("the save was not refused")
		}
		checkPseudo(t, "locked screen", screenText(m), pseudoData(q, append(base, path, filepath.Base(path), assessment.LockPath(path))...))
	})
	t.Run("stale lock taken over", func(t *testing.T) {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		writeLock(t, path, host, 1<<30)
		out := runScript(t, Options{Questionnaire: q, Path: path, Lang: string(xx)}, "2", "", "q")
		if !strings.Contains(out, "was left locked") {
			t.Errorf("no word of the lock taken over:\n%s", out)
		}
		checkPseudo(t, "stale lock", out, pseudoData(q, append(base, path)...))
	})
	t.Run("errors", func(t *testing.T) {
		gone := errors.New("broken pipe")
		for _, err := range []texts.Localized{
			&FinalSaveError{Err: &assessment.SaveError{Path: "a.yaml", Err: os.ErrPermission}},
			&OutputGoneError{Err: gone, Path: "a.yaml"},
		} {
			checkPseudo(t, "error", err.Text(xx), []string{"a.yaml", "broken pipe"})
			if err.Text(texts.NL) == err.Error() {
				t.Errorf("%T: the Dutch text is the English one: %q", err, err.Error())
			}
		}
	})
}

// TestSavePathInDutch: the same refusals read Dutch under --lang nl, and
// no English sentence of assessment's is left in them.
func TestSavePathInDutch(t *testing.T) {
	out, path, err := runLocked(t, "nl")
	for _, want := range []string{
		filepath.Base(path) + " is geopend in een andere vragenlijst: collega op pc-collega (proces 4242) sinds",
		"antwoorden.yaml kon niet worden vergrendeld om op te slaan: het bestand of de map bestaat niet",
	} {
		if !strings.Contains(strings.ReplaceAll(out, "\n", " "), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, english := range []string{"is open in another survey", "on pc-collega", "process 4242", "lock ", "no such file", "could not be saved"} {
		if strings.Contains(out, english) {
			t.Errorf("English %q under --lang nl:\n%s", english, out)
		}
	}
	// The last try was the name in the missing folder.
	if msg := texts.Message(texts.NL, err); !strings.Contains(msg, "antwoorden.yaml kon niet worden vergrendeld om op te slaan: het bestand of de map bestaat niet; de laatste antwoorden konden niet worden opgeslagen") {
		t.Errorf("returned error in Dutch = %q", msg)
	}

	q := testQuestionnaire(t)
	host, _ := os.Hostname()
	stale := newAnswersFile(t, t.TempDir(), q, nil)
	writeLock(t, stale, host, 1<<30)
	out = runScript(t, Options{Questionnaire: q, Path: stale}, "2", "", "q")
	if !strings.Contains(strings.ReplaceAll(out, "\n", " "), "dat niet meer draait; de vergrendeling is overgenomen") || strings.Contains(out, "no longer runs") {
		t.Errorf("the stale lock taken over is not said in Dutch:\n%s", out)
	}
}
