package reports

import (
	"slices"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/scoring"
)

// The public version (Options.Public) is the same view of the same result
// with what may not be published taken out, before the document is built:
// so the public and the internal version cannot say different things about
// what they both show. What it leaves out, and how often, goes into the
// redaction log at the end of the report.

// The kinds of things the public version leaves out, in the order the
// redaction log lists them; each is a key in words/*.yaml under redacted.
const (
	redactedNames     = "names"
	redactedNotes     = "notes"
	redactedEvidence  = "evidence"
	redactedSensitive = "sensitive"
	redactedFindings  = "findings"
)

var redactionKinds = []string{redactedNames, redactedNotes, redactedEvidence, redactedSensitive, redactedFindings}

// redact turns the view into its public version. The questionnaire says
// which questions are sensitive; without one, none is.
func (d *document) redact(r *scoring.Result, q *assessment.Questionnaire) {
	d.public = true
	d.redacted = map[string]int{}
	if name := r.Subject.Respondent.Name; name != "" {
		d.redacted[redactedNames]++
		d.Respondent = r.Subject.Respondent.Role
	}
	// Who answered which themes names members of staff: the whole
	// personal part goes.
	for _, c := range d.Personal.Contributors {
		if c.Name != r.Subject.Respondent.Name {
			d.redacted[redactedNames]++
		}
	}
	d.Personal = personal{}
	sensitive := func(id string) bool {
		if q == nil {
			return false
		}
		qq := q.Question(id)
		return qq != nil && qq.Sensitive
	}
	for _, t := range d.Themes {
		for _, qv := range t.Questions {
			if qv.Note != "" {
				d.redacted[redactedNotes]++
				qv.Note = ""
			}
			if len(qv.Evidence) > 0 {
				d.redacted[redactedEvidence] += len(qv.Evidence)
				qv.Evidence = nil
			}
			if sensitive(qv.ID) {
				d.redacted[redactedSensitive]++
				qv.withheld = true
				qv.Labels, qv.Value = nil, nil
			}
		}
	}
	// The council answers stay as they are (issue 13: the council texts
	// stay); their wording is the council engineer's (council.go).
	if dev := d.Previous; dev != nil {
		for _, c := range dev.Main {
			if sensitive(c.ID) {
				c.Old, c.New = &trendAnswer{withheld: true}, &trendAnswer{withheld: true}
			}
		}
	}
	d.generalizeFindings(r, q, sensitive)
	if dev := d.Previous; dev != nil && dev.Step != nil {
		// Last year's and this year's findings by title: a critical one, or
		// one whose title this year's public version put in general words,
		// is named in general words here too.
		for _, list := range [][]*trendFinding{dev.Step.Resolved, dev.Step.New} {
			for i, f := range list {
				if f.Severity == string(scoring.Critical) || d.generalTitle[f.Title] != "" {
					cp := *f
					cp.Title = d.generalTitle[f.Title]
					if cp.Title == "" {
						theme := ""
						if f.Theme != nil {
							theme = f.Theme.Title
						}
						cp.Title = d.words().s("public.finding.critical", arg("theme", theme))
					}
					list[i] = &cp
					d.redacted[redactedFindings]++
				}
			}
		}
	}
}

// words is the view's language's texts (loaded before any view is built).
func (d *document) words() *words {
	w, _ := allWords()
	if ws := w[d.Lang]; ws != nil {
		return ws
	}
	return &words{lang: d.Lang}
}

// generalizeFindings puts the critical findings, and those about a
// sensitive question, in general words, and the actions and advice that
// answer them too.
func (d *document) generalizeFindings(r *scoring.Result, q *assessment.Questionnaire, sensitive func(string) bool) {
	w, err := allWords()
	if err != nil {
		return
	}
	words := w[d.Lang]
	if words == nil {
		return
	}
	titles := map[string]string{} // old title: general one
	d.generalTitle = titles
	advice := map[string]string{}
	general := words.s("public.recommendation")
	for i, f := range r.Findings {
		if i >= len(d.findings) {
			break
		}
		fv := d.findings[i]
		about := slices.ContainsFunc(f.Questions, sensitive)
		if f.Source == scoring.FromRule && q != nil {
			if rule := q.Rule(f.Rule); rule != nil && conditionAsks(rule.When, sensitive) {
				about = true
			}
		}
		if f.Severity != scoring.Critical && !about {
			continue
		}
		theme := ""
		if fv.Theme != nil {
			theme = fv.Theme.Title
		}
		key := "public.finding.sensitive"
		if f.Severity == scoring.Critical {
			key = "public.finding.critical"
		}
		title := words.s(key, arg("theme", theme))
		titles[fv.Title] = title
		advice[fv.Recommendation] = general
		fv.Title, fv.Text, fv.Recommendation = title, words.s("public.finding.text"), general
		fv.generalized = true
		d.redacted[redactedFindings]++
	}
	for _, a := range d.Actions {
		for i, c := range a.Causes {
			if t, ok := titles[c]; ok {
				a.Causes[i] = t
				a.Recommendation = general
			}
		}
		if g, ok := advice[a.Recommendation]; ok {
			a.Recommendation = g
		}
	}
	for _, t := range d.Themes {
		for _, a := range t.Advice {
			if g, ok := advice[a.Text]; ok {
				a.Text = g
			}
		}
	}
}

// conditionAsks reports whether a rule's condition looks at a question for
// which sensitive is true.
func conditionAsks(c *assessment.Condition, sensitive func(string) bool) bool {
	if c == nil {
		return false
	}
	if c.Question != "" && sensitive(c.Question) {
		return true
	}
	for _, id := range c.Unknown {
		if sensitive(id) {
			return true
		}
	}
	for _, sub := range append(append([]*assessment.Condition{c.Not}, c.All...), c.Any...) {
		if conditionAsks(sub, sensitive) {
			return true
		}
	}
	return false
}

// redactionLog is the last chapter of the public version: what kinds of
// things were left out, and how many.
func (b *builder) redactionLog() {
	w := b.w
	b.chapter("redactions", w.in("redacted.heading"))
	b.para(w.in("redacted.intro"))
	var items [][]docm.Inline
	for _, kind := range redactionKinds {
		if n := b.v.redacted[kind]; n > 0 {
			items = append(items, w.n("redacted."+kind, n))
		}
	}
	if len(items) == 0 {
		b.para(w.in("redacted.nothing"))
		return
	}
	b.add(docm.List{Items: items})
	b.para(w.in("redacted.inspect"))
}
