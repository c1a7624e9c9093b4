package reports

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"soeverein/assessment"
	"soeverein/figure"
	"soeverein/scoring"
)

// TextWidth is the width the score and compare tables and their notes fit
// in: a standard terminal of 80 columns.
const TextWidth = 80

// scoreTopFindings is how many findings the score table shows.
const scoreTopFindings = 5

// wordsIn returns the words of lang ("" is Dutch) for the output what, or
// an error naming the languages there are.
func wordsIn(lang, what string) (*words, string, error) {
	if lang == "" {
		lang = assessment.DefaultLanguage
	}
	all, err := allWords()
	if err != nil {
		return nil, "", err
	}
	w := all[lang]
	if w == nil {
		return nil, "", fmt.Errorf("%s: language %q is not available (use nl or en)", what, lang)
	}
	return w, lang, nil
}

// ScoreText writes the scores of a scored assessment as a table for the
// terminal, within TextWidth columns: per theme the score, level and how
// much is answered, the overall score and level, notes on what the table
// cannot say (caps, the weakest link, an incomplete assessment) and the
// most important findings. It is the score command's text format.
func ScoreText(w io.Writer, res *scoring.Result, lang string) error {
	words, lang, err := wordsIn(lang, "score")
	if err != nil {
		return err
	}
	t := &scoreTable{w: words, lang: lang, res: res}
	var b strings.Builder
	t.subject(&b)
	t.table(&b)
	t.notes(&b)
	t.findings(&b)
	_, err = io.WriteString(w, b.String())
	return err
}

type scoreTable struct {
	w    *words
	lang string
	res  *scoring.Result
}

func (t *scoreTable) subject(b *strings.Builder) {
	s := t.res.Subject
	fmt.Fprintln(b, textSubject(t.w, s.Municipality, s.CBSCode, s.ReferenceDate, s.Year))
	fmt.Fprintln(b, t.w.s("score.questionnaire", arg("id", s.Questionnaire.ID), arg("version", s.Questionnaire.Version)))
	if s.VersionMismatch {
		fmt.Fprintln(b, t.w.s("score.version_mismatch", arg("version", s.AnsweredAgainst.Version)))
	}
	fmt.Fprintln(b)
}

// textSubject is the first line of a table: the municipality, its CBS code
// and the reference date (or the year).
func textSubject(w *words, municipality, cbs, referenceDate string, year int) string {
	name := textOneLine(municipality)
	if name == "" {
		name = w.s("text.no_municipality")
	}
	if cbs != "" {
		name += " (" + textOneLine(cbs) + ")"
	}
	switch {
	case referenceDate != "":
		name += ", " + w.s("text.reference_date", arg("date", textOneLine(referenceDate)))
	case year != 0:
		name += fmt.Sprintf(", %d", year)
	}
	return name
}

func (t *scoreTable) table(b *strings.Builder) {
	w, lang, res := t.w, t.lang, t.res
	rows := [][4]string{{w.s("col.theme"), w.s("col.score"), w.s("col.level"), w.s("col.answered")}}
	for _, th := range res.Themes {
		title := textOneLine(th.Title.In(lang))
		if th.Critical {
			title += " *"
		}
		rows = append(rows, [4]string{title, textNumber(th.Scored, th.Score, lang), t.level(th.Level, th.Level != th.ScoreLevel, th.NoLevel != nil), fmt.Sprintf("%d/%d", th.Answered, th.Total)})
	}
	o, c := res.Overall, res.Completeness
	answered := fmt.Sprintf("%d/%d", c.Answered, c.Total)
	if !c.Complete {
		answered += " " + w.s("score.incomplete")
	}
	rows = append(rows, [4]string{w.s("prev.total"), textNumber(o.Scored, o.Score, lang), t.level(o.Level, o.Capped, o.NoLevel != nil), answered})
	fitTitles(rows, TextWidth)
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r[:], "\t"))
	}
	tw.Flush()
	if o.NoLevel != nil {
		// The table says "nog geen niveau" to stay within 80 columns; this
		// line says why, with the counts.
		fmt.Fprintln(b, textWrap(w.s("score.overall_no_level", arg("reason", NoLevelText(lang, res, o.NoLevel))), TextWidth))
	}
}

// level is the level column: the level, "nog geen niveau" while too
// little is answered for one (the line under the table says why), or "-".
func (t *scoreTable) level(l *scoring.LevelRef, capped, noLevel bool) string {
	if l == nil {
		if noLevel {
			return t.w.s("score.no_level")
		}
		return "-"
	}
	s := fmt.Sprintf("%d %s", l.Level, textOneLine(l.Name.In(t.lang)))
	if capped {
		s += " " + t.w.s("score.capped")
	}
	return s
}

