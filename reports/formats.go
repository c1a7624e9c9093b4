package reports

import (
	"encoding/json"
	"errors"
	"io"
	"path/filepath"
	"strings"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/scoring"
)

// Format is one output format of the report: its name for --format, the
// file extension that selects it from -o, and how it is written. Every
// document format writes the one document Build makes, so the formats
// cannot say different things; JSON is the scored result itself, for
// other programs.
type Format struct {
	Name string
	Ext  string // with the dot: ".docx"
	// Document is the document package's writer, or nil for JSON.
	Document *docm.Format
}

// ErrPublicJSON is returned for the public version in JSON: the result
// holds every note and piece of evidence, so there is no public JSON.
var ErrPublicJSON = errors.New("report: there is no public version in JSON")

// Formats lists the report's formats, in the order help texts show them:
// markdown, HTML, Word, ODT, PDF and JSON.
var Formats = func() []Format {
	var out []Format
	for i := range docm.Formats {
		f := &docm.Formats[i]
		out = append(out, Format{Name: f.Name, Ext: f.Ext, Document: f})
	}
	return append(out, Format{Name: "json", Ext: ".json"})
}()

// FormatByName returns the format called name (md, markdown, html, docx,
// odt, pdf, json), and false when there is none.
func FormatByName(name string) (Format, bool) {
	if strings.EqualFold(strings.TrimSpace(name), "json") {
		return Formats[len(Formats)-1], true
	}
	f, ok := docm.FormatByName(name)
	return documentFormat(f, ok)
}

// FormatForPath returns the format a file name's extension selects
// (rapport.docx: docx; .markdown and .htm too), and false for none.
func FormatForPath(path string) (Format, bool) {
	if strings.EqualFold(filepath.Ext(path), ".json") {
		return Formats[len(Formats)-1], true
	}
	f, ok := docm.FormatForPath(path)
	return documentFormat(f, ok)
}

func documentFormat(f docm.Format, ok bool) (Format, bool) {
	for _, rf := range Formats {
		if ok && rf.Document != nil && rf.Name == f.Name {
			return rf, true
		}
	}
	return Format{}, false
}

// FormatNames returns the formats' names, for usage texts and errors.
func FormatNames() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return names
}

// WriteReport writes the report of a scored assessment in this format.
// A PDF needs LibreOffice or Chromium: without one it fails with a
// *document.ConverterMissingError, which the caller shows in the user's
// language (ConverterMissingText).
func (f Format) WriteReport(w io.Writer, r *scoring.Result, q *assessment.Questionnaire, opts Options) error {
	if f.Document == nil {
		if opts.Public {
			return ErrPublicJSON
		}
		return JSON(w, r)
	}
	d, err := Build(r, q, opts)
	if err != nil {
		return err
	}
	return f.Document.Write(w, d)
}

// JSON writes a scored result as indented JSON: the format of score --json
// and report --format json.
func JSON(w io.Writer, r *scoring.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Notes are the user's own text: keep <, > and & readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
