package reports

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"soeverein/compare"
)

// CompareText writes a comparison of several years as a table for the
// terminal: the scores like for like per theme and year with a sparkline,
// the overall score as reported, what explains each change of the overall
// score, and notes on what the table cannot say. It is the compare
// command's text format; the trend report (BuildTrend) explains it all.
func CompareText(w io.Writer, t *compare.Trend, lang string) error {
	words, lang, err := wordsIn(lang, "compare")
	if err != nil {
		return err
	}
	if t == nil || len(t.Years) < 2 {
		return fmt.Errorf("compare: a comparison of at least two years is needed")
	}
	c := &compareTable{w: words, lang: lang, t: t}
	var b strings.Builder
	c.table(&b)
	c.steps(&b)
	c.notes(&b)
	_, err = io.WriteString(w, b.String())
	return err
}

type compareTable struct {
	w    *words
	lang string
	t    *compare.Trend
}

func (c *compareTable) table(b *strings.Builder) {
	w, lang, t := c.w, c.lang, c.t
	var labels []string
	for _, y := range t.Years {
		labels = append(labels, textOneLine(y.Label))
	}
	fmt.Fprintf(b, "%s: %s\n", textSubject(w, t.Municipality, t.CBSCode, "", 0), strings.Join(labels, ", "))
	fmt.Fprintln(b, w.s("compare.scored_with", arg("id", t.Questionnaire.ID), arg("version", t.Questionnaire.Version)))
	fmt.Fprintln(b)

	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", w.s("col.theme"), strings.Join(labels, "\t"), w.s("trend.col.trend"), w.s("trend.col.change"))
	for _, s := range t.Themes {
		title := textOneLine(s.Title.In(lang))
		if s.Critical {
			title += " *"
		}
		c.row(tw, title, s)
	}
	c.row(tw, w.s("prev.total"), t.Overall)
	var reported, versions []string
	for i, y := range t.Years {
		if p := t.Overall.Points[i].Reported; p != nil {
			reported = append(reported, textNumber(p.Scored, p.Score, lang))
		} else {
			reported = append(reported, "?")
		}
		versions = append(versions, textOr(textOneLine(y.AnsweredAgainst.Version), "?"))
	}
	fmt.Fprintf(tw, "%s\t%s\n", w.s("compare.reported"), strings.Join(reported, "\t"))
	fmt.Fprintf(tw, "%s\t%s\n", w.s("compare.answered_with"), strings.Join(versions, "\t"))
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
	w, lang, t := c.w, c.lang, c.t
	fmt.Fprintln(b)
	fmt.Fprintln(b, w.s("compare.explains"))
	for i, s := range t.Steps {
		from, to := textOneLine(s.From), textOneLine(s.To)
		ch := t.Overall.Changes[i]
		if !ch.Comparable {
			fmt.Fprintf(b, "  %s → %s: %s\n", from, to, w.s("compare.no_score"))
			continue
		}
		q := w.s("compare.questionnaire_unknown")
		if ch.QuestionnaireKnown {
			q = w.s("compare.questionnaire_delta", arg("delta", signed(lang, ch.Questionnaire)))
		}
		fmt.Fprintf(b, "  %s → %s: %s = %s, %s, %s, %s; %s\n", from, to, signed(lang, ch.Total),
			w.s("compare.better", arg("delta", signed(lang, ch.Better))),
			w.s("compare.worse", arg("delta", signed(lang, ch.Worse))),
			w.s("compare.newly_answered", arg("delta", signed(lang, ch.NewlyAnswered))),
			q, w.sn("compare.answers_changed", len(s.Answers)))
	}
}

// notes says what the table cannot: weak spots, questions that no longer
// exist, answers not confirmed, versions not known.
func (c *compareTable) notes(b *strings.Builder) {
	w, t := c.w, c.t
	var notes []string
	for _, s := range t.Themes {
		if s.Critical {
			notes = append(notes, "* "+w.s("compare.critical"))
			break
		}
	}
	if n := len(t.StillWeak); n > 0 {
		notes = append(notes, w.sn("compare.still_weak", n))
	}
	for _, g := range t.Gone {
		notes = append(notes, w.s("compare.gone", arg("question", textOneLine(g.Question))))
	}
	for _, y := range t.Years {
		label := textOneLine(y.Label)
		if n := y.Completeness.CarriedOver; n > 0 {
			notes = append(notes, w.sn("compare.carried_over", n, arg("year", label)))
		}
		if y.OwnVersion == nil {
			notes = append(notes, w.s("compare.unknown_version", arg("year", label), arg("version", textOr(textOneLine(y.AnsweredAgainst.Version), "?"))))
		}
	}
	notes = append(notes, w.s("compare.see_trend"))
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
