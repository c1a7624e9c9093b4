package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"soeverein"
	"soeverein/assessment"
	"soeverein/document"
)

// runVerify checks that a report (any format) belongs to an answers file
// and a questionnaire: it recomputes both SHA-256 checksums and compares
// them with the ones the report carries in its metadata. Exit 0 when both
// match, 1 when one differs (naming which) or the report carries none.
func runVerify(e *env, args []string) error {
	f := newFlags(e, "verify", usageVerify).withQuestions()
	files, err := f.parseFiles(args)
	if err != nil {
		return done(err)
	}
	if len(files) != 2 {
		return usagef("%s", tr(f.lang, "verify needs a report and an answers file, for example: soeverein verify rapport.docx soeverein-GM0363-2026.yaml",
			"verify heeft een rapport en een antwoordenbestand nodig, bijvoorbeeld: soeverein verify rapport.docx soeverein-GM0363-2026.yaml"))
	}
	reportPath, answersPath := files[0], files[1]
	report, err := assessment.ReadFile(reportPath)
	if err != nil {
		return err
	}
	answers, err := assessment.ReadFile(answersPath)
	if err != nil {
		return err
	}
	qdata, qname := soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName
	if f.questions != "" {
		if qdata, err = assessment.ReadFile(f.questions); err != nil {
			return err
		}
		qname = f.questions
	}
	sums, err := document.ReadChecksums(report)
	if errors.Is(err, document.ErrNoChecksums) {
		if bytes.HasPrefix(report, []byte("%PDF-")) {
			return errors.New(tr(f.lang,
				"%s: this PDF carries no checksums in its metadata (a browser or another program made it, not LibreOffice), so it cannot be verified. Verify the HTML, Word, ODT or markdown file it was made from, or make the PDF with LibreOffice (soeverein report … -o rapport.pdf where LibreOffice is installed)",
				"%s: deze PDF heeft geen controlegetallen in zijn metadata (een browser of ander programma heeft hem gemaakt, niet LibreOffice), dus hij is niet te controleren. Controleer het HTML-, Word-, ODT- of markdownbestand waaruit hij is gemaakt, of maak de PDF met LibreOffice (soeverein report … -o rapport.pdf waar LibreOffice is geïnstalleerd)",
				reportPath))
		}
		return errors.New(tr(f.lang,
			"%s: no soeverein checksums found; is this a report that soeverein wrote (markdown, HTML, Word, ODT or a PDF from LibreOffice)?",
			"%s: geen controlegetallen van soeverein gevonden; is dit een rapport dat soeverein heeft geschreven (markdown, HTML, Word, ODT of een PDF van LibreOffice)?",
			reportPath))
	}
	if err != nil {
		return fmt.Errorf("%s: %w", reportPath, err)
	}
	type check struct{ key, label, file, sum string }
	checks := []check{
		{"questionnaire", tr(f.lang, "the questionnaire", "de vragenlijst"), filepath.Base(qname), digest(qdata)},
		{"answers", tr(f.lang, "the answers file", "het antwoordenbestand"), filepath.Base(answersPath), digest(answers)},
	}
	var differ []string
	for _, c := range checks {
		got, ok := sums[c.key]
		switch {
		case !ok:
			differ = append(differ, tr(f.lang, "the report records no checksum of %s", "het rapport vermeldt geen controlegetal van %s", c.label))
		case got != c.sum:
			differ = append(differ, tr(f.lang, "%s %s differs: the report has %s, the file %s", "%s %s verschilt: het rapport heeft %s, het bestand %s", c.label, c.file, got, c.sum))
		}
	}
	if len(differ) > 0 {
		return errors.New(tr(f.lang, "%s does NOT belong to these files: %s", "%s hoort NIET bij deze bestanden: %s", reportPath, strings.Join(differ, "; ")))
	}
	fmt.Fprintln(e.stdout, tr(f.lang, "%s belongs to these files: %s %s (SHA-256 %s) and %s %s (SHA-256 %s)", "%s hoort bij deze bestanden: %s %s (SHA-256 %s) en %s %s (SHA-256 %s)",
		reportPath, checks[0].label, checks[0].file, checks[0].sum, checks[1].label, checks[1].file, checks[1].sum))
	return nil
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func usageVerify(lang string) string {
	if lang == "en" {
		return `Usage: soeverein verify REPORT ANSWERS.yaml [--questions FILE] [--lang nl|en]

Checks that a report belongs to an answers file and a questionnaire: it
computes the SHA-256 checksums of both files and compares them with the ones
the report carries (markdown, HTML, Word, ODT, or a PDF that LibreOffice made).
Exit code 0 when the report belongs to the files, 1 when not (it says which
file differs). A PDF printed from a browser carries no checksums and cannot be
verified: verify the file it was made from.

  --questions FILE  the questionnaire the report was made with (default: the
                    built-in one)
  --lang nl|en      language of the messages (default nl)
`
	}
	return `Gebruik: soeverein verify RAPPORT ANTWOORDEN.yaml [--questions BESTAND] [--lang nl|en]

Controleert of een rapport hoort bij een antwoordenbestand en een vragenlijst:
berekent de SHA-256-controlegetallen van beide bestanden en vergelijkt ze met
die in het rapport (markdown, HTML, Word, ODT, of een PDF die LibreOffice heeft
gemaakt). Afsluitcode 0 als het rapport bij de bestanden hoort, 1 als dat niet
zo is (met welk bestand verschilt). Een PDF die vanuit een browser is
afgedrukt, heeft geen controlegetallen en is niet te controleren: controleer
het bestand waaruit hij is gemaakt.

  --questions BESTAND de vragenlijst waarmee het rapport is gemaakt (standaard:
                      de ingebouwde)
  --lang nl|en        taal van de meldingen (standaard nl)
`
}
