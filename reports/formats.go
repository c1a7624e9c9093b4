package reports

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"soeverein/assessment"
	"soeverein/compare"
	docm "soeverein/document"
	"soeverein/scoring"
	"soeverein/texts"
)

// Kind is a kind of output, named as the command that writes it: the
// report, the council answers alone, the comparison of several years, the
// scores.
type Kind string

// The kinds of output.
const (
	Report  Kind = "report"
	Council Kind = "council"
	Compare Kind = "compare"
	Score   Kind = "score"
)

// Format is one output format: its name for --format, the file extension
// that selects it from -o, and how it is written. The document formats
// write the one document a kind's builder makes (Build, BuildCouncil,
// BuildTrend), so the formats cannot say different things; text is the
// table for the terminal and JSON the result itself, for other programs.
type Format struct {
	Name string
	Ext  string // with the dot: ".docx"
	// Document is the document package's writer, or nil for text and JSON.
	Document *docm.Format
}

// Binary reports whether the format's bytes are not text (Word, ODT, PDF):
// they belong in a file, not on a screen.
func (f Format) Binary() bool {
	return f.Document != nil && !strings.HasPrefix(f.Document.MediaType, "text/")
}

// allFormats are every format of any kind, in the order help texts show
// them: the terminal's text, the document formats, JSON.
var allFormats = func() []Format {
	out := []Format{{Name: "text", Ext: ".txt"}}
	for i := range docm.Formats {
		f := &docm.Formats[i]
		out = append(out, Format{Name: f.Name, Ext: f.Ext, Document: f})
	}
	return append(out, Format{Name: "json", Ext: ".json"})
}()

// kindFormats is the one list of which kind of output is written in which
// formats, in the order help texts show them (after OpenSSF Scorecard's
// FormatResults). The first format is the kind's default.
var kindFormats = []struct {
	kind    Kind
	formats []string
}{
	{Report, []string{"md", "html", "docx", "odt", "pdf", "json"}},
	{Council, []string{"md", "html", "docx", "odt", "pdf", "json"}},
	{Compare, []string{"text", "md", "html", "docx", "odt", "pdf", "json"}},
	{Score, []string{"text", "json"}},
}

// Kinds lists the kinds of output.
func Kinds() []Kind {
	out := make([]Kind, len(kindFormats))
	for i, k := range kindFormats {
		out[i] = k.kind
	}
	return out
}

// FormatsOf returns the formats of kind k, its default first; none for a
// kind there is not.
func FormatsOf(k Kind) []Format {
	var out []Format
	for _, kf := range kindFormats {
		if kf.kind != k {
			continue
		}
		for _, name := range kf.formats {
			f, _ := formatNamed(name)
			out = append(out, f)
		}
	}
	return out
}

// FormatNamesOf returns the names of kind k's formats, for usage texts,
// completion and errors.
func FormatNamesOf(k Kind) []string {
	var names []string
	for _, f := range FormatsOf(k) {
		names = append(names, f.Name)
	}
	return names
}

// Supports reports whether kind k is written in format f.
func (k Kind) Supports(f Format) bool {
	for _, g := range FormatsOf(k) {
		if g.Name == f.Name {
			return true
		}
	}
	return false
}

