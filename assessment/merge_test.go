package assessment

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var splitTime = time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("CET", 3600))

func defaultQuestionnaire(t testing.TB) *Questionnaire {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse(data, "questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func newMain(q *Questionnaire) *Answers {
	return NewAnswers(q, Municipality{Name: "Gemeente Voorbeeld", CBSCode: "GM9999"},
		Period{ReferenceDate: "2026-11-01", Year: 2026}, Respondent{Name: "Coördinator", Role: "informatiemanager"})
}

// answerWith gives every question of ids an answer: option n of its
// options (counting round), or a value n steps above its minimum.
func answerWith(t testing.TB, q *Questionnaire, a *Answers, ids []string, n int, by string) {
	t.Helper()
	for _, id := range ids {
		qu := q.Question(id)
		s := Stamp{By: by, At: splitTime.Add(time.Hour)}
		var err error
		if qu.Type == Number {
			err = a.SetValue(qu, min(*qu.Min+float64(n), *qu.Max), s)
		} else {
			err = a.Choose(qu, qu.Options[n%len(qu.Options)].ID, s)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// fourColleagues assigns the questionnaire's themes over four people.
func fourColleagues(t *testing.T, q *Questionnaire, a *Answers) {
	t.Helper()
	people := []struct{ name, role string }{{"Ciso", "CISO"}, {"Archivaris", "archivaris"}, {"Communicatie", "communicatie"}, {"Inkoop", "inkoop"}}
	for i, th := range q.Themes {
		p := people[i%len(people)]
		must(t, a.Assign(q, p.name, p.role, []string{th.ID}))
	}
}

func TestAssign(t *testing.T) {
	q := defaultQuestionnaire(t)
	a := newMain(q)
	must(t, a.Assign(q, "Ciso", "CISO", []string{"exit", "cloud"}))
	must(t, a.Assign(q, "Archivaris", "", []string{"archiving", "exit.exit_plans"}))
	must(t, a.Assign(q, "Archivaris", "archivaris", []string{"cloud"}))
	want := []*Assignment{
		{Name: "Ciso", Role: "CISO", Themes: []string{"exit"}},
		{Name: "Archivaris", Role: "archivaris", Themes: []string{"cloud", "archiving"}, Questions: []string{"exit.exit_plans"}},
	}
	if q.Question("exit.exit_plans") == nil {
		t.Fatal("the test expects question exit.exit_plans in questions.yaml")
	}
	if diff := cmp.Diff(want, a.Assignments, cmpAnswers...); diff != "" {
		t.Errorf("assignments (-want +got):\n%s", diff)
	}
	if got := a.Owner(q, "exit.exit_plans").Name; got != "Archivaris" {
		t.Errorf("Owner(exit.exit_plans) = %s, want the single assignment Archivaris over the theme's Ciso", got)
	}
	var unknown *UnknownThemeError
	if err := a.Assign(q, "Ciso", "", []string{"clouds"}); !errors.As(err, &unknown) || unknown.ID != "clouds" {
		t.Errorf("Assign(clouds) = %v, want an UnknownThemeError", err)
	}
	if err := a.Assign(q, " ", "", []string{"cloud"}); err == nil {
		t.Error("Assign without a name succeeded")
	}
	// Taking a person's last theme away removes the person.
	must(t, a.Assign(q, "Archivaris", "", []string{"exit"}))
	if a.Assignee("Ciso") != nil {
		t.Errorf("Ciso still assigned without themes: %+v", a.Assignee("Ciso"))
	}
}

func TestSplitMakesOnePartPerPerson(t *testing.T) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	main.Questionnaire.SHA256 = q.SHA256
	fourColleagues(t, q, main)
	answerWith(t, q, main, []string{"cloud.register"}, 0, "Coördinator")
	before, _ := MarshalAnswers(main)
	parts, err := Split(q, main, "soeverein-GM9999-2026.yaml", splitTime)
	must(t, err)
	if after, _ := MarshalAnswers(main); string(after) != string(before) {
		t.Error("Split changed the main file")
	}
	if len(parts) != 4 {
		t.Fatalf("Split made %d parts, want 4", len(parts))
	}
	seen := map[string]bool{}
	for _, p := range parts {
		if p.Municipality.CBSCode != "GM9999" || p.Period.ReferenceDate != main.Period.ReferenceDate || p.Questionnaire.SHA256 != q.SHA256 {
			t.Errorf("part %s: municipality/period/questionnaire not copied: %+v %+v %+v", p.Part.Name, p.Municipality, p.Period, p.Questionnaire)
		}
		if p.Respondent.Name != p.Part.Name || p.Part.Main != "soeverein-GM9999-2026.yaml" {
			t.Errorf("part %s: respondent %q, main %q", p.Part.Name, p.Respondent.Name, p.Part.Main)
		}
		for _, id := range p.Part.Questions {
			if seen[id] {
				t.Errorf("question %s is in two parts", id)
			}
			seen[id] = true
			if !slices.Contains(p.Part.Themes, q.ThemeOf(id).ID) {
				t.Errorf("part %s has %s outside its themes %v", p.Part.Name, id, p.Part.Themes)
			}
		}
		for id := range p.Answers {
			if !p.Part.InScope(id) {
				t.Errorf("part %s holds an answer to %s outside its scope", p.Part.Name, id)
			}
		}
	}
	if len(seen) != len(q.Questions()) {
		t.Errorf("the parts cover %d questions, want all %d", len(seen), len(q.Questions()))
	}
	ciso := parts[0]
	if ciso.Answers["cloud.register"] == nil || ciso.Part.Base["cloud.register"] == "" {
		t.Errorf("the answer given before the split is not in the part with its base: %+v", ciso.Part.Base)
	}
}

// splitAndAnswer splits main and answers every question of each part.
func splitAndAnswer(t *testing.T, q *Questionnaire, main *Answers) []PartFile {
	t.Helper()
	parts, err := Split(q, main, "main.yaml", splitTime)
	must(t, err)
	var files []PartFile
	for i, p := range parts {
		answerWith(t, q, p, p.Part.Questions, i, p.Respondent.Name)
		p.MarkDone(true, splitTime.Add(2*time.Hour))
		files = append(files, PartFile{Name: "part" + string(rune('1'+i)) + ".yaml", Answers: roundTrip(t, p)})
	}
	return files
}

func roundTrip(t *testing.T, a *Answers) *Answers {
	t.Helper()
	data, err := MarshalAnswers(a)
	must(t, err)
	b, _, err := ParseAnswers(data, "x.yaml")
	must(t, err)
	return b
}

// contentOnly leaves out who and when, to compare what was answered.
var contentOnly = append(slices.Clone(cmpAnswers),
	cmpopts.IgnoreFields(Answer{}, "AnsweredAt", "AnsweredBy"),
)

func TestMergeGivesTheSameAnswersAsOneFile(t *testing.T) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	fourColleagues(t, q, main)
	files := splitAndAnswer(t, q, main)

	one := newMain(q)
	for i, f := range files {
		answerWith(t, q, one, f.Answers.Part.Questions, i, "Coördinator")
	}
	res, err := Merge(q, main, files, MergeOptions{Now: splitTime.Add(3 * time.Hour)})
	must(t, err)
	if len(res.Conflicts) != 0 {
		t.Fatalf("conflicts: %+v", res.Conflicts)
	}
	if diff := cmp.Diff(one.Answers, res.Answers.Answers, contentOnly...); diff != "" {
		t.Errorf("merged answers differ from answering in one file (-one +merged):\n%s", diff)
	}
	for id, ans := range res.Answers.Answers {
		if owner := res.Answers.Owner(q, id); ans.AnsweredBy != owner.Name {
			t.Errorf("%s answered_by %q, want the assigned %q", id, ans.AnsweredBy, owner.Name)
		}
	}
	for _, as := range res.Answers.Assignments {
		if !as.Done || as.MergedAt == "" {
			t.Errorf("assignment %s: done %v merged_at %q after merging its done part", as.Name, as.Done, as.MergedAt)
		}
	}
	again, err := Merge(q, res.Answers, files, MergeOptions{Now: splitTime.Add(5 * time.Hour)})
	must(t, err)
	x, _ := MarshalAnswers(res.Answers)
	y, _ := MarshalAnswers(again.Answers)
	if string(x) != string(y) || again.Taken != 0 || len(again.Conflicts) != 0 {
		t.Errorf("merging the same parts twice changed the file (taken %d, conflicts %d):\n%s", again.Taken, len(again.Conflicts), cmp.Diff(string(x), string(y)))
	}
}

// conflictCase builds a main file and one part whose answers to
// cloud.register differ; how depends on kind.
func conflictCase(t *testing.T, kind ConflictKind) (*Questionnaire, *Answers, []PartFile) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	must(t, main.Assign(q, "Ciso", "CISO", []string{"cloud"}))
	must(t, main.Assign(q, "Archivaris", "", []string{"archiving"}))
	id := []string{"cloud.register"}
	answerWith(t, q, main, id, 0, "Coördinator")
	parts, err := Split(q, main, "main.yaml", splitTime)
	must(t, err)
	ciso := parts[0]
	answerWith(t, q, ciso, id, 1, "Ciso")
	files := []PartFile{{Name: "ciso.yaml", Answers: ciso}}
	switch kind {
	case ChangedInMain:
		answerWith(t, q, main, id, 2, "Coördinator")
	case TwoFiles:
		// A second part, edited by hand, answers the same question.
		other := parts[1]
		other.Part.Questions = append(other.Part.Questions, id[0])
		other.Answers[id[0]] = &Answer{}
		answerWith(t, q, other, id, 2, "Archivaris")
		files = append(files, PartFile{Name: "archief.yaml", Answers: other})
	}
	return q, main, files
}

func TestMergeConflicts(t *testing.T) {
	for _, kind := range []ConflictKind{ChangedInMain, TwoFiles} {
		for _, r := range []Resolution{Unresolved, KeepMain, TakePart} {
			name := map[ConflictKind]string{ChangedInMain: "changed in main", TwoFiles: "two files"}[kind] + "/" + map[Resolution]string{Unresolved: "unresolved", KeepMain: "keep main", TakePart: "take part"}[r]
			t.Run(name, func(t *testing.T) {
				q, main, files := conflictCase(t, kind)
				res, err := Merge(q, main, files, MergeOptions{})
				must(t, err)
				if len(res.Conflicts) != 1 || res.Conflicts[0].Kind != kind || res.Conflicts[0].Question != "cloud.register" {
					t.Fatalf("conflicts = %+v, want one of kind %d on cloud.register", res.Conflicts, kind)
				}
				c := res.Conflicts[0]
				if len(res.Unresolved()) != 1 {
					t.Fatalf("without a decision the conflict is not returned unresolved")
				}
				opt := MergeOptions{Resolve: map[string]Resolution{c.Key(): r}}
				res, err = Merge(q, main, files, opt)
				must(t, err)
				got := res.Answers.Answers["cloud.register"]
				switch r {
				case Unresolved:
					if !SameContent(got, c.Main) {
						t.Errorf("an unresolved conflict changed the answer: %+v", got)
					}
					return
				case KeepMain:
					if !SameContent(got, c.Main) {
						t.Errorf("keep main: answer %+v, want %+v", got, c.Main)
					}
				case TakePart:
					if !SameContent(got, c.Part) || got.AnsweredBy != c.Part.AnsweredBy {
						t.Errorf("take part: answer %+v, want %+v", got, c.Part)
					}
				}
				notChosen := c.Part
				if r == TakePart {
					notChosen = c.Main
				}
				loaded := roundTrip(t, res.Answers).Answers["cloud.register"]
				if !keptSomewhere(loaded, notChosen) {
					t.Errorf("the answer not chosen is lost after save and load: %+v", loaded.Superseded)
				}
				for _, s := range loaded.Superseded {
					if s.AnsweredBy == "" || s.AnsweredAt == "" {
						t.Errorf("superseded answer without author or time: %+v", s)
					}
				}
				again, err := Merge(q, roundTrip(t, res.Answers), files, opt)
				must(t, err)
				x, _ := MarshalAnswers(res.Answers)
				y, _ := MarshalAnswers(again.Answers)
				if string(x) != string(y) || len(again.Unresolved()) != 0 {
					t.Errorf("merging again after the decision changed the file or asked again:\n%s", cmp.Diff(string(x), string(y)))
				}
			})
		}
	}
}

func keptSomewhere(ans, want *Answer) bool {
	if SameContent(ans, want) {
		return true
	}
	c := want.content()
	for _, s := range ans.Superseded {
		if s.content() == c {
			return true
		}
	}
	return false
}

func TestMergePolicyPrefer(t *testing.T) {
	q, main, files := conflictCase(t, ChangedInMain)
	for _, r := range []Resolution{KeepMain, TakePart} {
		res, err := Merge(q, main, files, MergeOptions{Prefer: r})
		must(t, err)
		if len(res.Unresolved()) != 0 || res.Conflicts[0].Resolution != r {
			t.Errorf("Prefer %d: conflicts %+v", r, res.Conflicts)
		}
	}
}

// TestMergeMainChangedPartUntouched: the coordinator changed an answer after
// the split and the colleague left it alone: the newer answer stays, without
// a conflict, and the old one is kept under it.
func TestMergeMainChangedPartUntouched(t *testing.T) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	must(t, main.Assign(q, "Ciso", "CISO", []string{"cloud"}))
	id := []string{"cloud.register"}
	answerWith(t, q, main, id, 0, "Coördinator")
	parts, err := Split(q, main, "main.yaml", splitTime)
	must(t, err)
	answerWith(t, q, main, id, 1, "Coördinator")
	res, err := Merge(q, main, []PartFile{{Name: "p.yaml", Answers: parts[0]}}, MergeOptions{})
	must(t, err)
	if len(res.Conflicts) != 0 || !SameContent(res.Answers.Answers[id[0]], main.Answers[id[0]]) {
		t.Errorf("conflicts %+v, answer %+v", res.Conflicts, res.Answers.Answers[id[0]])
	}
}

