package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"soeverein/assessment"
	"soeverein/reports"
	"soeverein/scoring"
)

// runReport writes the council report of an answers file as markdown: to
// stdout, or atomically to the file given with -o.
func runReport(e *env, args []string) error {
	f := newFlags(e, "report", usageReport).withQuestions()
	var out string
	f.StringVar(&out, "o", "", "")
	var previous string
	var known []string
	f.StringVar(&previous, "previous", "", "")
	f.Func("known", "", func(path string) error { known = append(known, path); return nil })
	var format string
	var public bool
	f.StringVar(&format, "format", "", "")
	f.BoolVar(&public, "public", false, "")
	files, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	if len(files) != 1 {
		return usagef("report needs one answers file, for example: soeverein report soeverein-GM0363-2026.yaml -o rapport.md")
	}
	path := files[0]
	if err := checkOutput("report", out, append([]string{path, previous, f.questions}, known...)...); err != nil {
		return err
	}
	fm, err := chooseFormat("report", f.lang, format, out)
	if err != nil {
		return err
	}
	q, err := loadQuestionnaire(f.questions)
	if err != nil {
		return printProblems(e, f.lang, err)
	}
	// Read the bytes once: the digest in the report is of exactly the bytes
	// that were scored.
	data, err := assessment.ReadFile(path)
	if err != nil {
		return err
	}
	a, warnings, err := assessment.ParseAnswers(data, path)
	if err != nil {
		return printProblems(e, f.lang, err)
	}
	for _, w := range append(warnings, q.CheckAnswers(a, path)...) {
		fmt.Fprintln(e.stderr, w)
	}
	if a.Part != nil {
		fmt.Fprintln(e.stderr, tr(f.lang, "note: %s is the part of %s, not the whole assessment: merge it into %s first (soeverein merge)",
			"let op: %s is het deel van %s, niet de hele zelfevaluatie: voeg het eerst samen in %s (soeverein merge)", path, a.Part.Name, a.Part.Main))
	}
	res := scoring.Evaluate(q, a)
	sum := sha256.Sum256(data)
	var buf bytes.Buffer
	opts := reports.Options{Lang: f.lang, AnswersFile: filepath.Base(path), AnswersSHA256: hex.EncodeToString(sum[:]), Public: public}
	if previous != "" {
		if opts.Previous, err = reportPrevious(e, f.lang, f.questions, known, q, a, path, previous); err != nil {
			return err
		}
	}
	if err := fm.WriteReport(&buf, res, q, opts); err != nil {
		return formatError(f.lang, err)
	}
	if c := res.Completeness; !c.Complete {
		fmt.Fprintln(e.stderr, tr(f.lang,
			"note: %d of %d questions are not answered yet; the report is marked DRAFT",
			"let op: %d van de %d vragen zijn nog niet beantwoord; het rapport is gemarkeerd als CONCEPT",
			len(c.Missing), c.Total))
	}
	if toFile, err := writeOutput(e, out, buf.Bytes()); err != nil || !toFile {
		return err
	}
	fmt.Fprintln(e.stderr, tr(f.lang, "report written to %s", "rapport geschreven naar %s", out))
	return nil
}

func usageReport(lang string) string {
	if lang == "en" {
		return `Usage: soeverein report ANSWERS.yaml [-o report.docx] [--format F] [--public] [--previous LAST.yaml] [--lang nl|en] [--questions FILE]

Writes the report for the municipal council (markdown, HTML, Word, ODT or PDF): a summary, answers
to the recurring council questions, the results per theme, an action plan,
the indicative EU Cloud Sovereignty Framework view and the method. Without -o
the report goes to the screen (stdout). An assessment that is not finished
gives a report marked DRAFT, listing the open questions.

The report records the SHA-256 of the questionnaire and of the answers file,
so that anyone can check which files it was made from (sha256sum FILE).

  -o FILE           write the report to FILE (safely: all or nothing; - is
                    the screen, stdout); the extension chooses the format:
                    .md, .html, .docx, .odt, .pdf, .json
  --format F        md, html, docx, odt, pdf or json (default: from -o, else md);
                    pdf needs LibreOffice or Chromium
  --public          the version for publication: no evidence, notes, names or
                    answers to confidential questions; a list of what was left out
  --previous FILE   last year's answers file: adds the section "Development
                    since <year>" (scores like for like, main changes,
                    findings resolved and new)
  --known FILE      the questionnaire last year was answered with, to show
                    last year's score as reported (repeat for several)
  --lang nl|en      language of the report (default nl)
  --questions FILE  use this questionnaire instead of the built-in one
`
	}
	return `Gebruik: soeverein report ANTWOORDEN.yaml [-o rapport.docx] [--format F] [--public] [--previous VORIG.yaml] [--lang nl|en] [--questions BESTAND]

Schrijft het rapport voor de gemeenteraad (markdown, HTML, Word, ODT of PDF): een samenvatting,
antwoorden op de raadsvragen die elk jaar terugkomen, de uitkomsten per thema,
een actieplan, de indicatieve weergave volgens het EU Cloud Sovereignty
Framework en de werkwijze. Zonder -o verschijnt het rapport op het scherm
(stdout). Een zelfevaluatie die nog niet af is, geeft een rapport met de
markering CONCEPT en een lijst van de open vragen.

Het rapport vermeldt de SHA-256 van de vragenlijst en van het
antwoordenbestand, zodat iedereen kan nagaan uit welke bestanden het is
gemaakt (sha256sum BESTAND).

  --format F          md, html, docx, odt, pdf of json (standaard: volgens -o,
                      anders md); pdf vraagt LibreOffice of Chromium
  --public            de versie voor publicatie: zonder bewijs, notities, namen
                      en antwoorden op vertrouwelijke vragen; met een lijst van
                      wat is weggelaten
  -o BESTAND          schrijf het rapport naar BESTAND (veilig: alles of niets;
                      - is het scherm, stdout); de extensie kiest het formaat:
                      .md, .html, .docx, .odt, .pdf, .json
  --previous BESTAND  het antwoordenbestand van vorig jaar: voegt de paragraaf
                      "Ontwikkeling sinds <jaar>" toe (scores met dezelfde
                      maatstaf, belangrijkste veranderingen, opgeloste en
                      nieuwe bevindingen)
  --known BESTAND     de vragenlijst waarmee vorig jaar is ingevuld, om de
                      score van vorig jaar te tonen zoals die toen is
                      gerapporteerd (herhaal voor meer)
  --lang nl|en        taal van het rapport (standaard nl)
  --questions BESTAND gebruik deze vragenlijst in plaats van de ingebouwde
`
}
