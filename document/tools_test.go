package document

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"soeverein/document/doctest"
)

// These tests run the real programs a municipality would use: LibreOffice,
// Chromium, poppler's pdftotext and, for the accessibility check, node
// with axe-core (tools/a11y). Where a program is missing they skip, unless
// SOEVEREIN_REQUIRE_TOOLS=1 (CI sets it): then they fail.
// .ci/install-doc-tools installs them on Debian.

// keep copies a file made by a test to SOEVEREIN_DOC_OUT, where a person
// can look at it.
func keep(t *testing.T, name string, data []byte) {
	if dir := os.Getenv("SOEVEREIN_DOC_OUT"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Log(err)
		}
	}
}

func converter(t *testing.T, kind ConverterKind) Converter {
	t.Helper()
	names, places := candidates(kind, hostSystem())
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return Converter{Kind: kind, Path: p, Timeout: 4 * time.Minute}
		}
	}
	for _, p := range places {
		if hostSystem().isFile(p) {
			return Converter{Kind: kind, Path: p, Timeout: 4 * time.Minute}
		}
	}
	doctest.Missing(t, "%s is not installed (.ci/install-doc-tools installs it)", kind)
	return Converter{}
}

// TestPDFFromRealPrograms converts the sample DOCX and ODT with LibreOffice
// and the HTML with Chromium, and reads the PDFs back as a person would.
func TestPDFFromRealPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no external programs")
	}
	doctest.Require(t, "pdftotext")
	d := sample()
	cases := []struct {
		name string
		make func(t *testing.T) []byte
	}{
		{"docx-libreoffice", func(t *testing.T) []byte { return convertWith(t, converter(t, LibreOffice), d, "rapport.docx", DOCX) }},
		{"odt-libreoffice", func(t *testing.T) []byte { return convertWith(t, converter(t, LibreOffice), d, "rapport.odt", ODT) }},
		{"html-chromium", func(t *testing.T) []byte { return convertWith(t, converter(t, Chromium), d, "rapport.html", HTML) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pdf := tc.make(t)
			keep(t, tc.name+".pdf", pdf)
			checkPDFText(t, d, pdf)
			doctest.CheckBounds(t, pdf)
			checkPDFInfo(t, d, pdf)
			sums, err := ReadChecksums(pdf)
			if strings.HasSuffix(tc.name, "libreoffice") {
				if err != nil || sums["answers"] != d.Meta.Checksums[1].SHA256 || sums["questionnaire"] != d.Meta.Checksums[0].SHA256 {
					t.Errorf("ReadChecksums of LibreOffice's PDF = %v, %v", sums, err)
				}
			} else if !errors.Is(err, ErrNoChecksums) {
				t.Errorf("ReadChecksums of Chromium's PDF = %v, %v; want ErrNoChecksums", sums, err)
			}
		})
	}
}

// TestPDFFormat writes the pdf format as -o rapport.pdf will: through the
// converter FindConverter finds.
func TestPDFFormat(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no external programs")
	}
	doctest.Require(t, "pdftotext")
	c, err := FindConverter()
	if err != nil {
		doctest.Missing(t, "%v", err)
	}
	t.Logf("converter: %s %s", c.Kind, c.Path)
	var buf bytes.Buffer
	if err := format(t, "pdf").Write(&buf, sample()); err != nil {
		t.Fatalf("pdf: %v", err)
	}
	keep(t, "format-pdf.pdf", buf.Bytes())
	checkPDFText(t, sample(), buf.Bytes())
}

// convertWith writes d with write to a file called name and converts that
// file with c's own command line, so that the ODT (which PDF never uses)
// goes through the same arguments.
func convertWith(t *testing.T, c Converter, d *Document, name string, write func(w io.Writer, d *Document) error) []byte {
	t.Helper()
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := write(&buf, d); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, name)
	if err := os.WriteFile(src, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.Timeout)
	defer cancel()
	out, err := c.convert(ctx, dir, src)
	if err != nil {
		t.Fatalf("convert %s: %v", name, err)
	}
	pdf, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("convert %s made no PDF: %v", name, err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("convert %s: not a PDF", name)
	}
	return pdf
}

var spaces = regexp.MustCompile(`\s+`)

