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
// answered "don't know", sorted.
func (e *evaluation) findings(rules []*RuleResult) []*Finding {
	out := []*Finding{}
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
	}
	for _, t := range e.q.Themes {
		for _, qu := range t.Questions {
			if e.questions[qu.ID].Status != DontKnow {
				continue
			}
			sev := Medium
			if t.Critical {
				sev = High
			}
			out = append(out, &Finding{
				Source:         FromDontKnow,
				Severity:       sev,
				Theme:          t.ID,
				Question:       qu.ID,
				Title:          prefixed(dontKnowTitle, qu.Text),
				Text:           dontKnowFinding,
				Recommendation: Recommendation{Text: dontKnowRecommendation, Effort: Small},
				Refs:           shared(qu.Refs),
			})
		}
	}
	e.sortFindings(out)
	return out
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

func sourceRank(s FindingSource) int { return rank(s, FromRule, FromDontKnow) }
