package main

import (
	"bytes"
	"fmt"

	"soeverein/assessment"
	"soeverein/reports"
	"soeverein/scoring"
)

// councilOptions are the flags of `soeverein council`.
type councilOptions struct {
	Answers    string // the answers file
	Out        string // -o; "" or "-" writes to stdout
	Questions  string // --questions; "" is the built-in questionnaire
	Lang       string
	WithScores bool
}

// parseCouncil turns the arguments of `soeverein council` into options.
func parseCouncil(e *env, args []string) (*councilOptions, error) {
	f := newFlags(e, "council", usageCouncil).withQuestions()
	o := &councilOptions{}
	f.StringVar(&o.Out, "o", "", "")
	f.BoolVar(&o.WithScores, "with-scores", false, "")
	files, err := f.parseFiles(args)
	if err != nil {
		return nil, err
	}
	if len(files) != 1 {
		return nil, usagef("council needs one answers file, for example: soeverein council soeverein-GM0363-2026.yaml -o raadsvragen.md")
	}
	o.Answers, o.Questions, o.Lang = files[0], f.questions, f.lang
	if err := checkOutput("council", o.Out, o.Answers, o.Questions); err != nil {
		return nil, err
	}
	return o, nil
}

// runCouncil writes the numbered council answers of an answers file, and
// nothing else, as markdown: to stdout, or atomically to the file of -o.
func runCouncil(e *env, args []string) error {
	o, err := parseCouncil(e, args)
	if err != nil {
		return done(err)
	}
	q, err := loadQuestionnaire(o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	a, warnings, err := assessment.LoadAnswers(o.Answers, q)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, w)
	}
	res := scoring.Evaluate(q, a)
	var buf bytes.Buffer
	if err := reports.CouncilMarkdown(&buf, res, q, reports.CouncilOptions{Lang: o.Lang, WithScores: o.WithScores}); err != nil {
		return err
	}
	if c := res.Completeness; !c.Complete {
		fmt.Fprintln(e.stderr, tr(o.Lang,
			"note: %d of %d questions are not answered yet; what they would say is named as not yet known",
			"let op: %d van de %d vragen zijn nog niet beantwoord; de antwoorden noemen dat als nog niet bekend",
			len(c.Missing), c.Total))
	}
	if toFile, err := writeOutput(e, o.Out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, tr(o.Lang, "council answers written to %s", "antwoorden op raadsvragen geschreven naar %s", o.Out))
	return nil
}

func usageCouncil(lang string) string {
	if lang == "en" {
		return `Usage: soeverein council ANSWERS.yaml [-o answers.md] [--with-scores] [--lang nl|en] [--questions FILE]

Writes only the numbered answers to the recurring council questions, in the
college's voice, as markdown: each council question as a heading with its
answer below, to paste into the college's letter. The report's chapter
"Answers to council questions" holds the same texts. Each answer opens with a
direct answer, uses the council texts written in the survey where given, and
has at most 150 words, without scores, levels or action items.

  -o FILE           write the answers to FILE (safely: all or nothing)
  --with-scores     add one sentence per answer with the scores of its themes
  --lang nl|en      language of the answers (default nl)
  --questions FILE  use this questionnaire instead of the built-in one
`
	}
	return `Gebruik: soeverein council ANTWOORDEN.yaml [-o raadsvragen.md] [--with-scores] [--lang nl|en] [--questions BESTAND]

Schrijft alleen de genummerde antwoorden op de raadsvragen die elk jaar
terugkomen, in de stem van het college, in markdown: elke raadsvraag als kop
met het antwoord eronder, om in de brief van het college te plakken. Het
hoofdstuk ‘Antwoorden op raadsvragen’ van het rapport bevat dezelfde teksten.
Elk antwoord begint met een direct antwoord, gebruikt de teksten voor de raad
die in de vragenlijst zijn geschreven, en telt hoogstens 150 woorden, zonder
scores, niveaus of actiepunten.

  -o BESTAND          schrijf de antwoorden naar BESTAND (veilig: alles of niets)
  --with-scores       voeg per antwoord één zin toe met de scores van de thema's
  --lang nl|en        taal van de antwoorden (standaard nl)
  --questions BESTAND gebruik deze vragenlijst in plaats van de ingebouwde
`
}
