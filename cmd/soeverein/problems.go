package main

import (
	"fmt"
	"strings"

	"soeverein/assessment"
	"soeverein/texts"
)

// problemText writes a positioned problem in the user's language:
// file:line:col: [warning: ]message [code]. The frame and the code are
// the same in every language; the message is assessment's (English) until
// its problems carry arguments for the catalog texts of their codes
// (texts/problem.go).
func problemText(l texts.Lang, p *assessment.Problem) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Pos.Line, p.Pos.Column)
	}
	b.WriteString(": ")
	if p.Severity == assessment.Warning {
		b.WriteString(l.T(texts.ProblemWarning))
	}
	b.WriteString(p.Msg)
	if p.Code != "" {
		fmt.Fprintf(&b, " [%s]", p.Code)
	}
	return b.String()
}
