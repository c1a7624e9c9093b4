package scoring

import (
	"cmp"
	"slices"

	"soeverein/assessment"
)

// Rank orders severities: low 1, medium 2, high 3, critical 4; 0 when unknown.
func (s Severity) Rank() int { return rank(s, Low, Medium, High, Critical) }

// Rank orders efforts: small 1, medium 2, large 3; 0 when unknown.
func (e Effort) Rank() int { return rank(e, Small, MediumWork, Large) }

func rank[T comparable](v T, ordered ...T) int { return slices.Index(ordered, v) + 1 }

// TopFindings returns the first n findings (they are sorted most serious
// first), or all of them when n < 0 or there are fewer.
func (r *Result) TopFindings(n int) []*Finding { return first(r.Findings, n) }

// TopActions returns the n most effective actions: the findings ordered by
// severity (most serious first), then by effort (least work first), then in
// finding order. The reasoning: fix what matters most, and of equally
// serious things do the cheap ones first. Don't-know findings are actions
// too: finding out is usually small work.
func (r *Result) TopActions(n int) []*Finding {
	actions := slices.Clone(r.Findings)
	slices.SortStableFunc(actions, func(a, b *Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(effortKey(a.Recommendation.Effort), effortKey(b.Recommendation.Effort)),
		)
	})
	return first(actions, n)
}

// effortKey puts an unknown effort after the known ones.
func effortKey(e Effort) int {
	if k := e.Rank(); k > 0 {
		return k
	}
	return 99
}

func first[T any](list []T, n int) []T {
	if n < 0 || n > len(list) {
		n = len(list)
	}
	return list[:n:n]
}

// findings makes a finding of every rule that is met and of the questions
// answered "weet ik niet", sorted. Each such answer is covered by exactly
// one finding, listed in its Questions: the first met rule that tests for
// it (unknown:, or is: [dont_know] alone); else the first rule it leaves
// undecided that has an if_unknown text, which says what is not known;
// else its theme's one don't-know finding, which covers every other such
// answer of the theme.
func (e *evaluation) findings(rules []*RuleResult) []*Finding {
	out := []*Finding{}
	covered := map[string]bool{}
	for i, rr := range rules {
		if rr.Outcome != Met {
			continue
		}
		r := e.q.Rules[i]
		out = append(out, &Finding{
			Source:         FromRule,
			Severity:       rr.Severity,
			Theme:          rr.Theme,
			Rule:           rr.ID,
			Questions:      e.cover(notKnowing(r.When, nil), covered),
			Title:          r.Title,
			Text:           r.Finding,
			Recommendation: Recommendation{Text: r.Recommendation, Effort: Effort(r.Effort)},
			Refs:           shared(r.Refs),
			Cap:            rr.Cap,
		})
	}
	for i, rr := range rules {
		r := e.q.Rules[i]
		if rr.Outcome != Unknown || r.IfUnknown == nil {
			continue
		}
		open := e.cover(rr.Questions, covered)
		if len(open) == 0 {
			continue
		}
		out = append(out, &Finding{
			Source:         FromRuleUnknown,
			Severity:       e.dontKnowSeverity(rr.Theme),
			Theme:          rr.Theme,
			Rule:           rr.ID,
			Questions:      open,
			Title:          r.IfUnknown.Title,
			Text:           r.IfUnknown.Finding,
			Recommendation: Recommendation{Text: e.dontKnowText(e.q.Texts.DontKnowRecommendation, rr.Theme, open), Effort: Small},
			Refs:           shared(r.Refs),
		})
	}
	for _, t := range e.q.Themes {
		if f := e.themeDontKnow(t, covered); f != nil {
			out = append(out, f)
		}
	}
	e.sortFindings(out)
	return out
}

