package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"soeverein/assessment"
)

// statusOptions is what `soeverein status` was asked to show.
type statusOptions struct {
	File      string
	Parts     []string
	Lang      string
	Questions string
}

func parseStatus(e *env, args []string) (statusOptions, error) {
	f := newFlags(e, "status", usageStatus).withQuestions()
	var o statusOptions
	files, err := f.parseFiles(args)
	if err != nil {
		return o, err
	}
	o.Lang, o.Questions = f.lang, f.questions
	if len(files) < 1 {
		return o, usagef("status needs the main file, and the parts if you have them: soeverein status soeverein-GM0363-2026.yaml soeverein-GM0363-2026.deel-*.yaml")
	}
	o.File, o.Parts = files[0], files[1:]
	return o, nil
}

func runStatus(e *env, args []string) error {
	o, err := parseStatus(e, args)
	if err != nil {
		return done(err)
	}
	q, main, parts, err := loadMainAndParts(e, o.Lang, o.Questions, o.File, o.Parts)
	if err != nil {
		return err
	}
	st, res, err := assessment.Status(q, main, parts)
	if err != nil {
		return respondentError(o.Lang, err)
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, tr(o.Lang, "Theme\tWho\tAnswered\tDon't know\tDone\tConflicts", "Thema\tWie\tBeantwoord\tWeet niet\tKlaar\tConflicten"))
	for _, s := range st {
		var who []string
		for _, as := range s.Who {
			who = append(who, personText(as.Name, as.Role))
		}
		if len(who) == 0 {
			who = []string{tr(o.Lang, "(not assigned)", "(niet toegewezen)")}
		}
		done := tr(o.Lang, "no", "nee")
		if s.Done {
			done = tr(o.Lang, "yes", "ja")
		}
		fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%d\t%s\t%d\n", s.Theme.Title.In(o.Lang), strings.Join(who, ", "), s.Answered, s.Total, s.Unknown, done, s.Conflicts)
	}
	tw.Flush()
	if n := len(res.Unresolved()); n > 0 {
		fmt.Fprintln(&b, tr(o.Lang, "\n%d conflict(s) wait for a decision: soeverein merge %s PART...", "\n%d conflict(en) wachten op een besluit: soeverein merge %s DEEL...", n, o.File))
	}
	// e.stdout shows control characters from the file instead of obeying them.
	_, err = fmt.Fprint(e.stdout, b.String())
	return err
}

func usageStatus(lang string) string {
	if lang == "en" {
		return `Usage: soeverein status FILE [PART...] [--lang nl|en]

Shows per theme who answers it, how many of its questions are answered
(as the main file would stand after merging the parts given), how many are
"don't know", whether the part is marked done, and the conflicts waiting
for a decision in soeverein merge. Nothing is written.
`
	}
	return `Gebruik: soeverein status BESTAND [DEEL...] [--lang nl|en]

Toont per thema wie het beantwoordt, hoeveel vragen beantwoord zijn (zoals
het hoofdbestand zou staan na het samenvoegen van de gegeven delen), hoeveel
"weet ik niet" zijn, of het deel als klaar is gemarkeerd, en de conflicten
die in soeverein merge op een besluit wachten. Er wordt niets geschreven.
`
}
