// Package doctest holds what the tests of document and reports share to
// check documents with the real programs a municipality uses: skipping
// (or, in CI, failing) when a program is missing, the text poppler's
// pdftotext reads from a PDF, and whether a word ran off the page. Like
// net/http/httptest it is for tests only.
//
//	doctest.Require(t, "pdftotext")
//	text := doctest.PDFText(t, pdf)
//	doctest.CheckBounds(t, pdf)
package doctest

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// Missing skips the test because a program is missing, or fails it when
// SOEVEREIN_REQUIRE_TOOLS=1 (CI sets it: there the real programs must run).
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	if os.Getenv("SOEVEREIN_REQUIRE_TOOLS") == "1" {
		t.Fatalf(format+"; SOEVEREIN_REQUIRE_TOOLS=1 asks for it", args...)
	}
	t.Skipf(format, args...)
}

// Require calls Missing for each program of names not on PATH.
func Require(t testing.TB, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			Missing(t, "%s is not installed (.ci/install-doc-tools installs it)", n)
		}
	}
}

// PDFText is the text pdftotext reads from a PDF (UTF-8; pages end in a
// form feed), with pdftotext's extra args (such as -bbox).
func PDFText(t testing.TB, pdf []byte, args ...string) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "doctest.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), f, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

var (
	pageRE = regexp.MustCompile(`<page width="([0-9.]+)" height="([0-9.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// edge is how close to the paper's edge a word may come: the text area has
// margins of 18 mm (HTML) and 20 mm (DOCX, ODT), so a word in the outer
// 16 mm (45 points) has run past the margin, where a table that overflowed
// would put it.
const edge = 45.0

// CheckBounds fails the test for every word (the first five are named)
// that lies past the margins of its page.
func CheckBounds(t testing.TB, pdf []byte) {
	t.Helper()
	bbox := PDFText(t, pdf, "-bbox")
	pages := pageRE.FindAllStringSubmatchIndex(bbox, -1)
	if len(pages) == 0 {
		t.Fatal("pdftotext -bbox found no pages")
	}
	bad := 0
	for i, p := range pages {
		width, _ := strconv.ParseFloat(bbox[p[2]:p[3]], 64)
		end := len(bbox)
		if i+1 < len(pages) {
			end = pages[i+1][0]
		}
		for _, w := range wordRE.FindAllStringSubmatch(bbox[p[1]:end], -1) {
			xMin, _ := strconv.ParseFloat(w[1], 64)
			xMax, _ := strconv.ParseFloat(w[3], 64)
			if xMin < edge || xMax > width-edge {
				if bad < 5 {
					t.Errorf("page %d: %q at x %.0f–%.0f runs off the page (width %.0f)", i+1, w[5], xMin, xMax, width)
				}
				bad++
			}
		}
	}
}

// AxeResult is what axe-core found in one HTML file: its violations and
// the requests the page tried to make (a self-contained file makes none).
type AxeResult struct {
	File       string
	Violations []AxeViolation
	Requests   []string
}

// AxeViolation is one rule of axe-core that a page breaks.
type AxeViolation struct {
	ID, Impact, Help string
	Nodes            []string
}

// Axe runs axe-core (tools/a11y/check.js, in a11yDir) in the Chromium at
// chromium over the HTML files, and returns one result per file, in
// order. It calls Missing when node or axe-core is not installed.
func Axe(t testing.TB, a11yDir, chromium string, files ...string) []AxeResult {
	t.Helper()
	Require(t, "node")
	if _, err := os.Stat(filepath.Join(a11yDir, "node_modules", "axe-core")); err != nil {
		Missing(t, "axe-core is not installed: run npm ci in tools/a11y (.ci/install-doc-tools does)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join(a11yDir, "check.js")}, files...)...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.js: %v\n%s", err, stderr.String())
	}
	var results []AxeResult
	if err := json.Unmarshal(out, &results); err != nil || len(results) != len(files) {
		t.Fatalf("check.js output: %v\n%s", err, out)
	}
	return results
}
