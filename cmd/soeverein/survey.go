package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"github.com/charmbracelet/x/term"

	"soeverein/assessment"
	"soeverein/survey"
	"soeverein/texts"
)

// runSurvey is the survey: full-screen in a terminal, line by line
// (accessible mode) for screen readers, scripts and plain terminals.
func runSurvey(e *env, args []string) error {
	f := newFlags(e, "survey", usageSurvey).withQuestions()
	var accessible bool
	var from string
	f.BoolVar(&accessible, "accessible", false, "")
	f.StringVar(&from, "from", "", "")
	var formats string
	var public bool
	f.StringVar(&formats, "formats", "", "")
	f.BoolVar(&public, "public", false, "")
	files, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	reportFormats, err := surveyFormats(f.lang, formats)
	if err != nil {
		return err
	}
	if len(files) > 1 {
		return usagef("survey takes one answers file, not %d; run `soeverein survey --help`", len(files))
	}
	if from != "" && len(files) == 1 {
		if _, err := os.Stat(files[0]); err == nil {
			return usagef("%s already exists: --from starts a new answers file and never overwrites one; give a new file name, or continue this one without --from: soeverein survey %s", files[0], files[0])
		}
	}
	q, err := loadQuestionnaire(f.questions)
	if err != nil {
		return err
	}
	if from != "" {
		// Check last year's file before any screen is drawn.
		if _, err := survey.LoadLast(from); err != nil {
			return printProblems(e, f.lang, err)
		}
	}
	if len(files) == 1 {
		// Refuse a second survey on the file before any screen is drawn;
		// the survey's saver holds the same lock (this process) after.
		if _, err := os.Stat(files[0]); err == nil {
			l, err := assessment.LockAnswers(files[0])
			if err != nil {
				return err
			}
			defer l.Unlock()
			if l.TookOver != "" {
				fmt.Fprintln(e.stderr, l.TookOverText(texts.Lang(f.lang)))
			}
		}
	}
	opts := survey.Options{Questionnaire: q, Lang: f.lang, From: from, NoColor: e.getenv("NO_COLOR") != "", Echo: !isTerminal(e.stdin),
		ReportFormats: reportFormats, PublicReport: public}
	if len(files) == 1 {
		opts.Path = files[0]
	}
	// Closing the terminal (SIGHUP) ends the survey like ctrl+c: the
	// answers are saved first.
	ctx := e.ctx
	if len(surveyEndSignals) > 0 { // none would mean every signal
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(e.ctx, surveyEndSignals...)
		defer stop()
	}
	if accessible || wantsAccessible(e, isTerminal) {
		// A closed output (`| head`) must not kill the program with SIGPIPE
		// in the middle of an answer: writes fail instead, and the survey
		// ends after saving.
		ignoreClosedOutput()
		err = survey.RunAccessible(ctx, e.stdout, e.stdin, opts)
	} else {
		err = survey.Run(ctx, opts, e.stdin, e.screenOut(), e.stderr)
	}
	if errors.Is(err, survey.ErrAborted) {
		return errAborted
	}
	return err
}

// wantsAccessible reports whether the line-based survey fits better than
// the full-screen one: asked for with ACCESSIBLE, a terminal that cannot
// draw (TERM=dumb), or input or output that is not a terminal (a script).
// isTTY tells whether a stream is a terminal (isTerminal outside tests).
func wantsAccessible(e *env, isTTY func(any) bool) bool {
	if v := e.getenv("ACCESSIBLE"); v != "" && v != "0" && v != "false" {
		return true
	}
	return e.getenv("TERM") == "dumb" || !isTTY(e.stdin) || !isTTY(e.screenOut())
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

func usageSurvey(lang string) string {
	if lang == "en" {
		return `Usage: soeverein [survey] [FILE] [--from LAST.yaml] [--questions FILE]
                          [--lang nl|en] [--accessible]

Takes the self-assessment in the terminal. Without FILE you pick one of the
answers files in this folder or start a new assessment; with a FILE that
exists you continue where you stopped; with a new FILE a new assessment is
saved there. The answers are saved after every answer. Finishing writes the
report next to the answers file (same name): the Word file and the markdown.

  --formats LIST    the report's formats when finishing, for example
                    docx,md,pdf (md, html, docx, odt, pdf; default docx,md)
  --public          also write the public version of each (NAME.public.docx)
  --from LAST.yaml  start this year's assessment from last year's answers:
                    each is carried over and marked "to confirm" until you
                    confirm (c) or change it; FILE must be a new file
  --questions FILE  use this questionnaire instead of the built-in one
  --lang nl|en      language of the screens and the report (default nl)
  --accessible      plain numbered prompts, line by line, for screen readers
                    and scripts; also with ACCESSIBLE=1, TERM=dumb, or when
                    input or output is not a terminal

Keys: ? shows them all. q stops (the answers are saved); ctrl+c too.
`
	}
	return `Gebruik: soeverein [survey] [BESTAND] [--from VORIG.yaml] [--questions BESTAND]
                            [--lang nl|en] [--accessible]

Vul de zelfevaluatie in de terminal in. Zonder BESTAND kiest u een
antwoordenbestand uit deze map of begint u een nieuwe zelfevaluatie; met een
BESTAND dat bestaat gaat u verder waar u was; met een nieuw BESTAND wordt een
nieuwe zelfevaluatie daar bewaard. Na elk antwoord worden de antwoorden
opgeslagen. Afronden schrijft het rapport naast het antwoordenbestand
(zelfde naam): het Word-bestand en de markdown.

  --formats LIJST      de formaten van het rapport bij afronden, bijvoorbeeld
                       docx,md,pdf (md, html, docx, odt, pdf; standaard docx,md)
  --public             schrijf ook de openbare versie (NAAM.openbaar.docx)
  --from VORIG.yaml    begin dit jaar met de antwoorden van vorig jaar: elk
                       antwoord is overgenomen en "nog te bevestigen" tot u
                       het bevestigt (c) of wijzigt; BESTAND moet nieuw zijn
  --questions BESTAND  gebruik deze vragenlijst in plaats van de ingebouwde
  --lang nl|en         taal van de schermen en het rapport (standaard nl)
  --accessible         eenvoudige genummerde vragen, regel voor regel, voor
                       schermlezers en scripts; ook met ACCESSIBLE=1,
                       TERM=dumb, of als invoer of uitvoer geen terminal is

Toetsen: ? toont ze allemaal. q stopt (de antwoorden zijn bewaard); ctrl+c ook.
`
}
