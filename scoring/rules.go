package scoring

import (
	"slices"

	"soeverein/assessment"
)

// truth is a value of the rule logic: Kleene's three values plus "does not
// apply" for conditions on hidden questions and n.v.t. answers.
type truth int

const (
	tFalse truth = iota
	tTrue
	tUnknown
	tNA // not applicable: acts as false inside all/any
)

func (t truth) outcome() Outcome {
	switch t {
	case tTrue:
		return Met
	case tFalse:
		return NotMet
	case tNA:
		return RuleNotApplicable
	}
	return Unknown
}

// rules evaluates every rule of the questionnaire, in order. Theme scores
// must be known: score_below on a theme uses the score before caps.
func (e *evaluation) rules() []*RuleResult {
	store := make([]RuleResult, len(e.q.Rules))
	out := make([]*RuleResult, len(e.q.Rules))
	var names []string // backing store of every rule's Questions and Themes
	for i, r := range e.q.Rules {
		rr := &store[i]
		outcome := RuleNotApplicable
		if assessment.AppliesOn(r.AppliesFrom, e.a.Period.ReferenceDate) {
			outcome = e.holds(r.When).outcome()
		}
		*rr = RuleResult{
			ID:       r.ID,
			Title:    r.Title,
			Outcome:  outcome,
			Severity: Severity(r.Severity),
		}
		start := len(names)
		names = e.names(r.When, names, start, true)
		rr.Questions = shared(names[start:])
		slices.SortStableFunc(rr.Questions, func(a, b string) int { return e.q.Index(a) - e.q.Index(b) })
		start = len(names)
		names = e.names(r.When, names, start, false)
		rr.Themes = shared(names[start:])
		slices.SortStableFunc(rr.Themes, func(a, b string) int { return e.themeIndex(a) - e.themeIndex(b) })
		if r.Cap != nil {
			rr.Cap = &CapRef{Theme: r.Cap.Theme, Level: r.Cap.Level}
		}
		rr.Theme = e.ruleTheme(r)
		out[i] = rr
	}
	return out
}

// holds evaluates a condition in three-valued logic.
func (e *evaluation) holds(c *assessment.Condition) truth {
	switch {
	case c == nil:
		return tUnknown
	case c.All != nil:
		return e.combine(c.All, tFalse)
	case c.Any != nil:
		return e.combine(c.Any, tTrue)
	case c.Not != nil:
		switch v := e.holds(c.Not); v {
		case tTrue:
			return tFalse
		case tFalse:
			return tTrue
		default:
			return v
		}
	case c.Unknown != nil:
		return e.unknownLeaf(c.Unknown)
	case c.Theme != "":
		return e.themeLeaf(c)
	}
	return e.questionLeaf(c)
}

// unknownLeaf is `unknown: [ids]`: it holds when one of the questions is
// answered "weet ik niet", is unknown while one is not (validly) answered,
// does not apply when they are all hidden or n.v.t., and is false otherwise.
func (e *evaluation) unknownLeaf(ids []string) truth {
	out := tNA
	for _, id := range ids {
		qr := e.questions[id]
		if qr == nil {
			continue
		}
		switch qr.Status {
		case DontKnow:
			return tTrue
		case Unanswered, Invalid:
			out = tUnknown
		case Answered:
			if out == tNA {
				out = tFalse
			}
		}
	}
	return out
}

// combine is Kleene's all (decisive = false) or any (decisive = true): the
// decisive value wins, else unknown if any part is unknown, else the other
// value. Parts that do not apply count as false, and when no part applies
// the whole does not apply.
func (e *evaluation) combine(parts []*assessment.Condition, decisive truth) truth {
	applies, decided, unknown := false, false, false
	for _, p := range parts {
		v := e.holds(p)
		if v == tNA {
			v = tFalse
		} else {
			applies = true
		}
		decided = decided || v == decisive
		unknown = unknown || v == tUnknown
	}
	switch {
	case !applies:
		return tNA
	case decided:
		return decisive
	case unknown:
		return tUnknown
	case decisive == tTrue:
		return tFalse
	}
	return tTrue
}

