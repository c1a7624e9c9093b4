package document

import (
	"io"
	"path/filepath"
	"strings"
)

// Format is one output format: its name for --format, the file extension
// that selects it from -o, its media type and the function that writes it.
type Format struct {
	Name      string
	Ext       string // with the dot: ".docx"
	MediaType string
	Write     func(w io.Writer, d *Document) error
	// External is set when the format needs a program outside this one
	// (PDF: LibreOffice or Chromium); Write then fails with a
	// *ConverterMissingError where none is found.
	External bool
}

// Formats lists every format, in the order help texts show them.
var Formats = []Format{
	{Name: "md", Ext: ".md", MediaType: "text/markdown; charset=utf-8", Write: Markdown},
	{Name: "html", Ext: ".html", MediaType: "text/html; charset=utf-8", Write: HTML},
	{Name: "docx", Ext: ".docx", MediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Write: DOCX},
	{Name: "odt", Ext: ".odt", MediaType: "application/vnd.oasis.opendocument.text", Write: ODT},
	{Name: "pdf", Ext: ".pdf", MediaType: "application/pdf", Write: PDF, External: true},
}

// FormatByName returns the format called name ("md", "docx", …; "markdown"
// is md), and false when there is none.
func FormatByName(name string) (Format, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "markdown" {
		name = "md"
	}
	for _, f := range Formats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatForPath returns the format that a file name's extension selects
// (rapport.docx: docx; .markdown and .htm are accepted too), and false when
// the extension selects none.
func FormatForPath(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".markdown":
		ext = ".md"
	case ".htm":
		ext = ".html"
	}
	for _, f := range Formats {
		if f.Ext == ext {
			return f, true
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
