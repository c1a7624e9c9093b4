package main

import (
	"fmt"
	"strings"

	"soeverein"
	"soeverein/texts"
)

// validateOptions checks a questionnaire.
type validateOptions struct {
	Lang      texts.Lang
	Questions string // "": the built-in one; "-": standard input
}

func validateParse(p *parsed) (runner, error) {
	return &validateOptions{Lang: p.lang, Questions: p.questions()}, nil
}

func (o *validateOptions) language() texts.Lang { return o.Lang }

func (o *validateOptions) run(e *env) error {
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	name := soeverein.DefaultQuestionnaireName
	switch o.Questions {
	case "":
	case "-":
		name = stdinName
	default:
		name = o.Questions
	}
	l := o.Lang
	fmt.Fprintln(e.stdout, l.T(texts.CmdValidateValid, texts.A("file", name), texts.A("id", q.ID), texts.A("version", q.Version),
		texts.A("themes", l.N(texts.CmdCountThemes, len(q.Themes))),
		texts.A("questions", l.N(texts.CmdCountQuestions, len(q.Questions()))),
		texts.A("rules", l.N(texts.CmdCountRules, len(q.Rules)))))
	return nil
}

// questionsOptions prints the built-in questionnaire, or an earlier
// published version of it.
type questionsOptions struct {
	Lang    texts.Lang
	Version string // "": the current one
	// Plain leaves out the line for the editor: the built-in bytes
	// exactly, to check the checksum a report names.
	Plain bool
}

func questionsParse(p *parsed) (runner, error) {
	o := &questionsOptions{Lang: p.lang, Version: p.str("version"), Plain: p.bool("plain")}
	if o.Version != "" {
		if _, ok := soeverein.PublishedQuestionnaire(o.Version); !ok {
			return nil, usageErr(texts.CmdQuestionsUnknownVersion, texts.A("version", o.Version), texts.A("versions", strings.Join(publishedVersions(), ", ")))
		}
	}
	return o, nil
}

func (o *questionsOptions) language() texts.Lang { return o.Lang }

func (o *questionsOptions) run(e *env) error {
	if o.Version == "" {
		return writeQuestionnaire(e.stdout, soeverein.DefaultQuestionnaire, o.Plain)
	}
	p, _ := soeverein.PublishedQuestionnaire(o.Version)
	return writeQuestionnaire(e.stdout, p.Data, o.Plain)
}

// publishedVersions lists the versions of the questionnaire built into
// the binary, oldest first.
func publishedVersions() []string {
	var vs []string
	for _, p := range soeverein.PublishedQuestionnaires() {
		vs = append(vs, p.Version)
	}
	return vs
}

// versionOptions prints the version.
type versionOptions struct {
	Lang texts.Lang
}

func (o *versionOptions) language() texts.Lang { return o.Lang }

func (o *versionOptions) run(e *env) error {
	q, err := loadQuestionnaire(e, "")
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, versionText(o.Lang, soeverein.CurrentBuild(), q.ID, q.Version))
	return nil
}

// versionText is what `soeverein version` prints: the version and the
// built-in questionnaire, then the source revision when the binary knows it.
func versionText(l texts.Lang, b soeverein.Build, questionnaireID, questionnaireVersion string) string {
	s := l.T(texts.CmdVersionLine, texts.A("version", b.Version), texts.A("id", questionnaireID), texts.A("questionnaire_version", questionnaireVersion)) + "\n"
	if b.Revision == "" {
		return s
	}
	key := texts.CmdVersionCommit
	if b.Modified {
		key = texts.CmdVersionCommitModified
	}
	when := ""
	if b.Time != "" {
		when = " (" + b.Time + ")"
	}
	return s + l.T(key, texts.A("commit", b.ShortRevision()), texts.A("time", when)) + "\n"
}
