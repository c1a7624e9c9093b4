package main

import (
	"errors"
	"strings"

	"soeverein/document"
	"soeverein/reports"
	"soeverein/texts"
)

// chooseFormat picks the report's format: --format when given, else the
// extension of -o, else markdown. A binary format (Word, ODT, PDF) needs a
// file: the screen would show bytes. There is no public JSON (it holds
// every note and piece of evidence).
func chooseFormat(cmd, format, out string, public bool) (reports.Format, error) {
	var f reports.Format
	var ok bool
	switch {
	case format != "":
		if f, ok = reports.FormatByName(format); !ok {
			return f, usageErr(texts.CmdFormatUnknown, texts.A("command", cmd), texts.A("format", format), texts.A("formats", strings.Join(reports.FormatNames(), ", ")))
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
		return f, usageErr(texts.CmdFormatNotOnScreen, texts.A("command", cmd), texts.A("format", f.Name), texts.A("ext", f.Ext))
	}
	if public && f.Document == nil {
		return f, usageErr(texts.CmdFormatPublicJSON, texts.A("command", cmd))
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
		f, ok := reports.FormatByName(name)
		if !ok || f.Document == nil {
			return nil, usageErr(texts.CmdSurveyUnknownFormat, texts.A("format", name), texts.A("formats", strings.Join(documentFormatNames(), ", ")))
		}
		out = append(out, f.Name)
	}
	return out, nil
}

// documentFormatNames are the formats of a document (all but JSON).
func documentFormatNames() []string {
	var names []string
	for _, f := range reports.Formats {
		if f.Document != nil {
			names = append(names, f.Name)
		}
	}
	return names
}
