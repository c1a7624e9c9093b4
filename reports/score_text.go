package reports

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"soeverein/figure"
	"soeverein/safetext"
	"soeverein/scoring"
	"soeverein/texts"
)

// TextWidth is the width the score and compare tables and their notes fit
// in: a standard terminal of 80 columns.
const TextWidth = 80

// scoreTopFindings is how many findings the score table shows.
const scoreTopFindings = 5

// textLang is the language of a text table ("" is Dutch), or an error
// naming the languages there are. The tables take their words from the
// catalog (texts), so they exist in every language the program speaks,
// the pseudo-language of the tests too.
func textLang(lang string) (texts.Lang, error) { return texts.Parse(lang) }

// ScoreText writes the scores of a scored assessment as a table for the
// terminal, within TextWidth columns: per theme the score, level and how
// much is answered, the overall score and level, notes on what the table
// cannot say (caps, the weakest link, an incomplete assessment) and the
// most important findings. It is the score command's text format.
func ScoreText(w io.Writer, res *scoring.Result, lang string) error {
	l, err := textLang(lang)
	if err != nil {
		return err
	}
	t := &scoreTable{l: l, lang: string(l), res: res}
	var b strings.Builder
	t.subject(&b)
	t.table(&b)
	t.notes(&b)
	t.findings(&b)
	_, err = io.WriteString(w, b.String())
	return err
}

type scoreTable struct {
	l    texts.Lang
	lang string
	res  *scoring.Result
}

func (t *scoreTable) subject(b *strings.Builder) {
	s := t.res.Subject
	fmt.Fprintln(b, textSubject(t.l, s.Municipality, s.CBSCode, s.ReferenceDate, s.Year))
	fmt.Fprintln(b, t.l.T(texts.CmdScoreQuestionnaire, texts.A("id", s.Questionnaire.ID), texts.A("version", s.Questionnaire.Version)))
	if s.VersionMismatch {
		fmt.Fprintln(b, t.l.T(texts.CmdScoreVersionMismatch, texts.A("version", s.AnsweredAgainst.Version)))
	}
	fmt.Fprintln(b)
}

// textSubject is the first line of a table: the municipality, its CBS code
// and the reference date (or the year).
func textSubject(l texts.Lang, municipality, cbs, referenceDate string, year int) string {
	name := textOneLine(municipality)
	if name == "" {
		name = l.T(texts.CmdNoMunicipality)
	}
	if cbs != "" {
		name += " (" + textOneLine(cbs) + ")"
	}
	switch {
	case referenceDate != "":
		name += ", " + l.T(texts.PeriodDate, texts.A("date", textOneLine(referenceDate)))
	case year != 0:
		name += fmt.Sprintf(", %d", year)
	}
	return name
}

func (t *scoreTable) table(b *strings.Builder) {
	l, lang, res := t.l, t.lang, t.res
	rows := [][4]string{{l.T(texts.CmdTableTheme), l.T(texts.CmdTableScore), l.T(texts.CmdTableLevel), l.T(texts.CmdTableAnswered)}}
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
		answered += " " + l.T(texts.CmdScoreIncomplete)
	}
	rows = append(rows, [4]string{l.T(texts.CmdTableOverall), textNumber(o.Scored, o.Score, lang), t.level(o.Level, o.Capped, o.NoLevel != nil), answered})
	fitTitles(rows, TextWidth)
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r[:], "\t"))
	}
	tw.Flush()
	if o.NoLevel != nil {
		// The table says "nog geen niveau" to stay within 80 columns; this
		// line says why, with the counts.
		fmt.Fprintln(b, textWrap(l.T(texts.CmdScoreOverallNoLevel, texts.A("reason", NoLevelText(lang, res, o.NoLevel))), TextWidth))
	}
}

// level is the level column: the level, "nog geen niveau" while too
// little is answered for one (the line under the table says why), or "-".
func (t *scoreTable) level(l *scoring.LevelRef, capped, noLevel bool) string {
	if l == nil {
		if noLevel {
			return t.l.T(texts.CmdScoreNoLevel)
		}
		return "-"
	}
	s := fmt.Sprintf("%d %s", l.Level, textOneLine(l.Name.In(t.lang)))
	if capped {
		s += " " + t.l.T(texts.CmdScoreCapped)
	}
	return s
}

// notes explains what the table cannot: caps, the weakest link, and an
// incomplete assessment.
func (t *scoreTable) notes(b *strings.Builder) {
	l, lang, res := t.l, t.lang, t.res
	var notes []string
	for _, th := range res.Themes {
		if th.Critical {
			notes = append(notes, l.T(texts.CmdScoreCriticalNote))
			break
		}
	}
	for _, th := range res.Themes {
		for _, c := range th.Caps {
			if c.Effective && th.ScoreLevel != nil {
				notes = append(notes, l.T(texts.CmdScoreCapRule, texts.A("theme", textOneLine(th.Title.In(lang))), texts.Int("level", c.Level),
					texts.A("rule_title", t.ruleTitle(c.Rule)), texts.A("rule", c.Rule), texts.Int("score_level", th.ScoreLevel.Level)))
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
		notes = append(notes, l.T(texts.CmdScoreCapOverall, texts.Int("level", o.Level.Level), texts.A("themes", l.List(titles)), texts.Int("score_level", o.ScoreLevel.Level)))
	}
	c := res.Completeness
	if !c.Complete {
		notes = append(notes, l.N(texts.CmdScoreIncompleteNote, len(c.Missing), texts.Int("total", c.Total)))
	}
	if n := len(c.Invalid); n > 0 {
		notes = append(notes, l.N(texts.CmdScoreInvalid, n))
	}
	if n := c.DontKnow; n > 0 {
		notes = append(notes, l.N(texts.CmdScoreDontKnow, n))
	}
	if n := len(c.CarriedOver); n > 0 {
		notes = append(notes, l.N(texts.CmdScoreCarriedOver, n))
	}
	if n := len(c.Review); n > 0 {
		marked := l.N(texts.CmdScoreReview, n)
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
	l, lang, res := t.l, t.lang, t.res
	top := res.TopFindings(scoreTopFindings)
	if len(top) == 0 {
		return
	}
	fmt.Fprintln(b)
	fmt.Fprintln(b, l.T(texts.CmdScoreTopFindings, texts.Int("shown", len(top)), texts.Int("total", len(res.Findings))))
	for i, f := range top {
		theme := f.Theme
		if th := res.Theme(f.Theme); th != nil {
			theme = textOneLine(th.Title.In(lang))
		}
		line := fmt.Sprintf("%2d. [%s] %s (%s)", i+1, severityText(l, f.Severity), shorten(textOneLine(f.Title.In(lang)), 90), theme)
		fmt.Fprintln(b, textWrap(line, TextWidth))
	}
	fmt.Fprintln(b, l.T(texts.CmdScoreSeeReport))
}

// severityText is a finding's severity in the words the report uses.
func severityText(l texts.Lang, s scoring.Severity) string {
	key := map[scoring.Severity]texts.Key{scoring.Low: texts.SeverityLow, scoring.Medium: texts.SeverityMedium,
		scoring.High: texts.SeverityHigh, scoring.Critical: texts.SeverityCritical}[s]
	if key == "" {
		return string(s)
	}
	return l.T(key)
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

// textOneLine keeps a text on one line of the terminal, with control and
// hidden characters in their visible form (safetext.Terminal: ␛ for an
// escape, [U+202E] for a direction override), so that a title or a
// municipality's name cannot move the cursor, clear the screen or break the
// table.
func textOneLine(s string) string { return strings.Join(strings.Fields(safetext.Terminal(s)), " ") }
