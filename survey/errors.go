package survey

import (
	"soeverein/texts"
)

// The survey's errors that reach a user hold facts, not sentences
// (texts.Localized): Error is English for logs and wrapping, Text says the
// same in the user's language.

// FromExistsError refuses --from into an answers file that exists.
type FromExistsError struct{ Path string }

func (e *FromExistsError) Error() string { return e.Text(texts.EN) }

// Text is the error in lang.
func (e *FromExistsError) Text(lang texts.Lang) string {
	return lang.T(texts.SurveyFromExists, texts.A("file", e.Path))
}

// ReportIsInputError refuses to write a report over one of its inputs.
type ReportIsInputError struct{ Report, Input string }

func (e *ReportIsInputError) Error() string { return e.Text(texts.EN) }

// Text is the error in lang.
func (e *ReportIsInputError) Text(lang texts.Lang) string {
	return lang.T(texts.SurveyReportIsInput, texts.A("report", e.Report), texts.A("file", e.Input))
}

// Text is the error in lang (ChangedError is in saver.go).
func (e *ChangedError) Text(lang texts.Lang) string {
	return lang.T(texts.SurveyChangedOnDisk, texts.A("file", e.Path))
}

// savedAside says that the answers went to a new file because theirs
// changed on disk.
func savedAside(lang texts.Lang, aside string) string {
	return lang.T(texts.SurveySavedAside, texts.A("file", aside))
}

var (
	_ texts.Localized = (*FromExistsError)(nil)
	_ texts.Localized = (*ReportIsInputError)(nil)
	_ texts.Localized = (*ChangedError)(nil)
)
