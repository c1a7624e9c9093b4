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

// findings makes a finding of every rule that is met and of every question
// answered "weet ik niet", sorted. One such answer gives at most one
// finding: a met rule that tests for it (unknown) covers it; else the first
// rule it leaves undecided that has an if_unknown text says what is not
// known; else the question gets the questionnaire's don't-know finding.
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
			Title:          r.Title,
			Text:           r.Finding,
			Recommendation: Recommendation{Text: r.Recommendation, Effort: Effort(r.Effort)},
			Refs:           shared(r.Refs),
			Cap:            rr.Cap,
		})
		for _, id := range unknownLeaves(r.When, nil) {
			if e.questions[id].Status == DontKnow {
				covered[id] = true
			}
		}
	}
	for i, rr := range rules {
		r := e.q.Rules[i]
		if rr.Outcome != Unknown || r.IfUnknown == nil {
			continue
		}
		var open []string
		for _, id := range rr.Questions {
			if e.questions[id].Status == DontKnow && !covered[id] {
				open = append(open, id)
			}
		}
		if len(open) == 0 {
			continue
		}
		for _, id := range rr.Questions {
			if e.questions[id].Status == DontKnow {
				covered[id] = true
			}
		}
		out = append(out, &Finding{
			Source:         FromRuleUnknown,
			Severity:       e.dontKnowSeverity(rr.Theme),
			Theme:          rr.Theme,
			Rule:           rr.ID,
			Question:       open[0],
			Title:          r.IfUnknown.Title,
			Text:           r.IfUnknown.Finding,
			Recommendation: Recommendation{Text: e.q.Texts.DontKnowRecommendation, Effort: Small},
			Refs:           shared(r.Refs),
		})
	}
	for _, t := range e.q.Themes {
		for _, qu := range t.Questions {
			if e.questions[qu.ID].Status != DontKnow || covered[qu.ID] {
				continue
			}
			out = append(out, &Finding{
				Source:         FromDontKnow,
				Severity:       e.dontKnowSeverity(t.ID),
				Theme:          t.ID,
				Question:       qu.ID,
				Title:          prefixed(e.q.Texts.DontKnowTitle, qu.Text),
				Text:           e.q.Texts.DontKnowFinding,
				Recommendation: Recommendation{Text: e.q.Texts.DontKnowRecommendation, Effort: Small},
				Refs:           shared(qu.Refs),
			})
		}
	}
	e.sortFindings(out)
	return out
}

// dontKnowSeverity is the severity of not knowing in a theme: high in a
// critical theme, else medium.
func (e *evaluation) dontKnowSeverity(theme string) Severity {
	if t := e.q.Theme(theme); t != nil && t.Critical {
		return High
	}
	return Medium
}

// unknownLeaves appends the questions of every unknown leaf of c.
func unknownLeaves(c *assessment.Condition, list []string) []string {
	if c == nil {
		return list
	}
	for _, sub := range c.All {
		list = unknownLeaves(sub, list)
	}
	for _, sub := range c.Any {
		list = unknownLeaves(sub, list)
	}
	return append(unknownLeaves(c.Not, list), c.Unknown...)
}

// sortFindings orders findings by severity (critical first), then theme
// order, then rule findings in rule order before don't-know findings in
// question order.
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
			cmp.Compare(e.q.Index(a.Question), e.q.Index(b.Question)),
		)
	})
}

func sourceRank(s FindingSource) int { return rank(s, FromRule, FromRuleUnknown, FromDontKnow) }
