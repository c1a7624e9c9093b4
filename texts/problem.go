package texts

import (
	"fmt"
	"strings"
)

// ProblemCode is the stable code of a kind of positioned problem in a
// questionnaire or answers file: the same in every language, so that a
// user can search for it, a test can match it and documentation can
// explain it. Its message is a catalog text with named parameters.
//
// This is the shape proposed for assessment.Problem (not yet used there):
// next to File, Pos and Severity a problem gets Code and Args instead of a
// finished English Msg, and is shown with Lang.Problem:
//
//	questions.yaml:112:9: vraag exit.plan: onbekend veld "tested"; bekende velden: id, text [unknown-field]
//
// The code goes last, in brackets, as compilers and linters do, so that the
// sentence reads first and the code stays greppable.
type ProblemCode string

// The problem codes. Only some of assessment's problems are here yet; the
// rest follow when assessment moves to codes (docs/architecture.md).
const (
	CodeNotYAML            ProblemCode = "not-yaml"
	CodeEmptyFile          ProblemCode = "empty-file"
	CodeNotUTF8            ProblemCode = "not-utf8"
	CodeUnknownField       ProblemCode = "unknown-field"
	CodeDuplicateField     ProblemCode = "duplicate-field"
	CodeMissingField       ProblemCode = "missing-field"
	CodeUnknownAnswer      ProblemCode = "unknown-answer"
	CodeOtherVersion       ProblemCode = "other-version"
	CodeOtherQuestionnaire ProblemCode = "other-questionnaire"
	CodeNotAnswers         ProblemCode = "not-answers"
	CodeNotQuestionnaire   ProblemCode = "not-questionnaire"
	CodeWrongKind          ProblemCode = "wrong-kind"
)

// problemTexts gives every code its text, in one explicit table; the
// tests check that every code has one and every text is in the catalogs.
var problemTexts = []struct {
	Code ProblemCode
	Key  Key
}{
	{CodeNotYAML, ProblemNotYAML},
	{CodeEmptyFile, ProblemEmptyFile},
	{CodeNotUTF8, ProblemNotUTF8},
	{CodeUnknownField, ProblemUnknownField},
	{CodeDuplicateField, ProblemDuplicateField},
	{CodeMissingField, ProblemMissingField},
	{CodeUnknownAnswer, ProblemUnknownAnswer},
	{CodeOtherVersion, ProblemOtherVersion},
	{CodeOtherQuestionnaire, ProblemOtherQuestionnaire},
	{CodeNotAnswers, ProblemNotAnswers},
	{CodeNotQuestionnaire, ProblemNotQuestionnaire},
	{CodeWrongKind, ProblemWrongKind},
}

// ProblemCodes lists the known codes, in the order of the table.
func ProblemCodes() []ProblemCode {
	out := make([]ProblemCode, len(problemTexts))
	for i, p := range problemTexts {
		out[i] = p.Code
	}
	return out
}

// Problem is a positioned problem as this package shows it: what
// assessment.Problem would carry once it has codes.
type Problem struct {
	File      string
	Line, Col int // 0: somewhere in the file
	Warning   bool
	Code      ProblemCode
	Args      []Arg
}

// Problem writes p in l: file:line:col: [warning: ]message [code]. An
// unknown code is written as the code with its arguments, never dropped.
func (l Lang) Problem(p Problem) string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Col)
	}
	b.WriteString(": ")
	if p.Warning {
		b.WriteString(l.T(ProblemWarning))
	}
	b.WriteString(l.problemMessage(p))
	fmt.Fprintf(&b, " [%s]", p.Code)
	return b.String()
}

func (l Lang) problemMessage(p Problem) string {
	for _, t := range problemTexts {
		if t.Code == p.Code {
			return l.T(t.Key, p.Args...)
		}
	}
	parts := make([]string, len(p.Args))
	for i, a := range p.Args {
		parts[i] = a.name + "=" + a.value
	}
	return string(p.Code) + " " + strings.Join(parts, " ")
}
