package main

import (
	"fmt"
	"strings"

	"soeverein/assessment"
	"soeverein/texts"
)

// assignOptions records who answers which themes.
type assignOptions struct {
	File      string
	IDs       []string // themes or single questions
	To        string
	Role      string
	Lang      texts.Lang
	Questions string
}

func assignParse(p *parsed) (runner, error) {
	o := &assignOptions{File: p.args[0], IDs: p.args[1:], To: p.str("to"), Role: p.str("role"), Lang: p.lang, Questions: p.questions()}
	if strings.TrimSpace(o.To) == "" {
		return nil, usageErr(texts.CmdAssignNeedsTo)
	}
	return o, nil
}

func (o *assignOptions) language() texts.Lang { return o.Lang }

func (o *assignOptions) run(e *env) error {
	q, err := loadQuestionnaire(e, o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	l, err := lockForWriting(e, o.Lang, o.File)
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
		return failDetail(texts.CmdFileWriteFailed, err, texts.A("file", o.File))
	}
	as := a.Assignee(strings.TrimSpace(o.To))
	fmt.Fprintln(e.stdout, o.Lang.T(texts.CmdAssignDone, texts.A("person", personText(as.Name, as.Role)), texts.A("ids", strings.Join(append(as.Themes, as.Questions...), ", "))))
	return nil
}
