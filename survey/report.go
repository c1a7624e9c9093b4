package survey

import (
	"io"

	"soeverein/assessment"
	"soeverein/reports"
	"soeverein/scoring"
)

// renderReport writes the markdown report of a finished survey.
func renderReport(w io.Writer, res *scoring.Result, q *assessment.Questionnaire, lang, answersFile, answersSHA string) error {
	return reports.Markdown(w, res, q, reports.Options{Lang: lang, AnswersFile: answersFile, AnswersSHA256: answersSHA})
}
