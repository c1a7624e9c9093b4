package reports

import (
	"soeverein/figure"

	"bytes"
	"embed"
	"io"
	"math"
	"regexp"
	"strings"
	"text/template"

	"soeverein/assessment"
	"soeverein/compare"
	docm "soeverein/document"
	"soeverein/scoring"
	"soeverein/texts"
)

// Options says how to render a report.
type Options struct {
	// Lang is a language of texts.Languages ("" is texts.Default), as
	// texts.Parse reads it; any other is an error.
	Lang string
	// AnswersFile names the answers file in the verification line (a base
	// name such as soeverein-GM0361-2026.yaml); AnswersSHA256 is the hex
	// SHA-256 of its bytes, computed by the caller, so that an auditor can
	// check that the report belongs to the file. Both may be empty.
	AnswersFile   string
	AnswersSHA256 string
	// Previous, when set, adds the section "Ontwikkeling sinds <jaar>": a
	// comparison (compare.Compare) whose last year is this report's year.
	Previous *compare.Trend
	// Public asks for the version for publication (Build): no evidence, no
	// notes, no respondents' names, no answers to sensitive questions, the
	// critical findings in general words, and a redaction log.
	Public bool
}

//go:embed templates/*.tmpl
var templateFiles embed.FS

// Markdown writes the report of a scored assessment to w as markdown, in
// the language of opts: Build, then the document package's markdown writer.
// The questionnaire adds the theme descriptions; it may be nil. The output
// depends only on its arguments: the same result gives the same bytes.
func Markdown(w io.Writer, r *scoring.Result, q *assessment.Questionnaire, opts Options) error {
	d, err := Build(r, q, opts)
	if err != nil {
		return err
	}
	return docm.Markdown(w, d)
}

// tidy drops trailing spaces and runs of blank lines that the templates
// leave behind, so that the templates can be laid out for reading. Neither
// changes what markdown means here: the report has no code blocks and no
// hard line breaks.
func tidy(b []byte) []byte {
	out := make([]byte, 0, len(b))
	blank := true // no blank lines at the top
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			if !blank {
				out = append(out, '\n')
			}
			blank = true
			continue
		}
		out = append(out, line...)
		out = append(out, '\n')
		blank = false
	}
	return append(bytes.TrimRight(out, "\n"), '\n')
}

// funcs are the template functions for one language.
func funcs(lang string) template.FuncMap {
	return template.FuncMap{
		"inline": inline,
		"cell":   cell,
		"link":   link,
		"hash":   hash,
		"num":    func(x float64) string { return number(lang, x) },
		"score":  func(x float64) string { return figure.Score(lang, x) },
		"pct":    func(share float64) string { return figure.Percent(lang, share) },
		"bar":    bar,
		"date":   func(s string) string { return date(lang, s) },
		"msg":    func(prefix, id string) string { return msg(lang, prefix+"."+id) },
		"value": func(x *float64, unit string) string {
			if x == nil {
				return ""
			}
			return number(lang, *x) + unitSuffix(lang, unit)
		},
		"join":      func(items []string) string { return join(lang, items) },
		"list":      func(items []string) string { return strings.Join(items, "; ") },
		"quote":     quote,
		"one":       func(s string) []string { return []string{s} },
		"inlines":   func(items []string) []string { return each(items, inline) },
		"evidences": func(items []string) []string { return each(items, evidence) },
		"cells":     func(items []string) []string { return each(items, cell) },
		"numbers": func(qs []*question) []string {
			out := make([]string, len(qs))
			for i, q := range qs {
				out[i] = q.Number
			}
			return out
		},
		// sep goes before item i of n in a running list: "", ", " or " en ".
		"sep": func(i, n int) string {
			switch {
			case i == 0:
				return ""
			case i == n-1:
				return " " + texts.Lang(lang).T(texts.FormatAnd) + " "
			}
			return ", "
		},
		"trimdots": func(items []string) []string {
			out := make([]string, len(items))
			for i, s := range items {
				out[i] = strings.TrimRight(strings.TrimSpace(s), ".")
			}
			return out
		},
		"titles": func(themes []*theme) []string {
			out := make([]string, len(themes))
			for i, t := range themes {
				out[i] = t.Title
			}
			return out
		},
		"period":   period,
		"question": questionOnly,
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
}

func each(items []string, f func(string) string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = f(s)
	}
	return out
}

// number writes a score or value with at most one decimal, with the
// language's decimal sign: 54, 54,3 (nl), 54.3 (en). Scores are rounded to
// one decimal by scoring; a level belongs to that rounded score, so the
// report must not round further.
// number writes a value that is not a score (a weight, an answer, a level's
// lower bound) without trailing zeros.
func number(lang string, x float64) string { return figure.Value(lang, x) }

func unitSuffix(lang, unit string) string {
	if unit == "percent" {
		return msg(lang, "unit.percent")
	}
	return ""
}

// bar draws a score of 0..100 as ten blocks and the number: ████████░░ 80.
func bar(score float64) string {
	full := int(math.Round(max(0, min(100, score)) / 10))
	return strings.Repeat("█", full) + strings.Repeat("░", 10-full)
}

// date writes YYYY-MM-DD, YYYY-MM or YYYY in words (dateText); anything
// else is written as it is, escaped.
func date(lang, s string) string {
	if d := dateText(lang, s); d != s {
		return d
	}
	return inline(s)
}

var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

// hash writes a SHA-256 digest as code, so that it can be copied whole.
func hash(s string) string {
	if hexDigest.MatchString(s) {
		return "`" + s + "`"
	}
	return inline(s)
}

// join lists already escaped items: "a", "a en b", "a, b en c".
func join(lang string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + texts.Lang(lang).T(texts.FormatAnd) + " " + items[len(items)-1]
}

// period ends a sentence with a full stop unless it already ends with one,
// a question mark or an exclamation mark.
func period(s string) string {
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".?!") {
		return s
	}
	return s + "."
}

// questionOnly drops what follows a question's question mark, such as
// "Kies alles wat van toepassing is.", where the question is quoted.
func questionOnly(s string) string {
	if i := strings.Index(s, "? "); i >= 0 {
		return s[:i+1]
	}
	return s
}

// quote puts each already escaped item between the given quote marks,
// unless it is quoted already ('Opgeslagen in de EU, dus veilig').
func quote(open, close string, items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		if quoted(s) {
			out[i] = s
		} else {
			out[i] = open + s + close
		}
	}
	return out
}

func quoted(s string) bool {
	for _, pair := range []string{"''", `""`, "‘’", "“”"} {
		open, close := string([]rune(pair)[0]), string([]rune(pair)[1])
		if len(s) > len(open)+len(close) && strings.HasPrefix(s, open) && strings.HasSuffix(s, close) {
			return true
		}
	}
	return false
}
