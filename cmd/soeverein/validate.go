package main

import (
	"fmt"
	"strings"

	"soeverein"
)

func runValidate(e *env, args []string) error {
	f := newFlags(e, "validate", usageValidate).withQuestions()
	if err := f.parse(args); err != nil {
		return done(err)
	}
	if f.NArg() > 0 {
		return usagef("validate takes no file names; use --questions FILE")
	}
	q, err := loadQuestionnaire(f.questions)
	if err != nil {
		return printProblems(e, f.lang, err)
	}
	rules := len(q.Rules)
	fmt.Fprintln(e.stdout, tr(f.lang,
		"%s: valid: questionnaire %s version %s, %d themes, %d questions, %d rules",
		"%s: geldig: vragenlijst %s versie %s, %d thema's, %d vragen, %d regels",
		nameOr(f.questions), q.ID, q.Version, len(q.Themes), len(q.Questions()), rules))
	return nil
}

func nameOr(path string) string {
	if path == "" {
		return soeverein.DefaultQuestionnaireName
	}
	return path
}

func runQuestions(e *env, args []string) error {
	f := newFlags(e, "questions", usageQuestions)
	var version string
	var plain bool
	f.StringVar(&version, "version", "", "")
	f.BoolVar(&plain, "plain", false, "")
	if err := f.parse(args); err != nil {
		return done(err)
	}
	if f.NArg() > 0 {
		return usagef("questions takes no arguments; redirect the output to a file: soeverein questions > mijn-vragen.yaml")
	}
	if version == "" {
		return writeQuestionnaire(e.stdout, soeverein.DefaultQuestionnaire, plain)
	}
	p, ok := soeverein.PublishedQuestionnaire(version)
	if !ok {
		return usagef("questions: --version %s is not built in; versions: %s", version, strings.Join(publishedVersions(), ", "))
	}
	return writeQuestionnaire(e.stdout, p.Data, plain)
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

func runVersion(e *env, args []string) error {
	f := newFlags(e, "version", usageVersion)
	if err := f.parse(args); err != nil {
		return done(err)
	}
	if f.NArg() > 0 {
		return usagef("version takes no arguments")
	}
	q, err := loadQuestionnaire("")
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, versionText(f.lang, soeverein.CurrentBuild(), q.ID, q.Version))
	return nil
}

// versionText is what `soeverein version` prints: the version and the
// built-in questionnaire, then the source revision when the binary knows it.
func versionText(lang string, b soeverein.Build, questionnaireID, questionnaireVersion string) string {
	s := tr(lang, "soeverein %s (questionnaire %s %s)\n", "soeverein %s (vragenlijst %s %s)\n", b.Version, questionnaireID, questionnaireVersion)
	if b.Revision == "" {
		return s
	}
	s += tr(lang, "built from commit %s", "gebouwd uit commit %s", b.ShortRevision())
	if b.Time != "" {
		s += " (" + b.Time + ")"
	}
	if b.Modified {
		s += tr(lang, " with uncommitted changes", " met niet-vastgelegde wijzigingen")
	}
	return s + "\n"
}

// tr picks the English or the Dutch text and formats it.
func tr(lang, en, nl string, args ...any) string {
	if lang == "en" {
		return fmt.Sprintf(en, args...)
	}
	return fmt.Sprintf(nl, args...)
}
