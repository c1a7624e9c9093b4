package reports

import (
	"cmp"
	"slices"

	"soeverein/scoring"
)

// council is what the answer to one council question is built from.
type council struct {
	Number     int
	Text       string
	Themes     []*theme
	Scored     []*theme // of Themes, those with a score
	Unscored   []*theme // of Themes, those without (nothing counted yet)
	KeyAnswers []*question
	Findings   []*finding // the most serious rule findings
	RuleCount  int        // rule findings in these themes
	Serious    int        // of which high or critical
	DontKnow   []*question
	Missing    int
	Carried    int
	Advice     *action // the first action in the plan for a rule finding here
}

// How much a council answer quotes.
const (
	keyAnswersPerTheme   = 3 // at most, answers quoted per theme
	keyAnswersMax        = 4 // about, answers quoted in all
	councilFindingsShown = 2
)

// addCouncil gathers, per council question, the facts its answer is built
// from: the scores of its themes, their weightiest answers, the findings.
func (d *document) addCouncil(r *scoring.Result, themes map[string]*theme) {
	for i, cq := range r.CouncilQuestions {
		c := &council{Number: i + 1, Text: cq.Text.In(d.Lang)}
		for _, id := range cq.Themes {
			t := themes[id]
			if t == nil {
				continue
			}
			c.Themes = append(c.Themes, t)
			if t.Scored {
				c.Scored = append(c.Scored, t)
			} else {
				c.Unscored = append(c.Unscored, t)
			}
			c.KeyAnswers = append(c.KeyAnswers, keyAnswers(t, keyAnswersFor(len(cq.Themes)))...)
			for _, qv := range t.Questions {
				switch {
				case qv.Status == string(scoring.DontKnow):
					c.DontKnow = append(c.DontKnow, qv)
				case qv.Status == string(scoring.Unanswered) || qv.Status == string(scoring.Invalid):
					c.Missing++
				}
				if qv.CarriedOver {
					c.Carried++
				}
			}
		}
		for _, a := range d.Actions {
			if len(a.Causes) > 0 && slices.Contains(c.Themes, a.Theme) {
				c.Advice = a
				break
			}
		}
		for _, f := range d.findings {
			if !f.FromRule || !slices.Contains(c.Themes, f.Theme) {
				continue
			}
			c.RuleCount++
			if f.Severity == string(scoring.High) || f.Severity == string(scoring.Critical) {
				c.Serious++
			}
		}
		for _, f := range d.findings {
			if f.FromRule && slices.Contains(c.Themes, f.Theme) {
				c.Findings = append(c.Findings, f)
			}
		}
		c.Findings = c.Findings[:min(len(c.Findings), councilFindingsShown)]
		d.Council = append(d.Council, c)
	}
}

// keyAnswersFor says how many answers to quote from each of n themes: about
// four in all, at least one per theme.
func keyAnswersFor(n int) int { return max(1, min(keyAnswersPerTheme, keyAnswersMax/max(n, 1))) }

// keyAnswers picks the answers a council answer quotes from a theme: the
// counted questions with the most weight, in questionnaire order among equals.
func keyAnswers(t *theme, n int) []*question {
	var counted []*question
	for _, qv := range t.Questions {
		if qv.Status == string(scoring.Answered) || qv.Status == string(scoring.DontKnow) {
			counted = append(counted, qv)
		}
	}
	slices.SortStableFunc(counted, func(a, b *question) int { return cmp.Compare(b.Weight, a.Weight) })
	counted = counted[:min(len(counted), n)]
	slices.SortStableFunc(counted, func(a, b *question) int { return cmp.Compare(a.index, b.index) })
	return counted
}
