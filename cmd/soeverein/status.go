package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"soeverein/assessment"
	"soeverein/texts"
)

// statusOptions shows who answers what, and how far they are.
type statusOptions struct {
	File      string
	Parts     []string
	Lang      texts.Lang
	Questions string
}

func statusParse(p *parsed) (runner, error) {
	return &statusOptions{File: p.args[0], Parts: p.args[1:], Lang: p.lang, Questions: p.questions()}, nil
}

func (o *statusOptions) language() texts.Lang { return o.Lang }

func (o *statusOptions) run(e *env) error {
	l := o.Lang
	q, main, parts, err := loadMainAndParts(e, l, o.Questions, o.File, o.Parts)
	if err != nil {
		return err
	}
	st, res, err := assessment.Status(q, main, parts)
	if err != nil {
		return respondentError(l, err)
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join([]string{l.T(texts.CmdTableTheme), l.T(texts.CmdStatusWho), l.T(texts.CmdTableAnswered),
		l.T(texts.CmdStatusDontKnow), l.T(texts.CmdStatusDone), l.T(texts.CmdStatusConflicts)}, "\t"))
	for _, s := range st {
		var who []string
		for _, as := range s.Who {
			who = append(who, personText(as.Name, as.Role))
		}
		if len(who) == 0 {
			who = []string{l.T(texts.CmdStatusNotAssigned)}
		}
		done := l.T(texts.CmdStatusNo)
		if s.Done {
			done = l.T(texts.CmdStatusYes)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%d\t%s\t%d\n", s.Theme.Title.In(string(l)), strings.Join(who, ", "), s.Answered, s.Total, s.Unknown, done, s.Conflicts)
	}
	tw.Flush()
	if n := len(res.Unresolved()); n > 0 {
		fmt.Fprintln(&b)
		fmt.Fprintln(&b, l.N(texts.CmdStatusConflictsWait, n, texts.A("file", o.File)))
	}
	// e.stdout shows control characters from the file instead of obeying them.
	_, err = fmt.Fprint(e.stdout, b.String())
	return err
}