func (e *evaluation) questionLeaf(c *assessment.Condition) truth {
	qr := e.questions[c.Question]
	if qr == nil {
		return tUnknown
	}
	if qr.Status == Hidden {
		return tNA
	}
	if c.Answered != nil {
		answered := qr.Status == Answered || qr.Status == DontKnow || qr.Status == NotApplicable
		return of(answered == *c.Answered)
	}
	switch qr.Status {
	case Unanswered, Invalid:
		return tUnknown
	case NotApplicable:
		if c.Is != nil && slices.Contains(c.Is, assessment.NotApplicable) {
			return tTrue
		}
		return tNA
	}
	if qr.Status == DontKnow {
		// Not knowing is not a fact: only a test for it is decided.
		if c.Is != nil && len(c.Is) == 1 && c.Is[0] == assessment.DontKnow {
			return tTrue
		}
		return tUnknown
	}
	if c.ScoreBelow != nil {
		return of(qr.Score < *c.ScoreBelow)
	}
	for _, o := range qr.Selected {
		if slices.Contains(c.Is, o.ID) {
			return tTrue
		}
	}
	return tFalse
}

// themeLeaf evaluates score_below on a theme, with the score before caps.
// A theme without any counted question is unknown while questions are
// missing, and does not apply when they are all hidden or n.v.t.
func (e *evaluation) themeLeaf(c *assessment.Condition) truth {
	tr := e.themes[c.Theme]
	switch {
	case tr == nil || c.ScoreBelow == nil:
		return tUnknown
	case tr.Scored:
		return of(tr.Score < *c.ScoreBelow)
	case tr.Answered < tr.Total:
		return tUnknown
	}
	return tNA
}

func of(b bool) truth {
	if b {
		return tTrue
	}
	return tFalse
}

// names appends to list the questions (or, when questions is false, the
// themes) that the leaves of a condition name, once each: list[start:] are
// the names collected so far for this condition.
func (e *evaluation) names(c *assessment.Condition, list []string, start int, questions bool) []string {
	if c == nil {
		return list
	}
	for _, sub := range c.All {
		list = e.names(sub, list, start, questions)
	}
	for _, sub := range c.Any {
		list = e.names(sub, list, start, questions)
	}
	list = e.names(c.Not, list, start, questions)
	leaf := []string{c.Theme}
	if questions {
		leaf = append([]string{c.Question}, c.Unknown...)
	}
	for _, name := range leaf {
		if name != "" && !slices.Contains(list[start:], name) {
			list = append(list, name)
		}
	}
	return list
}

// ruleTheme is the theme a rule's finding belongs to: the theme it caps, or
// else the theme of the first question or theme its condition names.
func (e *evaluation) ruleTheme(r *assessment.Rule) string {
	if r.Cap != nil {
		return r.Cap.Theme
	}
	return e.firstTheme(r.When)
}

func (e *evaluation) firstTheme(c *assessment.Condition) string {
	if c == nil {
		return ""
	}
	if c.Theme != "" {
		return c.Theme
	}
	if c.Question != "" || len(c.Unknown) > 0 {
		id := c.Question
		if id == "" {
			id = c.Unknown[0]
		}
		if t := e.q.ThemeOf(id); t != nil {
			return t.ID
		}
		return ""
	}
	for _, sub := range c.All {
		if id := e.firstTheme(sub); id != "" {
			return id
		}
	}
	for _, sub := range c.Any {
		if id := e.firstTheme(sub); id != "" {
			return id
		}
	}
	return e.firstTheme(c.Not)
}

// themeIndex is the position of a theme in the questionnaire, or len(themes)
// for none, so that findings without a theme sort last.
func (e *evaluation) themeIndex(id string) int {
	for i, t := range e.q.Themes {
		if t.ID == id {
			return i
		}
	}
	return len(e.q.Themes)
}

// applyCaps lowers the level of every theme capped by a rule that is met.
// The first cap (in rule order) with the lowest level below the score band is
// the effective one.
func (e *evaluation) applyCaps(themes []*ThemeResult, rules []*RuleResult) {
	for _, rr := range rules {
		if rr.Outcome != Met || rr.Cap == nil {
			continue
		}
		tr := e.themes[rr.Cap.Theme]
		if tr == nil {
			continue
		}
		tr.Caps = append(tr.Caps, &AppliedCap{Rule: rr.ID, Level: rr.Cap.Level})
	}
	for _, tr := range themes {
		if !tr.Scored || tr.Level == nil || len(tr.Caps) == 0 {
			continue
		}
		var eff *AppliedCap
		for _, c := range tr.Caps {
			if c.Level < tr.Level.Level && (eff == nil || c.Level < eff.Level) {
				eff = c
			}
		}
		if eff != nil {
			eff.Effective = true
			if l := e.level(eff.Level); l != nil {
				tr.Level = l
			}
		}
	}
}
