package survey

import (
	"errors"
	"slices"

	"soeverein/assessment"
	"soeverein/texts"
)

// singleKind is a question with one answer: on the question screen a
// number key answers and goes on; in the accessible mode one number.
type singleKind struct{}

func (singleKind) mark(option string, chosen bool) string { return radioMark(chosen) }

func (singleKind) toggles(string) bool { return false }

func (singleKind) prompt(c texts.Lang, _ *assessment.Question) string {
	return c.T(texts.SurveyAccChoicePrompt)
}

func (singleKind) apply(a *lineMode, qu *assessment.Question, line string) error {
	ids, err := a.parseChoices(qu, line)
	if err != nil {
		return err
	}
	switch {
	case len(ids) > 1 && slices.ContainsFunc(ids, builtin):
		return errors.New(a.c.T(texts.SurveyAccAlone))
	case len(ids) > 1:
		return errors.New(a.c.T(texts.SurveyAccOneNumber, texts.Int("max", len(qu.OptionIDs()))))
	}
	return a.sess.Choose(ids[0])
}
