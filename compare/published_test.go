package compare

import (
	"testing"

	"soeverein"
	"soeverein/assessment"
)

// builtIn parses every questionnaire version built into the binary.
func builtIn(t *testing.T) (current *assessment.Questionnaire, known []*assessment.Questionnaire) {
	t.Helper()
	for _, p := range soeverein.PublishedQuestionnaires() {
		q, err := assessment.Parse(p.Data, p.Name)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name == soeverein.DefaultQuestionnaireName {
			current = q
		} else {
			known = append(known, q)
		}
	}
	return current, known
}

// A year answered with 2026.1 and one with 2026.2: with only the built-in
// versions (no --known), both years show as reported under their own
// version, and every change splits into answers and questionnaire, adding
// up exactly.
func TestCompareAcrossPublishedVersions(t *testing.T) {
	q, known := builtIn(t)
	for _, pair := range [][2]string{{"microsoft", "cautious"}, {"cautious", "microsoft"}, {"incomplete", "cautious"}, {"microsoft", "microsoft"}} {
		t.Run(pair[0]+"-2026.1+"+pair[1]+"-2026.2", func(t *testing.T) {
			older := readAnswers(t, "../testdata/answers-2026.1/"+pair[0]+".yaml")
			newer := readAnswers(t, "../testdata/answers/"+pair[1]+".yaml")
			newer.Municipality = older.Municipality
			older.Period = assessment.Period{Year: 2026, ReferenceDate: "2026-01-01"}
			newer.Period = assessment.Period{Year: 2027, ReferenceDate: "2027-01-01"}
			tr, err := Compare(q, known, []Input{{File: "2026.yaml", Answers: older}, {File: "2027.yaml", Answers: newer}})
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range []string{"2026.1", "2026.2"} {
				y := tr.Years[i]
				if y.AnsweredAgainst.Version != want || y.OwnVersion == nil || tr.Overall.Points[i].Reported == nil {
					t.Errorf("year %s: answered against %q, own version %v, reported %v; want %s known without --known",
						y.Label, y.AnsweredAgainst.Version, y.OwnVersion, tr.Overall.Points[i].Reported, want)
				}
			}
			c := tr.Overall.Changes[0]
			if !c.QuestionnaireKnown {
				t.Error("questionnaire part unknown, want it known from the built-in 2026.1")
			}
			if pair[0] == pair[1] && c.Questionnaire == 0 {
				t.Errorf("the same answers under 2026.1 and 2026.2: questionnaire part 0, want the effect of the new version (total %v, like for like %v)", c.Total, c.LikeForLike)
			}
			checkAddsUp(t, tr)
			t.Logf("overall: total %v = better %v + worse %v + newly answered %v + questionnaire %v", c.Total, c.Better, c.Worse, c.NewlyAnswered, c.Questionnaire)
		})
	}
}
