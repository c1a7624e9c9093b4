package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"soeverein/assessment"
	"soeverein/texts"
)

// problemText writes a positioned problem in the user's language:
// file:line:col: [warning: ]message [code]. The frame and the code are
// the same in every language; the message is the catalog text of the code
// (texts/problem.go) when assessment gives its arguments, else
// assessment's own message, which is English.
func problemText(l texts.Lang, p *assessment.Problem) string {
	if p.Args != nil && slices.Contains(texts.ProblemCodes(), texts.ProblemCode(p.Code)) {
		tp := texts.Problem{File: p.File, Line: p.Pos.Line, Col: p.Pos.Column, Warning: p.Severity == assessment.Warning, Code: texts.ProblemCode(p.Code)}
		for _, name := range slices.Sorted(maps.Keys(p.Args)) {
			tp.Args = append(tp.Args, texts.A(name, p.Args[name]))
		}
		return l.Problem(tp)
	}
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
