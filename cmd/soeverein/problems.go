package main

import (
	"soeverein/assessment"
	"soeverein/texts"
)

// problemText writes a positioned problem in the user's language:
// file:line:col: [waarschuwing: ]message [code]. The frame and the code
// are the same in every language; the message is the catalog text of the
// code (assessment/codes.go).
func problemText(l texts.Lang, p *assessment.Problem) string {
	return p.Text(l) + " [" + string(p.Code) + "]"
}
