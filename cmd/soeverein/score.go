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

	"soeverein/assessment"
	"soeverein/schemas"
	"soeverein/scoring"
)

// scoreTopFindings is how many findings the score table shows.
const scoreTopFindings = 5

// scoreWidth is the width the score table and its notes fit in: a standard
// terminal of 80 columns.
const scoreWidth = 80

func runScore(e *env, args []string) error {
	f := newFlags(e, "score", usageScore).withQuestions()
	var asJSON bool
	f.BoolVar(&asJSON, "json", false, "")
	files, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	if len(files) != 1 {
		return usagef("score needs one answers file, for example: soeverein score soeverein-GM0363-2026.yaml")
	}
	q, err := loadQuestionnaire(f.questions)
	if err != nil {
		return printProblems(e, f.lang, err)
	}
	a, warnings, err := assessment.LoadAnswers(files[0], q)
	if err != nil {
		return printProblems(e, f.lang, err)
	}
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, w)
	}
	res := scoring.Evaluate(q, a)
	if asJSON {
		return scoreWriteJSON(e.stdout, res)
	}
	return scoreWriteTable(e.stdout, res, f.lang)
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
	rows := [][4]string{{tr(lang, "Theme", "Thema"), "Score", tr(lang, "Level", "Niveau"), tr(lang, "Answered", "Beantwoord")}}
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
		answered += tr(lang, " (incomplete)", " (onvolledig)")
	}
	rows = append(rows, [4]string{tr(lang, "Overall", "Totaal"), scoreNumber(o.Scored, o.Score, lang), scoreLevel(o.Level, o.Capped, o.NoLevel != nil, lang), answered})
	scoreFitTitles(rows, scoreWidth)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r[:], "\t"))
	}
	tw.Flush()
	if o.NoLevel != nil {
		// The table says "nog geen niveau" to stay within 80 columns; this
		// line says why, with the counts.
		fmt.Fprintln(&b, scoreWrap(tr(lang, "Overall: ", "Totaal: ")+reports.NoLevelText(lang, res, o.NoLevel)+".", scoreWidth))
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
	s := res.Subject
	name := s.Municipality
	if name == "" {
		name = tr(lang, "(municipality not filled in)", "(gemeente niet ingevuld)")
	}
	if s.CBSCode != "" {
		name += " (" + s.CBSCode + ")"
	}
	if s.ReferenceDate != "" {
		name += tr(lang, ", reference date %s", ", peildatum %s", s.ReferenceDate)
	} else if s.Year != 0 {
		name += tr(lang, ", %d", ", %d", s.Year)
	}
	fmt.Fprintln(b, name)
	fmt.Fprintln(b, tr(lang, "Questionnaire %s, version %s", "Vragenlijst %s, versie %s", s.Questionnaire.ID, s.Questionnaire.Version))
	if s.VersionMismatch {
		fmt.Fprintln(b, tr(lang, "Answered against version %s: only answers that still match are scored.", "Ingevuld met versie %s: alleen antwoorden die nog passen tellen mee.", s.AnsweredAgainst.Version))
	}
	fmt.Fprintln(b)
}