func TestMergeRefusesForeignParts(t *testing.T) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	main.Questionnaire.SHA256 = strings.Repeat("a", 64)
	must(t, main.Assign(q, "Ciso", "", []string{"cloud"}))
	tests := []struct {
		name   string
		change func(p *Answers)
		what   string
	}{
		{"not a part", func(p *Answers) { p.Part = nil }, "part"},
		{"other municipality", func(p *Answers) { p.Municipality = Municipality{Name: "Gemeente Elders", CBSCode: "GM0001"} }, "municipality"},
		{"other period", func(p *Answers) { p.Period = Period{ReferenceDate: "2025-11-01", Year: 2025} }, "period"},
		{"other questionnaire", func(p *Answers) { p.Questionnaire.ID = "iets-anders" }, "questionnaire"},
		{"same version, other bytes", func(p *Answers) { p.Questionnaire.SHA256 = strings.Repeat("b", 64) }, "version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, err := Split(q, main, "main.yaml", splitTime)
			must(t, err)
			tt.change(parts[0])
			_, err = Merge(q, main, []PartFile{{Name: "p.yaml", Answers: parts[0]}}, MergeOptions{Prefer: TakePart})
			var r *RefusalError
			if !errors.As(err, &r) || r.What != tt.what || r.Part != "p.yaml" {
				t.Fatalf("Merge = %v, want a refusal of the %s", err, tt.what)
			}
			if !strings.Contains(err.Error(), "p.yaml") {
				t.Errorf("message %q does not name the part", err)
			}
		})
	}
}

