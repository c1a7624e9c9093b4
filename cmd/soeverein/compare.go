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

// runCompare compares the answers files of several years of one
// municipality, like for like: a table on the terminal, the trend report
// as markdown (-o), or JSON (--json).
func runCompare(e *env, args []string) error {
	f := newFlags(e, "compare", usageCompare).withQuestions()
	var out string
	var asJSON bool
	var known []string
	f.StringVar(&out, "o", "", "")
	f.BoolVar(&asJSON, "json", false, "")
	f.Func("known", "", func(path string) error { known = append(known, path); return nil })
	files, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	if len(files) < 2 {
		return usagef("compare needs two or more answers files of one municipality, for example: soeverein compare soeverein-GM0363-2025.yaml soeverein-GM0363-2026.yaml")
	}
	if err := checkOutput("compare", out, append(append([]string{f.questions}, files...), known...)...); err != nil {
		return err
	}
	q, knownQs, err := compareQuestionnaires(e, f.lang, f.questions, known)
	if err != nil {
		return err
	}
	var inputs []compare.Input
	for _, path := range files {
		a, err := compareLoadAnswers(e, f.lang, path)
		if err != nil {
			return err
		}
		inputs = append(inputs, compare.Input{File: filepath.Base(path), Answers: a})
	}
	t, err := compare.Compare(q, knownQs, inputs)
	if err != nil {
		return compareError(err, f.lang)
	}
	var buf bytes.Buffer
	switch {
	case asJSON:
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // notes are the user's own text
		err = enc.Encode(t)
	case out != "":
		err = reports.TrendMarkdown(&buf, t, reports.TrendOptions{Lang: f.lang})
	default:
		compareWriteTable(&buf, t, f.lang)
	}
	if err != nil {
		return err
	}
	if toFile, err := writeOutput(e, out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, tr(f.lang, "trend report written to %s", "trendrapport geschreven naar %s", out))
	return nil
}

// reportPrevious compares this year's answers with last year's for the
// report's section on the development since then. Last year must be the
// older of the two.
func reportPrevious(e *env, lang, questions string, knownFiles []string, q *assessment.Questionnaire, a *assessment.Answers, path, previous string) (*compare.Trend, error) {
	if assessment.SameFile(previous, path) {
		return nil, usagef("report: --previous %s is the answers file itself; give last year's file", previous)
	}
	last, err := compareLoadAnswers(e, lang, previous)
	if err != nil {
		return nil, err
	}
	_, known, err := compareQuestionnaires(e, lang, questions, knownFiles)
	if err != nil {
		return nil, err
	}
	t, err := compare.Compare(q, known, []compare.Input{{File: previous, Answers: last}, {File: path, Answers: a}})
	if err != nil {
		return nil, compareError(err, lang)
	}
	if t.Years[0].File != previous {
		return nil, usagef("report: --previous %s (%s) is newer than %s (%s); give last year's file with --previous",
			previous, t.Years[1].Label, path, t.Years[0].Label)
	}
	return t, nil
}

// compareQuestionnaires loads the questionnaire to score with (--questions
// or the built-in one) and the others the tool knows: every published
// version built in (so each year shows as reported without --known), the
// default too when --questions replaces it, and every --known file.
func compareQuestionnaires(e *env, lang, questions string, known []string) (*assessment.Questionnaire, []*assessment.Questionnaire, error) {
	q, err := loadQuestionnaire(questions)
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
		k, err := loadQuestionnaire(path)
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
func compareLoadAnswers(e *env, lang, path string) (*assessment.Answers, error) {
	data, err := assessment.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, warnings, err := assessment.ParseAnswers(data, path)
	if err != nil {
		return nil, printProblems(e, lang, err)
	}
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, w)
	}
	return a, nil
}

// compareError turns the comparison's refusals into messages a user can
// act on, in the user's language (the errors are texts.Localized).
func compareError(err error, lang string) error {
	var l texts.Localized
	switch {
	case !errors.As(err, &l):
		return err
	case errors.Is(err, compare.ErrTooFew):
		return usagef("%s", l.Text(texts.Lang(lang)))
	}
	return errors.New(l.Text(texts.Lang(lang)))
}

// compareWriteTable prints the comparison for the terminal: the scores
// like for like per theme and year with a sparkline, the reported overall
// scores, and what explains each change.
func compareWriteTable(b *bytes.Buffer, t *compare.Trend, lang string) {
	var labels []string
	for _, y := range t.Years {
		labels = append(labels, y.Label)
	}
	name := t.Municipality
	if name == "" {
		name = tr(lang, "(municipality not filled in)", "(gemeente niet ingevuld)")
	}
	if t.CBSCode != "" {
		name += " (" + t.CBSCode + ")"
	}
	fmt.Fprintf(b, "%s: %s\n", name, strings.Join(labels, ", "))
	fmt.Fprintln(b, tr(lang, "Every year scored with questionnaire %s version %s (like for like).", "Alle jaren berekend met vragenlijst %s versie %s (dezelfde maatstaf).", t.Questionnaire.ID, t.Questionnaire.Version))
	fmt.Fprintln(b)

	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", tr(lang, "Theme", "Thema"), strings.Join(labels, "\t"), tr(lang, "Trend", "Verloop"), tr(lang, "Change", "Verschil"))
	for _, s := range t.Themes {
		title := s.Title.In(lang)
		if s.Critical {
			title += " *"
		}
		compareRow(tw, title, s, lang)
	}
	compareRow(tw, tr(lang, "Overall", "Totaal"), t.Overall, lang)
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
	fmt.Fprintf(tw, "%s\t%s\n", tr(lang, "Overall as reported", "Totaal zoals gerapporteerd"), strings.Join(reported, "\t"))
	fmt.Fprintf(tw, "%s\t%s\n", tr(lang, "Answered with version", "Ingevuld met versie"), strings.Join(versions, "\t"))
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
	fmt.Fprintln(b)
	fmt.Fprintln(b, tr(lang, "What explains the change of the overall score:", "Verklaring van de verandering van de totaalscore:"))
	for i, s := range t.Steps {
		c := t.Overall.Changes[i]
		if !c.Comparable {
			fmt.Fprintf(b, "  %s → %s: %s\n", s.From, s.To, tr(lang, "no score in one of the years", "geen score in een van beide jaren"))
			continue
		}
		q := tr(lang, "questionnaire unknown", "vragenlijst onbekend")
		if c.QuestionnaireKnown {
			q = tr(lang, "questionnaire %s", "vragenlijst %s", compareSigned(c.Questionnaire, lang))
		}
		fmt.Fprintf(b, "  %s → %s: %s = %s, %s, %s, %s; %s\n", s.From, s.To, compareSigned(c.Total, lang),
			tr(lang, "better answers %s", "betere antwoorden %s", compareSigned(c.Better, lang)),
			tr(lang, "worse %s", "slechtere %s", compareSigned(c.Worse, lang)),
			tr(lang, "newly answered %s", "nieuw beantwoord %s", compareSigned(c.NewlyAnswered, lang)),
			q,
			tr(lang, "%d answer(s) changed", "%d antwoord(en) gewijzigd", len(s.Answers)))
	}
}

