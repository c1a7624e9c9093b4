package assessment

import (
	"fmt"
	"slices"
	"strings"

	"soeverein/texts"
)

// Questionnaires change between years. A question that takes over from an
// older one says so with `replaces: [old.id]`; an option that takes over
// from options of the older question (or of the same question, renamed)
// says `replaces: [old_option]`. Answers given to the old ids are carried
// over through these mappings when scoring and when resuming.

// ReplacedBy returns the current question that replaces an old question id,
// or nil.
func (q *Questionnaire) ReplacedBy(oldID string) *Question { return q.replacedBy[oldID] }

// MapOption returns the option of this question that an old option id
// stands for now: the option itself if it still exists, the option that
// replaces it, or "" when it has no counterpart.
func (qu *Question) MapOption(old string) string {
	if old == DontKnow || old == NotApplicable {
		if slices.Contains(qu.OptionIDs(), old) {
			return old
		}
		return ""
	}
	if qu.Option(old) != nil {
		return old
	}
	for _, o := range qu.Options {
		if slices.Contains(o.Replaces, old) {
			return o.ID
		}
	}
	return ""
}

// Carry is one answer taken over from an old question id or option.
type Carry struct {
	From, To string   // question ids
	Options  []string // the mapped options (empty for a value)
	Lost     []string // old options without a counterpart (such answers are not carried)
}

// Carried returns the answers as this questionnaire sees them: answers to
// replaced questions stand under the ids that replace them, with their
// options mapped. It never changes a: when the questionnaire replaces
// nothing it returns a itself, otherwise a copy in which old entries stay
// and an answer already given to the new id wins over a carried one. Treat
// the result as read-only.
func (q *Questionnaire) Carried(a *Answers) (*Answers, []Carry) {
	if !q.evolves {
		return a, nil // nothing is replaced: every answer stands where it is
	}
	cp := *a
	cp.Answers = make(map[string]*Answer, len(a.Answers))
	for id, ans := range a.Answers {
		cp.Answers[id] = ans
	}
	var carries []Carry
	for _, id := range sortedKeys(a.Answers) {
		ans := a.Answers[id]
		target := q.Question(id)
		if target == nil {
			target = q.replacedBy[id]
		}
		if target == nil || !ans.HasAnswer() {
			continue
		}
		mapped, c := target.mapAnswer(id, ans)
		if c == nil {
			continue
		}
		if target.ID != id {
			if existing := cp.Answers[target.ID]; existing.HasAnswer() {
				continue
			}
		}
		cp.Answers[target.ID] = mapped
		carries = append(carries, *c)
	}
	return &cp, carries
}

// mapAnswer maps an answer given under fromID (this question's id or one it
// replaces) to this question's options. It returns nil when nothing changes.
func (qu *Question) mapAnswer(fromID string, ans *Answer) (*Answer, *Carry) {
	out := *ans
	c := &Carry{From: fromID, To: qu.ID}
	if ans.Value != nil || qu.Type == Number {
		if fromID == qu.ID {
			return nil, nil
		}
		return &out, c
	}
	changed := fromID != qu.ID
	var mapped []string
	for _, old := range ans.Selected() {
		n := qu.MapOption(old)
		switch {
		case n == "":
			c.Lost = append(c.Lost, old)
			changed = true
		case !slices.Contains(mapped, n):
			changed = changed || n != old
			mapped = append(mapped, n)
		}
	}
	if !changed || len(mapped) == 0 || len(c.Lost) > 0 {
		// Carry only what maps completely: an answer with an option that
		// has no counterpart stays as it was (reported as not fitting),
		// so the question is asked again rather than answered with a
		// guess from part of the old answer.
		return nil, nil
	}
	c.Options = mapped
	out.Choice, out.Choices = "", nil
	switch {
	case qu.Type == Multi && mapped[0] != DontKnow && mapped[0] != NotApplicable:
		out.Choices = qu.sortOptions(mapped)
	default:
		out.Choice = mapped[0]
	}
	return &out, c
}

// validateReplaces checks the replaces mappings once all ids are known.
func (v *validator) validateReplaces() {
	q := v.q
	q.replacedBy = map[string]*Question{}
	for _, qu := range q.questions {
		owner := where{kind: texts.ProblemOwnerQuestion, id: qu.ID}.owner()
		for i, old := range qu.Replaces {
			at := qu.At.Of(fmt.Sprintf("replaces[%d]", i))
			switch {
			case !questionID.MatchString(old):
				v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesNotID, owner, texts.A("old", quoted(old)))
			case old == qu.ID:
				v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesSelf, owner, texts.A("old", quoted(old)))
			case q.byQuestion[old] != nil:
				v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesStillThere, owner, texts.A("old", old))
			case q.replacedBy[old] != nil:
				v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesTwice, owner, texts.A("old", old), texts.A("by", q.replacedBy[old].ID))
			default:
				q.replacedBy[old] = qu
				q.evolves = true
			}
		}
		seen := map[string]string{}
		for _, o := range qu.Options {
			for i, old := range o.Replaces {
				at := o.At.Of(fmt.Sprintf("replaces[%d]", i))
				switch {
				case !simpleID.MatchString(old):
					v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesNotOptionID, owner, texts.A("option", o.ID), texts.A("old", quoted(old)))
				case qu.Option(old) != nil:
					v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesOptionStillThere, owner, texts.A("option", o.ID), texts.A("old", old))
				case old == DontKnow || old == NotApplicable:
					v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesBuiltIn, owner, texts.A("option", o.ID), texts.A("old", old))
				case seen[old] != "":
					v.problem(at, CodeBadReplaces, texts.ProblemBadReplacesOptionTwice, owner, texts.A("option", o.ID), texts.A("old", old), texts.A("by", seen[old]), texts.A("known", strings.Join(qu.OptionIDs(), ", ")))
				default:
					seen[old] = o.ID
					q.evolves = true
				}
			}
		}
	}
}
