package main

import (
	"errors"
	"fmt"
	"strings"

	"soeverein/assessment"
	"soeverein/texts"
)

// Shared by assign, split, merge and status: the coordinator's workflow on
// plain files (docs/respondents.md).

// loadForRespondents reads an answers file and prints its warnings.
func loadForRespondents(e *env, lang texts.Lang, path string, q *assessment.Questionnaire) (*assessment.Answers, error) {
	f, err := loadAnswers(e, lang, path)
	if err != nil {
		return nil, err
	}
	ws := f.warnings
	if q != nil {
		ws = append(ws, q.CheckAnswers(f.answers, f.name)...)
	}
	printWarnings(e, lang, ws)
	return f.answers, nil
}

// lockForWriting takes the lock on a file a command rewrites, as the survey
// does: a colleague's survey on it refuses the command, and the command
// refuses a survey until it is done.
func lockForWriting(e *env, lang texts.Lang, path string) (*assessment.Lock, error) {
	l, err := assessment.LockAnswers(path)
	if err != nil {
		return nil, err
	}
	if l.TookOver != "" {
		fmt.Fprintln(e.stderr, l.TookOverText(lang))
	}
	return l, nil
}

// warnOpenPart says when a part is open in someone's survey: its answers
// may still change after the merge.
func warnOpenPart(e *env, lang texts.Lang, path string) {
	holder, ok := assessment.LockHolder(path)
	if !ok {
		return
	}
	fmt.Fprintln(e.stderr, lang.T(texts.CmdMergeOpenPart, texts.A("file", path), texts.A("holder", lang.T(texts.CmdLockHolder, texts.A("user", holder.User), texts.A("host", holder.Host), texts.Int("pid", holder.PID), texts.A("since", holder.Since.Local().Format("2006-01-02 15:04"))))))
}

// respondentError says in the user's language what assessment refused.
func respondentError(lang texts.Lang, err error) error {
	var unknown *assessment.UnknownThemeError
	if errors.As(err, &unknown) {
		return failErr(texts.CmdRespondentsUnknownTheme, texts.A("id", fmt.Sprintf("%q", unknown.ID)), texts.A("themes", strings.Join(unknown.Themes, ", ")))
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
	return errors.New(strings.Join(msgs, "\n"))
}

func refusalText(lang texts.Lang, r *assessment.RefusalError) string {
	args := []texts.Arg{texts.A("part", r.Part), texts.A("found", r.Found), texts.A("want", r.Want)}
	switch r.What {
	case "part":
		return lang.T(texts.CmdRefusalPart, args...)
	case "municipality":
		return lang.T(texts.CmdRefusalMunicipality, args...)
	case "period":
		return lang.T(texts.CmdRefusalPeriod, args...)
	case "questionnaire":
		return lang.T(texts.CmdRefusalQuestionnaire, args...)
	}
	return lang.T(texts.CmdRefusalText, args...)
}

// personText is "name (role)", or the name alone.
func personText(name, role string) string {
	if role == "" {
		return name
	}
	return name + " (" + role + ")"
}