// checkPDFText looks for the title block, every heading and every hostile
// text, as literal text, in the PDF's text; the classification must be on
// every page.
func checkPDFText(t *testing.T, d *Document, pdf []byte) {
	t.Helper()
	raw := doctest.PDFText(t, pdf)
	text := spaces.ReplaceAllString(raw, " ")
	want := []string{d.Meta.Title, d.Meta.Subtitle, d.Meta.Municipality, d.Meta.Date}
	for _, c := range d.Meta.Checksums {
		want = append(want, c.SHA256)
	}
	for _, b := range d.Blocks {
		if h, ok := b.(Heading); ok {
			want = append(want, plainText(h.Text))
		}
	}
	for _, h := range hostile {
		want = append(want, hostileVisible(h))
	}
	for _, w := range want {
		if !strings.Contains(text, spaces.ReplaceAllString(w, " ")) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	pages := strings.Split(strings.TrimRight(raw, "\f"), "\f")
	if len(pages) < 3 {
		t.Errorf("PDF has %d pages, want at least 3 (chapters start on a new page)", len(pages))
	}
	tablePages := 0
	for i, p := range pages {
		if !strings.Contains(p, d.Meta.Classification) {
			t.Errorf("page %d lacks the classification %q", i+1, d.Meta.Classification)
		}
		// The long table's header row repeats on every page it runs over.
		if strings.Contains(p, "exit.plan-") {
			tablePages++
			if !strings.Contains(p, "Antwoord en toelichting") {
				t.Errorf("page %d holds table rows but not the table's header row", i+1)
			}
		}
	}
	if tablePages < 2 {
		t.Errorf("the long table runs over %d pages, want at least 2", tablePages)
	}
}

// checkPDFInfo checks with pdfinfo that the PDF is tagged (a screen
// reader can follow its structure), has the document's title and is A4.
func checkPDFInfo(t *testing.T, d *Document, pdf []byte) {
	t.Helper()
	doctest.Require(t, "pdfinfo")
	f := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", f).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	info := string(out)
	for _, want := range []string{"Tagged:          yes", "Title:           " + d.Meta.Title, "(A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	// The PDF's bookmarks (its outline) lead to every chapter.
	doctest.Require(t, "pdftohtml")
	out, err = exec.Command("pdftohtml", "-stdout", "-xml", "-i", f).Output()
	if err != nil {
		t.Fatalf("pdftohtml: %v", err)
	}
	outline, _, _ := strings.Cut(string(out[bytes.Index(out, []byte("<outline>"))+1:]), "</pdf2xml>")
	for _, b := range d.Blocks {
		if h, ok := b.(Heading); ok && h.Level == 1 && !strings.Contains(outline, ">"+plainText(h.Text)+"</item>") {
			t.Errorf("the PDF's outline lacks chapter %q", plainText(h.Text))
		}
	}
}

// TestAccessibility runs axe-core in Chromium on the HTML and on a page
// built to fail, which shows that the check can find a violation.
func TestAccessibility(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no external programs")
	}
	c := converter(t, Chromium)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := HTML(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	good, bad := filepath.Join(dir, "rapport.html"), filepath.Join(dir, "bad.html")
	os.WriteFile(good, buf.Bytes(), 0o600)
	os.WriteFile(bad, []byte(`<!DOCTYPE html><html><head><title>x</title></head><body><p style="color:#ccc">laag contrast</p><img src="https://example.org/x.png"></body></html>`), 0o600)
	tools, _ := filepath.Abs("../tools/a11y")
	results := doctest.Axe(t, tools, c.Path, good, bad)
	for _, v := range results[0].Violations {
		t.Logf("axe %s (%s): %s at %v", v.ID, v.Impact, v.Help, v.Nodes)
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("axe: %s violation %s: %s at %v", v.Impact, v.ID, v.Help, v.Nodes)
		}
	}
	if len(results[0].Requests) > 0 {
		t.Errorf("the HTML made requests: %v", results[0].Requests)
	}
	ids := map[string]bool{}
	for _, v := range results[1].Violations {
		ids[v.ID] = true
	}
	if !ids["color-contrast"] || !ids["image-alt"] || !ids["html-has-lang"] || len(results[1].Requests) != 1 {
		t.Errorf("the check missed the faults of a page built to fail: %+v", results[1])
	}
}
