package survey

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/survey/engine"
)

// openSession loads an answers file the way resume does.
func openSession(t *testing.T, path string, q *assessment.Questionnaire) *engine.Session {
	t.Helper()
	a, _, err := Open(path, q)
	if err != nil {
		t.Fatal(err)
	}
	return engine.NewSession(q, a, path, "nl", fixedNow)
}

func TestSaverRefusesASecondWriter(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	before, _ := os.ReadFile(path)
	lock := "host: pc-collega\npid: 4242\nuser: collega\nsince: 2026-11-20T09:30:00Z\n"
	if err := os.WriteFile(assessment.LockPath(path), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openSession(t, path, q)
	s.Goto("exit.share") // a change to save
	err := s.Save(NewSaver(nil))
	var le *assessment.LockedError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "collega on pc-collega (process 4242)") {
		t.Fatalf("Save with a colleague's lock = %v, want who has it open", err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Error("the file was written despite the lock")
	}
}

func TestSaverNeverWritesOverAChangeOnDisk(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	s := openSession(t, path, q)
	sv := NewSaver(nil)
	defer sv.Close()

	// A first save is fine, and so is a second: the file is what we wrote.
	s.Goto("cloud.mail")
	must(t, s.Choose("eu"))
	must(t, s.Save(sv))
	s.Goto("cloud.mail")
	must(t, s.Choose("us"))
	must(t, s.Save(sv))

	edited, _ := os.ReadFile(path)
	edited = append([]byte("# bijgewerkt door de collega\n"), edited...)
	must(t, os.WriteFile(path, edited, 0o600))
	s.Goto("cloud.mail")
	must(t, s.Choose("eu"))
	err := s.Save(sv)
	if !errors.Is(err, assessment.ErrChangedOnDisk) {
		t.Fatalf("Save after a hand edit = %v, want ErrChangedOnDisk", err)
	}
	aside, err := SaveFinal(s, sv)
	must(t, err)
	if got, _ := os.ReadFile(path); string(got) != string(edited) {
		t.Error("the hand edit was written over")
	}
	a, _, err := assessment.LoadAnswers(aside, q)
	must(t, err)
	if a.Get("cloud.mail").Choice != "eu" {
		t.Errorf("answers saved aside in %s: cloud.mail = %+v", filepath.Base(aside), a.Get("cloud.mail"))
	}
	must(t, sv.Close())
	if _, err := os.Stat(assessment.LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Error("lock file left after Close")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReportPathNeverTheAnswersFile(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"soeverein-GM0361-2026.yaml", "soeverein-GM0361-2026.md"},
		{"antwoorden.md", "antwoorden.report.md"},
		{"map/Antwoorden.MD", "map/Antwoorden.report.md"},
		{"antwoorden", "antwoorden.md"},
	} {
		if got := ReportPath(tc.in); got != tc.want || got == tc.in {
			t.Errorf("ReportPath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	dir := t.TempDir()
	answers := filepath.Join(dir, "a.yaml")
	must(t, os.WriteFile(answers, []byte("x"), 0o600))
	link := filepath.Join(dir, "a.md")
	must(t, os.Link(answers, link))
	j := finishJob{sn: engine.Snapshot{Path: answers, Data: []byte("x")}, report: link, outputs: []reportOutput{{path: link, data: []byte("report")}}}
	if _, err := j.run(NewSaver(func(string, []byte) error { return nil })); err == nil {
		t.Error("finishing wrote the report over a hard link to the answers file")
	}
}
