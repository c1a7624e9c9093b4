package main

import (
	"errors"
	"strings"

	"soeverein/document"
	"soeverein/reports"
	"soeverein/texts"
)

// chooseFormat picks the format of kind k: --format when given, else the
// extension of -o, else the kind's format for the screen (the compare
// table; markdown for the others) or, for a file or "-o -", markdown. A
// binary format (Word, ODT, PDF) needs a file: the screen would show bytes.
// There is no public JSON of the report (it holds every note and piece of
// evidence). The formats each kind has are reports' one list.
func chooseFormat(k reports.Kind, format, out string, public bool) (reports.Format, error) {
	var f reports.Format
	switch {
	case format != "":
		var err error
		if f, err = reports.FormatOf(k, format); err != nil {
			return f, &cmdError{usage: true, cause: err}
		}
	case out != "":
		// An extension that names none of the kind's formats (rapport.txt
		// for a report, or none) gives markdown, as the reports always were;
		// so does "-o -" for the trend report.
		var ok bool
		if f, ok = reports.FormatForPathOf(k, out); !ok || toStdout(out) {
			f, _ = reports.FormatOf(k, "md")
		}
	default:
		f = reports.FormatsOf(k)[0]
	}
	if toStdout(out) && f.Binary() {
		return f, usageErr(texts.CmdFormatNotOnScreen, texts.A("command", string(k)), texts.A("format", f.Name), texts.A("ext", f.Ext), texts.A("name", exampleName[k]))
	}
	if public && k == reports.Report && f.Document == nil {
		return f, usageErr(texts.CmdFormatPublicJSON, texts.A("command", string(k)))
	}
	return f, nil
}

// exampleName is the file name the error for a binary format on the screen
// suggests, without its extension.
var exampleName = map[reports.Kind]string{reports.Report: "rapport", reports.Council: "raadsvragen", reports.Compare: "trend"}

// formatError says in the user's language what went wrong with writing a
// format: no program to make a PDF (and how to get one anyway), or no
// public JSON.
func formatError(cmd string, err error) error {
	var missing *document.ConverterMissingError
	switch {
	case errors.As(err, &missing):
		return failErr(texts.CmdFormatNoPDFProgram)
	case errors.Is(err, reports.ErrPublicJSON):
		return usageErr(texts.CmdFormatPublicJSON, texts.A("command", cmd))
	}
	return err
}

// surveyFormats reads --formats docx,md,pdf: the formats the survey's
// finish writes the report in (none: the survey's default, Word and
// markdown). JSON is no report to hand over.
func surveyFormats(list string) ([]string, error) {
	var out []string
	for _, name := range strings.Split(list, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		f, err := reports.FormatOf(reports.Report, name)
		if err != nil || f.Document == nil {
			return nil, usageErr(texts.CmdSurveyUnknownFormat, texts.A("format", name), texts.A("formats", strings.Join(documentFormatNames(), ", ")))
		}
		out = append(out, f.Name)
	}
	return out, nil
}

// documentFormatNames are the formats of a document (all but JSON).
func documentFormatNames() []string {
	var names []string
	for _, f := range reports.FormatsOf(reports.Report) {
		if f.Document != nil {
			names = append(names, f.Name)
		}
	}
	return names
}
