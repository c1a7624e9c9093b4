package reports

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	docm "soeverein/document"
)

// These tests put the real report through the real programs: the DOCX and
// the ODT through LibreOffice, the HTML through headless Chromium, and read
// the PDFs back with pdftotext; axe-core checks the HTML in Chromium. They
// skip where a program is missing, unless SOEVEREIN_REQUIRE_TOOLS=1 (CI):
// then they fail. -short skips them. .ci/install-doc-tools installs them.

func missingTool(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("SOEVEREIN_REQUIRE_TOOLS") == "1" {
		t.Fatalf(format+"; SOEVEREIN_REQUIRE_TOOLS=1 asks for it", args...)
	}
	t.Skipf(format, args...)
}

func converterOf(t *testing.T, kind docm.ConverterKind) docm.Converter {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: no external programs")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		missingTool(t, "pdftotext is not installed (.ci/install-doc-tools installs it)")
	}
	c, err := docm.FindConverterOf(kind)
	if err != nil {
		missingTool(t, "%s is not installed (.ci/install-doc-tools installs it)", kind)
	}
	return c
}

var runsOfSpace = regexp.MustCompile(`\s+`)

// reportPDFText converts the report written in format f with c and returns
// the PDF's text with every run of white space one space.
func reportPDFText(t *testing.T, c docm.Converter, d *docm.Document, f string) string {
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
	src := filepath.Join(dir, "rapport"+format.Ext)
	if err := os.WriteFile(src, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	out, err := c.ConvertFile(ctx, dir, src)
	if err != nil {
		t.Fatalf("convert %s: %v", f, err)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if dir := os.Getenv("SOEVEREIN_DOC_OUT"); dir != "" {
		pdf, _ := os.ReadFile(out)
		os.WriteFile(filepath.Join(dir, "report-"+f+".pdf"), pdf, 0o644)
	}
	return runsOfSpace.ReplaceAllString(string(text), " ")
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
// report's HTML, internal and public.
func TestReportHTMLAccessibility(t *testing.T) {
	c := converterOf(t, docm.Chromium)
	if _, err := exec.LookPath("node"); err != nil {
		missingTool(t, "node is not installed (.ci/install-doc-tools installs it)")
	}
	tools, _ := filepath.Abs("../tools/a11y")
	if _, err := os.Stat(filepath.Join(tools, "node_modules", "axe-core")); err != nil {
		missingTool(t, "axe-core is not installed: run npm ci in tools/a11y (.ci/install-doc-tools does)")
	}
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
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join(tools, "check.js")}, files...)...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+c.Path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.js: %v\n%s", err, stderr.String())
	}
	var results []struct {
		File       string
		Violations []struct {
			ID, Impact, Help string
			Nodes            []string
		}
		Requests []string
	}
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(files) {
		t.Fatalf("check.js output: %v\n%s", err, out)
	}
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
