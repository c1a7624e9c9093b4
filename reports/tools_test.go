package reports

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	docm "soeverein/document"
	"soeverein/document/doctest"
)

// These tests put the real report through the real programs: the DOCX and
// the ODT through LibreOffice, the HTML through headless Chromium, and read
// the PDFs back with pdftotext; axe-core checks the HTML in Chromium. They
// skip where a program is missing, unless SOEVEREIN_REQUIRE_TOOLS=1 (CI):
// then they fail. -short skips them. .ci/install-doc-tools installs them.

func converterOf(t *testing.T, kind docm.ConverterKind) docm.Converter {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: no external programs")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		doctest.Missing(t, "pdftotext is not installed (.ci/install-doc-tools installs it)")
	}
	c, err := docm.FindConverterOf(kind)
	if err != nil {
		doctest.Missing(t, "%s is not installed (.ci/install-doc-tools installs it)", kind)
	}
	return c
}

var runsOfSpace = regexp.MustCompile(`\s+`)

// reportPDFText converts the report written in format f with c and returns
// the PDF's text with every run of white space one space.
func reportPDFText(t *testing.T, c docm.Converter, d *docm.Document, f string) string {
	t.Helper()
	return runsOfSpace.ReplaceAllString(doctest.PDFText(t, readPDF(t, convertPDF(t, c, d, f, "report"))), " ")
}

// convertPDF writes d in format f, converts it to PDF with c and returns
// the PDF's path. SOEVEREIN_DOC_OUT=DIR keeps a copy there as NAME-F.pdf.
func convertPDF(t *testing.T, c docm.Converter, d *docm.Document, f, name string) string {
	t.Helper()
	format, ok := docm.FormatByName(f)
	if !ok {
		t.Fatalf("no format %s", f)
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := format.Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, name+format.Ext)
	if err := os.WriteFile(src, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	out, err := c.ConvertFile(ctx, dir, src)
	if err != nil {
		t.Fatalf("convert %s: %v", f, err)
	}
	if keep := os.Getenv("SOEVEREIN_DOC_OUT"); keep != "" {
		pdf, _ := os.ReadFile(out)
		os.WriteFile(filepath.Join(keep, name+"-"+f+".pdf"), pdf, 0o644)
	}
	return out
}

// firstWords is the start of a text, short enough not to cross a page.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

// checkReportPDF looks in a PDF's text for the title block, every chapter
// heading, every council question and the start of every council answer.
func checkReportPDF(t *testing.T, d *docm.Document, text string) {
	t.Helper()
	want := []string{d.Meta.Classification, d.Meta.Title, d.Meta.Municipality}
	for _, c := range d.Meta.Checksums {
		want = append(want, c.SHA256)
	}
	council := false
	for i, b := range d.Blocks {
		h, ok := b.(docm.Heading)
		if !ok {
			continue
		}
		if h.Level == 1 {
			want = append(want, plain(h.Text))
			council = h.ID == "council"
			continue
		}
		if council && h.Level == 2 {
			want = append(want, plain(h.Text))
			if p, ok := d.Blocks[i+1].(docm.Paragraph); ok {
				want = append(want, firstWords(plain(p.Text), 8))
			}
		}
	}
	if len(want) < 20 {
		t.Fatalf("only %d texts to look for; the report has lost its chapters or council answers", len(want))
	}
	for _, w := range want {
		if w = runsOfSpace.ReplaceAllString(strings.TrimSpace(w), " "); w != "" && !strings.Contains(text, w) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	if n := strings.Count(text, d.Meta.Classification); n < 10 {
		t.Errorf("the classification is on %d pages, want it on every page (at least 10)", n)
	}
}

func TestReportPDFWithRealPrograms(t *testing.T) {
	s := load(t, fixtures[1])
	opts := s.options
	opts.Lang = "nl"
	d, err := Build(s.result, s.q, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, format string
		kind         docm.ConverterKind
	}{
		{"docx-libreoffice", "docx", docm.LibreOffice},
		{"odt-libreoffice", "odt", docm.LibreOffice},
		{"html-chromium", "html", docm.Chromium},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := converterOf(t, tc.kind)
			checkReportPDF(t, d, reportPDFText(t, c, d, tc.format))
		})
	}
}

