package main

import (
	"encoding/json"
	"fmt"
	"io"
	"soeverein/figure"
	"soeverein/reports"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"soeverein/schemas"
	"soeverein/scoring"
	"soeverein/texts"
)

// scoreTopFindings is how many findings the score table shows.
const scoreTopFindings = 5

// scoreWidth is the width the score table and its notes fit in: a standard
// terminal of 80 columns.
const scoreWidth = 80

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
	if o.JSON {
		return scoreWriteJSON(e.stdout, res)
	}
	return scoreWriteTable(e.stdout, res, string(o.Lang))
}

func scoreWriteJSON(w io.Writer, res *scoring.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Notes are the user's own text: keep <, > and & readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(schemas.NewScore(res))
}

// scoreWriteTable prints the scores as a table for the terminal.
func scoreWriteTable(w io.Writer, res *scoring.Result, lang string) error {
	var b strings.Builder
	scoreWriteSubject(&b, res, lang)
	l := texts.Lang(lang)
	rows := [][4]string{{l.T(texts.CmdTableTheme), l.T(texts.CmdTableScore), l.T(texts.CmdTableLevel), l.T(texts.CmdTableAnswered)}}
	for _, t := range res.Themes {
		title := t.Title.In(lang)
		if t.Critical {
			title += " *"
		}
		rows = append(rows, [4]string{title, scoreNumber(t.Scored, t.Score, lang), scoreLevel(t.Level, t.Level != t.ScoreLevel, t.NoLevel != nil, lang), fmt.Sprintf("%d/%d", t.Answered, t.Total)})
	}
	o, c := res.Overall, res.Completeness
	answered := fmt.Sprintf("%d/%d", c.Answered, c.Total)
	if !c.Complete {
		answered += " " + l.T(texts.CmdScoreIncomplete)
	}
	rows = append(rows, [4]string{l.T(texts.CmdTableOverall), scoreNumber(o.Scored, o.Score, lang), scoreLevel(o.Level, o.Capped, o.NoLevel != nil, lang), answered})
	scoreFitTitles(rows, scoreWidth)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r[:], "\t"))
	}
	tw.Flush()
	if o.NoLevel != nil {
		// The table says "nog geen niveau" to stay within 80 columns; this
		// line says why, with the counts.
		fmt.Fprintln(&b, scoreWrap(l.T(texts.CmdScoreOverallNoLevel, texts.A("reason", reports.NoLevelText(lang, res, o.NoLevel))), scoreWidth))
	}
	scoreWriteNotes(&b, res, lang)
	scoreWriteFindings(&b, res, lang)
	_, err := io.WriteString(w, b.String())
	return err
}

// scoreFitTitles shortens the first column (theme titles, ending in "…")
// as far as needed for the table to fit in width columns; the critical mark
// " *" stays.
func scoreFitTitles(rows [][4]string, width int) {
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
			rows[i][0] = scoreShorten(title, room-len(mark)) + mark
		}
	}
}

