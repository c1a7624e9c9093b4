// Package compare compares the self-assessments of one municipality over
// several years, like for like: every year is scored with one questionnaire
// (the newest), older answers carried over through its replaces mappings,
// so that a change in weights or rules does not look like progress or
// decline. Each year is also scored with the questionnaire version it was
// answered against, when that version is known, and every change of a score
// between two years is split into its causes: better answers, worse
// answers, questions newly answered, and the change of questionnaire. The
// parts add up exactly to the change.
//
// It is pure: no files, no clock. The same inputs always give the same
// Trend.
//
//	t, err := compare.Compare(q, known, []compare.Input{{File: "2025.yaml", Answers: a25}, {File: "2026.yaml", Answers: a26}})
package compare
