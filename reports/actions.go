package reports

import "soeverein/scoring"

// action is a line of the action plan: a recommendation with the findings
// that call for it. Findings of one theme with the same advice share a line
// (an if_unknown finding and the theme's don't-know finding often do).
type action struct {
	Number         int
	Recommendation string
	Severity       string
	Effort         string
	Theme          *theme
	Causes         []string    // titles of the rule and if_unknown findings
	DontKnow       []*question // questions of the theme's don't-know finding
}

// advice is a recommendation that one or more findings of a theme share
// (an if_unknown finding and the don't-know finding often give the same).
type advice struct {
	Text   string
	Effort string
	Count  int
}

// addFindings links the findings to their themes and questions and orders
// them for the summary and the action plan.
func (d *document) addFindings(r *scoring.Result, themes map[string]*theme, questions map[string]*question) {
	views := map[*scoring.Finding]*finding{}
	for _, f := range r.Findings {
		fv := &finding{
			FromRule: f.Source == scoring.FromRule, DontKnow: f.Source == scoring.FromDontKnow,
			Severity: string(f.Severity), Effort: string(f.Recommendation.Effort),
			Title: f.Title.In(d.Lang), Text: f.Text.In(d.Lang), Recommendation: f.Recommendation.Text.In(d.Lang),
			Theme: themes[f.Theme],
		}
		for _, id := range f.Questions {
			if qv := questions[id]; qv != nil {
				fv.Questions = append(fv.Questions, qv)
			}
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
	for _, f := range r.TopActions(-1) {
		d.addAction(views[f])
	}
	for _, f := range r.TopFindings(topCount) {
		d.TopFindings = append(d.TopFindings, views[f])
	}
	d.TopActions = d.Actions[:min(len(d.Actions), topCount)]
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
	if f.DontKnow {
		a.DontKnow = append(a.DontKnow, f.Questions...)
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