// formatNamed is the format called name in any kind ("markdown" is md).
func formatNamed(name string) (Format, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "markdown" {
		name = "md"
	}
	for _, f := range allFormats {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// FormatOf returns kind k's format called name (--format): md (also
// "markdown"), html, docx, odt, pdf, json or text, as far as k has it. For
// any other name it returns a *FormatError, which names k's formats.
func FormatOf(k Kind, name string) (Format, error) {
	f, ok := formatNamed(name)
	if !ok || !k.Supports(f) {
		return Format{}, &FormatError{Kind: k, Format: strings.TrimSpace(name), Known: ok}
	}
	return f, nil
}

// FormatForPathOf returns the format of kind k that a file name's
// extension selects (rapport.docx: docx; .markdown and .htm too), and
// false when it selects none of k's formats.
func FormatForPathOf(k Kind, path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".markdown":
		ext = ".md"
	case ".htm":
		ext = ".html"
	}
	for _, f := range FormatsOf(k) {
		if f.Ext == ext {
			return f, true
		}
	}
	return Format{}, false
}

// FormatError is a format that kind Kind is not written in: one there is
// not (Known false), or one of another kind (a score table in Word).
type FormatError struct {
	Kind   Kind
	Format string
	Known  bool // the format exists, for other kinds
}

// Error says it in English, for logs; Text in the user's language.
func (e *FormatError) Error() string { return e.Text(texts.EN) }

// Text says which format is not possible and which are, in lang.
func (e *FormatError) Text(lang texts.Lang) string {
	key := texts.CmdFormatUnknown
	if e.Known {
		key = texts.CmdFormatUnsupported
	}
	return lang.T(key, texts.A("command", string(e.Kind)), texts.A("format", e.Format), texts.A("formats", lang.ListOr(FormatNamesOf(e.Kind))))
}

// ErrPublicJSON is returned for the public version in JSON: the result
// holds every note and piece of evidence, so there is no public JSON.
var ErrPublicJSON = errors.New("report: there is no public version in JSON")

// WriteReport writes the report of a scored assessment in this format.
// A PDF needs LibreOffice or Chromium: without one it fails with a
// *document.ConverterMissingError, which the caller shows in the user's
// language.
func (f Format) WriteReport(w io.Writer, r *scoring.Result, q *assessment.Questionnaire, opts Options) error {
	if err := f.check(Report); err != nil {
		return err
	}
	if f.Document == nil {
		if opts.Public {
			return ErrPublicJSON
		}
		return ScoreJSON(w, r)
	}
	d, err := Build(r, q, opts)
	if err != nil {
		return err
	}
	return f.Document.Write(w, d)
}

// WriteCouncil writes the council answers alone in this format; JSON is
// the answers (CouncilJSON).
func (f Format) WriteCouncil(w io.Writer, r *scoring.Result, q *assessment.Questionnaire, opts CouncilOptions) error {
	if err := f.check(Council); err != nil {
		return err
	}
	if f.Document == nil {
		words, err := wordsFor(opts.Lang)
		if err != nil {
			return fmt.Errorf("council answers: %w", err)
		}
		opts.Lang = words.lang
		return CouncilJSON(w, CouncilAnswers(r, q, opts), opts)
	}
	d, err := BuildCouncil(r, q, opts)
	if err != nil {
		return err
	}
	return f.Document.Write(w, d)
}

// WriteCompare writes a comparison of several years in this format: the
// table for the terminal (CompareText), the trend report (BuildTrend) or
// JSON (CompareJSON).
func (f Format) WriteCompare(w io.Writer, t *compare.Trend, opts TrendOptions) error {
	if err := f.check(Compare); err != nil {
		return err
	}
	switch f.Name {
	case "text":
		return CompareText(w, t, opts.Lang)
	case "json":
		return CompareJSON(w, t)
	}
	d, err := BuildTrend(t, opts)
	if err != nil {
		return err
	}
	return f.Document.Write(w, d)
}

// WriteScore writes the scores of a scored assessment in this format: the
// table for the terminal (ScoreText) or JSON (ScoreJSON).
func (f Format) WriteScore(w io.Writer, r *scoring.Result, lang string) error {
	if err := f.check(Score); err != nil {
		return err
	}
	if f.Name == "json" {
		return ScoreJSON(w, r)
	}
	return ScoreText(w, r, lang)
}

func (f Format) check(k Kind) error {
	if f.Name == "" || !k.Supports(f) {
		_, known := formatNamed(f.Name)
		return &FormatError{Kind: k, Format: f.Name, Known: known}
	}
	return nil
}

// Formats lists the report's formats, in the order help texts show them:
// FormatsOf(Report).
var Formats = FormatsOf(Report)

// FormatByName returns the report's format called name (md, markdown,
// html, docx, odt, pdf, json), and false when there is none.
func FormatByName(name string) (Format, bool) {
	f, err := FormatOf(Report, name)
	return f, err == nil
}

// FormatForPath returns the report's format that a file name's extension
// selects, and false for none: FormatForPathOf(Report, path).
func FormatForPath(path string) (Format, bool) { return FormatForPathOf(Report, path) }

// FormatNames returns the report's formats' names, for usage texts and
// errors.
func FormatNames() []string { return FormatNamesOf(Report) }
