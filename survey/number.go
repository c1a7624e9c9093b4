package survey

import (
	"strings"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// numberKind is a question answered with a value in a range: on the
// question screen a value row (typed digits go into it), in the accessible
// mode the value typed. Both say the unit and the range the same way.
type numberKind struct{}

// mark is for the built-in answers' rows; the value row has none.
func (numberKind) mark(option string, chosen bool) string { return radioMark(chosen) }

func (numberKind) toggles(string) bool { return false }

func (numberKind) prompt(c texts.Lang, qu *assessment.Question) string {
	return c.T(texts.SurveyAccNumberPrompt, rangeArgs(c, qu)...)
}

func (numberKind) apply(a *lineMode, _ *assessment.Question, line string) error {
	return a.sess.SetValue(line)
}

// valueRow is the question screen's row with the value being typed.
func (numberKind) valueRow(m *Model, qu *assessment.Question) string {
	return m.c.T(texts.SurveyValuePrompt, rangeArgs(m.c, qu)...) + " " + m.number.View()
}

// unitText is the unit a number question's range is in (" procent", ", een
// aantal"), or "" for a plain number.
func unitText(c texts.Lang, qu *assessment.Question) string {
	switch qu.Unit {
	case "percent":
		return c.T(texts.SurveyUnitPercent)
	case "count":
		return c.T(texts.SurveyUnitCount)
	}
	return ""
}

// rangeArgs are the {min}, {max} and {unit} of a number question's prompt:
// the bounds exactly (no rounding: 0,25 stays 0,25), with the language's
// decimal sign.
func rangeArgs(c texts.Lang, qu *assessment.Question) []texts.Arg {
	num := func(v float64) string { return exactNumber(c, v) }
	return []texts.Arg{texts.A("min", num(*qu.Min)), texts.A("max", num(*qu.Max)), texts.A("unit", unitText(c, qu))}
}

// exactNumber writes a number as it was given, without rounding and
// without trailing zeros, with the language's decimal sign: 62,5 (nl).
func exactNumber(c texts.Lang, v float64) string {
	return strings.Replace(engine.FormatNumber(v), ".", c.T(texts.FormatDecimal), 1)
}
