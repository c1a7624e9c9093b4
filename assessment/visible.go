package assessment

import "slices"

// Visible reports whether a question is asked given the answers: it has no
// show_if, or its show_if holds. A question whose show_if names a hidden
// question is hidden too. Answers to hidden questions are kept, not used.
func (q *Questionnaire) Visible(qu *Question, a *Answers) bool {
	return qu.ShowIf == nil || q.holds(qu.ShowIf, a)
}

// VisibleQuestions returns the questions asked given the answers, in order.
func (q *Questionnaire) VisibleQuestions(a *Answers) []*Question {
	var out []*Question
	for _, qu := range q.questions {
		if q.Visible(qu, a) {
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
	for _, qu := range list {
		if !q.Visible(qu, a) {
			continue
		}
		total++
		if q.Answered(qu, a) {
			answered++
		}
	}
	return answered, total
}

// holds evaluates a show_if condition. Validation guarantees it only uses
// all/any/not and question leaves with is or answered.
func (q *Questionnaire) holds(c *Condition, a *Answers) bool {
	switch {
	case c.All != nil:
		for _, sub := range c.All {
			if !q.holds(sub, a) {
				return false
			}
		}
		return true
	case c.Any != nil:
		for _, sub := range c.Any {
			if q.holds(sub, a) {
				return true
			}
		}
		return false
	case c.Not != nil:
		return !q.holds(c.Not, a)
	}
	target := q.Question(c.Question)
	ans := a.Get(c.Question)
	usable := target != nil && q.Visible(target, a) && target.Usable(ans)
	if c.Answered != nil {
		return usable == *c.Answered
	}
	if !usable {
		return false
	}
	for _, o := range ans.Selected() {
		if slices.Contains(c.Is, o) {
			return true
		}
	}
	return false
}
