package scoring

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"soeverein/assessment"
)

func TestExplanation(t *testing.T) {
	q := load(t, "paths.yaml")
	res := Evaluate(q, answers(t, q, m("cloud.mail", "us", "cloud.tools", "b", "cloud.share", "=60")))
	cloud := res.Theme("cloud")
	var got []string
	var contributions, lost float64
	for _, c := range cloud.Explanation {
		got = append(got, fmt.Sprintf("%s:%g:%g:%g", c.Question, c.Share, c.Contribution, c.PointsLost))
		contributions += c.Contribution
		lost += c.PointsLost
	}
	// weights 2, 1, 1: mail 0 loses half the theme, tools 50 and share 60.
	want := "cloud.mail:0.5:0:50 cloud.tools:0.25:12.5:12.5 cloud.share:0.25:15:10"
	if strings.Join(got, " ") != want {
		t.Errorf("explanation = %s, want %s", strings.Join(got, " "), want)
	}
	if math.Abs(contributions-cloud.Score) > 0.2 || math.Abs(contributions+lost-100) > 0.2 {
		t.Errorf("contributions %g and points lost %g do not add up to score %g and 100", contributions, lost, cloud.Score)
	}
	if mail := res.Question("cloud.mail"); mail.Contribution != 0 || mail.PointsLost != 50 {
		t.Errorf("cloud.mail contribution/points lost = %g/%g, want 0/50", mail.Contribution, mail.PointsLost)
	}
	if exit := res.Theme("exit"); len(exit.Explanation) != 0 {
		t.Errorf("unscored theme explanation = %v, want none", exit.Explanation)
	}
}

func TestSOVView(t *testing.T) {
	q := load(t, "paths.yaml")
	res := Evaluate(q, answers(t, q, m("cloud.mail", "eu", "cloud.share", "=60", "exit.plan", "not_applicable", "exit.backup", "copy")))
	var got []string
	for _, o := range res.SOV.Objectives {
		score := "-"
		if o.Scored {
			score = fmt.Sprint(o.Score)
		}
		got = append(got, fmt.Sprintf("%s=%s %d/%d", o.ID, score, o.Counted, o.Total))
	}
	// SOV-1: share 60 and backup 50 (plan n.v.t., checks unanswered, tools hidden);
	// SOV-2: mail (weight 2) 100 and share 60; SOV-3 has no questions.
	want := "SOV-1=55 2/4 SOV-2=86.7 2/2 SOV-3=- 0/0"
	if strings.Join(got, " ") != want {
		t.Errorf("SOV = %s, want %s", strings.Join(got, " "), want)
	}
	// weighted with the framework's weights 15 and 10: (15*55 + 10*86.7)/25
	if !res.SOV.Scored || res.SOV.Score != 67.7 {
		t.Errorf("SOV score = %v (scored %v), want 67.7", res.SOV.Score, res.SOV.Scored)
	}
	if !res.SOV.Indicative || res.SOV.Note["nl"] == "" || res.SOV.Note["en"] == "" {
		t.Errorf("SOV view is not labelled indicative in nl and en: %+v", res.SOV)
	}
}

func TestOtherQuestionnaireVersion(t *testing.T) {
	q := load(t, "paths.yaml")
	a := answers(t, q, m("cloud.mail", "eu", "cloud.share", "=100", "exit.plan", "rehearsed", "exit.gone", "yes", "old.question", "=3"))
	a.Questionnaire.Version = "0"
	res := Evaluate(q, a)
	if !res.Subject.VersionMismatch || res.Subject.AnsweredAgainst.Version != "0" || res.Subject.Questionnaire.Version != "1" {
		t.Errorf("Subject = %+v, want a version mismatch 0 against 1", res.Subject)
	}
	if got := fmt.Sprint(res.Completeness.Ignored); got != "[exit.gone old.question]" {
		t.Errorf("Ignored = %s, want [exit.gone old.question]", got)
	}
	if got := res.Question("exit.plan").Status; got != Invalid {
		t.Errorf("answer with an option that no longer exists: status %s, want invalid", got)
	}
	if got := res.Theme("cloud").Score; got != 100 {
		t.Errorf("cloud score = %v, want 100 from what still matches", got)
	}
}

func TestSameVersionNoMismatch(t *testing.T) {
	q := load(t, "paths.yaml")
	a := answers(t, q, nil)
	a.Questionnaire.SHA256 = "0000"
	if Evaluate(q, a).Subject.VersionMismatch {
		t.Errorf("a changed digest under the same version is reported as a mismatch")
	}
	if Evaluate(q, nil).Subject.VersionMismatch {
		t.Errorf("answers without a questionnaire reference are reported as a mismatch")
	}
}

func TestSubject(t *testing.T) {
	q := load(t, "paths.yaml")
	a := answers(t, q, nil)
	a.Municipality = assessment.Municipality{Name: "Gemeente Voorbeeldstad", CBSCode: "GM9991"}
	a.Period = assessment.Period{ReferenceDate: "2026-11-01", Year: 2026}
	a.Respondent = assessment.Respondent{Role: "CISO"}
	s := Evaluate(q, a).Subject
	got := fmt.Sprintf("%s %s %s %d %s %s %s", s.Municipality, s.CBSCode, s.ReferenceDate, s.Year, s.Respondent.Role, s.Questionnaire.ID, s.Questionnaire.SHA256)
	want := fmt.Sprintf("Gemeente Voorbeeldstad GM9991 2026-11-01 2026 CISO paths %s", q.SHA256)
	if got != want {
		t.Errorf("Subject = %s, want %s", got, want)
	}
}

func TestDeterministicJSON(t *testing.T) {
	q := load(t, "paths.yaml")
	given := m("cloud.mail", "dont_know", "cloud.tools", "a,b,c", "cloud.share", "=55", "exit.plan", "none", "exit.backup", "copy", "unknown.one", "x", "unknown.two", "y")
	first, err := json.Marshal(Evaluate(q, answers(t, q, given)))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 20 {
		again, _ := json.Marshal(Evaluate(q, answers(t, q, given)))
		if string(again) != string(first) {
			t.Fatalf("run %d gave other JSON than the first", i)
		}
	}
}

func TestJSONHasNoNullLists(t *testing.T) {
	q := load(t, "paths.yaml")
	for _, a := range []*assessment.Answers{nil, answers(t, q, m("cloud.mail", "us", "exit.plan", "none", "exit.backup", "copy"))} {
		data, err := json.Marshal(Evaluate(q, a))
		if err != nil {
			t.Fatal(err)
		}
		checkNoNulls(t, data)
	}
}

func checkNoNulls(t *testing.T, data []byte) {
	t.Helper()
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if x == nil && !nullable[k] {
					t.Errorf("%s.%s is null", path, k)
				}
				walk(path+"."+k, x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), x)
			}
		}
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	walk("result", doc)
}

// nullable are the JSON fields documented as null when absent.
var nullable = map[string]bool{"level": true, "score_level": true, "value": true, "cap": true}
