package main

import (
	"fmt"
	"strings"

	"soeverein/assessment"
)

// assignOptions is what `soeverein assign` was asked to do.
type assignOptions struct {
	File      string
	IDs       []string // themes or single questions
	To        string
	Role      string
	Lang      string
	Questions string
}

func parseAssign(e *env, args []string) (assignOptions, error) {
	f := newFlags(e, "assign", usageAssign).withQuestions()
	var o assignOptions
	f.StringVar(&o.To, "to", "", "")
	f.StringVar(&o.Role, "role", "", "")
	files, err := f.parseFiles(args)
	if err != nil {
		return o, err
	}
	o.Lang, o.Questions = f.lang, f.questions
	switch {
	case len(files) < 2:
		return o, usagef("assign needs an answers file and one or more themes, for example: soeverein assign soeverein-GM0363-2026.yaml cloud exit --to \"A. de Vries\" --role CISO")
	case strings.TrimSpace(o.To) == "":
		return o, usagef("assign: say who answers with --to NAME")
	}
	o.File, o.IDs = files[0], files[1:]
	return o, nil
}

func runAssign(e *env, args []string) error {
	o, err := parseAssign(e, args)
	if err != nil {
		return done(err)
	}
	q, err := loadQuestionnaire(o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	l, err := lockForWriting(e, o.File)
	if err != nil {
		return err
	}
	defer l.Unlock()
	a, err := loadForRespondents(e, o.Lang, o.File, q)
	if err != nil {
		return err
	}
	if err := a.Assign(q, o.To, o.Role, o.IDs); err != nil {
		return respondentError(o.Lang, err)
	}
	if err := assessment.SaveAnswers(o.File, a); err != nil {
		return err
	}
	as := a.Assignee(strings.TrimSpace(o.To))
	fmt.Fprintln(e.stdout, tr(o.Lang, "%s answers: %s", "%s beantwoordt: %s", personText(as.Name, as.Role), strings.Join(append(as.Themes, as.Questions...), ", ")))
	return nil
}

func usageAssign(lang string) string {
	if lang == "en" {
		return `Usage: soeverein assign FILE THEME... --to NAME [--role ROLE] [--lang nl|en]

Records in the answers file who answers which themes (or single questions,
given by their id such as exit.plan_critical). A theme has one person:
assigning it again moves it. Then make one file per person with
soeverein split FILE. See docs/respondents.md.
`
	}
	return `Gebruik: soeverein assign BESTAND THEMA... --to NAAM [--role ROL] [--lang nl|en]

Legt in het antwoordenbestand vast wie welke thema's beantwoordt (of losse
vragen, met hun id zoals exit.plan_critical). Een thema heeft één persoon:
opnieuw toewijzen verplaatst het. Maak daarna één bestand per persoon met
soeverein split BESTAND. Zie docs/respondents.md.
`
}
