package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"soeverein/reports"
	"soeverein/scoring"
	"soeverein/texts"
)

// councilOptions writes the numbered council answers of an answers file,
// in one format (markdown, HTML, Word, ODT, PDF or JSON), internal or
// public.
type councilOptions struct {
	Answers    string // the answers file; "-": standard input
	Out        string // -o; "" or "-" writes to stdout
	Format     string // the format's name: --format, else the extension of -o, else md
	Questions  string // --questions; "" is the built-in questionnaire
	Lang       texts.Lang
	WithScores bool
	Public     bool
}

func councilParse(p *parsed) (runner, error) {
	o := &councilOptions{Answers: p.args[0], Out: p.str("o"), Questions: p.questions(), Lang: p.lang, WithScores: p.bool("with-scores"), Public: p.bool("public")}
	if err := checkOutput("council", o.Out, o.Answers, o.Questions); err != nil {
		return nil, err
	}
	f, err := chooseFormat(reports.Council, p.str("format"), o.Out, o.Public)
	if err != nil {
		return nil, err
	}
	o.Format = f.Name
	return o, nil
}

func (o *councilOptions) language() texts.Lang { return o.Lang }

// run writes the numbered council answers, and nothing else: to stdout, or
// atomically to the file of -o.
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
	// The digest of exactly the bytes that were scored, as in the report,
	// so that verify can check the council answers too.
	sum := sha256.Sum256(f.data)
	opts := reports.CouncilOptions{Lang: string(l), WithScores: o.WithScores, Public: o.Public,
		AnswersFile: filepath.Base(f.name), AnswersSHA256: hex.EncodeToString(sum[:])}
	format, err := reports.FormatOf(reports.Council, o.Format)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := format.WriteCouncil(&buf, res, q, opts); err != nil {
		return formatError("council", err)
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
