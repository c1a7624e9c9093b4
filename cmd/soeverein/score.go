package main

import (
	"soeverein/reports"
	"soeverein/scoring"
	"soeverein/texts"
)

// scoreOptions shows the scores of an answers file.
type scoreOptions struct {
	Lang      texts.Lang
	Questions string
	File      string // "-": standard input
	JSON      bool
}

func scoreParse(p *parsed) (runner, error) {
	return &scoreOptions{Lang: p.lang, Questions: p.questions(), File: p.args[0], JSON: p.bool("json")}, nil
}

func (o *scoreOptions) language() texts.Lang { return o.Lang }

func (o *scoreOptions) run(e *env) error {
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	f, err := loadAnswers(e, o.Lang, o.File)
	if err != nil {
		return err
	}
	printWarnings(e, o.Lang, append(f.warnings, q.CheckAnswers(f.answers, f.name)...))
	res := scoring.Evaluate(q, f.answers)
	name := "text"
	if o.JSON {
		name = "json"
	}
	format, err := reports.FormatOf(reports.Score, name)
	if err != nil {
		return err
	}
	return format.WriteScore(e.stdout, res, string(o.Lang))
}
