package scoring

import (
	"slices"
	"testing"

	"soeverein/assessment"
)

// The shared answers fixtures in testdata/answers (used for golden reports
// too) must fit the default questionnaire exactly and show what they are
// meant to show.
func TestSharedAnswers(t *testing.T) {
	q := defaultQuestionnaire(t)
	load := func(t *testing.T, name string) *Result {
		t.Helper()
		a, warnings, err := assessment.LoadAnswers("../testdata/answers/"+name, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range warnings {
			t.Errorf("warning: %v", w)
		}
		return Evaluate(q, a)
	}
	t.Run("cautious", func(t *testing.T) {
		res := load(t, "cautious.yaml")
		if !res.Completeness.Complete || res.Completeness.DontKnow != 0 {
			t.Errorf("cautious: complete %v with %d don't know, want complete without", res.Completeness.Complete, res.Completeness.DontKnow)
		}
		if o := res.Overall; !o.Capped || !slices.Equal(o.CappedBy, []string{"exit"}) || o.Score < 80 {
			t.Errorf("cautious: overall %v capped %v by %v, want a high score held down by exit (weakest link)", o.Score, o.Capped, o.CappedBy)
		}
		if q := res.Question("archiving.scattered"); q == nil || q.Note == "" {
			t.Errorf("cautious: the note with |, <b> and # is missing")
		}
	})
	t.Run("microsoft", func(t *testing.T) {
		res := load(t, "microsoft.yaml")
		if !res.Completeness.Complete || res.Completeness.DontKnow < 3 {
			t.Errorf("microsoft: complete %v with %d don't know, want complete with several", res.Completeness.Complete, res.Completeness.DontKnow)
		}
		if v := res.Question("exit.plan_coverage").Value; v == nil || *v != 0 {
			t.Errorf("microsoft: exit.plan_coverage = %v, want the value 0", v)
		}
		met := map[string]bool{}
		for _, r := range res.Rules {
			met[r.ID] = r.Outcome == Met
		}
		for _, id := range []string{"copilot_without_dpia", "chat_without_capture", "mail_us_without_exit"} {
			if !met[id] {
				t.Errorf("microsoft: rule %s not met", id)
			}
		}
	})
	t.Run("draft", func(t *testing.T) {
		// One answer of 70 points: a score over what was answered, and no
		// level for its theme or the whole.
		res := load(t, "draft.yaml")
		if c := res.Completeness; c.Answered != 1 {
			t.Fatalf("draft: %d answered, want 1", c.Answered)
		}
		o, cloud := res.Overall, res.Theme("cloud")
		if o.Score != 70 || o.Level != nil || o.ScoreLevel != nil || o.NoLevel == nil || o.NoLevel.Reason != TooFewAnswered {
			t.Errorf("draft: overall %v level %v no_level %+v, want 70 without a level, too few answered", o.Score, o.Level, o.NoLevel)
		}
		if cloud.Score != 70 || cloud.Level != nil || cloud.NoLevel == nil || cloud.NoLevel.Answered != 1 {
			t.Errorf("draft: cloud %v level %v no_level %+v, want 70 without a level (1 answered)", cloud.Score, cloud.Level, cloud.NoLevel)
		}
		for _, r := range res.Rules {
			if r.Outcome == Met {
				t.Errorf("draft: rule %s met on one answer", r.ID)
			}
		}
	})
	t.Run("incomplete", func(t *testing.T) {
		res := load(t, "incomplete.yaml")
		c := res.Completeness
		if c.Complete || c.Answered*3 < c.Total || c.Answered*3 > c.Total*2 {
			t.Errorf("incomplete: %d of %d answered, want roughly half", c.Answered, c.Total)
		}
	})
}
