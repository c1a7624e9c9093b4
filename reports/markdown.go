package reports

import (
	"soeverein/figure"

	"io"
	"math"
	"regexp"
	"strings"

	"soeverein/assessment"
	"soeverein/compare"
	docm "soeverein/document"
	"soeverein/scoring"
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

var hexDigest = regexp.MustCompile(`^[0-9a-f]{64}$`)

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

func quoted(s string) bool {
	for _, pair := range []string{"''", `""`, "‘’", "“”"} {
		open, close := string([]rune(pair)[0]), string([]rune(pair)[1])
		if len(s) > len(open)+len(close) && strings.HasPrefix(s, open) && strings.HasSuffix(s, close) {
			return true
		}
	}
	return false
}
