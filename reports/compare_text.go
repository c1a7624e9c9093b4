package reports

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"soeverein/compare"
	"soeverein/texts"
)

// CompareText writes a comparison of several years as a table for the
// terminal: the scores like for like per theme and year with a sparkline,
// the overall score as reported, what explains each change of the overall
// score, and notes on what the table cannot say. It is the compare
// command's text format; the trend report (BuildTrend) explains it all.
func CompareText(w io.Writer, t *compare.Trend, lang string) error {
	l, err := textLang(lang)
	if err != nil {
		return err
	}
	if t == nil || len(t.Years) < 2 {
		return fmt.Errorf("compare: a comparison of at least two years is needed")
	}
	c := &compareTable{l: l, lang: string(l), t: t}
	var b strings.Builder
	c.table(&b)
	c.steps(&b)
	c.notes(&b)
	_, err = io.WriteString(w, b.String())
	return err
}

type compareTable struct {
	l    texts.Lang
	lang string
	t    *compare.Trend
}

func (c *compareTable) table(b *strings.Builder) {
	l, lang, t := c.l, c.lang, c.t
	var labels []string
	for _, y := range t.Years {
		labels = append(labels, textOneLine(y.Label))
	}
	fmt.Fprintf(b, "%s: %s\n", textSubject(l, t.Municipality, t.CBSCode, "", 0), strings.Join(labels, ", "))
	fmt.Fprintln(b, l.T(texts.CmdCompareScoredWith, texts.A("id", t.Questionnaire.ID), texts.A("version", t.Questionnaire.Version)))
	fmt.Fprintln(b)

	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", l.T(texts.CmdTableTheme), strings.Join(labels, "\t"), l.T(texts.CmdTableTrend), l.T(texts.CmdTableChange))
	for _, s := range t.Themes {
		title := textOneLine(s.Title.In(lang))
		if s.Critical {
			title += " *"
		}
		c.row(tw, title, s)
	}
	c.row(tw, l.T(texts.CmdTableOverall), t.Overall)
	var reported, versions []string
	for i, y := range t.Years {
		if p := t.Overall.Points[i].Reported; p != nil {
			reported = append(reported, textNumber(p.Scored, p.Score, lang))
		} else {
			reported = append(reported, "?")
		}
		versions = append(versions, textOr(textOneLine(y.AnsweredAgainst.Version), "?"))
	}
	fmt.Fprintf(tw, "%s\t%s\n", l.T(texts.CmdCompareReported), strings.Join(reported, "\t"))
	fmt.Fprintf(tw, "%s\t%s\n", l.T(texts.CmdCompareAnsweredWith), strings.Join(versions, "\t"))
	tw.Flush()
}

func (c *compareTable) row(tw *tabwriter.Writer, title string, s *compare.Series) {
	var cells []string
	var scores []*float64
	for _, p := range s.Points {
		cells = append(cells, textNumber(p.Scored, p.Score, c.lang))
		if p.Scored {
			scores = append(scores, &p.Score)
		} else {
			scores = append(scores, nil)
		}
	}
	first, last := s.Points[0], s.Points[len(s.Points)-1]
	change := "-"
	if first.Scored && last.Scored {
		change = signed(c.lang, last.Score-first.Score)
	}
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", title, strings.Join(cells, "\t"), Sparkline(scores), change)
}

// steps explains the overall change of each period.
func (c *compareTable) steps(b *strings.Builder) {
	l, lang, t := c.l, c.lang, c.t
	fmt.Fprintln(b)
	fmt.Fprintln(b, l.T(texts.CmdCompareExplains))
	for i, s := range t.Steps {
		from, to := textOneLine(s.From), textOneLine(s.To)
		ch := t.Overall.Changes[i]
		if !ch.Comparable {
			fmt.Fprintf(b, "  %s → %s: %s\n", from, to, l.T(texts.CmdCompareNoScore))
			continue
		}
		q := l.T(texts.CmdCompareQuestionnaireUnknown)
		if ch.QuestionnaireKnown {
			q = l.T(texts.CmdCompareQuestionnaireDelta, texts.A("delta", signed(lang, ch.Questionnaire)))
		}
		fmt.Fprintf(b, "  %s → %s: %s = %s, %s, %s, %s; %s\n", from, to, signed(lang, ch.Total),
			l.T(texts.CmdCompareBetter, texts.A("delta", signed(lang, ch.Better))),
			l.T(texts.CmdCompareWorse, texts.A("delta", signed(lang, ch.Worse))),
			l.T(texts.CmdCompareNewlyAnswered, texts.A("delta", signed(lang, ch.NewlyAnswered))),
			q, l.N(texts.CmdCompareAnswersChanged, len(s.Answers)))
	}
}

// notes says what the table cannot: weak spots, questions that no longer
// exist, answers not confirmed, versions not known.
func (c *compareTable) notes(b *strings.Builder) {
	l, t := c.l, c.t
	var notes []string
	for _, s := range t.Themes {
		if s.Critical {
			notes = append(notes, l.T(texts.CmdCompareCritical))
			break
		}
	}
	if n := len(t.StillWeak); n > 0 {
		notes = append(notes, l.N(texts.CmdCompareStillWeak, n))
	}
	for _, g := range t.Gone {
		notes = append(notes, l.T(texts.CmdCompareGone, texts.A("question", textOneLine(g.Question))))
	}
	for _, y := range t.Years {
		label := textOneLine(y.Label)
		if n := y.Completeness.CarriedOver; n > 0 {
			notes = append(notes, l.N(texts.CmdCompareCarriedOver, n, texts.A("year", label)))
		}
		if y.OwnVersion == nil {
			notes = append(notes, l.T(texts.CmdCompareUnknownVersion, texts.A("year", label), texts.A("version", textOr(textOneLine(y.AnsweredAgainst.Version), "?"))))
		}
	}
	notes = append(notes, l.T(texts.CmdCompareSeeTrend))
	fmt.Fprintln(b)
	for _, n := range notes {
		fmt.Fprintln(b, n)
	}
}

func textOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}