// themeDontKnow is the one finding of a theme for its questions answered
// "weet ik niet" that no rule covers, or nil when there are none.
func (e *evaluation) themeDontKnow(t *assessment.Theme, covered map[string]bool) *Finding {
	var ids []string
	for _, qu := range t.Questions {
		if e.questions[qu.ID].Status == DontKnow && !covered[qu.ID] {
			ids = append(ids, qu.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	tx := e.q.Texts
	return &Finding{
		Source:         FromDontKnow,
		Severity:       e.dontKnowSeverity(t.ID),
		Theme:          t.ID,
		Questions:      slices.Clip(ids),
		Title:          e.dontKnowText(tx.DontKnowTitle, t.ID, ids),
		Text:           e.dontKnowText(tx.DontKnowFinding, t.ID, ids),
		Recommendation: Recommendation{Text: e.dontKnowText(tx.DontKnowRecommendation, t.ID, ids), Effort: Small},
		Refs:           e.questionRefs(ids),
	}
}

// cover returns the questions of ids answered "weet ik niet" that are not
// covered yet, in questionnaire order, and marks them covered.
func (e *evaluation) cover(ids []string, covered map[string]bool) []string {
	var out []string
	for _, id := range ids {
		if qr := e.questions[id]; qr != nil && qr.Status == DontKnow && !covered[id] {
			covered[id] = true
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return []string{}
	}
	slices.SortFunc(out, func(a, b string) int { return e.q.Index(a) - e.q.Index(b) })
	return slices.Clip(out)
}

// dontKnowText is a don't-know text of the questionnaire for the "weet ik
// niet" questions ids of a theme: the one form with the question's text
// for one question, else the other form with their count.
func (e *evaluation) dontKnowText(p assessment.Plural, theme string, ids []string) assessment.Text {
	params := make([]assessment.Param, 0, 2)
	if t := e.q.Theme(theme); t != nil {
		params = append(params, assessment.Param{Name: assessment.ParamTheme, Value: t.Title})
	}
	if len(ids) == 1 {
		if qu := e.q.Question(ids[0]); qu != nil {
			params = append(params, assessment.Param{Name: assessment.ParamQuestion, Value: qu.Text})
		}
	}
	return p.N(len(ids), params...)
}

// questionRefs are the references of the questions, each once, in the
// order the questions cite them.
func (e *evaluation) questionRefs(ids []string) []string {
	if len(ids) == 1 {
		return shared(e.q.Question(ids[0]).Refs)
	}
	out := []string{}
	for _, id := range ids {
		for _, ref := range e.q.Question(id).Refs {
			if !slices.Contains(out, ref) {
				out = append(out, ref)
			}
		}
	}
	return slices.Clip(out)
}

// dontKnowSeverity is the severity of not knowing in a theme: high in a
// critical theme, else medium.
func (e *evaluation) dontKnowSeverity(theme string) Severity {
	if t := e.q.Theme(theme); t != nil && t.Critical {
		return High
	}
	return Medium
}

// notKnowing appends the questions of the leaves of c that test for not
// knowing: `unknown: [ids]` and `is: [dont_know]` alone. Leaves under a not
// are left out: there, not knowing speaks against the rule.
func notKnowing(c *assessment.Condition, list []string) []string {
	if c == nil {
		return list
	}
	for _, sub := range c.All {
		list = notKnowing(sub, list)
	}
	for _, sub := range c.Any {
		list = notKnowing(sub, list)
	}
	if c.Question != "" && len(c.Is) == 1 && c.Is[0] == assessment.DontKnow {
		list = append(list, c.Question)
	}
	return append(list, c.Unknown...)
}

// sortFindings orders findings by severity (critical first), then theme
// order, then rule findings in rule order before if_unknown findings in
// rule order before the theme's don't-know finding.
func (e *evaluation) sortFindings(fs []*Finding) {
	ruleIndex := func(id string) int {
		return slices.IndexFunc(e.q.Rules, func(r *assessment.Rule) bool { return r.ID == id })
	}
	slices.SortStableFunc(fs, func(a, b *Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(e.themeIndex(a.Theme), e.themeIndex(b.Theme)),
			cmp.Compare(sourceRank(a.Source), sourceRank(b.Source)),
			cmp.Compare(ruleIndex(a.Rule), ruleIndex(b.Rule)),
			cmp.Compare(e.firstQuestion(a), e.firstQuestion(b)),
		)
	})
}

func sourceRank(s FindingSource) int { return rank(s, FromRule, FromRuleUnknown, FromDontKnow) }

// firstQuestion is the questionnaire index of the first question a finding
// covers, or -1.
func (e *evaluation) firstQuestion(f *Finding) int {
	if len(f.Questions) == 0 {
		return -1
	}
	return e.q.Index(f.Questions[0])
}