// scoreWriteNotes explains what the table cannot: caps, the weakest link, and
// an incomplete assessment.
func scoreWriteNotes(b *strings.Builder, res *scoring.Result, lang string) {
	var notes []string
	if scoreHasCritical(res) {
		notes = append(notes, tr(lang, "* critical theme: the overall level is never above its level.", "* kritiek thema: het totaalniveau komt nooit boven het niveau van dit thema."))
	}
	for _, t := range res.Themes {
		for _, c := range t.Caps {
			if c.Effective {
				notes = append(notes, tr(lang, "%s: level held at %d by rule %q (%s); the score alone gives %d.", "%s: niveau begrensd op %d door regel %q (%s); de score alleen geeft %d.",
					t.Title.In(lang), c.Level, scoreRuleTitle(res, c.Rule, lang), c.Rule, t.ScoreLevel.Level))
			}
		}
	}
	if o := res.Overall; o.Capped {
		var titles []string
		for _, id := range o.CappedBy {
			titles = append(titles, res.Theme(id).Title.In(lang))
		}
		notes = append(notes, tr(lang, "Overall: level held at %d by critical theme %s, the weakest link; the score alone gives %d.", "Totaal: niveau begrensd op %d door kritiek thema %s, de zwakste schakel; de score alleen geeft %d.",
			o.Level.Level, strings.Join(titles, ", "), o.ScoreLevel.Level))
	}
	if c := res.Completeness; !c.Complete {
		notes = append(notes, tr(lang, "INCOMPLETE: %d of %d questions not answered; scores cover only what was answered.", "ONVOLLEDIG: %d van %d vragen niet beantwoord; de scores gaan alleen over wat is beantwoord.",
			len(c.Missing), c.Total))
	}
	if n := len(res.Completeness.Invalid); n > 0 {
		notes = append(notes, tr(lang, "%d answer(s) do not fit the question and are not used: see the warnings.", "%d antwoord(en) passen niet bij de vraag en tellen niet mee: zie de waarschuwingen.", n))
	}
	if n := res.Completeness.DontKnow; n > 0 {
		notes = append(notes, tr(lang, "%d question(s) answered \"don't know\": scored 0 and listed as findings.", "%d vraag/vragen beantwoord met \"weet ik niet\": score 0 en opgenomen als bevinding.", n))
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		notes = append(notes, tr(lang, "%d answer(s) carried over from last year and not yet confirmed.", "%d antwoord(en) overgenomen van vorig jaar en nog niet bevestigd.", n))
	}
	if n := len(res.Completeness.Review); n > 0 {
		marked := tr(lang, "%d question(s) marked for review:", "%d vraag/vragen gemarkeerd om na te kijken:", n)
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
	fmt.Fprintln(b)
	fmt.Fprintln(b, tr(lang, "Top findings (%d of %d):", "Belangrijkste bevindingen (%d van %d):", len(top), len(res.Findings)))
	for i, f := range top {
		theme := f.Theme
		if t := res.Theme(f.Theme); t != nil {
			theme = t.Title.In(lang)
		}
		fmt.Fprintln(b, scoreWrap(fmt.Sprintf("%2d. [%s] %s (%s)", i+1, scoreSeverity(f.Severity, lang), scoreShorten(scoreOneLine(f.Title.In(lang)), 90), theme), scoreWidth))
	}
	fmt.Fprintln(b, tr(lang, "The report (soeverein report) explains every finding and what to do.", "Het rapport (soeverein report) licht elke bevinding toe met wat u kunt doen."))
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
			return tr(lang, "no level yet", "nog geen niveau")
		}
		return "-"
	}
	s := fmt.Sprintf("%d %s", l.Level, l.Name.In(lang))
	if capped {
		s += tr(lang, " (capped)", " (begrensd)")
	}
	return s
}

func scoreSeverity(s scoring.Severity, lang string) string {
	en := map[scoring.Severity]string{scoring.Low: "low", scoring.Medium: "medium", scoring.High: "high", scoring.Critical: "critical"}
	nl := map[scoring.Severity]string{scoring.Low: "laag", scoring.Medium: "midden", scoring.High: "hoog", scoring.Critical: "kritiek"}
	if lang == "en" {
		return en[s]
	}
	return nl[s]
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

func usageScore(lang string) string {
	if lang == "en" {
		return `Usage: soeverein score ANSWERS.yaml [--questions FILE] [--json] [--lang nl|en]

Shows the scores of an answers file: per theme the score (0-100), the
maturity level and how many questions were answered; the overall score and
level; whether the assessment is complete; and the most important findings.

  --json             print the full result as JSON (fields: docs/scoring.md)
  --questions FILE   score with this questionnaire instead of the built-in one
  --lang nl|en       language of the table (default nl)

Answers given to another version of the questionnaire are scored as far as
they still match; a warning says which answers are not used.
Exit codes: 0 ok, 1 the file cannot be read, 2 wrong use.
`
	}
	return `Gebruik: soeverein score ANTWOORDEN.yaml [--questions BESTAND] [--json] [--lang nl|en]

Toont de scores van een antwoordenbestand: per thema de score (0-100), het
volwassenheidsniveau en hoeveel vragen zijn beantwoord; de totaalscore en
het totaalniveau; of de zelfevaluatie volledig is; en de belangrijkste
bevindingen.

  --json                print het volledige resultaat als JSON (velden: docs/scoring.md)
  --questions BESTAND   reken met deze vragenlijst in plaats van de ingebouwde
  --lang nl|en          taal van de tabel (standaard nl)

Antwoorden op een andere versie van de vragenlijst tellen mee voor zover ze
nog passen; een waarschuwing noemt de antwoorden die niet worden gebruikt.
Afsluitcodes: 0 goed, 1 bestand onleesbaar, 2 verkeerd gebruik.
`
}
