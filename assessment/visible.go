package assessment

import "slices"

// Visibility says, for every question by its index in file order, whether it
// is asked given the answers. It is computed once, in questionnaire order:
// a show_if can only name earlier questions, so each question's visibility
// is known by the time a later one asks for it, and the whole computation is
// linear in the size of the questionnaire and its conditions.
type Visibility []bool

// Visibility works out which questions are asked given the answers. A
// question is asked when it applies on the reference date (applies_from)
// and its show_if, if any, holds. A show_if is evaluated in three-valued
// logic like a rule: a condition on a question answered "weet ik niet" or
// not yet answered is unknown (unless it tests for that with `unknown` or
// `answered`), and only a condition that holds shows the question. A
// condition on a hidden question does not hold.
func (q *Questionnaire) Visibility(a *Answers) Visibility {
	return q.visibility(a, nil)
}

// visibility is Visibility; when steps is not nil it counts the condition
// nodes evaluated, so that a test can check the work is linear.
func (q *Questionnaire) visibility(a *Answers, steps *int) Visibility {
	if a == nil {
		a = &Answers{}
	}
	vis := make(Visibility, len(q.questions))
	date := a.Period.ReferenceDate
	for i, qu := range q.questions {
		vis[i] = AppliesOn(qu.AppliesFrom, date) && (qu.ShowIf == nil || q.shows(qu.ShowIf, a, vis, steps) == yes)
	}
	return vis
}

// AppliesOn reports whether something that applies from the date from
// (YYYY-MM-DD, or "" for always) applies on the reference date date. Without
// a reference date everything applies.
func AppliesOn(from, date string) bool {
	return from == "" || date == "" || date >= from
}

// Visible reports whether a question is asked given the answers. It works
// out the visibility of the whole questionnaire: to ask about many
// questions, call Visibility once.
func (q *Questionnaire) Visible(qu *Question, a *Answers) bool {
	i, ok := q.order[qu.ID]
	return ok && q.Visibility(a)[i]
}

// Of reports whether the question with id is visible; false for an id the
// questionnaire does not have.
func (v Visibility) Of(q *Questionnaire, id string) bool {
	i, ok := q.order[id]
	return ok && i < len(v) && v[i]
}

// VisibleQuestions returns the questions asked given the answers, in order.
func (q *Questionnaire) VisibleQuestions(a *Answers) []*Question {
	vis := q.Visibility(a)
	var out []*Question
	for i, qu := range q.questions {
		if vis[i] {
			out = append(out, qu)
		}
	}
	return out
}

// Answered reports whether a visible question has an answer that fits it.
func (q *Questionnaire) Answered(qu *Question, a *Answers) bool {
	return qu.Usable(a.Get(qu.ID))
}

// Progress counts the answered and the visible questions of a theme (or of
// the whole questionnaire when t is nil).
func (q *Questionnaire) Progress(t *Theme, a *Answers) (answered, total int) {
	list := q.questions
	if t != nil {
		list = t.Questions
	}
	vis := q.Visibility(a)
	for _, qu := range list {
		if !vis.Of(q, qu.ID) {
			continue
		}
		total++
		if q.Answered(qu, a) {
			answered++
		}
	}
	return answered, total
}

// tri is a value of the show_if logic: Kleene's three values.
type tri int

const (
	no tri = iota
	yes
	maybe
)

// shows evaluates a show_if condition against the answers, with the
// visibility of the earlier questions already in vis. Validation guarantees
// it only names earlier questions and uses is, answered or unknown.
func (q *Questionnaire) shows(c *Condition, a *Answers, vis Visibility, steps *int) tri {
	if steps != nil {
		*steps++
	}
	switch {
	case c.All != nil || c.Any != nil:
		list, decisive := c.All, no
		if c.Any != nil {
			list, decisive = c.Any, yes
		}
		unknown := false
		for _, sub := range list {
			switch v := q.shows(sub, a, vis, steps); {
			case v == decisive:
				return decisive
			case v == maybe:
				unknown = true
			}
		}
		switch {
		case unknown:
			return maybe
		case decisive == yes:
			return no // any: nothing held
		}
		return yes // all: everything held
	case c.Not != nil:
		switch v := q.shows(c.Not, a, vis, steps); v {
		case yes:
			return no
		case no:
			return yes
		}
		return maybe
	case c.Unknown != nil:
		return q.unknownLeaf(c.Unknown, a, vis)
	}
	target := q.Question(c.Question)
	if target == nil || !vis.Of(q, target.ID) {
		return no
	}
	ans := a.Get(c.Question)
	usable := target.Usable(ans)
	if c.Answered != nil {
		return truth(usable == *c.Answered)
	}
	switch {
	case !usable || ans.IsDontKnow():
		return maybe
	case ans.IsNotApplicable():
		return truth(slices.Contains(c.Is, NotApplicable))
	}
	for _, o := range ans.Selected() {
		if slices.Contains(c.Is, o) {
			return yes
		}
	}
	return no
}

// unknownLeaf is `unknown: [ids]` in a show_if: it holds when a visible one
// of them is answered "weet ik niet", is unknown while a visible one is not
// yet answered, and does not hold otherwise.
func (q *Questionnaire) unknownLeaf(ids []string, a *Answers, vis Visibility) tri {
	out := no
	for _, id := range ids {
		qu := q.Question(id)
		if qu == nil || !vis.Of(q, id) {
			continue
		}
		ans := a.Get(id)
		switch {
		case !qu.Usable(ans):
			out = maybe
		case ans.IsDontKnow():
			return yes
		}
	}
	return out
}

func truth(b bool) tri {
	if b {
		return yes
	}
	return no
}
