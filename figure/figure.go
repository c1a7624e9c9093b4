// Package figure formats the numbers every output shows: scores, changes
// of a score, shares, and the phrase for a score that has no level yet. The
// report, the trend report, `score`, `compare`, the survey's finish screen
// and the accessible summary all use it, so that one score reads the same
// everywhere: with one decimal, a decimal comma in Dutch and a point in
// English. Scores come rounded to one decimal from the scorer, and levels
// are computed from the rounded score, so a printed score never contradicts
// its level (29,8 is level 1 when level 2 starts at 30).
//
// The signs and phrases come from the texts catalog of lang (format.*,
// figure.*), so that a new language brings its own without Go code.
package figure

import "soeverein/texts"

// Score formats a score (or any figure computed like one: a contribution,
// points lost) with one decimal: "29,8" in Dutch, "29.8" in English.
func Score(lang string, x float64) string { return texts.Lang(lang).Fixed(x) }

// Delta formats a change of a score with its sign and one decimal:
// "+1,0", "−2,5" (a real minus sign), "0,0".
func Delta(lang string, d float64) string { return texts.Lang(lang).Signed(d) }

// Percent formats a share of 0..1 as a percentage with one decimal:
// "66,7%".
func Percent(lang string, share float64) string { return texts.Lang(lang).Percent(share) }

// Value formats a value given as an answer (a count, a percentage) without
// trailing zeros: "35", "12,5".
func Value(lang string, x float64) string { return texts.Lang(lang).Number(x) }

// NoLevel is what every output says instead of a level while too little is
// answered: "nog geen niveau: te weinig beantwoord (12 van 55)".
func NoLevel(lang string, answered, total int) string {
	return texts.Lang(lang).T(texts.FigureNoLevel, texts.Int("answered", answered), texts.Int("total", total))
}

// OverWhatWasAnswered is the note beside a score of an assessment that is
// not complete: the score is over what was answered.
func OverWhatWasAnswered(lang string) string {
	return texts.Lang(lang).T(texts.FigureOverWhatWasAnswered)
}

// NoLevelIn is NoLevel for an overall level withheld because a critical
// theme has no level yet: "nog geen niveau: te weinig beantwoord bij het
// kritieke thema ‘Exit en continuïteit’ (1 van 6)".
func NoLevelIn(lang, theme string, answered, total int) string {
	return texts.Lang(lang).T(texts.FigureNoLevelIn, texts.A("theme", theme), texts.Int("answered", answered), texts.Int("total", total))
}
