package reports

import (
	"slices"

	"soeverein/assessment"
	"soeverein/scoring"
)

// action is a line of the action plan: a recommendation with the findings
// that call for it. Don't-know findings of one theme share their advice, so
// they share a line.
type action struct {
	Number         int
	Recommendation string
	Severity       string
	Effort         string
	Theme          *theme
	Causes         []string    // titles of the rule findings
	DontKnow       []*question // questions answered "don't know"
}

// advice is a recommendation that one or more findings of a theme share
// (every don't-know finding gives the same advice).
type advice struct {
	Text   string
	Effort string
	Count  int
}

// addFindings links the findings to their themes and questions and orders
// them for the summary and the action plan.
func (d *document) addFindings(r *scoring.Result, q *assessment.Questionnaire, themes map[string]*theme, questions map[string]*question) {
	views := map[*scoring.Finding]*finding{}
	for _, f := range r.Findings {
		fv := &finding{
			FromRule: f.Source == scoring.FromRule, Severity: string(f.Severity), Effort: string(f.Recommendation.Effort),
			Title: f.Title.In(d.Lang), Text: f.Text.In(d.Lang), Recommendation: f.Recommendation.Text.In(d.Lang),
			Theme: themes[f.Theme],
		}
		if f.Source == scoring.FromDontKnow {
			fv.Question = questions[f.Question]
		}
		if f.Cap != nil {
			fv.CapLevel = f.Cap.Level
		}
		views[f] = fv
		d.findings = append(d.findings, fv)
		if fv.Theme != nil {
			fv.Theme.Findings = append(fv.Theme.Findings, fv)
		}
	}
	for _, f := range r.TopActions(-1) {
		if t := views[f].Theme; t != nil {
			t.addAdvice(views[f])
		}
	}
	covered := coveringRules(r, q)
	ruleActions := map[string]*action{} // rule id: its line in the plan
	waiting := map[string][]*question{} // rule id: don't-knows seen before its line
	for _, f := range r.TopActions(-1) {
		fv := views[f]
		if rule, ok := covered[f.Theme+" "+f.Question]; ok && f.Source != scoring.FromRule {
			// A rule met on this theme already asks to find out what is not
			// known, this question among them: one line, not two that say
			// the same.
			if a := ruleActions[rule]; a != nil {
				a.DontKnow = append(a.DontKnow, fv.Question)
			} else {
				waiting[rule] = append(waiting[rule], fv.Question)
			}
			continue
		}
		a := d.addAction(fv)
		if f.Source == scoring.FromRule {
			ruleActions[f.Rule] = a
			a.DontKnow = append(a.DontKnow, waiting[f.Rule]...)
		}
	}
	for _, f := range r.TopFindings(topCount) {
		d.TopFindings = append(d.TopFindings, views[f])
	}
	d.TopActions = d.Actions[:min(len(d.Actions), topCount)]
}

// coveringRules maps "theme question" to the met rule of that theme whose
// condition asks whether the question is answered "don't know", for the
// questions answered so: such a rule (for example "unknown answers on cloud
// services") already gives the advice to find the answer out.
func coveringRules(r *scoring.Result, q *assessment.Questionnaire) map[string]string {
	dontKnow := map[string]bool{}
	for _, f := range r.Findings {
		if f.Source != scoring.FromRule && f.Question != "" {
			dontKnow[f.Theme+" "+f.Question] = true
		}
	}
	met := map[string]bool{}
	for _, f := range r.Findings {
		if f.Source == scoring.FromRule {
			met[f.Rule] = true
		}
	}
	out := map[string]string{}
	if q == nil {
		return out
	}
	for _, rule := range r.Rules {
		def := q.Rule(rule.ID)
		if !met[rule.ID] || def == nil {
			continue
		}
		for _, id := range asksDontKnow(def.When, nil) {
			k := rule.Theme + " " + id
			if _, taken := out[k]; dontKnow[k] && !taken {
				out[k] = rule.ID
			}
		}
	}
	return out
}

// asksDontKnow appends the questions of which c asks only whether they are
// answered "don't know" (a rule that also fires on another answer, such as
// "allowed or don't know", gives other advice). Conditions under a not are
// left out.
func asksDontKnow(c *assessment.Condition, out []string) []string {
	if c == nil {
		return out
	}
	if c.Question != "" && slices.Equal(c.Is, []string{assessment.DontKnow}) {
		out = append(out, c.Question)
	}
	for _, sub := range append(slices.Clip(c.All), c.Any...) { // not c.Not
		out = asksDontKnow(sub, out)
	}
	return out
}

// addAction adds a finding to the action plan, on the line of an earlier
// finding with the same advice, priority, effort and theme if there is one,
// and returns that line.
func (d *document) addAction(f *finding) *action {
	var a *action
	for _, x := range d.Actions {
		if x.Recommendation == f.Recommendation && x.Severity == f.Severity && x.Effort == f.Effort && x.Theme == f.Theme {
			a = x
			break
		}
	}
	if a == nil {
		a = &action{Number: len(d.Actions) + 1, Recommendation: f.Recommendation, Severity: f.Severity, Effort: f.Effort, Theme: f.Theme}
		d.Actions = append(d.Actions, a)
	}
	if f.Question != nil && !f.FromRule {
		a.DontKnow = append(a.DontKnow, f.Question)
	} else {
		a.Causes = append(a.Causes, f.Title)
	}
	return a
}

func (t *theme) addAdvice(f *finding) {
	for _, a := range t.Advice {
		if a.Text == f.Recommendation && a.Effort == f.Effort {
			a.Count++
			return
		}
	}
	t.Advice = append(t.Advice, &advice{Text: f.Recommendation, Effort: f.Effort, Count: 1})
}
