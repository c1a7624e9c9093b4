package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"soeverein/assessment"
	"soeverein/texts"
)

// splitOptions writes one part file per person.
type splitOptions struct {
	File      string
	Dir       string // where the parts go; the main file's folder when ""
	Lang      texts.Lang
	Questions string
}

func splitParse(p *parsed) (runner, error) {
	return &splitOptions{File: p.args[0], Dir: p.str("dir"), Lang: p.lang, Questions: p.questions()}, nil
}

func (o *splitOptions) language() texts.Lang { return o.Lang }

func (o *splitOptions) run(e *env) error {
	l := o.Lang
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, l, err)
	}
	main, err := loadForRespondents(e, l, o.File, q)
	if err != nil {
		return err
	}
	if main.Part != nil {
		return failErr(texts.CmdSplitAlreadyPart, texts.A("file", o.File), texts.A("main", main.Part.Main))
	}
	if len(main.Assignments) == 0 {
		return failErr(texts.CmdSplitNothingAssigned, texts.A("file", o.File))
	}
	parts, err := assessment.Split(q, main, filepath.Base(o.File), time.Now())
	if err != nil {
		return err
	}
	dir := o.Dir
	if dir == "" {
		dir = filepath.Dir(o.File)
	}
	paths := make([]string, len(parts))
	for i, p := range parts {
		paths[i] = filepath.Join(dir, partFileName(filepath.Base(o.File), p.Part.Name, l))
		// A part may hold a colleague's work: never write over one.
		if _, err := os.Lstat(paths[i]); err == nil {
			return failErr(texts.CmdSplitPartExists, texts.A("part", paths[i]), texts.A("file", o.File))
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return failDetail(texts.CmdFileWriteFailed, err, texts.A("file", dir))
	}
	for i, p := range parts {
		if err := assessment.SaveAnswers(paths[i], p); err != nil {
			return failDetail(texts.CmdFileWriteFailed, err, texts.A("file", paths[i]))
		}
		fmt.Fprintln(e.stdout, l.T(texts.CmdSplitWritten, texts.A("part", paths[i]), texts.A("person", personText(p.Part.Name, p.Part.Role)),
			texts.A("questions", l.N(texts.CmdCountQuestions, len(p.Part.Questions))), texts.A("themes", strings.Join(p.Part.Themes, ", "))))
	}
	fmt.Fprintln(e.stderr, l.T(texts.CmdSplitSend, texts.A("file", o.File)))
	return nil
}

// partFileName names a person's part next to the main file's name:
// soeverein-GM0363-2026.deel-a-de-vries.yaml.
func partFileName(mainBase, person string, lang texts.Lang) string {
	stem := strings.TrimSuffix(mainBase, filepath.Ext(mainBase))
	word := lang.T(texts.CmdSplitPartWord)
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(person) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	slug := strings.TrimSuffix(b.String(), "-")
	if slug == "" {
		slug = "x"
	}
	return stem + "." + word + "-" + slug + ".yaml"
}
