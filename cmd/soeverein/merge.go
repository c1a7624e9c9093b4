package main

import (
	"bufio"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"soeverein/assessment"
	"soeverein/survey"
)

// mergeOptions is what `soeverein merge` was asked to do.
type mergeOptions struct {
	File      string
	Parts     []string
	Prefer    assessment.Resolution // Unresolved: ask on a terminal, refuse in a script
	Lang      string
	Questions string
}

func parseMerge(e *env, args []string) (mergeOptions, error) {
	f := newFlags(e, "merge", usageMerge).withQuestions()
	var o mergeOptions
	var prefer string
	f.StringVar(&prefer, "prefer", "", "")
	files, err := f.parseFiles(args)
	if err != nil {
		return o, err
	}
	o.Lang, o.Questions = f.lang, f.questions
	switch prefer {
	case "":
	case "main":
		o.Prefer = assessment.KeepMain
	case "part":
		o.Prefer = assessment.TakePart
	default:
		return o, usagef("merge: --prefer must be main or part, not %q", prefer)
	}
	if len(files) < 2 {
		return o, usagef("merge needs the main file and one or more parts, for example: soeverein merge soeverein-GM0363-2026.yaml soeverein-GM0363-2026.deel-*.yaml")
	}
	for _, p := range files[1:] {
		if assessment.SameFile(p, files[0]) {
			return o, usagef("merge: %s is the main file itself; give the parts after it", p)
		}
	}
	o.File, o.Parts = files[0], files[1:]
	return o, nil
}

