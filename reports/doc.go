// Package reports renders a scored self-assessment as a markdown report for
// the municipal council, in Dutch or English: the document a college attaches
// to its answers to council questions.
//
//	res := scoring.Evaluate(q, answers)
//	err := reports.Markdown(w, res, q, reports.Options{Lang: "nl", AnswersFile: name, AnswersSHA256: digest})
//
// The words of the report live in embedded files, one per language of the
// texts catalog (texts.Languages): words/<lang>.yaml for the report and the
// council answers, templates/trend.<lang>.md.tmpl for the trend report;
// advice comes from the questionnaire through the result. A new language
// is these files, its texts catalog and the questionnaire's texts. Rendering is pure: no
// files, no clock. The date of the assessment is the day of the newest
// answered_at in the answers, and the caller computes the answers file's
// digest from its bytes.
//
// Text a user typed is escaped for where it lands (inline for running text,
// cell for table cells), so it always reads literally and never changes the
// document's structure.
package reports
