// Package figure formats the numbers every output shows: scores, changes
// of a score, shares, and the phrase for a score that has no level yet. The
// report, the trend report, `score`, `compare`, the survey's finish screen
// and the accessible summary all use it, so that one score reads the same
// everywhere: with one decimal, a decimal comma in Dutch and a point in
// English. Scores come rounded to one decimal from the scorer, and levels
// are computed from the rounded score, so a printed score never contradicts
// its level (29,8 is level 1 when level 2 starts at 30).
package figure

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Score formats a score (or any figure computed like one: a contribution,
// points lost) with one decimal: "29,8" in Dutch, "29.8" in English.
func Score(lang string, x float64) string {
	return decimal(lang, strconv.FormatFloat(round(x), 'f', 1, 64))
}

// Delta formats a change of a score with its sign and one decimal:
// "+1,0", "−2,5" (a real minus sign), "0,0".
func Delta(lang string, d float64) string {
	d = round(d)
	switch {
	case d > 0:
		return "+" + Score(lang, d)
	case d < 0:
		return "−" + Score(lang, -d)
	}
	return Score(lang, 0)
}

// Percent formats a share of 0..1 as a percentage with one decimal:
// "66,7%".
func Percent(lang string, share float64) string {
	return Score(lang, share*100) + "%"
}

// Value formats a value given as an answer (a count, a percentage) without
// trailing zeros: "35", "12,5".
func Value(lang string, x float64) string {
	return decimal(lang, strconv.FormatFloat(round(x), 'f', -1, 64))
}

// NoLevel is what every output says instead of a level while too little is
// answered: "nog geen niveau: te weinig beantwoord (12 van 55)".
func NoLevel(lang string, answered, total int) string {
	if lang == "nl" {
		return fmt.Sprintf("nog geen niveau: te weinig beantwoord (%d van %d)", answered, total)
	}
	return fmt.Sprintf("no level yet: too little answered (%d of %d)", answered, total)
}

// OverWhatWasAnswered is the note beside a score of an assessment that is
// not complete: the score is over what was answered.
func OverWhatWasAnswered(lang string) string {
	if lang == "nl" {
		return "over wat is beantwoord"
	}
	return "over what was answered"
}

func round(x float64) float64 {
	r := math.Round(x*10) / 10
	if r == 0 {
		return 0 // no "-0,0"
	}
	return r
}

func decimal(lang, s string) string {
	if lang == "nl" {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// NoLevelIn is NoLevel for an overall level withheld because a critical
// theme has no level yet: "nog geen niveau: te weinig beantwoord bij het
// kritieke thema ‘Exit en continuïteit’ (1 van 6)".
func NoLevelIn(lang, theme string, answered, total int) string {
	if lang == "nl" {
		return fmt.Sprintf("nog geen niveau: te weinig beantwoord bij het kritieke thema ‘%s’ (%d van %d)", theme, answered, total)
	}
	return fmt.Sprintf("no level yet: too little answered in the critical theme ‘%s’ (%d of %d)", theme, answered, total)
}