// TestMergeCarriesOtherVersion merges a part answered against version
// 2026.1 of the test questionnaire into a main file of 2027.1: the answer
// comes through replaces.
func TestMergeCarriesOtherVersion(t *testing.T) {
	q26, q27 := minimalQuestionnaire(t), questionnaire2027(t)
	main := newMain(q27)
	must(t, main.Assign(q27, "Ciso", "", []string{"cloud"}))
	part := newMain(q26)
	part.Part = &Part{Name: "Ciso", Main: "main.yaml", Questions: []string{"cloud.mail"}}
	must(t, part.Choose(q26.Question("cloud.mail"), "us", Stamp{By: "Ciso", At: splitTime}))
	res, err := Merge(q27, main, []PartFile{{Name: "p.yaml", Answers: part}}, MergeOptions{})
	must(t, err)
	if got := res.Answers.Answers["cloud.email"]; got == nil || got.Choice != "us_provider" {
		t.Errorf("cloud.email = %+v, want us_provider carried from cloud.mail", got)
	}
	if res.Answers.Answers["cloud.mail"] != nil {
		t.Error("the old id's entry was copied into the main file beside the carried answer")
	}
	if !slices.Equal(res.Carried, []string{"p.yaml"}) {
		t.Errorf("Carried = %v", res.Carried)
	}
}

