package survey

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

func newTestSession(t *testing.T, edit func(a *assessment.Answers)) *engine.Session {
	t.Helper()
	q := testQuestionnaire(t)
	a := engine.NewAssessment{Municipality: "X", CBSCode: "GM9991", ReferenceDate: "2026-11-01", Year: "2026", Name: "Jan"}.Answers(q)
	if edit != nil {
		edit(a)
	}
	return engine.NewSession(q, a, "x.yaml", "nl", fixedNow)
}

func TestCurrentFallsBackToTheNextVisibleQuestion(t *testing.T) {
	tests := []struct {
		current, want string
	}{
		{"", "cloud.mail"},
		{"exit.tested", "exit.tested"},
		{"cloud.tools", "exit.share"}, // hidden: cloud.mail is not answered "us"
		{"gone.question", "cloud.mail"},
	}
	for _, tt := range tests {
		s := newTestSession(t, func(a *assessment.Answers) { a.Current = tt.current })
		if got := s.Current().ID; got != tt.want {
			t.Errorf("Current() with current %q = %s, want %s", tt.current, got, tt.want)
		}
	}
}

func TestNextOpenWrapsAndSkipsAnswered(t *testing.T) {
	s := newTestSession(t, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "eu"}
		a.Answers["exit.tested"] = &assessment.Answer{Choice: "recent"}
		a.Current = "exit.tested"
	})
	steps := []string{"exit.share", "exit.share"}
	for _, want := range steps {
		if !s.NextOpen() || s.Current().ID != want {
			t.Errorf("NextOpen() went to %s, want %s", s.Current().ID, want)
		}
	}
	if err := s.SetValue("100"); err != nil {
		t.Fatal(err)
	}
	if s.NextOpen() {
		t.Errorf("NextOpen() = true with everything answered, went to %s", s.Current().ID)
	}
	s.Goto("cloud.mail")
	s.ToggleReview()
	s.Goto("exit.tested")
	if !s.NextOpen() || s.Current().ID != "cloud.mail" {
		t.Errorf("NextOpen() went to %s, want the marked cloud.mail", s.Current().ID)
	}
}

func TestGotoTheme(t *testing.T) {
	s := newTestSession(t, func(a *assessment.Answers) {
		a.Answers["exit.share"] = &assessment.Answer{Value: new(float64)}
	})
	if !s.GotoTheme("exit") || s.Current().ID != "exit.tested" {
		t.Errorf("GotoTheme(exit) went to %s, want the first open question exit.tested", s.Current().ID)
	}
	if s.GotoTheme("nope") {
		t.Error("GotoTheme(nope) = true")
	}
}

func TestSetValue(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		wantErr string
	}{
		{"85", 85, ""},
		{" 12,5 ", 12.5, ""},
		{"80%", 80, ""},
		{"0", 0, ""},
		{"100", 100, ""},
		{"101", 0, "geef een getal van 0 tot 100"},
		{"-1", 0, "geef een getal van 0 tot 100"},
		{"veel", 0, `"veel" is geen getal`},
		{"", 0, `"" is geen getal`},
		{"1.000,5", 0, "is geen getal"},
	}
	for _, tt := range tests {
		s := newTestSession(t, func(a *assessment.Answers) { a.Current = "exit.share" })
		err := s.SetValue(tt.in)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("SetValue(%q) error = %v, want %q", tt.in, err, tt.wantErr)
		case tt.wantErr == "" && err != nil:
			t.Errorf("SetValue(%q) error = %v", tt.in, err)
		case tt.wantErr == "" && *s.A.Get("exit.share").Value != tt.want:
			t.Errorf("SetValue(%q) = %v, want %v", tt.in, *s.A.Get("exit.share").Value, tt.want)
		}
	}
}

func TestReview(t *testing.T) {
	s := newTestSession(t, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "dont_know", Review: true}
		a.Answers["cloud.tools"] = &assessment.Answer{Choices: []string{"keys"}}
		a.Answers["exit.tested"] = &assessment.Answer{Choice: "bogus"} // does not fit: open
	})
	r := s.Review()
	ids := func(qs []*assessment.Question) (out []string) {
		for _, q := range qs {
			out = append(out, q.ID)
		}
		return out
	}
	got := [][]string{ids(r.Unanswered), ids(r.DontKnow), ids(r.Marked)}
	want := [][]string{{"exit.share", "exit.tested"}, {"cloud.mail"}, {"cloud.mail"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Review() = %v, want %v", got, want)
	}
}

