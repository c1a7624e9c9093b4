package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/charmbracelet/x/term"

	"soeverein/assessment"
	"soeverein/survey"
	"soeverein/texts"
)

// surveyOptions is the survey: full-screen in a terminal, line by line
// (accessible mode) for screen readers, scripts and plain terminals.
type surveyOptions struct {
	Lang       texts.Lang
	Questions  string
	File       string // "": pick one or start a new one
	From       string // last year's answers file
	Accessible bool
	// Formats are the report's formats when finishing (--formats); none is
	// the survey's default, Word and markdown. Public adds the public
	// version of each.
	Formats []string
	Public  bool
	// RespondentName and RespondentRole fill in the new assessment's
	// form (the config file's respondent).
	RespondentName, RespondentRole string
}

func surveyParse(p *parsed) (runner, error) {
	list := p.str("formats")
	if !p.setFlag["formats"] && p.config != nil && len(p.config.Formats) > 0 {
		list = strings.Join(p.config.Formats, ",")
	}
	formats, err := surveyFormats(list)
	if err != nil {
		return nil, err
	}
	o := &surveyOptions{Lang: p.lang, Questions: p.questions(), From: p.str("from"), Accessible: p.bool("accessible"), Formats: formats, Public: p.bool("public")}
	if p.config != nil {
		o.RespondentName, o.RespondentRole = p.config.RespondentName, p.config.RespondentRole
	}
	if len(p.args) == 1 {
		o.File = p.args[0]
	}
	return o, nil
}

func (o *surveyOptions) language() texts.Lang { return o.Lang }

func (o *surveyOptions) run(e *env) error {
	if o.From != "" && o.File != "" {
		if _, err := os.Stat(o.File); err == nil {
			return usageErr(texts.CmdSurveyFromExists, texts.A("file", o.File))
		}
	}
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	if o.From != "" {
		// Check last year's file before any screen is drawn.
		if _, err := survey.LoadLast(o.From); err != nil {
			return printProblems(e, o.Lang, err)
		}
	}
	if o.File != "" {
		// Refuse a second survey on the file before any screen is drawn;
		// the survey's saver holds the same lock (this process) after.
		if _, err := os.Stat(o.File); err == nil {
			lock, err := assessment.LockAnswers(o.File)
			if err != nil {
				return err
			}
			defer lock.Unlock()
			if lock.TookOver != "" {
				fmt.Fprintln(e.stderr, lock.TookOverText(o.Lang))
			}
		}
	}
	opts := survey.Options{Questionnaire: q, Lang: string(o.Lang), From: o.From, Path: o.File, NoColor: e.getenv("NO_COLOR") != "", Echo: !isTerminal(e.stdin),
		ReportFormats: o.Formats, PublicReport: o.Public, RespondentName: o.RespondentName, RespondentRole: o.RespondentRole}
	// Closing the terminal (SIGHUP) ends the survey like ctrl+c: the
	// answers are saved first.
	ctx := e.ctx
	if len(surveyEndSignals) > 0 { // none would mean every signal
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(e.ctx, surveyEndSignals...)
		defer stop()
	}
	if o.Accessible || wantsAccessible(e, isTerminal) {
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
