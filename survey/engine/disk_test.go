package engine

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"soeverein/assessment"
)

// guardSpy records what a Guard was told to accept.
type guardSpy struct{ path, digest string }

func (g *guardSpy) Accept(path, digest string) { g.path, g.digest = path, digest }

// writeAnswers writes a (with a comment line on top) and loads it back, as
// the survey would find it.
func writeAnswers(t *testing.T, path, comment string, a *assessment.Answers) *assessment.Answers {
	t.Helper()
	data, err := assessment.MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append([]byte(comment+"\n"), data...), 0o600); err != nil {
		t.Fatal(err)
	}
	got, _, err := assessment.LoadAnswers(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func diskTestSession(t *testing.T) (*Session, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "questions.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, "questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "antwoorden.yaml")
	a := NewAssessment{Municipality: "Gemeente Voorbeeldstad", CBSCode: "GM9991", ReferenceDate: "2026-11-01", Year: "2026"}.Answers(q)
	a.Answers["cloud.mail"] = &assessment.Answer{Choice: "eu"}
	a = writeAnswers(t, path, "# Geopend door de vragenlijst.", a)
	now := func() time.Time { return time.Date(2026, 11, 20, 14, 5, 0, 0, time.UTC) }
	return NewSession(q, a, path, "nl", now), path
}

// TestReloadPutsMyChangesOnTop: after a colleague changed the file, Reload
// takes the file (its answers and comments) with the session's own changes
// on top, names the answer both changed, and lets the guard write over the
// file as it is now.
func TestReloadPutsMyChangesOnTop(t *testing.T) {
	s, path := diskTestSession(t)
	if !s.Goto("exit.share") {
		t.Fatal("no exit.share")
	}
	if err := s.SetValue("50"); err != nil {
		t.Fatal(err)
	}
	theirs, _, err := assessment.LoadAnswers(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	theirs.Answers["exit.tested"] = &assessment.Answer{Choice: "recent"}
	theirs.Answers["exit.share"] = &assessment.Answer{Value: new(float64)} // 0: changed in both
	disk := writeAnswers(t, path, "# Bijgewerkt door de collega.", theirs)

	ch := s.CheckDisk(disk, time.Date(2026, 11, 20, 14, 0, 0, 0, time.UTC))
	if want := []string{"exit.share", "exit.tested"}; !slices.Equal(ch.Differ, want) {
		t.Errorf("Differ = %v, want %v", ch.Differ, want)
	}
	g := &guardSpy{}
	conflicts, err := s.Reload(g, ch)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(conflicts, []string{"exit.share"}) {
		t.Errorf("conflicts = %v, want [exit.share]", conflicts)
	}
	if v := s.A.Get("exit.share").Value; v == nil || *v != 50 {
		t.Errorf("exit.share = %v, want mine (50)", v)
	}
	if c := s.A.Get("exit.tested"); c == nil || c.Choice != "recent" {
		t.Errorf("exit.tested = %+v, want the colleague's (recent)", c)
	}
	if g.path != path || g.digest != disk.LoadedDigest() || g.digest == "" {
		t.Errorf("guard accepted %q %q, want %q and the file's digest %q", g.path, g.digest, path, disk.LoadedDigest())
	}
	sn, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if !s.NeedsSave() || sn.OnDisk != disk.LoadedDigest() || !strings.HasPrefix(string(sn.Data), "# Bijgewerkt door de collega.\n") {
		t.Errorf("after Reload: needs save %v, OnDisk %q, data:\n%s", s.NeedsSave(), sn.OnDisk, sn.Data)
	}
}

// TestOverwriteKeepsMyAnswers: Overwrite keeps the session's answers and
// lets the guard write over the file as ch found it, also after a failed
// save of the same revision.
func TestOverwriteKeepsMyAnswers(t *testing.T) {
	s, path := diskTestSession(t)
	s.Goto("exit.share")
	if err := s.SetValue("50"); err != nil {
		t.Fatal(err)
	}
	sn, _ := s.Snapshot()
	s.Saved(sn, os.ErrPermission) // refused: the file changed
	if s.NeedsSave() {
		t.Fatal("a failed save of this revision is retried before a change")
	}
	theirs, _, _ := assessment.LoadAnswers(path, nil)
	theirs.Answers["exit.tested"] = &assessment.Answer{Choice: "recent"}
	disk := writeAnswers(t, path, "# Bijgewerkt door de collega.", theirs)
	g := &guardSpy{}
	s.Overwrite(g, s.CheckDisk(disk, time.Time{}))
	if g.digest != disk.LoadedDigest() || !s.NeedsSave() {
		t.Errorf("guard accepted %q (want %q), needs save %v (want true)", g.digest, disk.LoadedDigest(), s.NeedsSave())
	}
	if s.A.Get("exit.tested") != nil || *s.A.Get("exit.share").Value != 50 {
		t.Errorf("Overwrite changed the session's answers: %+v", s.A.Answers)
	}
}
