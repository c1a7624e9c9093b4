package assessment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func questionnaire2027(t testing.TB) *Questionnaire {
	t.Helper()
	q, err := Parse(readTestdata(t, "minimal-2027.yaml"), "minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestCarryForwardThroughReplaces starts 2027 from the 2026 answers of
// answers-minimal.yaml: cloud.mail (option us) is now cloud.email (option
// us_provider), and cloud.retired_question is gone.
func TestCarryForwardThroughReplaces(t *testing.T) {
	last, _, err := ParseAnswers(readTestdata(t, "answers-minimal.yaml"), "answers-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := MarshalAnswers(last)
	q := questionnaire2027(t)
	m := Municipality{Name: last.Municipality.Name, CBSCode: last.Municipality.CBSCode}
	p := Period{ReferenceDate: "2027-11-01", Year: 2027}
	r := Respondent{Name: "Piet", Role: "CISO"}
	got := CarryForward(q, last, m, p, r)

	want := &Answers{
		Format:        AnswersFormat,
		Kind:          AnswersKind,
		Questionnaire: QuestionnaireRef{ID: "test", Version: "2027.1", SHA256: q.SHA256},
		Municipality:  m,
		Period:        p,
		Respondent:    r,
		Answers: map[string]*Answer{
			"cloud.email": {
				Choice:        "us_provider",
				Note:          "Mail staat bij een VS-partij.\nPlan volgt in 2027.",
				Evidence:      []string{"Contract 2024-17", "https://intranet.example/dpia"},
				EvidenceLevel: Documented,
				AnsweredAt:    "2026-11-20T10:15:00+01:00",
				AnsweredBy:    "CISO",
				CarriedOver:   true,
				Extra:         last.Get("cloud.mail").Extra, // reviewer: kept, as every unknown field
			},
			"cloud.tools": {Choices: []string{"a", "c"}, CarriedOver: true},
			"cloud.share": {Value: ptr(42.5), CarriedOver: true},
		},
	}
	if diff := cmp.Diff(want, got, cmpAnswers...); diff != "" {
		t.Errorf("CarryForward (-want +got):\n%s", diff)
	}
	for _, qu := range q.Questions() {
		if !qu.Usable(got.Get(qu.ID)) {
			t.Errorf("carried answer to %s = %+v does not fit the question", qu.ID, got.Get(qu.ID))
		}
	}
	if after, _ := MarshalAnswers(last); string(after) != string(before) {
		t.Errorf("CarryForward changed last year's answers:\n%s", after)
	}

	// The new file keeps the flag and where it came from through a save.
	got.CarriedFrom = "soeverein-GM9999-2026.yaml"
	data, err := MarshalAnswers(got)
	if err != nil {
		t.Fatal(err)
	}
	back, _, err := ParseAnswers(data, "new.yaml")
	if err != nil {
		t.Fatalf("ParseAnswers of the carried file: %v\n%s", err, data)
	}
	if diff := cmp.Diff(got, back, cmpAnswers...); diff != "" {
		t.Errorf("round trip (-carried +read back):\n%s", diff)
	}
}

func TestCarryForwardAnswersThatNoLongerFit(t *testing.T) {
	q := questionnaire2027(t)
	last := &Answers{Answers: map[string]*Answer{
		"cloud.mail":  {Choice: DontKnow, Review: true},
		"cloud.tools": {Choices: []string{"a", "gone"}, Note: "deels"},
		"cloud.share": {Value: ptr(140.0), Note: "meer dan alles", EvidenceLevel: Audited},
		"cloud.old":   {Choice: "x"},
	}}
	got := CarryForward(q, last, Municipality{}, Period{}, Respondent{})
	tests := []struct {
		id   string
		want *Answer
	}{
		{"cloud.email", &Answer{Choice: DontKnow, CarriedOver: true}},            // don't know carries; the review mark does not
		{"cloud.tools", &Answer{Note: "deels"}},                                  // an option without counterpart: asked again, note kept
		{"cloud.share", &Answer{Note: "meer dan alles", EvidenceLevel: Audited}}, // out of range: asked again, note kept
		{"cloud.old", nil},  // the question is gone
		{"cloud.mail", nil}, // its answer stands under cloud.email
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, got.Get(tt.id), cmpAnswers...); diff != "" {
			t.Errorf("CarryForward: answer %s (-want +got):\n%s", tt.id, diff)
		}
	}
}

func TestTakeOverOnResume(t *testing.T) {
	q := questionnaire2027(t)
	a := &Answers{Answers: map[string]*Answer{
		"cloud.mail":  {Choice: "us", Note: "mail bij VS-partij"},
		"cloud.tools": {Choices: []string{"c", "a"}},
		"cloud.gone":  {Choice: "x"},
	}}
	carries := q.TakeOver(a)

	want := []Carry{{From: "cloud.mail", To: "cloud.email", Options: []string{"us_provider"}}}
	if diff := cmp.Diff(want, carries); diff != "" {
		t.Errorf("TakeOver (-want +got):\n%s", diff)
	}
	if got := a.Get("cloud.email"); got == nil || got.Choice != "us_provider" || !got.CarriedOver || got.Note != "mail bij VS-partij" {
		t.Errorf("cloud.email = %+v, want us_provider with the note, carried over", got)
	}
	if got := a.Get("cloud.mail"); got == nil || got.Choice != "us" || got.CarriedOver {
		t.Errorf("cloud.mail = %+v, want the old answer kept as it was", got)
	}
	if a.Get("cloud.gone") == nil {
		t.Error("the answer to a question that no longer exists was dropped")
	}
	if got := a.Get("cloud.tools"); got.CarriedOver {
		t.Errorf("cloud.tools = %+v: an answer that fits as it is must not be marked carried over", got)
	}
	if again := q.TakeOver(a); len(again) != 0 {
		t.Errorf("second TakeOver = %v, want nothing", again)
	}

	// Cleared on purpose: the old answer does not come back.
	a.Clear("cloud.email")
	if again := q.TakeOver(a); len(again) != 0 || a.Get("cloud.email").HasAnswer() {
		t.Errorf("TakeOver after clearing = %v, cloud.email %+v; want the cleared answer left alone", again, a.Get("cloud.email"))
	}

	// An option renamed under the same question id is taken over too.
	b := &Answers{Answers: map[string]*Answer{"cloud.email": {Choice: "us"}}}
	if got := q.TakeOver(b); len(got) != 1 || b.Get("cloud.email").Choice != "us_provider" || !b.Get("cloud.email").CarriedOver {
		t.Errorf("TakeOver of a renamed option: %v, cloud.email %+v", got, b.Get("cloud.email"))
	}
	// Options without counterpart under the same id: left as they are.
	c := &Answers{Answers: map[string]*Answer{"cloud.email": {Choice: "mars"}}}
	if got := q.TakeOver(c); len(got) != 0 || c.Get("cloud.email").Choice != "mars" {
		t.Errorf("TakeOver of an unknown option: %v, cloud.email %+v; want it kept as it was", got, c.Get("cloud.email"))
	}
}
