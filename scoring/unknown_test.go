package scoring

import (
	"fmt"
	"math/rand/v2"
	"slices"
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
			t.Errorf("finding %s%v %q: %q does not say that it is not known", f.Rule, f.Questions, f.Title["nl"], f.Text["nl"])
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
			for _, id := range f.Questions {
				perQuestion[id]++
			}
		case FromRule:
			for _, id := range notKnowing(q.Rule(f.Rule).When, nil) {
				perQuestion[id]++
			}
		}
	}
	for id, n := range perQuestion {
		if n > 1 {
			t.Errorf("the 'weet ik niet' answer to %s gives %d findings, want at most one", id, n)
		}
	}
}

func testsUnknown(c *assessment.Condition) bool { return len(notKnowing(c, nil)) > 0 }

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

// TestDontKnowCoveredOnce: for random answers to the default questionnaire
// (with few and with many "weet ik niet" answers), every question answered
// "weet ik niet" is covered by exactly one finding, a theme has at most one
// don't-know finding, and what a finding covers fits its source: a met
// rule's questions are those it tests for not knowing, an if_unknown
// finding's those its rule looks at, a don't-know finding's those of its
// theme, with the one form of the texts for one question and the other
// form for several.
func TestDontKnowCoveredOnce(t *testing.T) {
	q := defaultQuestionnaire(t)
	r := rand.New(rand.NewPCG(9, 2026))
	runs := 80
	if testing.Short() {
		runs = 10
	}
	sets := map[string]*assessment.Answers{"all dont_know": allDontKnow(q)}
	for i := range runs {
		a := mix(q, r)
		if i%2 == 1 { // many unknowns: most themes get several
			for id := range a.Answers {
				if r.IntN(3) == 0 {
					a.Answers[id] = &assessment.Answer{Choice: assessment.DontKnow}
				}
			}
		}
		sets[fmt.Sprintf("mix %d", i)] = a
	}
	for _, name := range sortedKeys(sets) {
		res := Evaluate(q, sets[name])
		checkDontKnowCovered(t, name, q, res)
	}
}

func checkDontKnowCovered(t *testing.T, name string, q *assessment.Questionnaire, res *Result) {
	t.Helper()
	coveredBy := map[string][]string{}
	perTheme := map[string]int{}
	rules := map[string]*RuleResult{}
	for _, rr := range res.Rules {
		rules[rr.ID] = rr
	}
	for _, f := range res.Findings {
		label := string(f.Source) + " " + f.Rule + f.Theme
		for i, id := range f.Questions {
			coveredBy[id] = append(coveredBy[id], label)
			if st := res.Question(id).Status; st != DontKnow {
				t.Errorf("%s: finding %s covers %s, which is %s, not dont_know", name, label, id, st)
			}
			if i > 0 && q.Index(f.Questions[i-1]) >= q.Index(id) {
				t.Errorf("%s: finding %s lists %v, not in questionnaire order", name, label, f.Questions)
			}
		}
		switch f.Source {
		case FromDontKnow:
			perTheme[f.Theme]++
			checkDontKnowFinding(t, name, q, f)
		case FromRuleUnknown:
			if rules[f.Rule].Outcome != Unknown || len(f.Questions) == 0 {
				t.Errorf("%s: if_unknown finding of %s (outcome %s) covers %v", name, f.Rule, rules[f.Rule].Outcome, f.Questions)
			}
			for _, id := range f.Questions {
				if !slices.Contains(rules[f.Rule].Questions, id) {
					t.Errorf("%s: if_unknown finding of %s covers %s, which the rule does not look at", name, f.Rule, id)
				}
			}
		case FromRule:
			for _, id := range f.Questions {
				if !slices.Contains(notKnowing(q.Rule(f.Rule).When, nil), id) {
					t.Errorf("%s: rule finding %s covers %s, which it does not test for not knowing", name, f.Rule, id)
				}
			}
		}
	}
	for _, th := range res.Themes {
		if perTheme[th.ID] > 1 {
			t.Errorf("%s: theme %s has %d don't-know findings, want at most one", name, th.ID, perTheme[th.ID])
		}
		for _, qr := range th.Questions {
			if qr.Status == DontKnow && len(coveredBy[qr.ID]) != 1 {
				t.Errorf("%s: 'weet ik niet' on %s is covered by %d findings %v, want exactly one", name, qr.ID, len(coveredBy[qr.ID]), coveredBy[qr.ID])
			}
		}
	}
}

// checkDontKnowFinding checks a theme's don't-know finding: its questions
// belong to the theme, and its texts are the questionnaire's forms for
// their number, with every parameter filled in.
func checkDontKnowFinding(t *testing.T, name string, q *assessment.Questionnaire, f *Finding) {
	t.Helper()
	for _, id := range f.Questions {
		if th := q.ThemeOf(id); th == nil || th.ID != f.Theme {
			t.Errorf("%s: don't-know finding of theme %s covers %s of another theme", name, f.Theme, id)
		}
	}
	n := len(f.Questions)
	for _, lang := range q.Languages {
		for _, tx := range []struct {
			what  string
			forms *assessment.PluralForms
			got   string
		}{
			{"title", q.Texts.DontKnowTitle[lang], f.Title[lang]},
			{"text", q.Texts.DontKnowFinding[lang], f.Text[lang]},
			{"recommendation", q.Texts.DontKnowRecommendation[lang], f.Recommendation.Text[lang]},
		} {
			form := tx.forms.Other
			if n == 1 {
				form = tx.forms.One
			}
			head, _, _ := strings.Cut(form, "{")
			if !strings.HasPrefix(tx.got, head) || strings.ContainsAny(tx.got, "{}") {
				t.Errorf("%s: %s %s of the don't-know finding of %s (%d questions) = %q, want the form %q filled in", name, lang, tx.what, f.Theme, n, tx.got, form)
			}
			if n > 1 && !strings.Contains(tx.got, fmt.Sprint(n)) && strings.Contains(form, "{count}") {
				t.Errorf("%s: %s %s of the don't-know finding of %s = %q, want the count %d", name, lang, tx.what, f.Theme, tx.got, n)
			}
		}
		if n == 1 && !strings.Contains(f.Title[lang], q.Question(f.Questions[0]).Text[lang]) {
			t.Errorf("%s: %s title of the don't-know finding of %s = %q, want the question's text", name, lang, f.Theme, f.Title[lang])
		}
	}
}