func TestNeedsSave(t *testing.T) {
	s := newTestSession(t, nil)
	if !s.NeedsSave() {
		t.Error("a new session does not need a save; the first save records where the user is")
	}
	sn, _ := s.Snapshot()
	s.Saved(sn, errors.New("disk full"))
	if s.NeedsSave() || s.SaveError() == nil || !s.Dirty() {
		t.Errorf("after a failed save: NeedsSave %v, SaveError %v, Dirty %v; want false, the error, true", s.NeedsSave(), s.SaveError(), s.Dirty())
	}
	if err := s.Choose("eu"); err != nil {
		t.Fatal(err)
	}
	if !s.NeedsSave() {
		t.Error("a new answer after a failed save is not retried")
	}
	sn, _ = s.Snapshot()
	s.Saved(sn, nil)
	if s.NeedsSave() || s.Dirty() || s.SaveError() != nil {
		t.Error("still dirty after a successful save")
	}
	s.SetPath("y.yaml")
	if !s.NeedsSave() {
		t.Error("a new path does not need a save")
	}
}

func TestSaverNeverWritesAnOlderSnapshotOverANewer(t *testing.T) {
	var written []string
	sv := NewSaver(func(path string, data []byte) error {
		written = append(written, string(data))
		return nil
	})
	for _, sn := range []engine.Snapshot{{Rev: 2, Path: "a", Data: []byte("two")}, {Rev: 1, Path: "a", Data: []byte("one")}, {Rev: 3, Path: "a", Data: []byte("three")}, {Rev: 1, Path: "b", Data: []byte("b1")}} {
		if err := sv.Write(sn); err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"two", "three", "b1"}; !reflect.DeepEqual(written, want) {
		t.Errorf("written %v, want %v", written, want)
	}
}

func TestNewAssessmentCheck(t *testing.T) {
	ok := engine.NewAssessment{Municipality: "Alkmaar", CBSCode: "gm0361", ReferenceDate: "2026-11-01", Year: "2026", Name: "Jan", File: "a.yaml"}
	tests := []struct {
		name  string
		edit  func(n *engine.NewAssessment)
		field int
		want  string
	}{
		{"no municipality", func(n *engine.NewAssessment) { n.Municipality = " " }, engine.FieldMunicipality, "vul dit in"},
		{"bad code", func(n *engine.NewAssessment) { n.CBSCode = "0361" }, engine.FieldCBS, "geen CBS-gemeentecode"},
		{"bad date", func(n *engine.NewAssessment) { n.ReferenceDate = "1-11-2026" }, engine.FieldDate, "geen datum"},
		{"bad year", func(n *engine.NewAssessment) { n.Year = "26" }, engine.FieldYear, "geen jaartal"},
		{"no name", func(n *engine.NewAssessment) { n.Name = "" }, engine.FieldName, "vul dit in"},
		{"not yaml", func(n *engine.NewAssessment) { n.File = "a.txt" }, engine.FieldFile, "eindigen op .yaml"},
		{"taken", func(n *engine.NewAssessment) { n.File = "taken.yaml" }, engine.FieldFile, "bestaat al"},
	}
	taken := func(p string) bool { return p == "taken.yaml" }
	if errs := ok.Check(texts.NL, taken); len(errs) != 0 {
		t.Fatalf("Check(valid) = %v", errs)
	}
	for _, tt := range tests {
		n := ok
		tt.edit(&n)
		errs := n.Check(texts.NL, taken)
		if len(errs) != 1 || errs[0].Field != tt.field || !strings.Contains(errs[0].Msg, tt.want) {
			t.Errorf("%s: Check = %+v, want one error on field %d with %q", tt.name, errs, tt.field, tt.want)
		}
	}
	if got := ok.Answers(testQuestionnaire(t)).Municipality.CBSCode; got != "GM0361" {
		t.Errorf("CBS code saved as %q, want GM0361", got)
	}
}

func TestProposedName(t *testing.T) {
	tests := []struct {
		cbs  string
		year int
		want string
	}{
		{"GM0361", 2026, "soeverein-GM0361-2026.yaml"},
		{" gm0363 ", 2027, "soeverein-GM0363-2027.yaml"},
		{"", 2026, "soeverein-GM0000-2026.yaml"},
	}
	for _, tt := range tests {
		if got := engine.ProposedName(tt.cbs, tt.year); got != tt.want {
			t.Errorf("engine.ProposedName(%q, %d) = %s, want %s", tt.cbs, tt.year, got, tt.want)
		}
	}
}
