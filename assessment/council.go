package assessment

import (
	"fmt"
	"slices"
	"strings"
)

// councilQuestions checks the answer texts of every council question: each
// listed question exists and is listed once, every option of it has a
// statement in every language (a number question a value statement with
// {value}), and the leads end with one without a condition. A council
// question without leads and questions must be named by a theme.
func (v *validator) councilQuestions() {
	listed := map[string]string{} // question id -> council question that lists it
	for _, c := range v.q.CouncilQuestions {
		if c.ID == "" {
			continue
		}
		owner := "council question " + c.ID
		if len(c.Leads) == 0 && len(c.Questions) == 0 {
			v.councilCoverage(c)
			continue
		}
		v.councilLeads(c, owner)
		if len(c.Questions) == 0 {
			v.errorf(c.At.Of("questions"), "missing-field", "%s: no questions: list the questions whose answers the council answer states", owner)
		}
		for i, s := range c.Questions {
			v.councilSource(c, s, fmt.Sprintf("%s: questions[%d]", owner, i), listed)
		}
	}
}

// councilCoverage checks that a council question without answer texts is
// answered by at least one theme.
func (v *validator) councilCoverage(c *CouncilQuestion) {
	for _, t := range v.q.Themes {
		if slices.Contains(t.CouncilQuestions, c.ID) {
			return
		}
	}
	v.errorf(c.At.Of("id"), "unused-council-question", "council question %q has no answer texts and no theme names it: add leads and questions to it (see docs/council.md), or remove it", c.ID)
}

func (v *validator) councilLeads(c *CouncilQuestion, owner string) {
	if len(c.Leads) == 0 {
		v.errorf(c.At.Of("leads"), "bad-council-answer", "%s: no leads: give at least one lead sentence that answers the question, the last without when", owner)
		return
	}
	for i, l := range c.Leads {
		lo := fmt.Sprintf("%s: leads[%d]", owner, i)
		v.text(l.At, "text", l.Text, lo)
		last := i == len(c.Leads)-1
		switch {
		case last && l.When != nil:
			v.errorf(l.At.Of("when"), "bad-condition", "%s: the last lead must have no when, so that every answer opens with a lead; add a lead without a condition after it", lo)
		case !last && l.When == nil:
			v.errorf(l.At.Position, "bad-condition", "%s: only the last lead may be without when: a lead without a condition here hides the leads after it", lo)
		case l.When != nil:
			v.condition(l.When, lo, nil)
		}
	}
}

func (v *validator) councilSource(c *CouncilQuestion, s *CouncilSource, owner string, listed map[string]string) {
	if s.Question == "" {
		v.errorf(s.At.Position, "missing-field", "%s: missing field question: name the question whose answer this states", owner)
		return
	}
	qu := v.q.byQuestion[s.Question]
	if qu == nil {
		v.errorf(s.At.Of("question"), "unknown-question", "%s: unknown question %q%s", owner, s.Question, suggest(s.Question, v.questionIDs()))
		return
	}
	owner = fmt.Sprintf("council question %s: question %s", c.ID, s.Question)
	if other, dup := listed[s.Question]; dup {
		v.errorf(s.At.Of("question"), "duplicate-id", "%s is already listed under council question %s: list each question once, so that no sentence is repeated across answers", owner, other)
		return
	}
	listed[s.Question] = c.ID
	v.text(s.At, "topic", s.Topic, owner)
	if !qu.IsChoice() {
		v.councilValue(s, qu, owner)
		return
	}
	for _, key := range []string{"value", "zero", "silent_zero"} {
		if s.At.Has(key) {
			v.errorf(s.At.Of(key), "bad-council-answer", "%s: %s is for number questions; this %s question needs statements per option", owner, key, qu.Type)
		}
	}
	for _, o := range qu.Options {
		key := "statements." + o.ID
		if _, ok := s.Statements[o.ID]; !ok {
			v.errorf(s.At.Of("statements"), "bad-council-answer", "%s: option %s has no statement: add `%s: {nl: ..., en: ...}` under statements", owner, o.ID, o.ID)
			continue
		}
		v.text(s.At, key, s.Statements[o.ID], owner+": statement "+o.ID)
	}
	for _, id := range sortedKeys(s.Statements) {
		if qu.Option(id) == nil {
			hint := "options: " + strings.Join(optionIDs(qu), ", ")
			if id == DontKnow || id == NotApplicable {
				hint = "‘weet ik niet’ is said by topic, and n.v.t. says nothing"
			}
			v.errorf(s.At.Of("statements."+id), "unknown-option", "%s: statement for unknown option %q (%s)", owner, id, hint)
		}
	}
}

func (v *validator) councilValue(s *CouncilSource, qu *Question, owner string) {
	if len(s.Statements) > 0 {
		v.errorf(s.At.Of("statements"), "bad-options", "%s: a number question has no options; give one value statement with %s instead of statements", owner, ValuePlaceholder)
	}
	if !s.At.Has("value") {
		v.errorf(s.At.Position, "missing-field", "%s: missing field value: give the statement of the answer, with %s where the number goes", owner, ValuePlaceholder)
		return
	}
	v.text(s.At, "value", s.Value, owner)
	if s.At.Has("zero") {
		v.text(s.At, "zero", s.Zero, owner)
		if s.SilentZero {
			v.errorf(s.At.Of("silent_zero"), "bad-council-answer", "%s: give zero or silent_zero, not both", owner)
		}
	}
	for _, lang := range sortedKeys(s.Value) {
		if !strings.Contains(s.Value[lang], ValuePlaceholder) {
			v.errorf(s.At.Of("value."+lang), "bad-council-answer", "%s: value has no %s in %q: put it where the answer goes", owner, ValuePlaceholder, lang)
		}
	}
}

func optionIDs(qu *Question) []string {
	ids := make([]string, len(qu.Options))
	for i, o := range qu.Options {
		ids[i] = o.ID
	}
	return ids
}

func (v *validator) questionIDs() []string {
	ids := make([]string, len(v.q.questions))
	for i, qu := range v.q.questions {
		ids[i] = qu.ID
	}
	return ids
}

// CouncilThemes returns the themes a council question draws on: those of
// its listed questions, in questionnaire order, or, without listed
// questions, the themes that name it.
func (q *Questionnaire) CouncilThemes(c *CouncilQuestion) []string {
	out := []string{}
	for _, t := range q.Themes {
		uses := len(c.Questions) == 0 && slices.Contains(t.CouncilQuestions, c.ID)
		for _, s := range c.Questions {
			uses = uses || q.themeOf[s.Question] == t
		}
		if uses {
			out = append(out, t.ID)
		}
	}
	return out
}

// LeadQuestions returns the questions the leads' conditions look at that
// are not listed, in the order they first appear: the council text of such
// an answer follows the lead.
func (c *CouncilQuestion) LeadQuestions() []string {
	listed := map[string]bool{}
	for _, s := range c.Questions {
		listed[s.Question] = true
	}
	var out []string
	var walk func(*Condition)
	walk = func(cond *Condition) {
		if cond == nil {
			return
		}
		for _, id := range append([]string{cond.Question}, cond.Unknown...) {
			if id != "" && !listed[id] {
				listed[id] = true
				out = append(out, id)
			}
		}
		for _, sub := range append(cond.All, cond.Any...) {
			walk(sub)
		}
		walk(cond.Not)
	}
	for _, l := range c.Leads {
		walk(l.When)
	}
	return out
}
