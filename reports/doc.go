// Package reports turns a scored self-assessment into what people read: the
// report for the municipal council, the council answers alone, the trend
// report of several years, and the score and compare tables for the
// terminal, in every language of the texts catalog.
//
//	res := scoring.Evaluate(q, answers)
//	f, err := reports.FormatOf(reports.Report, "docx")
//	err = f.WriteReport(w, res, q, reports.Options{Lang: "nl", AnswersFile: name, AnswersSHA256: digest})
//
// The report, the council answers and the trend report are each built as one
// document.Document (Build, BuildCouncil, BuildTrend), from which every
// document format is written, so that the formats cannot say different
// things; JSON is the result itself, for other programs. Which kind of output
// exists in which format is one explicit table (formats.go).
//
// The sentences live in embedded files, one per language of the texts
// catalog (texts.Languages): words/<lang>.yaml, also for the words of ids
// (severities, efforts); the terminal's tables and the format errors take
// theirs from the catalog itself. Advice comes from the questionnaire
// through the result. A new language is these files, its texts catalog
// and the questionnaire's texts. Rendering is pure: no files, no clock.
// The date of the assessment is the day of the newest answered_at in the
// answers, and the caller computes the answers file's digest from its bytes.
//
// Text a user typed is put into the document as text, never as markup: the
// document's writers escape it for the format they write.
package reports
