package texts

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Number writes a value (an answer such as a count or a percentage) with
// at most one decimal and the language's decimal sign: 54, 54,3 (nl), 54.3
// (en). Scores are rounded to one decimal by scoring, and a level belongs
// to that rounded score, so nothing may round further.
func (l Lang) Number(x float64) string {
	s := strconv.FormatFloat(roundTenth(x), 'f', -1, 64)
	if s == "-0" {
		s = "0"
	}
	return strings.Replace(s, ".", l.T(FormatDecimal), 1)
}

// Fixed writes a score with exactly one decimal: 54,0 and 54,3 (nl), so
// that scores read the same everywhere and line up in columns.
func (l Lang) Fixed(x float64) string {
	s := strconv.FormatFloat(roundTenth(x), 'f', 1, 64)
	if s == "-0.0" {
		s = "0.0"
	}
	return strings.Replace(s, ".", l.T(FormatDecimal), 1)
}

// Signed writes a change of a score with its sign and one decimal, like
// a score: +1,5, −0,5 (a real minus sign), 0,0.
func (l Lang) Signed(x float64) string {
	x = roundTenth(x)
	switch {
	case x > 0:
		return "+" + l.Fixed(x)
	case x < 0:
		return l.T(FormatMinus) + l.Fixed(-x)
	}
	return l.Fixed(0)
}

func roundTenth(x float64) float64 { return math.Round(x*10) / 10 }

// Percent writes a share of 0..1 as a percentage with one decimal, like a
// score: 0.6667 → 66,7%.
func (l Lang) Percent(share float64) string {
	return l.T(FormatPercent, A("n", l.Fixed(share*100)))
}

// PercentOf writes part of whole in whole percents, rounded down, so that
// 99.6% never shows as 100% (for "how much is answered"). 0 of 0 is 0%.
func (l Lang) PercentOf(part, whole int) string {
	p := 0
	if whole > 0 {
		p = part * 100 / whole
	}
	return l.T(FormatPercent, A("n", strconv.Itoa(p)))
}

// Date writes YYYY-MM-DD or YYYY-MM in words (1 november 2026, november
// 2026); anything else, such as a bare year, comes back as it is.
func (l Lang) Date(s string) string {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return l.DateOf(t)
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return l.T(FormatMonthYear, A("month", l.Month(t.Month())), Int("year", t.Year()))
	}
	return s
}

// DateOf writes the day of t in words: 1 november 2026 (nl), 1 November
// 2026 (en).
func (l Lang) DateOf(t time.Time) string {
	return l.T(FormatDate, Int("day", t.Day()), A("month", l.Month(t.Month())), Int("year", t.Year()))
}

// Month is the name of a month.
func (l Lang) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return strconv.Itoa(int(m))
	}
	return l.T(monthKeys[m-1])
}

var monthKeys = [12]Key{
	FormatMonth1, FormatMonth2, FormatMonth3, FormatMonth4, FormatMonth5, FormatMonth6,
	FormatMonth7, FormatMonth8, FormatMonth9, FormatMonth10, FormatMonth11, FormatMonth12,
}

// List joins items as running text: "a", "a en b", "a, b en c".
func (l Lang) List(items []string) string { return l.list(items, FormatAnd) }

// ListOr joins alternatives: "a of b", "a, b or c".
func (l Lang) ListOr(items []string) string { return l.list(items, FormatOr) }

func (l Lang) list(items []string, conj Key) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + l.T(conj) + " " + items[len(items)-1]
}
