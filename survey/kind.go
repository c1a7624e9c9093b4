package survey

import (
	"fmt"

	"soeverein/assessment"
	"soeverein/texts"
)

// questionKind is what one type of question does on the question screen
// and in the accessible mode, one file per type (after huh's
// field_select.go and field_input.go, which keep a field's TUI and
// accessible mode together): single.go, multi.go, number.go. The built-in
// answers (weet ik niet, n.v.t.) work the same for every kind and stay
// with the screens.
type questionKind interface {
	// mark is the box before an option on the question screen: "( ) ",
	// "(•) ", "[ ] ", "[x] ".
	mark(option string, chosen bool) string
	// toggles reports whether choosing option switches it on or off and
	// stays on the question (a multi question's own options), rather than
	// answering and going on.
	toggles(option string) bool
	// prompt is the accessible mode's question line.
	prompt(c texts.Lang, qu *assessment.Question) string
	// apply answers from a line typed in the accessible mode (not w or n:
	// those are the built-in answers).
	apply(a *lineMode, qu *assessment.Question, line string) error
}

// kindOf is the behaviour of a question's type. A valid questionnaire has
// only these types (assessment checks them); anything else is a bug.
func kindOf(qu *assessment.Question) questionKind {
	switch qu.Type {
	case assessment.Single:
		return singleKind{}
	case assessment.Multi:
		return multiKind{}
	case assessment.Number:
		return numberKind{}
	}
	panic(fmt.Sprintf("survey: question %s has unknown type %q", qu.ID, qu.Type))
}

// builtin reports whether option is one of the answers every question has.
func builtin(option string) bool {
	return option == assessment.DontKnow || option == assessment.NotApplicable
}

// radioMark is the box of an option that is one answer among others.
func radioMark(chosen bool) string {
	if chosen {
		return "(•) "
	}
	return "( ) "
}
