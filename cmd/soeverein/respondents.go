package main

import (
	"errors"
	"fmt"
	"strings"

	"soeverein/assessment"
)

// Shared by assign, split, merge and status: the coordinator's workflow on
// plain files (docs/respondents.md).

// loadForRespondents reads an answers file and prints its warnings.
func loadForRespondents(e *env, lang, path string, q *assessment.Questionnaire) (*assessment.Answers, error) {
	a, warnings, err := assessment.LoadAnswers(path, q)
	if err != nil {
		return nil, printProblems(e, lang, err)
	}
	for _, w := range warnings {
		fmt.Fprintln(e.stderr, w)
	}
	return a, nil
}

// lockForWriting takes the lock on a file a command rewrites, as the survey
// does: a colleague's survey on it refuses the command, and the command
// refuses a survey until it is done.
func lockForWriting(e *env, path string) (*assessment.Lock, error) {
	l, err := assessment.LockAnswers(path)
	if err != nil {
		return nil, err
	}
	if l.TookOver != "" {
		fmt.Fprintln(e.stderr, l.TookOver)
	}
	return l, nil
}

// warnOpenPart says when a part is open in someone's survey: its answers
// may still change after the merge.
func warnOpenPart(e *env, lang, path string) {
	holder, ok := assessment.LockHolder(path)
	if !ok {
		return
	}
	fmt.Fprintln(e.stderr, (tr(lang, "note: %s is open in a survey (%s): answers given after this merge come in with the next merge",
		"let op: %s is geopend in een vragenlijst (%s): antwoorden die daarna nog worden gegeven, komen mee bij de volgende merge", path, holder)))
}

// respondentError says in the user's language what assessment refused.
func respondentError(lang string, err error) error {
	var unknown *assessment.UnknownThemeError
	if errors.As(err, &unknown) {
		return fmt.Errorf("%s", tr(lang, "%q is not a theme or question of the questionnaire; themes: %s",
			"%q is geen thema of vraag van de vragenlijst; thema's: %s", unknown.ID, strings.Join(unknown.Themes, ", ")))
	}
	var refusals interface{ Unwrap() []error }
	list := []error{err}
	if errors.As(err, &refusals) {
		list = refusals.Unwrap()
	}
	var msgs []string
	for _, e := range list {
		var r *assessment.RefusalError
		if !errors.As(e, &r) {
			msgs = append(msgs, e.Error())
			continue
		}
		msgs = append(msgs, refusalText(lang, r))
	}
	return fmt.Errorf("%s", strings.Join(msgs, "\n"))
}

func refusalText(lang string, r *assessment.RefusalError) string {
	switch r.What {
	case "part":
		return tr(lang, "%s is not a part (it has no part: section): make parts with soeverein split",
			"%s is geen deel (er staat geen part: in): maak delen met soeverein split", r.Part)
	case "municipality":
		return tr(lang, "%s is a part of another municipality (%s, not %s): it is not merged",
			"%s is een deel van een andere gemeente (%s, niet %s): het wordt niet samengevoegd", r.Part, r.Found, r.Want)
	case "period":
		return tr(lang, "%s is a part of another period (%s, not %s): it is not merged",
			"%s is een deel van een andere periode (%s, niet %s): het wordt niet samengevoegd", r.Part, r.Found, r.Want)
	case "questionnaire":
		return tr(lang, "%s was answered against another questionnaire (%s, not %s): it is not merged",
			"%s is ingevuld met een andere vragenlijst (%s, niet %s): het wordt niet samengevoegd", r.Part, r.Found, r.Want)
	}
	return tr(lang, "%s was answered against another text of the same questionnaire version (%s, not %s): it is not merged; split again from the main file",
		"%s is ingevuld met een andere tekst van dezelfde vragenlijstversie (%s, niet %s): het wordt niet samengevoegd; splits opnieuw vanuit het hoofdbestand", r.Part, r.Found, r.Want)
}

// plural picks the word for n in the language.
func plural(lang string, n int, en1, enN, nl1, nlN string) string {
	switch {
	case lang == "en" && n == 1:
		return en1
	case lang == "en":
		return enN
	case n == 1:
		return nl1
	}
	return nlN
}

// personText is "name (role)", or the name alone.
func personText(name, role string) string {
	if role == "" {
		return name
	}
	return name + " (" + role + ")"
}
