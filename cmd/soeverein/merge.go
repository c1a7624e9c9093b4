package main

import (
	"bufio"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"soeverein/assessment"
	"soeverein/survey"
	"soeverein/texts"
)

// mergeOptions brings the parts back into the main file.
type mergeOptions struct {
	File      string
	Parts     []string
	Prefer    assessment.Resolution // Unresolved: ask on a terminal, refuse in a script
	Lang      texts.Lang
	Questions string
}

func mergeParse(p *parsed) (runner, error) {
	o := &mergeOptions{File: p.args[0], Parts: p.args[1:], Lang: p.lang, Questions: p.questions()}
	switch prefer := p.str("prefer"); prefer {
	case "":
	case "main":
		o.Prefer = assessment.KeepMain
	case "part":
		o.Prefer = assessment.TakePart
	default:
		return nil, usageErr(texts.CmdMergeBadPrefer, texts.A("prefer", fmt.Sprintf("%q", prefer)))
	}
	for _, part := range o.Parts {
		if assessment.SameFile(part, o.File) {
			return nil, usageErr(texts.CmdMergeItself, texts.A("file", part))
		}
	}
	return o, nil
}

func (o *mergeOptions) language() texts.Lang { return o.Lang }

func (o *mergeOptions) run(e *env) error {
	l := o.Lang
	lock, err := lockForWriting(e, l, o.File)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	before, err := assessment.Digest(o.File)
	if err != nil {
		return fileError(o.File, err)
	}
	q, main, parts, err := loadMainAndParts(e, l, o.Questions, o.File, o.Parts)
	if err != nil {
		return err
	}
	for _, p := range o.Parts {
		warnOpenPart(e, l, p)
	}
	opt := assessment.MergeOptions{Prefer: o.Prefer, Now: time.Now(), Resolve: map[string]assessment.Resolution{}, MainName: filepath.Base(o.File)}
	var res *assessment.MergeResult
	in := bufio.NewReader(e.stdin)
	for {
		if res, err = assessment.Merge(q, main, parts, opt); err != nil {
			return respondentError(l, err)
		}
		open := res.Unresolved()
		if len(open) == 0 {
			break
		}
		if !isTerminal(e.stdin) || !isTerminal(e.stdout) {
			return mergeListConflicts(e, o, q, open)
		}
		// Deciding one conflict can change the next one (two parts on one
		// question), so merge again after each round of answers.
		var got map[string]assessment.Resolution
		if wantsAccessible(e, isTerminal) {
			got, err = survey.ResolveAccessible(e.stdout, in, q, open, string(l))
		} else {
			got, err = survey.ResolveTUI(e.ctx, e.stdin, e.stdout, q, open, string(l), e.getenv("NO_COLOR") != "")
		}
		if errors.Is(err, survey.ErrStopped) {
			fmt.Fprintln(e.stderr, l.T(texts.CmdMergeStopped, texts.A("file", o.File)))
			return errAborted
		}
		if err != nil {
			return err
		}
		for k, r := range got {
			opt.Resolve[k] = r
		}
	}
	// The lock keeps surveys out; a hand edit or a sync may still have
	// changed the file while the conflicts were decided.
	if now, err := assessment.Digest(o.File); err != nil || now != before {
		return failErr(texts.CmdMergeChanged, texts.A("file", o.File))
	}
	if err := assessment.SaveAnswers(o.File, res.Answers); err != nil {
		return failDetail(texts.CmdFileWriteFailed, err, texts.A("file", o.File))
	}
	for _, name := range res.Carried {
		fmt.Fprintln(e.stderr, l.T(texts.CmdMergeCarried, texts.A("part", name)))
	}
	fmt.Fprintln(e.stdout, l.T(texts.CmdMergeDone, texts.A("file", o.File), texts.A("answers", l.N(texts.CmdCountAnswers, res.Taken)),
		texts.A("parts", l.N(texts.CmdCountParts, len(parts))), texts.A("conflicts", l.N(texts.CmdCountConflicts, len(res.Conflicts)))))
	return nil
}

// loadMainAndParts reads the questionnaire, the main file and the parts.
func loadMainAndParts(e *env, lang texts.Lang, questions, file string, partPaths []string) (*assessment.Questionnaire, *assessment.Answers, []assessment.PartFile, error) {
	q, err := loadQuestionnaire(e, questions)
	if err != nil {
		return nil, nil, nil, printProblems(e, lang, err)
	}
	main, err := loadForRespondents(e, lang, file, q)
	if err != nil {
		return nil, nil, nil, err
	}
	if main.Part != nil {
		return nil, nil, nil, failErr(texts.CmdMergeIsPart, texts.A("file", file), texts.A("main", main.Part.Main))
	}
	var parts []assessment.PartFile
	for _, p := range partPaths {
		a, err := loadForRespondents(e, lang, p, nil)
		if err != nil {
			return nil, nil, nil, err
		}
		parts = append(parts, assessment.PartFile{Name: p, Answers: a})
	}
	return q, main, parts, nil
}

// mergeListConflicts prints the conflicts a script left undecided and
// fails without writing.
func mergeListConflicts(e *env, o *mergeOptions, q *assessment.Questionnaire, open []assessment.Conflict) error {
	for i, c := range open {
		v := survey.ViewConflict(q, c, i, len(open), string(o.Lang))
		fmt.Fprintf(e.stderr, "%s: %s\n  %s\n", v.Title, v.Question, v.Kind)
		for _, side := range []survey.ConflictSide{v.Main, v.Part} {
			fmt.Fprintf(e.stderr, "  %s: %s\n", side.Title, side.Lines[0])
			for _, l := range side.Lines[1:] {
				fmt.Fprintf(e.stderr, "      %s\n", l)
			}
		}
	}
	fmt.Fprintln(e.stderr, o.Lang.N(texts.CmdMergeConflicts, len(open), texts.A("file", o.File)))
	return errSilent
}