func runMerge(e *env, args []string) error {
	o, err := parseMerge(e, args)
	if err != nil {
		return done(err)
	}
	l, err := lockForWriting(e, o.File)
	if err != nil {
		return err
	}
	defer l.Unlock()
	before, err := assessment.Digest(o.File)
	if err != nil {
		return err
	}
	q, main, parts, err := loadMainAndParts(e, o.Lang, o.Questions, o.File, o.Parts)
	if err != nil {
		return err
	}
	for _, p := range o.Parts {
		warnOpenPart(e, o.Lang, p)
	}
	opt := assessment.MergeOptions{Prefer: o.Prefer, Now: time.Now(), Resolve: map[string]assessment.Resolution{}, MainName: filepath.Base(o.File)}
	var res *assessment.MergeResult
	in := bufio.NewReader(e.stdin)
	for {
		if res, err = assessment.Merge(q, main, parts, opt); err != nil {
			return respondentError(o.Lang, err)
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
			got, err = survey.ResolveAccessible(e.stdout, in, q, open, o.Lang)
		} else {
			got, err = survey.ResolveTUI(e.ctx, e.stdin, e.stdout, q, open, o.Lang, e.getenv("NO_COLOR") != "")
		}
		if errors.Is(err, survey.ErrStopped) {
			fmt.Fprintln(e.stderr, tr(o.Lang, "stopped: %s is not changed", "gestopt: %s is niet gewijzigd", o.File))
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
		return fmt.Errorf("%s", tr(o.Lang, "%s changed on disk during the merge (by hand, or by a sync such as OneDrive): nothing is written; run the merge again",
			"%s is tijdens het samenvoegen op schijf gewijzigd (met de hand, of door een synchronisatie zoals OneDrive): er is niets geschreven; voeg opnieuw samen", o.File))
	}
	if err := assessment.SaveAnswers(o.File, res.Answers); err != nil {
		return err
	}
	for _, name := range res.Carried {
		fmt.Fprintln(e.stderr, tr(o.Lang, "%s was answered against another version of the questionnaire: its answers came through replaces",
			"%s is ingevuld met een andere versie van de vragenlijst: de antwoorden zijn via replaces overgenomen", name))
	}
	n, p, c := res.Taken, len(parts), len(res.Conflicts)
	fmt.Fprintln(e.stdout, tr(o.Lang, "%s: %d %s taken from %d %s, %d %s decided (the answers not chosen are kept under superseded)",
		"%s: %d %s overgenomen uit %d %s, %d %s beslist (de niet gekozen antwoorden staan bewaard onder superseded)",
		o.File, n, plural(o.Lang, n, "answer", "answers", "antwoord", "antwoorden"), p, plural(o.Lang, p, "part", "parts", "deel", "delen"),
		c, plural(o.Lang, c, "conflict", "conflicts", "conflict", "conflicten")))
	return nil
}

// loadMainAndParts reads the questionnaire, the main file and the parts.
func loadMainAndParts(e *env, lang, questions, file string, partPaths []string) (*assessment.Questionnaire, *assessment.Answers, []assessment.PartFile, error) {
	q, err := loadQuestionnaire(questions)
	if err != nil {
		return nil, nil, nil, printProblems(e, lang, err)
	}
	main, err := loadForRespondents(e, lang, file, q)
	if err != nil {
		return nil, nil, nil, err
	}
	if main.Part != nil {
		return nil, nil, nil, fmt.Errorf("%s", tr(lang, "%s is a part (of %s), not a main file: give the main file first", "%s is een deel (van %s), geen hoofdbestand: geef eerst het hoofdbestand", file, main.Part.Main))
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
func mergeListConflicts(e *env, o mergeOptions, q *assessment.Questionnaire, open []assessment.Conflict) error {
	for i, c := range open {
		v := survey.ViewConflict(q, c, i, len(open), o.Lang)
		fmt.Fprintf(e.stderr, "%s: %s\n  %s\n", v.Title, v.Question, v.Kind)
		for _, side := range []survey.ConflictSide{v.Main, v.Part} {
			fmt.Fprintf(e.stderr, "  %s: %s\n", side.Title, side.Lines[0])
			for _, l := range side.Lines[1:] {
				fmt.Fprintf(e.stderr, "      %s\n", l)
			}
		}
	}
	fmt.Fprintln(e.stderr, tr(o.Lang, "%d conflict(s): %s is not changed. Decide them on a terminal (soeverein merge without a script), or with --prefer main or --prefer part",
		"%d conflict(en): %s is niet gewijzigd. Beslis ze in een terminal (soeverein merge zonder script), of met --prefer main of --prefer part", len(open), o.File))
	return errSilent
}

func usageMerge(lang string) string {
	if lang == "en" {
		return `Usage: soeverein merge FILE PART... [--prefer main|part] [--lang nl|en]

Brings the parts made with soeverein split back into the main file FILE:
per question the answer of the person it is assigned to, with who answered
and when. A conflict (a question answered differently in two files, or
changed in the main file after the split) is never decided silently: on a
terminal each conflict is shown side by side to choose (with ACCESSIBLE=1
or TERM=dumb you are asked line by line); in a script the conflicts are listed
and nothing is written (exit code 1), unless --prefer decides them. The
answer not chosen stays in the file under superseded, with its author and
time. Merging the same part twice changes nothing. Parts of another
municipality, period or questionnaire are refused.

  --prefer main   keep the main file's answer in every conflict
  --prefer part   take the part's answer in every conflict
`
	}
	return `Gebruik: soeverein merge BESTAND DEEL... [--prefer main|part] [--lang nl|en]

Voegt de delen die met soeverein split zijn gemaakt weer samen in het
hoofdbestand BESTAND: per vraag het antwoord van de persoon aan wie de vraag
is toegewezen, met wie het gaf en wanneer. Een conflict (een vraag die in
twee bestanden verschillend is beantwoord, of die na het splitsen in het
hoofdbestand is gewijzigd) wordt nooit stilzwijgend beslist: in een terminal
ziet u elk conflict naast elkaar en kiest u (met ACCESSIBLE=1 of TERM=dumb
wordt het regel voor regel gevraagd); in een script worden de conflicten getoond en
wordt niets geschreven (afsluitcode 1), tenzij --prefer ze beslist. Het niet
gekozen antwoord blijft in het bestand staan onder superseded, met wie het
gaf en wanneer. Hetzelfde deel twee keer samenvoegen verandert niets. Delen
van een andere gemeente, periode of vragenlijst worden geweigerd.

  --prefer main   houd bij elk conflict het antwoord van het hoofdbestand
  --prefer part   neem bij elk conflict het antwoord van het deel
`
}
