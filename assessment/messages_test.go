package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"soeverein/texts"
	"soeverein/texts/texttest"
)

// TestFileErrorsInTheUsersLanguage: the errors of locking and saving that
// the survey shows are whole sentences from the catalog in every language:
// Error stays the English text cmd prints today, Text(nl) is Dutch, and in
// the pseudo-language no word of them is outside the markers.
func TestFileErrorsInTheUsersLanguage(t *testing.T) {
	holder := LockInfo{Host: "pc-collega", PID: 4242, User: "collega", Since: time.Date(2026, 11, 20, 9, 30, 0, 0, time.Local)}
	stale := &Lock{File: "a.yaml", Stale: &holder, TookOver: "a.yaml was left locked"}
	cases := []struct {
		err    texts.Localized
		nl, en string // a part of the Dutch text, and of Error()
	}{
		{&LockedError{File: "a.yaml", LockFile: ".a.yaml.lock", Holder: holder},
			"a.yaml is geopend in een andere vragenlijst: collega op pc-collega (proces 4242) sinds 2026-11-20 09:30", "a.yaml is open in another survey: collega on pc-collega (process 4242)"},
		{&LockError{File: "a.yaml", LockFile: ".a.yaml.lock"}, "het vergrendelbestand .a.yaml.lock verandert steeds", "keeps changing"},
		{&LockError{File: "a.yaml", LockFile: ".a.yaml.lock", Err: syscall.EACCES}, "a.yaml kon niet worden vergrendeld om op te slaan: geen toegang", "lock a.yaml: permission denied"},
		{&SaveError{Path: "a.yaml", Err: syscall.ENOSPC}, "a.yaml kon niet worden opgeslagen: de schijf is vol", "save a.yaml: no space left on device"},
		{&SaveError{Path: "a.yaml", Err: syscall.EROFS}, "a.yaml kon niet worden opgeslagen: de schijf is alleen-lezen", "save a.yaml: read-only file system"},
		{&SaveError{Path: "a.yaml", Err: &BusyError{Path: "a.yaml", Err: syscall.EACCES}}, "een ander programma houdt a.yaml open", "another program holds a.yaml open"},
		{&SaveError{Path: "a.yaml", Err: &NotFileError{Kind: notFileDevice, Replace: true}}, "het is een apparaat, geen bestand; geef een bestand; soeverein vervangt alleen gewone bestanden", "only replaces regular files"},
		{&ReadError{Op: "read", Path: "a.yaml", Err: &NotFileError{Kind: notFileTooLarge, Size: 40 << 20}}, "a.yaml kon niet worden gelezen: het bestand is 40,0 MiB, boven de grens van 16 MiB", "read a.yaml: the file is 40.0 MiB"},
		{&ReadError{Op: "open", Path: "a.yaml", Err: syscall.ENOENT}, "a.yaml kon niet worden gelezen: het bestand of de map bestaat niet", "open a.yaml: no such file or directory"},
	}
	for _, c := range cases {
		if got := c.err.Text(texts.NL); !strings.Contains(got, c.nl) {
			t.Errorf("%T.Text(nl) = %q, want %q in it", c.err, got, c.nl)
		}
		if got := c.err.Error(); !strings.Contains(got, c.en) {
			t.Errorf("%T.Error() = %q, want %q in it", c.err, got, c.en)
		}
		texttest.CheckMarked(t, c.err.Text(texts.Pseudo), "a.yaml", ".a.yaml.lock", "pc-collega", "collega", "MiB")
	}
	if got := stale.TookOverText(texts.NL); got != "a.yaml was nog vergrendeld door collega op pc-collega (proces 4242) sinds 2026-11-20 09:30, dat niet meer draait; de vergrendeling is overgenomen" {
		t.Errorf("TookOverText(nl) = %q", got)
	}
	if got := (&Lock{}).TookOverText(texts.NL); got != "" {
		t.Errorf("TookOverText of a lock that took nothing over = %q, want empty", got)
	}
}

// TestSaveAndLockErrorsAreLocalized: the errors that really come out of a
// save, a lock and a read are the Localized ones (as root, a read-only
// folder does not refuse; a missing folder and a folder as the file do).
func TestSaveAndLockErrorsAreLocalized(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "weg", "a.yaml")
	var le *LockError
	if _, err := LockAnswers(missing); !errors.As(err, &le) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LockAnswers in a missing folder = %v, want a LockError that is ErrNotExist", err)
	}
	var se *SaveError
	var nf *NotFileError
	if err := WriteFileAtomic(dir, []byte("x")); !errors.As(err, &se) || !errors.As(err, &nf) || !nf.Replace || nf.Kind != notFileFolder {
		t.Errorf("WriteFileAtomic over a folder = %#v, want a SaveError with a NotFileError", err)
	} else if got := texts.Message(texts.NL, err); !strings.Contains(got, "kon niet worden opgeslagen: het is een map, geen bestand") {
		t.Errorf("its Dutch text = %q", got)
	}
	if err := WriteFileAtomic(missing, []byte("x")); !errors.As(err, &se) || !strings.Contains(texts.Message(texts.NL, err), "bestaat niet") {
		t.Errorf("WriteFileAtomic in a missing folder = %v (nl: %q)", err, texts.Message(texts.NL, err))
	}
	var re *ReadError
	if _, _, err := LoadAnswers(dir, nil); !errors.As(err, &re) || !strings.Contains(texts.Message(texts.NL, err), "kon niet worden gelezen: het is een map, geen bestand") {
		t.Errorf("LoadAnswers of a folder = %v (nl: %q)", err, texts.Message(texts.NL, err))
	}
}
