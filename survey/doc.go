// Package survey is the terminal survey of soeverein: the screens on which
// an IT manager answers the questionnaire (bubbletea, bubbles, lipgloss),
// and an accessible line-based mode for screen readers and scripts. Both
// drive one Session, which changes the answers only through assessment's
// methods and saves them after every answer; the scores on the finish
// screen come from scoring and the report from reports.
//
//	err := survey.Run(ctx, survey.Options{Questionnaire: q, Path: "soeverein-GM0361-2026.yaml"}, os.Stdin, os.Stdout, os.Stderr)
//	err := survey.RunAccessible(ctx, os.Stdout, os.Stdin, opts)
//
// This is the only package that imports the terminal UI libraries.
package survey
