package survey

import (
	"strings"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// The number question's words, shared by the TUI's value row and the
// accessible mode's prompt, so that both say the same thing.

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
	num := func(v float64) string {
		return strings.Replace(engine.FormatNumber(v), ".", c.T(texts.FormatDecimal), 1)
	}
	return []texts.Arg{texts.A("min", num(*qu.Min)), texts.A("max", num(*qu.Max)), texts.A("unit", unitText(c, qu))}
}
