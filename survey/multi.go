package survey

import (
	"errors"
	"fmt"
	"slices"

	"soeverein/assessment"
	"soeverein/texts"
)

// multiKind is a question with one or more answers: on the question screen
// a number key or space switches an option and stays, enter goes on; in
// the accessible mode numbers with commas. An exclusive option ("none of
// these") stands alone.
type multiKind struct{}

func (multiKind) mark(option string, chosen bool) string {
	switch {
	case builtin(option):
		return radioMark(chosen)
	case chosen:
		return "[x] "
	}
	return "[ ] "
}

func (multiKind) toggles(option string) bool { return !builtin(option) }

func (multiKind) prompt(c texts.Lang, _ *assessment.Question) string {
	return c.T(texts.SurveyAccMultiPrompt)
}

func (multiKind) apply(a *lineMode, qu *assessment.Question, line string) error {
	ids, err := a.parseChoices(qu, line)
	if err != nil {
		return err
	}
	whole := slices.ContainsFunc(ids, builtin) // weet ik niet or n.v.t.: a whole answer
	switch {
	case whole && len(ids) > 1:
		return errors.New(a.c.T(texts.SurveyAccAlone))
	case whole:
		return a.sess.Choose(ids[0])
	}
	if x := qu.ExclusiveIn(ids); x != "" && len(ids) > 1 {
		return errors.New(a.c.T(texts.SurveyAccExclAlone, texts.A("option", qu.Option(x).Label.In(a.opts.Lang))))
	}
	// A multi question: switch options until exactly these are chosen.
	// An exclusive option chosen now switches the others off by itself;
	// say so when that drops options chosen before.
	before := a.sess.A.Get(qu.ID).Selected()
	if ans := a.sess.A.Get(qu.ID); ans.IsDontKnow() || ans.IsNotApplicable() {
		before = nil
	}
	for _, o := range qu.Options {
		have := a.sess.A.Get(qu.ID).Selected()
		if ans := a.sess.A.Get(qu.ID); ans.IsDontKnow() || ans.IsNotApplicable() {
			have = nil
		}
		if slices.Contains(ids, o.ID) != slices.Contains(have, o.ID) {
			if err := a.sess.Choose(o.ID); err != nil {
				return err
			}
		}
	}
	a.sess.Note() // drop the notes of the single switches: one note for the answer
	if qu.ExclusiveIn(ids) != "" || qu.ExclusiveIn(before) != "" {
		if note := a.sess.ExclusiveNote(qu, ids[0], before, a.sess.A.Get(qu.ID).Selected()); note != "" {
			fmt.Fprintln(a.w, note)
		}
	}
	return nil
}