// notes explains what the table cannot: caps, the weakest link, and an
// incomplete assessment.
func (t *scoreTable) notes(b *strings.Builder) {
	w, lang, res := t.w, t.lang, t.res
	var notes []string
	for _, th := range res.Themes {
		if th.Critical {
			notes = append(notes, "* "+w.s("score.critical_note"))
			break
		}
	}
	for _, th := range res.Themes {
		for _, c := range th.Caps {
			if c.Effective && th.ScoreLevel != nil {
				notes = append(notes, w.s("score.cap_rule", arg("theme", textOneLine(th.Title.In(lang))), argN("level", c.Level),
					arg("rule_title", t.ruleTitle(c.Rule)), arg("rule", c.Rule), argN("score_level", th.ScoreLevel.Level)))
			}
		}
	}
	if o := res.Overall; o.Capped && o.Level != nil && o.ScoreLevel != nil {
		var titles []string
		for _, id := range o.CappedBy {
			if th := res.Theme(id); th != nil {
				titles = append(titles, textOneLine(th.Title.In(lang)))
			}
		}
		notes = append(notes, w.s("score.cap_overall", argN("level", o.Level.Level), arg("themes", joinAnd(lang, titles)), argN("score_level", o.ScoreLevel.Level)))
	}
	c := res.Completeness
	if !c.Complete {
		notes = append(notes, w.sn("score.incomplete_note", len(c.Missing), argN("total", c.Total)))
	}
	if n := len(c.Invalid); n > 0 {
		notes = append(notes, w.sn("score.invalid", n))
	}
	if n := c.DontKnow; n > 0 {
		notes = append(notes, w.sn("score.dont_know", n))
	}
	if n := len(c.CarriedOver); n > 0 {
		notes = append(notes, w.sn("score.carried_over", n))
	}
	if n := len(c.Review); n > 0 {
		marked := w.sn("score.review", n)
		for _, id := range c.Review {
			marked += "\n" + t.questionLine(id)
		}
		notes = append(notes, marked)
	}
	if len(notes) == 0 {
		return
	}
	fmt.Fprintln(b)
	for _, n := range notes {
		lines := strings.Split(n, "\n")
		fmt.Fprintln(b, textWrap(lines[0], TextWidth))
		for _, l := range lines[1:] {
			fmt.Fprintln(b, l)
		}
	}
}

// questionLine is a question as the report numbers it ("2.3", theme and
// place in the theme) with its text, on one line of the table's width.
func (t *scoreTable) questionLine(id string) string {
	for ti, th := range t.res.Themes {
		for qi, q := range th.Questions {
			if q.ID == id {
				num := fmt.Sprintf("  %d.%d ", ti+1, qi+1)
				return num + shorten(textOneLine(q.Text.In(t.lang)), TextWidth-utf8.RuneCountInString(num))
			}
		}
	}
	return "  " + id
}

func (t *scoreTable) ruleTitle(id string) string {
	for _, r := range t.res.Rules {
		if r.ID == id {
			return textOneLine(r.Title.In(t.lang))
		}
	}
	return id
}

func (t *scoreTable) findings(b *strings.Builder) {
	w, lang, res := t.w, t.lang, t.res
	top := res.TopFindings(scoreTopFindings)
	if len(top) == 0 {
		return
	}
	fmt.Fprintln(b)
	fmt.Fprintln(b, w.s("score.top_findings", argN("shown", len(top)), argN("total", len(res.Findings))))
	for i, f := range top {
		theme := f.Theme
		if th := res.Theme(f.Theme); th != nil {
			theme = textOneLine(th.Title.In(lang))
		}
		line := fmt.Sprintf("%2d. [%s] %s (%s)", i+1, msg(lang, "severity."+string(f.Severity)), shorten(textOneLine(f.Title.In(lang)), 90), theme)
		fmt.Fprintln(b, textWrap(line, TextWidth))
	}
	fmt.Fprintln(b, w.s("score.see_report"))
}

// textNumber is a score in a table, or "-" without one.
func textNumber(scored bool, score float64, lang string) string {
	if !scored {
		return "-"
	}
	return figure.Score(lang, score)
}

// fitTitles shortens the first column (theme titles, ending in "…") as far
// as needed for the table to fit in width columns; the critical mark " *"
// stays.
func fitTitles(rows [][4]string, width int) {
	widest := func(col int) int {
		n := 0
		for _, r := range rows {
			n = max(n, utf8.RuneCountInString(r[col]))
		}
		return n
	}
	room := width - widest(1) - widest(2) - widest(3) - 3*2 // three gaps of two
	room = max(room, 12)
	for i := range rows {
		title, mark := rows[i][0], ""
		if strings.HasSuffix(title, " *") {
			title, mark = strings.TrimSuffix(title, " *"), " *"
		}
		if utf8.RuneCountInString(title+mark) > room {
			rows[i][0] = shorten(title, room-len(mark)) + mark
		}
	}
}

// textWrap breaks a note into lines of at most width columns, at spaces;
// lines after the first are indented by two.
func textWrap(s string, width int) string {
	var b strings.Builder
	lead := strings.Repeat(" ", len(s)-len(strings.TrimLeft(s, " ")))
	b.WriteString(lead)
	col := len(lead)
	for i, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case col+1+n > width:
			b.WriteString("\n  ")
			col = 2
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	return b.String()
}

// shorten cuts s to at most n characters, ending in "…" when cut.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// textOneLine keeps a text on one line of the terminal, with hidden
// characters made visible (oneLine), so that a title or a municipality's
// name cannot move the cursor, clear the screen or break the table.
func textOneLine(s string) string { return oneLine(s) }