func TestStatus(t *testing.T) {
	q := defaultQuestionnaire(t)
	main := newMain(q)
	fourColleagues(t, q, main)
	parts, err := Split(q, main, "main.yaml", splitTime)
	must(t, err)
	ciso := parts[0]
	first := ciso.Part.Questions[0]
	must(t, ciso.Choose(q.Question(first), DontKnow, Stamp{By: "Ciso", At: splitTime}))
	ciso.MarkDone(true, splitTime)
	answerWith(t, q, main, []string{first}, 0, "Coördinator")
	main.Answers[first].AnsweredAt = "2026-11-21T10:00:00+01:00"
	// The main file's answer changed after the split: a conflict waits.
	st, _, err := Status(q, main, []PartFile{{Name: "ciso.yaml", Answers: ciso}})
	must(t, err)
	th := st[0]
	if th.Theme.ID != q.ThemeOf(first).ID || th.Who[0].Name != "Ciso" || !th.Done || th.Conflicts != 1 {
		t.Errorf("status of %s = who %v done %v conflicts %d", th.Theme.ID, th.Who, th.Done, th.Conflicts)
	}
	if th.Answered != 1 || th.Unknown != 0 {
		t.Errorf("answered %d unknown %d, want the main file's answer (1, 0) while the conflict waits", th.Answered, th.Unknown)
	}
	if st[1].Done || st[1].Answered != 0 {
		t.Errorf("theme %s: %+v, want not done, nothing answered", st[1].Theme.ID, st[1])
	}
}