// compareWriteNotes says what the table cannot: weak spots, questions that
// no longer exist, answers not confirmed, versions not known.
func compareWriteNotes(b *bytes.Buffer, t *compare.Trend, lang string) {
	var notes []string
	if hasCritical(t) {
		notes = append(notes, tr(lang, "* critical theme.", "* kritiek thema."))
	}
	if n := len(t.StillWeak); n > 0 {
		notes = append(notes, tr(lang, "Still weak: %d question(s) got the weakest answer or \"don't know\" in every year.", "Blijft achter: %d vraag/vragen kregen elk jaar het zwakste antwoord of \"weet ik niet\".", n))
	}
	for _, g := range t.Gone {
		notes = append(notes, tr(lang, "Question %s no longer exists: its answers are kept in the files but not scored.", "Vraag %s bestaat niet meer: de antwoorden blijven in de bestanden, maar tellen niet mee.", g.Question))
	}
	for _, y := range t.Years {
		if n := y.Completeness.CarriedOver; n > 0 {
			notes = append(notes, tr(lang, "%s: %d answer(s) carried over and not confirmed.", "%s: %d antwoord(en) overgenomen en niet bevestigd.", y.Label, n))
		}
		if y.OwnVersion == nil {
			notes = append(notes, tr(lang, "%s: answered with a questionnaire version this program does not know (%s); give it with --known FILE to show the reported score.",
				"%s: ingevuld met een versie van de vragenlijst die dit programma niet kent (%s); geef die mee met --known BESTAND om de gerapporteerde score te tonen.",
				y.Label, compareOr(y.AnsweredAgainst.Version, "?")))
		}
	}
	notes = append(notes, tr(lang, "The trend report (-o trend.md) explains every change.", "Het trendrapport (-o trend.md) licht elke verandering toe."))
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

func usageCompare(lang string) string {
	if lang == "en" {
		return `Usage: soeverein compare ANSWERS.yaml ANSWERS.yaml... [-o trend.md] [--json] [--lang nl|en]
                         [--questions FILE] [--known FILE]...

Compares the assessments of several years of one municipality (same CBS
code), in any order. Every year is scored with the same questionnaire (the
built-in one, or --questions), older answers carried over to renamed
questions, so that a change of questionnaire does not look like progress or
decline. Without -o or --json it prints a table; with -o the trend report.

  -o FILE           write the trend report (markdown) to FILE; -o - writes it to the screen
  --json            print the comparison as JSON (fields: docs/compare.md)
  --questions FILE  score every year with this questionnaire instead of the built-in one
  --known FILE      an older questionnaire a year was answered with, to show the
                    score as reported that year (repeat for several)
  --lang nl|en      language of the table and the report (default nl)

Exit codes: 0 ok, 1 a file cannot be read or the files do not belong together, 2 wrong use.
`
	}
	return `Gebruik: soeverein compare ANTWOORDEN.yaml ANTWOORDEN.yaml... [-o trend.md] [--json] [--lang nl|en]
                         [--questions BESTAND] [--known BESTAND]...

Vergelijkt de zelfevaluaties van meerdere jaren van één gemeente (dezelfde
CBS-code), in willekeurige volgorde. Elk jaar wordt berekend met dezelfde
vragenlijst (de ingebouwde, of --questions); oudere antwoorden tellen mee
onder vragen met een nieuwe naam. Zo telt een wijziging van de vragenlijst
niet als vooruitgang of achteruitgang. Zonder -o of --json verschijnt een
tabel; met -o het trendrapport.

  -o BESTAND            schrijf het trendrapport (markdown) naar BESTAND; -o - toont het op het scherm
  --json                print de vergelijking als JSON (velden: docs/compare.md)
  --questions BESTAND   bereken elk jaar met deze vragenlijst in plaats van de ingebouwde
  --known BESTAND       een oudere vragenlijst waarmee een jaar is ingevuld, om de score
                        te tonen zoals die dat jaar is gerapporteerd (herhaal voor meer)
  --lang nl|en          taal van de tabel en het rapport (standaard nl)

Afsluitcodes: 0 goed, 1 bestand onleesbaar of bestanden horen niet bij elkaar, 2 verkeerd gebruik.
`
}
