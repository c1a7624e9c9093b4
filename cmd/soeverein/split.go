package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"soeverein/assessment"
)

// splitOptions is what `soeverein split` was asked to do.
type splitOptions struct {
	File      string
	Dir       string // where the parts go; the main file's folder when ""
	Lang      string
	Questions string
}

func parseSplit(e *env, args []string) (splitOptions, error) {
	f := newFlags(e, "split", usageSplit).withQuestions()
	var o splitOptions
	f.StringVar(&o.Dir, "dir", "", "")
	files, err := f.parseFiles(args)
	if err != nil {
		return o, err
	}
	o.Lang, o.Questions = f.lang, f.questions
	if len(files) != 1 {
		return o, usagef("split needs one answers file, for example: soeverein split soeverein-GM0363-2026.yaml --dir delen")
	}
	o.File = files[0]
	return o, nil
}

func runSplit(e *env, args []string) error {
	o, err := parseSplit(e, args)
	if err != nil {
		return done(err)
	}
	q, err := loadQuestionnaire(o.Questions)
	if err != nil {
		return printProblems(e, o.Lang, err)
	}
	main, err := loadForRespondents(e, o.Lang, o.File, q)
	if err != nil {
		return err
	}
	if main.Part != nil {
		return fmt.Errorf("%s", tr(o.Lang, "%s is already a part (of %s): split the main file", "%s is al een deel (van %s): splits het hoofdbestand", o.File, main.Part.Main))
	}
	if len(main.Assignments) == 0 {
		return fmt.Errorf("%s", tr(o.Lang, "%s: no themes are assigned yet; first: soeverein assign %s THEME... --to NAME", "%s: er zijn nog geen thema's toegewezen; eerst: soeverein assign %s THEMA... --to NAAM", o.File, o.File))
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
		paths[i] = filepath.Join(dir, partFileName(filepath.Base(o.File), p.Part.Name, o.Lang))
		// A part may hold a colleague's work: never write over one.
		if _, err := os.Lstat(paths[i]); err == nil {
			return fmt.Errorf("%s", tr(o.Lang, "%s already exists and may hold a colleague's answers: merge it first (soeverein merge %s %s), then move it away and split again",
				"%s bestaat al en kan antwoorden van een collega bevatten: voeg het eerst samen (soeverein merge %s %s), zet het daarna opzij en splits opnieuw", paths[i], o.File, paths[i]))
		}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("split: %w", err)
	}
	for i, p := range parts {
		if err := assessment.SaveAnswers(paths[i], p); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, tr(o.Lang, "%s: %s, %d questions (%s)", "%s: %s, %d vragen (%s)",
			paths[i], personText(p.Part.Name, p.Part.Role), len(p.Part.Questions), strings.Join(p.Part.Themes, ", ")))
	}
	fmt.Fprintln(e.stderr, tr(o.Lang, "send each person their part; they open it with soeverein survey PART. Then: soeverein merge %s PART...",
		"stuur iedereen het eigen deel; open het met soeverein survey DEEL. Daarna: soeverein merge %s DEEL...", o.File))
	return nil
}

// partFileName names a person's part next to the main file's name:
// soeverein-GM0363-2026.deel-a-de-vries.yaml.
func partFileName(mainBase, person, lang string) string {
	stem := strings.TrimSuffix(mainBase, filepath.Ext(mainBase))
	word := tr(lang, "part", "deel")
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

func usageSplit(lang string) string {
	if lang == "en" {
		return `Usage: soeverein split FILE [--dir DIR] [--lang nl|en]

Writes one part file per person assigned with soeverein assign: the same
municipality, period and questionnaire, that person's questions with the
answers already given, and the main file's name. Each person answers their
part with soeverein survey PART and marks it done; then merge the parts
with soeverein merge FILE PART.... An existing part is never overwritten.

  --dir DIR   write the parts in DIR (default: next to FILE)
`
	}
	return `Gebruik: soeverein split BESTAND [--dir MAP] [--lang nl|en]

Schrijft één deelbestand per persoon die met soeverein assign is aangewezen:
dezelfde gemeente, periode en vragenlijst, de vragen van die persoon met de
antwoorden die er al staan, en de naam van het hoofdbestand. Ieder
beantwoordt het eigen deel met soeverein survey DEEL en markeert het als
klaar; voeg de delen daarna samen met soeverein merge BESTAND DEEL....
Een bestaand deel wordt nooit overschreven.

  --dir MAP   schrijf de delen in MAP (standaard: naast BESTAND)
`
}
