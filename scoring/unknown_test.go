package scoring

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"soeverein/assessment"
)

// notKnownPhrases are how a finding says that something is not known.
var notKnownPhrases = map[string][]string{
	"nl": {"weet ik niet", "weten niet", "onbekend", "niet bekend"},
	"en": {"don't know", "do not know", "unknown", "not known"},
}

func saysNotKnown(t assessment.Text) bool {
	for lang, phrases := range notKnownPhrases {
		found := false
		for _, p := range phrases {
			found = found || strings.Contains(strings.ToLower(t[lang]), p)
		}
		if !found {
			return false
		}
	}
	return true
}

// allDontKnow answers every question of q "weet ik niet".
func allDontKnow(q *assessment.Questionnaire) *assessment.Answers {
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
	for _, qu := range q.Questions() {
		a.Answers[qu.ID] = &assessment.Answer{Choice: assessment.DontKnow}
	}
	return a
}

// TestAllDontKnowStatesNoFact: when every question of the default
// questionnaire is answered "weet ik niet", no finding states an absence as
// a fact: every finding says that something is not known, and each answer
// gives at most one finding.
func TestAllDontKnowStatesNoFact(t *testing.T) {
	q := defaultQuestionnaire(t)
	res := Evaluate(q, allDontKnow(q))
	if len(res.Findings) == 0 {
		t.Fatal("all 'weet ik niet' gives no findings, want findings that say what is not known")
	}
	for _, f := range res.Findings {
		if !saysNotKnown(f.Title) && !saysNotKnown(f.Text) {
			t.Errorf("finding %s%s %q: %q does not say that it is not known", f.Rule, f.Question, f.Title["nl"], f.Text["nl"])
		}
	}
	for _, r := range res.Rules {
		if r.Outcome == Met && !testsUnknown(q.Rule(r.ID).When) {
			t.Errorf("rule %s is met on 'weet ik niet' answers only, without testing for not knowing", r.ID)
		}
	}
	perQuestion := map[string]int{}
	for _, f := range res.Findings {
		switch f.Source {
		case FromDontKnow, FromRuleUnknown:
			perQuestion[f.Question]++
		}
	}
	for _, f := range res.Findings {
		if f.Source != FromRule {
			continue
		}
		for _, id := range unknownLeaves(q.Rule(f.Rule).When, nil) {
			perQuestion[id]++
		}
	}
	for id, n := range perQuestion {
		if n > 1 {
			t.Errorf("the 'weet ik niet' answer to %s gives %d findings, want at most one", id, n)
		}
	}
}

func testsUnknown(c *assessment.Condition) bool { return len(unknownLeaves(c, nil)) > 0 }

// TestMetOnlyOnRealAnswers: for random answers to the default
// questionnaire, a rule that is met and does not test for not knowing stays
// met whatever real answer replaces each "weet ik niet": it was met on the
// real answers alone (Kleene logic: an unknown part never decides).
func TestMetOnlyOnRealAnswers(t *testing.T) {
	q := defaultQuestionnaire(t)
	r := rand.New(rand.NewPCG(9, 9))
	runs := 60
	if testing.Short() {
		runs = 10
	}
	for i := range runs {
		a := mix(q, r)
		res := Evaluate(q, a)
		// Replace every "weet ik niet" by a random real answer.
		b := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
		for id, ans := range a.Answers {
			b.Answers[id] = ans
			if ans.IsDontKnow() {
				cs := choices(q.Question(id))
				b.Answers[id] = cs[r.IntN(len(cs))].ans
			}
		}
		again := Evaluate(q, b)
		for j, rr := range res.Rules {
			if rr.Outcome != Met || testsUnknown(q.Rules[j].When) {
				continue
			}
			if got := again.Rules[j].Outcome; got != Met && !visibilityChanged(res, again, rr.Questions) {
				t.Errorf("mix %d: rule %s is met, but %s once 'weet ik niet' answers become real ones: it was met on not knowing", i, rr.ID, got)
			}
		}
	}
}

// visibilityChanged reports whether one of the questions is hidden in one
// result and not in the other (a real answer can show or hide a follow-up,
// which changes what a rule looks at).
func visibilityChanged(a, b *Result, ids []string) bool {
	for _, id := range ids {
		if (a.Question(id).Status == Hidden) != (b.Question(id).Status == Hidden) {
			return true
		}
	}
	return false
}

// TestAppliesFromOnTheDefaultQuestionnaire: the BIO2 was adopted in
// September 2025, so an assessment with an earlier reference date is not
// asked about a BIO2 gap analysis and gets no finding for lacking one.
func TestAppliesFromOnTheDefaultQuestionnaire(t *testing.T) {
	q := defaultQuestionnaire(t)
	for _, tc := range []struct {
		date    string
		hidden  bool
		outcome Outcome
	}{
		{"2025-04-01", true, RuleNotApplicable},
		{"2026-11-01", false, Met},
		{"", false, Met},
	} {
		t.Run(fmt.Sprint(tc.date), func(t *testing.T) {
			a := &assessment.Answers{Answers: map[string]*assessment.Answer{"cooperation.bio2_gap": {Choice: "none"}}}
			a.Period.ReferenceDate = tc.date
			res := Evaluate(q, a)
			if got := res.Question("cooperation.bio2_gap").Status == Hidden; got != tc.hidden {
				t.Errorf("reference date %q: BIO2 question hidden = %v, want %v", tc.date, got, tc.hidden)
			}
			if got := outcomes(res, "no_bio2_gap_analysis"); got != "no_bio2_gap_analysis="+string(tc.outcome) {
				t.Errorf("reference date %q: %s, want %s", tc.date, got, tc.outcome)
			}
		})
	}
}
