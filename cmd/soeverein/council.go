package main

import (
	"bytes"
	"fmt"

	"soeverein/reports"
	"soeverein/scoring"
	"soeverein/texts"
)

// councilOptions writes the numbered council answers of an answers file.
type councilOptions struct {
	Answers    string // the answers file; "-": standard input
	Out        string // -o; "" or "-" writes to stdout
	Questions  string // --questions; "" is the built-in questionnaire
	Lang       texts.Lang
	WithScores bool
}

func councilParse(p *parsed) (runner, error) {
	o := &councilOptions{Answers: p.args[0], Out: p.str("o"), Questions: p.questions(), Lang: p.lang, WithScores: p.bool("with-scores")}
	if err := checkOutput("council", o.Out, o.Answers, o.Questions); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *councilOptions) language() texts.Lang { return o.Lang }

// run writes the numbered council answers, and nothing else, as markdown:
// to stdout, or atomically to the file of -o.
func (o *councilOptions) run(e *env) error {
	l := o.Lang
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, l, err)
	}
	f, err := loadAnswers(e, l, o.Answers)
	if err != nil {
		return err
	}
	printWarnings(e, l, append(f.warnings, q.CheckAnswers(f.answers, f.name)...))
	res := scoring.Evaluate(q, f.answers)
	var buf bytes.Buffer
	if err := reports.CouncilMarkdown(&buf, res, q, reports.CouncilOptions{Lang: string(l), WithScores: o.WithScores}); err != nil {
		return err
	}
	if c := res.Completeness; !c.Complete {
		fmt.Fprintln(e.stderr, l.N(texts.CmdCouncilDraft, len(c.Missing), texts.Int("total", c.Total)))
	}
	if toFile, err := writeOutput(e, o.Out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, l.T(texts.CmdCouncilWritten, texts.A("file", o.Out)))
	return nil
}
