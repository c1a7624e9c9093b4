package main

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"soeverein"
	"soeverein/assessment"
	"soeverein/compare"
	"soeverein/reports"
	"soeverein/texts"
)

// compareOptions compares the answers files of several years of one
// municipality, like for like: the table on the terminal, the trend report
// (-o, in the format of its extension or --format), or JSON (--json).
type compareOptions struct {
	Lang      texts.Lang
	Questions string
	Files     []string // one of them may be "-": standard input
	Out       string
	Format    string // the format's name: --format (--json is json), else the extension of -o, else the table
	Known     []string
}

func compareParse(p *parsed) (runner, error) {
	o := &compareOptions{Lang: p.lang, Questions: p.questions(), Files: p.args, Out: p.str("o"), Known: p.list("known")}
	if err := checkOutput("compare", o.Out, append(append([]string{o.Questions}, o.Files...), o.Known...)...); err != nil {
		return nil, err
	}
	format := p.str("format")
	if p.bool("json") {
		if format != "" && !strings.EqualFold(strings.TrimSpace(format), "json") {
			return nil, usageErr(texts.CmdFormatJSONConflict, texts.A("command", "compare"), texts.A("format", format))
		}
		format = "json"
	}
	f, err := chooseFormat(reports.Compare, format, o.Out, false)
	if err != nil {
		return nil, err
	}
	o.Format = f.Name
	return o, nil
}

func (o *compareOptions) language() texts.Lang { return o.Lang }

func (o *compareOptions) run(e *env) error {
	l := o.Lang
	q, knownQs, err := compareQuestionnaires(e, l, o.Questions, o.Known)
	if err != nil {
		return err
	}
	var inputs []compare.Input
	for _, path := range o.Files {
		a, err := compareLoadAnswers(e, l, path)
		if err != nil {
			return err
		}
		inputs = append(inputs, compare.Input{File: filepath.Base(a.name), Answers: a.answers})
	}
	t, err := compare.Compare(q, knownQs, inputs)
	if err != nil {
		return compareError(err)
	}
	var buf bytes.Buffer
	format, err := reports.FormatOf(reports.Compare, o.Format)
	if err != nil {
		return err
	}
	if err := format.WriteCompare(&buf, t, reports.TrendOptions{Lang: string(l)}); err != nil {
		return formatError("compare", err)
	}
	if toFile, err := writeOutput(e, o.Out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, l.T(texts.CmdCompareWritten, texts.A("file", o.Out)))
	return nil
}

// reportPrevious compares this year's answers with last year's for the
// report's section on the development since then. Last year must be the
// older of the two.
func reportPrevious(e *env, lang texts.Lang, questions string, knownFiles []string, q *assessment.Questionnaire, this *answersFile, previous string) (*compare.Trend, error) {
	last, err := compareLoadAnswers(e, lang, previous)
	if err != nil {
		return nil, err
	}
	_, known, err := compareQuestionnaires(e, lang, questions, knownFiles)
	if err != nil {
		return nil, err
	}
	t, err := compare.Compare(q, known, []compare.Input{{File: previous, Answers: last.answers}, {File: this.name, Answers: this.answers}})
	if err != nil {
		return nil, compareError(err)
	}
	if t.Years[0].File != previous {
		return nil, usageErr(texts.CmdReportPreviousNewer, texts.A("previous", previous), texts.A("previous_year", t.Years[1].Label),
			texts.A("file", this.name), texts.A("year", t.Years[0].Label))
	}
	return t, nil
}

// compareQuestionnaires loads the questionnaire to score with (--questions
// or the built-in one) and the others the tool knows: every published
// version built in (so each year shows as reported without --known), the
// default too when --questions replaces it, and every --known file.
func compareQuestionnaires(e *env, lang texts.Lang, questions string, known []string) (*assessment.Questionnaire, []*assessment.Questionnaire, error) {
	q, err := loadQuestionnaire(e, questions)
	if err != nil {
		return nil, nil, printProblems(e, lang, err)
	}
	var others []*assessment.Questionnaire
	for _, p := range soeverein.PublishedQuestionnaires() {
		if questions == "" && p.Name == soeverein.DefaultQuestionnaireName {
			continue // q itself
		}
		if k, err := assessment.Parse(p.Data, p.Name); err == nil {
			others = append(others, k)
		}
	}
	for _, path := range known {
		k, err := loadQuestionnaire(e, path)
		if err != nil {
			return nil, nil, printProblems(e, lang, err)
		}
		others = append(others, k)
	}
	return q, others, nil
}

// compareLoadAnswers reads an answers file; its answers to questions the
// current questionnaire lacks are expected in an older year, so only the
// file's own warnings are printed.
func compareLoadAnswers(e *env, lang texts.Lang, path string) (*answersFile, error) {
	f, err := loadAnswers(e, lang, path)
	if err != nil {
		return nil, err
	}
	printWarnings(e, lang, f.warnings)
	return f, nil
}

// compareError keeps the comparison's refusals in the user's language
// (they are texts.Localized): too few files is a usage error.
func compareError(err error) error {
	var l texts.Localized
	switch {
	case !errors.As(err, &l):
		return err
	case errors.Is(err, compare.ErrTooFew):
		return &cmdError{usage: true, cause: err}
	}
	return &cmdError{cause: err}
}
