package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"soeverein/assessment"
	"soeverein/reports"
	"soeverein/scoring"
	"soeverein/texts"
)

// reportOptions writes the council report of an answers file in one
// format (markdown, HTML, Word, ODT, PDF or JSON), internal or public: to
// stdout, or atomically to the file given with -o.
type reportOptions struct {
	Lang      texts.Lang
	Questions string
	File      string // "-": standard input
	Out       string
	Format    string // the format's name: from --format, else the extension of -o, else md
	Public    bool
	Previous  string
	Known     []string
}

func reportParse(p *parsed) (runner, error) {
	o := &reportOptions{Lang: p.lang, Questions: p.questions(), File: p.args[0], Out: p.str("o"), Public: p.bool("public"), Previous: p.str("previous"), Known: p.list("known")}
	if err := checkOutput("report", o.Out, append([]string{o.File, o.Previous, o.Questions}, o.Known...)...); err != nil {
		return nil, err
	}
	f, err := chooseFormat(reports.Report, p.str("format"), o.Out, o.Public)
	if err != nil {
		return nil, err
	}
	o.Format = f.Name
	if o.Previous != "" && o.File != "-" && assessment.SameFile(o.Previous, o.File) {
		return nil, usageErr(texts.CmdReportPreviousSelf, texts.A("file", o.Previous))
	}
	return o, nil
}

func (o *reportOptions) language() texts.Lang { return o.Lang }

func (o *reportOptions) run(e *env) error {
	l := o.Lang
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, l, err)
	}
	// Read the bytes once: the digest in the report is of exactly the bytes
	// that were scored.
	f, err := loadAnswers(e, l, o.File)
	if err != nil {
		return err
	}
	printWarnings(e, l, append(f.warnings, q.CheckAnswers(f.answers, f.name)...))
	if p := f.answers.Part; p != nil {
		fmt.Fprintln(e.stderr, l.T(texts.CmdReportIsPart, texts.A("file", f.name), texts.A("name", p.Name), texts.A("main", p.Main)))
	}
	res := scoring.Evaluate(q, f.answers)
	sum := sha256.Sum256(f.data)
	var buf bytes.Buffer
	opts := reports.Options{Lang: string(l), AnswersFile: filepath.Base(f.name), AnswersSHA256: hex.EncodeToString(sum[:]), Public: o.Public}
	if o.Previous != "" {
		if opts.Previous, err = reportPrevious(e, l, o.Questions, o.Known, q, f, o.Previous); err != nil {
			return err
		}
	}
	format, err := reports.FormatOf(reports.Report, o.Format)
	if err != nil {
		return err
	}
	if err := format.WriteReport(&buf, res, q, opts); err != nil {
		return formatError("report", err)
	}
	if c := res.Completeness; !c.Complete {
		fmt.Fprintln(e.stderr, l.N(texts.CmdReportDraft, len(c.Missing), texts.Int("total", c.Total)))
	}
	if toFile, err := writeOutput(e, o.Out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, l.T(texts.CmdReportWritten, texts.A("file", o.Out)))
	return nil
}
