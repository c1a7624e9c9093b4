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

// FinalSaveError says that the answers could not be saved when the survey
// ended; the error says why.
type FinalSaveError struct{ Err error }

func (e *FinalSaveError) Error() string {
	return e.Err.Error() + "; the last answers could not be saved"
}

func (e *FinalSaveError) Unwrap() error { return e.Err }

// Text is the error in lang.
func (e *FinalSaveError) Text(lang texts.Lang) string {
	return lang.T(texts.SurveyFinalSaveFailed, texts.A("error", texts.Message(lang, e.Err)))
}

// OutputGoneError says that the accessible mode's output closed (a closed
// pipe or terminal): the survey ended, after saving.
type OutputGoneError struct {
	Err  error
	Path string // where the answers are
}

func (e *OutputGoneError) Error() string {
	return "write output: " + e.Err.Error() + "; the answers are saved in " + e.Path
}

func (e *OutputGoneError) Unwrap() error { return e.Err }

// Text is the error in lang.
func (e *OutputGoneError) Text(lang texts.Lang) string {
	return lang.T(texts.SurveyOutputGone, texts.A("error", e.Err.Error()), texts.A("file", e.Path))
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
	_ texts.Localized = (*FinalSaveError)(nil)
	_ texts.Localized = (*OutputGoneError)(nil)
)
