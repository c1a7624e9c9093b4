// Package scoring turns a questionnaire and a municipality's answers into a
// Result: question, theme and overall scores, maturity levels, the outcome of
// every rule, findings with recommendations, an explanation of every theme
// score and an indicative view on the EU Cloud Sovereignty Framework.
//
// It is pure: no files, no clock, no randomness. The same questionnaire and
// answers always give the same Result.
//
//	res := scoring.Evaluate(q, answers)
//	for _, f := range res.TopFindings(5) { ... }
package scoring
