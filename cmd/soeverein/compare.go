package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"soeverein/figure"
	"strings"
	"text/tabwriter"

	"soeverein"
	"soeverein/assessment"
	"soeverein/compare"
	"soeverein/reports"
	"soeverein/texts"
)

// compareOptions compares the answers files of several years of one
// municipality, like for like: a table on the terminal, the trend report
// as markdown (-o), or JSON (--json).
type compareOptions struct {
	Lang      texts.Lang
	Questions string
	Files     []string // one of them may be "-": standard input
	Out       string
	JSON      bool
	Known     []string
}

func compareParse(p *parsed) (runner, error) {
	o := &compareOptions{Lang: p.lang, Questions: p.questions(), Files: p.args, Out: p.str("o"), JSON: p.bool("json"), Known: p.list("known")}
	if err := checkOutput("compare", o.Out, append(append([]string{o.Questions}, o.Files...), o.Known...)...); err != nil {
		return nil, err
	}
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
	switch {
	case o.JSON:
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // notes are the user's own text
		err = enc.Encode(t)
	case o.Out != "":
		err = reports.TrendMarkdown(&buf, t, reports.TrendOptions{Lang: string(l)})
	default:
		compareWriteTable(&buf, t, string(l))
	}
	if err != nil {
		return err
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

// compareWriteTable prints the comparison for the terminal: the scores
// like for like per theme and year with a sparkline, the reported overall
// scores, and what explains each change.
func compareWriteTable(b *bytes.Buffer, t *compare.Trend, lang string) {
	var labels []string
	for _, y := range t.Years {
		labels = append(labels, y.Label)
	}
	l := texts.Lang(lang)
	name := t.Municipality
	if name == "" {
		name = l.T(texts.CmdNoMunicipality)
	}
	if t.CBSCode != "" {
		name += " (" + t.CBSCode + ")"
	}
	fmt.Fprintf(b, "%s: %s\n", name, strings.Join(labels, ", "))
	fmt.Fprintln(b, l.T(texts.CmdCompareScoredWith, texts.A("id", t.Questionnaire.ID), texts.A("version", t.Questionnaire.Version)))
	fmt.Fprintln(b)

	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", l.T(texts.CmdTableTheme), strings.Join(labels, "\t"), l.T(texts.CmdTableTrend), l.T(texts.CmdTableChange))
	for _, s := range t.Themes {
		title := s.Title.In(lang)
		if s.Critical {
			title += " *"
		}
		compareRow(tw, title, s, lang)
	}
	compareRow(tw, l.T(texts.CmdTableOverall), t.Overall, lang)
	var reported, versions []string
	for i, y := range t.Years {
		p := t.Overall.Points[i].Reported
		switch {
		case p == nil:
			reported = append(reported, "?")
		default:
			reported = append(reported, scoreNumber(p.Scored, p.Score, lang))
		}
		versions = append(versions, compareOr(y.AnsweredAgainst.Version, "?"))
	}
	fmt.Fprintf(tw, "%s\t%s\n", l.T(texts.CmdCompareReported), strings.Join(reported, "\t"))
	fmt.Fprintf(tw, "%s\t%s\n", l.T(texts.CmdCompareAnsweredWith), strings.Join(versions, "\t"))
	tw.Flush()

	compareWriteSteps(b, t, lang)
	compareWriteNotes(b, t, lang)
}

func compareRow(tw *tabwriter.Writer, title string, s *compare.Series, lang string) {
	var cells []string
	var scores []*float64
	for _, p := range s.Points {
		cells = append(cells, scoreNumber(p.Scored, p.Score, lang))
		if p.Scored {
			scores = append(scores, &p.Score)
		} else {
			scores = append(scores, nil)
		}
	}
	first, last := s.Points[0], s.Points[len(s.Points)-1]
	change := "-"
	if first.Scored && last.Scored {
		change = compareSigned(last.Score-first.Score, lang)
	}
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", title, strings.Join(cells, "\t"), reports.Sparkline(scores), change)
}

// compareWriteSteps explains the overall change of each period.
func compareWriteSteps(b *bytes.Buffer, t *compare.Trend, lang string) {
	l := texts.Lang(lang)
	fmt.Fprintln(b)
	fmt.Fprintln(b, l.T(texts.CmdCompareExplains))
	for i, s := range t.Steps {
		c := t.Overall.Changes[i]
		if !c.Comparable {
			fmt.Fprintf(b, "  %s → %s: %s\n", s.From, s.To, l.T(texts.CmdCompareNoScore))
			continue
		}
		q := l.T(texts.CmdCompareQuestionnaireUnknown)
		if c.QuestionnaireKnown {
			q = l.T(texts.CmdCompareQuestionnaireDelta, texts.A("delta", compareSigned(c.Questionnaire, lang)))
		}
		fmt.Fprintf(b, "  %s → %s: %s = %s, %s, %s, %s; %s\n", s.From, s.To, compareSigned(c.Total, lang),
			l.T(texts.CmdCompareBetter, texts.A("delta", compareSigned(c.Better, lang))),
			l.T(texts.CmdCompareWorse, texts.A("delta", compareSigned(c.Worse, lang))),
			l.T(texts.CmdCompareNewlyAnswered, texts.A("delta", compareSigned(c.NewlyAnswered, lang))),
			q,
			l.N(texts.CmdCompareAnswersChanged, len(s.Answers)))
	}
}

// compareWriteNotes says what the table cannot: weak spots, questions that
// no longer exist, answers not confirmed, versions not known.
func compareWriteNotes(b *bytes.Buffer, t *compare.Trend, lang string) {
	l := texts.Lang(lang)
	var notes []string
	if hasCritical(t) {
		notes = append(notes, l.T(texts.CmdCompareCritical))
	}
	if n := len(t.StillWeak); n > 0 {
		notes = append(notes, l.N(texts.CmdCompareStillWeak, n))
	}
	for _, g := range t.Gone {
		notes = append(notes, l.T(texts.CmdCompareGone, texts.A("question", g.Question)))
	}
	for _, y := range t.Years {
		if n := y.Completeness.CarriedOver; n > 0 {
			notes = append(notes, l.N(texts.CmdCompareCarriedOver, n, texts.A("year", y.Label)))
		}
		if y.OwnVersion == nil {
			notes = append(notes, l.T(texts.CmdCompareUnknownVersion, texts.A("year", y.Label), texts.A("version", compareOr(y.AnsweredAgainst.Version, "?"))))
		}
	}
	notes = append(notes, l.T(texts.CmdCompareSeeTrend))
	fmt.Fprintln(b)
	for _, n := range notes {
		fmt.Fprintln(b, n)
	}
}

func hasCritical(t *compare.Trend) bool {
	for _, s := range t.Themes {
		if s.Critical {
			return true
		}
	}
	return false
}

// compareSigned writes a change with its sign and one decimal, as every
// output does: +1,5 / −0,5 / 0,0.
func compareSigned(x float64, lang string) string { return figure.Delta(lang, x) }

func compareOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
