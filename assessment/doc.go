// Package assessment is the domain model of a soeverein self-assessment: the
// questionnaire (themes, questions, options, rules, references, levels), the
// answers a municipality gives to it, and the files both live in.
//
// It parses and validates bytes and reports every problem with its file, line
// and column; it knows which questions are visible given the answers
// (show_if). It does no scoring and draws nothing on a terminal.
//
//	q, err := assessment.Parse(data, "questions.yaml")
//	a, warnings, err := assessment.LoadAnswers("soeverein-GM0361-2026.yaml", q)
package assessment