// axe-core in Chromium finds no serious or critical violation in the real
// report's HTML, internal and public, and in the trend report's and the
// council answers'.
func TestReportHTMLAccessibility(t *testing.T) {
	c := converterOf(t, docm.Chromium)
	s := load(t, fixtures[1])
	dir := t.TempDir()
	var files []string
	for _, public := range []bool{false, true} {
		opts := s.options
		opts.Public = public
		d, err := Build(s.result, s.q, opts)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := docm.HTML(&buf, d); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, map[bool]string{false: "intern.html", true: "openbaar.html"}[public])
		os.WriteFile(f, buf.Bytes(), 0o600)
		files = append(files, f)
	}
	// The trend report and the council answers too.
	trend, err := BuildTrend(loadTrend(t), TrendOptions{Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	council, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*docm.Document{"trend.html": trend, "raadsvragen.html": council} {
		var buf bytes.Buffer
		if err := docm.HTML(&buf, d); err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(dir, name)
		os.WriteFile(f, buf.Bytes(), 0o600)
		files = append(files, f)
	}
	tools, _ := filepath.Abs("../tools/a11y")
	results := doctest.Axe(t, tools, c.Path, files...)
	for _, r := range results {
		for _, v := range r.Violations {
			t.Logf("%s: axe %s (%s): %s", filepath.Base(r.File), v.ID, v.Impact, v.Help)
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Errorf("%s: axe %s violation %s: %s at %v", filepath.Base(r.File), v.Impact, v.ID, v.Help, v.Nodes)
			}
		}
		if len(r.Requests) > 0 {
			t.Errorf("%s made requests: %v", filepath.Base(r.File), r.Requests)
		}
	}
}

// The trend report through the real programs: the title block, every
// heading, every table's header row and each period's explanation are in
// the PDF's text, the classification is on every page, and no table runs
// off the page.
func TestTrendPDFWithRealPrograms(t *testing.T) {
	d, err := BuildTrend(loadTrend(t), TrendOptions{Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{d.Meta.Classification, d.Meta.Title, d.Meta.Municipality}
	for i, b := range d.Blocks {
		switch b := b.(type) {
		case docm.Heading:
			want = append(want, plain(b.Text))
			if b.Level == 2 && i+1 < len(d.Blocks) {
				if p, ok := d.Blocks[i+1].(docm.Paragraph); ok {
					want = append(want, firstWords(plain(p.Text), 6))
				}
			}
		case docm.Table:
			// A cell's lines may be read between its neighbours' lines.
			want = append(want, plain(b.Header[0]), firstWords(plain(b.Rows[0][0]), 2))
		}
	}
	if len(want) < 25 {
		t.Fatalf("only %d texts to look for; the trend report has lost its sections", len(want))
	}
	for _, tc := range []struct {
		name, format string
		kind         docm.ConverterKind
	}{
		{"docx-libreoffice", "docx", docm.LibreOffice},
		{"odt-libreoffice", "odt", docm.LibreOffice},
		{"html-chromium", "html", docm.Chromium},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pdf := convertPDF(t, converterOf(t, tc.kind), d, tc.format, "trend")
			checkPDF(t, pdf, d.Meta.Classification, want)
			doctest.CheckBounds(t, readPDF(t, pdf))
		})
	}
}

// The council answers through the real programs: every council question
// and the start of every paragraph of its answer are in the PDF's text,
// and the classification is on every page; the public version's too.
func TestCouncilPDFWithRealPrograms(t *testing.T) {
	s := load(t, fixtures[1])
	for _, tc := range []struct {
		name, format string
		kind         docm.ConverterKind
		public       bool
	}{
		{"docx-libreoffice", "docx", docm.LibreOffice, false},
		{"odt-libreoffice", "odt", docm.LibreOffice, true},
		{"html-chromium", "html", docm.Chromium, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: "nl", Public: tc.public})
			if err != nil {
				t.Fatal(err)
			}
			want := []string{d.Meta.Classification, d.Meta.Title, d.Meta.Municipality}
			answers := CouncilAnswers(s.result, s.q, CouncilOptions{Lang: "nl", Public: tc.public})
			for _, c := range answers {
				want = append(want, itoa(c.Number)+". "+c.Question)
				for _, p := range c.Paragraphs {
					want = append(want, firstWords(p, 8))
				}
			}
			if len(answers) < 10 || len(want) < 25 {
				t.Fatalf("%d council answers, %d texts to look for; want the ten answers with their paragraphs", len(answers), len(want))
			}
			pdf := convertPDF(t, converterOf(t, tc.kind), d, tc.format, "council")
			checkPDF(t, pdf, d.Meta.Classification, want)
		})
	}
}

// checkPDF looks for every text of want in a PDF's text and for the
// classification on every page. White space is left out of both, since a
// line may break after a dash ("2025–" / "2027") where there is no space.
func checkPDF(t *testing.T, pdf, classification string, want []string) {
	t.Helper()
	raw := doctest.PDFText(t, readPDF(t, pdf))
	text := runsOfSpace.ReplaceAllString(raw, "")
	for _, w := range want {
		if v := runsOfSpace.ReplaceAllString(w, ""); v != "" && !strings.Contains(text, v) {
			t.Errorf("the PDF lacks %q", w)
		}
	}
	pages := strings.Split(strings.TrimRight(raw, "\f"), "\f")
	for i, p := range pages {
		if !strings.Contains(runsOfSpace.ReplaceAllString(p, " "), classification) {
			t.Errorf("page %d of %d lacks the classification %q", i+1, len(pages), classification)
		}
	}
}

// readPDF reads a PDF that convertPDF wrote.
func readPDF(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
