package scoring

import (
	"cmp"
	"slices"
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
