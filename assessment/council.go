package assessment

import (
	"slices"
	"strings"

	"soeverein/texts"
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
		owner := where{kind: texts.ProblemOwnerCouncilQuestion, id: c.ID}
		if len(c.Leads) == 0 && len(c.Questions) == 0 {
			v.councilCoverage(c)
			continue
		}
		v.councilLeads(c, owner)
		if len(c.Questions) == 0 {
			v.problem(c.At.Of("questions"), CodeMissingField, texts.ProblemMissingFieldCouncilQuestions, owner.owner())
		}
		for i, s := range c.Questions {
			v.councilSource(c, s, owner.at("questions").index(i), listed)
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
	v.problem(c.At.Of("id"), CodeUnusedCouncilQuestion, texts.ProblemUnusedCouncilQuestion, texts.A("id", quoted(c.ID)))
}

func (v *validator) councilLeads(c *CouncilQuestion, owner where) {
	if len(c.Leads) == 0 {
		v.problem(c.At.Of("leads"), CodeBadCouncilAnswer, texts.ProblemBadCouncilAnswerNoLeads, owner.owner())
		return
	}
	for i, l := range c.Leads {
		lo := owner.at("leads").index(i)
		v.text(l.At, "text", l.Text, lo)
		last := i == len(c.Leads)-1
		switch {
		case last && l.When != nil:
			v.problem(l.At.Of("when"), CodeBadCondition, texts.ProblemBadConditionLastLead, lo.owner())
		case !last && l.When == nil:
			v.problem(l.At.Position, CodeBadCondition, texts.ProblemBadConditionLeadHides, lo.owner())
		case l.When != nil:
			v.condition(l.When, lo, nil)
		}
	}
}

func (v *validator) councilSource(c *CouncilQuestion, s *CouncilSource, owner where, listed map[string]string) {
	if s.Question == "" {
		v.problem(s.At.Position, CodeMissingField, texts.ProblemMissingFieldCouncilQuestion, owner.owner())
		return
	}
	qu := v.q.byQuestion[s.Question]
	if qu == nil {
		v.problem(s.At.Of("question"), CodeUnknownQuestion, texts.ProblemUnknownQuestion, owner.owner(), texts.A("id", quoted(s.Question)), suggest(s.Question, v.questionIDs()))
		return
	}
	owner = where{kind: texts.ProblemOwnerCouncilQuestion, id: c.ID}.item(texts.ProblemOwnerQuestion, s.Question)
	if other, dup := listed[s.Question]; dup {
		v.problem(s.At.Of("question"), CodeDuplicateID, texts.ProblemDuplicateIDCouncil, owner.owner(), texts.A("other", other))
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
			v.problem(s.At.Of(key), CodeBadCouncilAnswer, texts.ProblemBadCouncilAnswerNumberField, owner.owner(), texts.A("field", key), texts.A("type", string(qu.Type)))
		}
	}
	for _, o := range qu.Options {
		key := "statements." + o.ID
		if _, ok := s.Statements[o.ID]; !ok {
			v.problem(s.At.Of("statements"), CodeBadCouncilAnswer, texts.ProblemBadCouncilAnswerNoStatement, owner.owner(), texts.A("id", o.ID), texts.A("example", "{nl: ..., en: ...}"))
			continue
		}
		v.text(s.At, key, s.Statements[o.ID], owner.item(texts.ProblemOwnerStatement, o.ID))
	}
	for _, id := range sortedKeys(s.Statements) {
		if qu.Option(id) == nil {
			hint := texts.Sub("hint", texts.ProblemCouncilOptions, texts.A("known", strings.Join(optionIDs(qu), ", ")))
			if id == DontKnow || id == NotApplicable {
				hint = texts.Sub("hint", texts.ProblemCouncilBuiltIn)
			}
			v.problem(s.At.Of("statements."+id), CodeUnknownOption, texts.ProblemUnknownOptionStatement, owner.owner(), texts.A("id", quoted(id)), hint)
		}
	}
}

func (v *validator) councilValue(s *CouncilSource, qu *Question, owner where) {
	if len(s.Statements) > 0 {
		v.problem(s.At.Of("statements"), CodeBadOptions, texts.ProblemBadOptionsCouncilNumber, owner.owner(), texts.A("placeholder", ValuePlaceholder))
	}
	if !s.At.Has("value") {
		v.problem(s.At.Position, CodeMissingField, texts.ProblemMissingFieldCouncilValue, owner.owner(), texts.A("placeholder", ValuePlaceholder))
		return
	}
	v.text(s.At, "value", s.Value, owner)
	if s.At.Has("zero") {
		v.text(s.At, "zero", s.Zero, owner)
		if s.SilentZero {
			v.problem(s.At.Of("silent_zero"), CodeBadCouncilAnswer, texts.ProblemBadCouncilAnswerZero, owner.owner())
		}
	}
	for _, lang := range sortedKeys(s.Value) {
		if !strings.Contains(s.Value[lang], ValuePlaceholder) {
			v.problem(s.At.Of("value."+lang), CodeBadCouncilAnswer, texts.ProblemBadCouncilAnswerPlaceholder, owner.owner(), texts.A("placeholder", ValuePlaceholder), texts.A("lang", quoted(lang)))
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