// scoreWrap breaks a note into lines of at most width columns, at spaces;
// lines after the first are indented by two.
func scoreWrap(s string, width int) string {
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

func scoreWriteSubject(b *strings.Builder, res *scoring.Result, lang string) {
	l := texts.Lang(lang)
	s := res.Subject
	name := s.Municipality
	if name == "" {
		name = l.T(texts.CmdNoMunicipality)
	}
	if s.CBSCode != "" {
		name += " (" + s.CBSCode + ")"
	}
	if s.ReferenceDate != "" {
		name += ", " + l.T(texts.PeriodDate, texts.A("date", s.ReferenceDate))
	} else if s.Year != 0 {
		name += fmt.Sprintf(", %d", s.Year)
	}
	fmt.Fprintln(b, name)
	fmt.Fprintln(b, l.T(texts.CmdScoreQuestionnaire, texts.A("id", s.Questionnaire.ID), texts.A("version", s.Questionnaire.Version)))
	if s.VersionMismatch {
		fmt.Fprintln(b, l.T(texts.CmdScoreVersionMismatch, texts.A("version", s.AnsweredAgainst.Version)))
	}
	fmt.Fprintln(b)
}

// scoreWriteNotes explains what the table cannot: caps, the weakest link, and
// an incomplete assessment.
func scoreWriteNotes(b *strings.Builder, res *scoring.Result, lang string) {
	l := texts.Lang(lang)
	var notes []string
	if scoreHasCritical(res) {
		notes = append(notes, l.T(texts.CmdScoreCriticalNote))
	}
	for _, t := range res.Themes {
		for _, c := range t.Caps {
			if c.Effective {
				notes = append(notes, l.T(texts.CmdScoreCapRule, texts.A("theme", t.Title.In(lang)), texts.Int("level", c.Level),
					texts.A("rule_title", scoreRuleTitle(res, c.Rule, lang)), texts.A("rule", c.Rule), texts.Int("score_level", t.ScoreLevel.Level)))
			}
		}
	}
	if o := res.Overall; o.Capped {
		var titles []string
		for _, id := range o.CappedBy {
			titles = append(titles, res.Theme(id).Title.In(lang))
		}
		notes = append(notes, l.T(texts.CmdScoreCapOverall, texts.Int("level", o.Level.Level), texts.A("themes", l.List(titles)), texts.Int("score_level", o.ScoreLevel.Level)))
	}
	if c := res.Completeness; !c.Complete {
		notes = append(notes, l.N(texts.CmdScoreIncompleteNote, len(c.Missing), texts.Int("total", c.Total)))
	}
	if n := len(res.Completeness.Invalid); n > 0 {
		notes = append(notes, l.N(texts.CmdScoreInvalid, n))
	}
	if n := res.Completeness.DontKnow; n > 0 {
		notes = append(notes, l.N(texts.CmdScoreDontKnow, n))
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		notes = append(notes, l.N(texts.CmdScoreCarriedOver, n))
	}
	if n := len(res.Completeness.Review); n > 0 {
		marked := l.N(texts.CmdScoreReview, n)
		for _, id := range res.Completeness.Review {
			marked += "\n" + scoreQuestionLine(res, id, lang)
		}
		notes = append(notes, marked)
	}
	if len(notes) > 0 {
		fmt.Fprintln(b)
		for _, n := range notes {
			lines := strings.Split(n, "\n")
			fmt.Fprintln(b, scoreWrap(lines[0], scoreWidth))
			for _, l := range lines[1:] {
				fmt.Fprintln(b, l)
			}
		}
	}
}

// scoreQuestionLine is a question as the report numbers it ("2.3", theme
// and place in the theme) with its text, on one line of the table's width.
func scoreQuestionLine(res *scoring.Result, id, lang string) string {
	for ti, t := range res.Themes {
		for qi, q := range t.Questions {
			if q.ID == id {
				num := fmt.Sprintf("  %d.%d ", ti+1, qi+1)
				return num + scoreShorten(scoreOneLine(q.Text.In(lang)), scoreWidth-utf8.RuneCountInString(num))
			}
		}
	}
	return "  " + id
}

func scoreRuleTitle(res *scoring.Result, id, lang string) string {
	for _, r := range res.Rules {
		if r.ID == id {
			return scoreOneLine(r.Title.In(lang))
		}
	}
	return id
}

func scoreHasCritical(res *scoring.Result) bool {
	for _, t := range res.Themes {
		if t.Critical {
			return true
		}
	}
	return false
}

func scoreWriteFindings(b *strings.Builder, res *scoring.Result, lang string) {
	top := res.TopFindings(scoreTopFindings)
	if len(top) == 0 {
		return
	}
	l := texts.Lang(lang)
	fmt.Fprintln(b)
	fmt.Fprintln(b, l.T(texts.CmdScoreTopFindings, texts.Int("shown", len(top)), texts.Int("total", len(res.Findings))))
	for i, f := range top {
		theme := f.Theme
		if t := res.Theme(f.Theme); t != nil {
			theme = t.Title.In(lang)
		}
		fmt.Fprintln(b, scoreWrap(fmt.Sprintf("%2d. [%s] %s (%s)", i+1, scoreSeverity(f.Severity, lang), scoreShorten(scoreOneLine(f.Title.In(lang)), 90), theme), scoreWidth))
	}
	fmt.Fprintln(b, l.T(texts.CmdScoreSeeReport))
}

func scoreNumber(scored bool, score float64, lang string) string {
	if !scored {
		return "-"
	}
	return figure.Score(lang, score)
}

// scoreLevel is the level column: the level, "nog geen niveau" while too
// little is answered for one (the line under the table says why), or "-".
func scoreLevel(l *scoring.LevelRef, capped, noLevel bool, lang string) string {
	if l == nil {
		if noLevel {
			return texts.Lang(lang).T(texts.CmdScoreNoLevel)
		}
		return "-"
	}
	s := fmt.Sprintf("%d %s", l.Level, l.Name.In(lang))
	if capped {
		s += " " + texts.Lang(lang).T(texts.CmdScoreCapped)
	}
	return s
}

// scoreSeverity is a finding's severity in the words the report uses.
func scoreSeverity(s scoring.Severity, lang string) string {
	key := map[scoring.Severity]texts.Key{scoring.Low: texts.SeverityLow, scoring.Medium: texts.SeverityMedium, scoring.High: texts.SeverityHigh, scoring.Critical: texts.SeverityCritical}[s]
	if key == "" {
		return string(s)
	}
	return texts.Lang(lang).T(key)
}

// scoreShorten cuts s to at most n characters, ending in "…" when cut.
func scoreShorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// scoreOneLine keeps a title on one line of the terminal.
func scoreOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
