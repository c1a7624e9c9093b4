package main

import (
	"errors"
	"strings"

	"soeverein/document"
	"soeverein/reports"
)

// chooseFormat picks the output format: --format when given, else the
// extension of -o, else markdown. A binary format (Word, ODT, PDF) needs a
// file: the screen would show bytes.
func chooseFormat(cmd, lang, format, out string) (reports.Format, error) {
	var f reports.Format
	var ok bool
	switch {
	case format != "":
		if f, ok = reports.FormatByName(format); !ok {
			return f, usagef("%s", tr(lang, "%s: unknown format %q; choose %s", "%s: onbekend formaat %q; kies %s", cmd, format, strings.Join(reports.FormatNames(), ", ")))
		}
	case !toStdout(out):
		// An extension that names no format (rapport.txt, or none) gives
		// markdown, as the report always was.
		if f, ok = reports.FormatForPath(out); !ok {
			f, _ = reports.FormatByName("md")
		}
	default:
		f, _ = reports.FormatByName("md")
	}
	if toStdout(out) && binaryFormat(f) {
		return f, usagef("%s", tr(lang, "%s: a %s file cannot go to the screen; give -o, for example -o rapport%s", "%s: een %s-bestand kan niet naar het scherm; geef -o, bijvoorbeeld -o rapport%s", cmd, f.Name, f.Ext))
	}
	return f, nil
}

func binaryFormat(f reports.Format) bool {
	switch f.Name {
	case "docx", "odt", "pdf":
		return true
	}
	return false
}

// formatError says in the user's language what went wrong with a format:
// no program to make a PDF (and how to get one anyway), or no public JSON.
func formatError(lang string, err error) error {
	var missing *document.ConverterMissingError
	switch {
	case errors.As(err, &missing):
		return errors.New(tr(lang,
			"no program found to make a PDF (LibreOffice, Chromium, Chrome or Edge). Install LibreOffice, or write the report as HTML (-o rapport.html), open it in a browser and print it to PDF (Ctrl+P, Save as PDF); or write the Word file (-o rapport.docx) and save it as PDF in Word",
			"geen programma gevonden om een PDF te maken (LibreOffice, Chromium, Chrome of Edge). Installeer LibreOffice, of schrijf het rapport als HTML (-o rapport.html), open het in een browser en druk het af als PDF (Ctrl+P, Opslaan als PDF); of schrijf het Word-bestand (-o rapport.docx) en sla het in Word op als PDF"))
	case errors.Is(err, reports.ErrPublicJSON):
		return usagef("%s", tr(lang,
			"there is no public version in JSON: JSON holds every note and piece of evidence; choose md, html, docx, odt or pdf with --public",
			"er is geen openbare versie in JSON: JSON bevat alle notities en bewijsstukken; kies md, html, docx, odt of pdf bij --public"))
	}
	return err
}

// surveyFormats reads --formats docx,md,pdf: the formats the survey's
// finish writes the report in ("" is the survey's default, Word and
// markdown).
func surveyFormats(lang, list string) ([]string, error) {
	var out []string
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		f, ok := reports.FormatByName(name)
		if !ok || f.Document == nil {
			return nil, usagef("%s", tr(lang, "survey: unknown report format %q in --formats; choose from md, html, docx, odt, pdf", "survey: onbekend rapportformaat %q bij --formats; kies uit md, html, docx, odt, pdf", name))
		}
		out = append(out, f.Name)
	}
	return out, nil
}
