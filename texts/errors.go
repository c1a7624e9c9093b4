package texts

import "errors"

// Localized is an error that can say itself in the user's language. Its
// Error is the English text (for logs and wrapping); Text is what a user
// sees.
type Localized interface {
	error
	Text(lang Lang) string
}

// Message is the text of err in lang: err's own Text when it is Localized,
// else that of the first Localized error it wraps (the context around it
// is then dropped, so wrap with a Localized error where context matters),
// else err.Error(). This is how cmd should print every error.
func Message(lang Lang, err error) string {
	if l, ok := err.(Localized); ok {
		return l.Text(lang)
	}
	var l Localized
	if errors.As(err, &l) {
		return l.Text(lang)
	}
	return err.Error()
}
