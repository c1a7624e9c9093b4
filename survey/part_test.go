package survey

import (
	"strings"
	"testing"
	"time"

	"soeverein/assessment"
	"soeverein/survey/engine"
)

// newPart writes a main file for the test questionnaire, assigns cloud to
// one colleague and exit to another, and writes the exit part; it returns
// the part's path.
func newPart(t *testing.T, q *assessment.Questionnaire) string {
	t.Helper()
	var parts []*assessment.Answers
	newAnswersFile(t, ".", q, func(a *assessment.Answers) {
		for _, as := range []struct{ name, theme string }{{"A. de Vries", "cloud"}, {"B. Bakker", "exit"}} {
			if err := a.Assign(q, as.name, "", []string{as.theme}); err != nil {
				t.Fatal(err)
			}
		}
		var err error
		if parts, err = assessment.Split(q, a, "soeverein-GM9991-2026.yaml", time.Now()); err != nil {
			t.Fatal(err)
		}
	})
	path := "deel-b-bakker.yaml"
	if err := assessment.SaveAnswers(path, parts[1]); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPartAsksOnlyItsQuestions(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newPart(t, q)
	a := loadAnswers(t, path, q)
	s := engine.NewSession(q, a, path, "nl", fixedNow)
	for _, qu := range s.Visible() {
		if q.ThemeOf(qu.ID).ID != "exit" {
			t.Errorf("a part of exit asks %s", qu.ID)
		}
	}
	if s.Goto("cloud.mail") {
		t.Error("Goto moved to a question outside the part")
	}
	if _, total := s.Progress(q.Theme("cloud")); total != 0 {
		t.Errorf("the cloud theme counts %d questions in the exit part", total)
	}
	if got := s.AnsweredBy(q.Theme("cloud")); got != "A. de Vries" {
		t.Errorf("AnsweredBy(cloud) = %q", got)
	}
	s.SetDone(true)
	if !a.Part.Done || a.Part.DoneAt == "" || !s.Dirty() {
		t.Errorf("SetDone: part %+v, dirty %v", a.Part, s.Dirty())
	}
}

func TestAccessiblePartIsMarkedDone(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newPart(t, q)
	out := runScript(t, Options{Questionnaire: q, Path: path}, "1", "", "1", "", "j")
	for _, want := range []string{"Dit is het deel van B. Bakker", "Clouddiensten: beantwoord door A. de Vries", "Deel gemarkeerd als klaar."} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Waar staat de e-mail") {
		t.Errorf("the part asks a cloud question:\n%s", out)
	}
	a := loadAnswers(t, path, q)
	if !a.Part.Done {
		t.Error("the part is not saved as done")
	}
	for id, ans := range a.Answers {
		if ans.AnsweredBy != "B. Bakker" {
			t.Errorf("%s answered_by %q, want the part's person", id, ans.AnsweredBy)
		}
	}
}

func TestTUIPartMarksDoneInsteadOfFinishing(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newPart(t, q)
	m := newModel(t, Options{Questionnaire: q, Path: path}, 100, 30)
	press(m, "t")
	for i := 0; i < 10 && !strings.Contains(screenText(m), "› Clouddiensten"); i++ {
		press(m, "up")
	}
	mustNotContain(t, m, "0/0")
	press(m, "enter")
	mustContain(t, m, "beantwoord door A. de Vries")
	press(m, "r", "f")
	if !m.sess.A.Part.Done {
		t.Fatalf("f on the overview of a part does not mark it done:\n%s", screenText(m))
	}
	mustContain(t, m, "Deel gemarkeerd als klaar.")
	if m.screen == screenFinish {
		t.Error("a part went to the finish screen (a report of one part)")
	}
	press(m, "r", "f")
	if m.sess.A.Part.Done {
		t.Error("f again does not open the part again")
	}
}

func TestResolveAccessible(t *testing.T) {
	q := testQuestionnaire(t)
	cs := testConflicts()
	var out strings.Builder
	got, err := ResolveAccessible(&out, strings.NewReader("3\n2\n1\n"), q, cs, "nl")
	if err != nil {
		t.Fatal(err)
	}
	if got[cs[0].Key()] != assessment.TakePart || got[cs[1].Key()] != assessment.KeepMain {
		t.Errorf("decisions %v", got)
	}
	s := out.String()
	for _, want := range []string{"Conflict 1 van 2: Clouddiensten", "  1. Hoofdbestand: Bij een Amerikaanse aanbieder", "  2. Deel van A. de Vries: Bij een Europese aanbieder", "Typ 1 of 2.", "door Coördinator, 21-11-2026 10:00"} {
		if !strings.Contains(s, want) {
			t.Errorf("prompt lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "\x1b") {
		t.Error("an escape sequence from a note reaches the terminal")
	}
	if _, err := ResolveAccessible(&out, strings.NewReader("1\n"), q, cs, "nl"); err != ErrStopped {
		t.Errorf("end of input before the last conflict: %v, want ErrStopped", err)
	}
}

func TestTUIAssignsATheme(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, nil)
	m := newModel(t, Options{Questionnaire: q, Path: path}, 100, 30)
	press(m, "t")
	mustContain(t, m, "a toewijzen")
	press(m, "a", "type:C. Smit, communicatie", "enter")
	mustContain(t, m, "Clouddiensten: C. Smit")
	m.FinalSave()
	a := loadAnswers(t, path, q)
	if as := a.Assignee("C. Smit"); as == nil || as.Role != "communicatie" || len(as.Themes) != 1 || as.Themes[0] != "cloud" {
		t.Errorf("assignments saved: %+v", a.Assignments)
	}
	press(m, "a", "esc")
	if m.assign != nil {
		t.Error("esc does not cancel assigning")
	}
}

func TestAccessibleAssignsThemes(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path}, "", "", "", "t", "A. de Vries, CISO", "", "q")
	if !strings.Contains(out, "Toewijzen: typ t") || !strings.Contains(out, "Wie beantwoordt Exit en continuïteit?") {
		t.Errorf("output:\n%s", out)
	}
	a := loadAnswers(t, path, q)
	if as := a.Assignee("A. de Vries"); as == nil || as.Role != "CISO" || as.Themes[0] != "cloud" || len(as.Themes) != 1 {
		t.Errorf("assignments saved: %+v", a.Assignments)
	}
}