func TestCheckAnswersWarnsAboutUnknownAssignments(t *testing.T) {
	q := minimalQuestionnaire(t)
	data := "format: 1\nkind: soeverein-answers\nassignments:\n  - name: A\n    themes: [cloud, clouds]\n    questions: [cloud.nope]\nanswers: {}\n"
	a, _, err := ParseAnswers([]byte(data), "a.yaml")
	must(t, err)
	got := q.CheckAnswers(a, "a.yaml")
	var msgs []string
	for _, p := range got {
		msgs = append(msgs, p.Error())
	}
	want := []string{
		`a.yaml:5:21: warning: assignments[0] (A): "clouds" is not a theme of the questionnaire (themes: cloud); it is kept but nobody is asked it`,
		`a.yaml:6:17: warning: assignments[0] (A): "cloud.nope" is not a question of the questionnaire; it is kept but nobody is asked it`,
	}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// BenchmarkMerge merges four answered parts of the default questionnaire.
func BenchmarkMerge(b *testing.B) {
	q := defaultQuestionnaire(b)
	main := newMain(q)
	people := []string{"Ciso", "Archivaris", "Communicatie", "Inkoop"}
	for i, th := range q.Themes {
		if err := main.Assign(q, people[i%4], "", []string{th.ID}); err != nil {
			b.Fatal(err)
		}
	}
	parts, err := Split(q, main, "main.yaml", splitTime)
	if err != nil {
		b.Fatal(err)
	}
	var files []PartFile
	for i, p := range parts {
		answerWith(b, q, p, p.Part.Questions, i, p.Respondent.Name)
		files = append(files, PartFile{Name: fmt.Sprint(i), Answers: p})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Merge(q, main, files, MergeOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
