package document

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// ConverterKind says which program makes a PDF.
type ConverterKind int

// The programs that can make a PDF: LibreOffice converts the DOCX,
// Chromium (or Chrome, or Edge) prints the HTML.
const (
	LibreOffice ConverterKind = iota + 1
	Chromium
)

func (k ConverterKind) String() string {
	switch k {
	case LibreOffice:
		return "LibreOffice"
	case Chromium:
		return "Chromium"
	}
	return "none"
}

// Converter is a program found on this machine that turns a document into
// a PDF, headless and without network access.
type Converter struct {
	Kind ConverterKind
	Path string
	// Timeout limits one conversion; zero means DefaultTimeout.
	Timeout time.Duration
}

// DefaultTimeout is long enough for LibreOffice's first start with a fresh
// profile on a slow laptop.
const DefaultTimeout = 3 * time.Minute

// ConverterMissingError says that no program to make a PDF was found. The
// caller shows it in the user's language: install LibreOffice or
// Chromium, or write the HTML, open it in a browser and print it to PDF.
type ConverterMissingError struct {
	Searched []string // the places looked at, for a --verbose message
}

func (e *ConverterMissingError) Error() string {
	return "no program found to make a PDF (LibreOffice, Chromium, Chrome or Edge): install one of them, " +
		"or write the report as HTML, open it in a browser and print it to PDF"
}

// PDF writes d as a PDF through the first converter FindConverter finds,
// with DefaultTimeout. It fails with a *ConverterMissingError when there is
// none.
func PDF(w io.Writer, d *Document) error {
	c, err := FindConverter()
	if err != nil {
		return err
	}
	return c.Write(context.Background(), w, d)
}

// FindConverter looks for LibreOffice first (its PDF has the page header
// and repeated table headers of the DOCX), then Chromium, Chrome and Edge:
// on PATH and in the usual install locations of this operating system.
func FindConverter() (Converter, error) {
	return findConverter(hostSystem())
}

// system is what the lookup needs from the machine, so that tests can
// give it another.
type system struct {
	goos     string
	lookPath func(string) (string, error)
	isFile   func(string) bool
	getenv   func(string) string
}

// FindConverterOf looks for one kind of converter only (tests of a
// report's PDF through each program use it).
func FindConverterOf(kind ConverterKind) (Converter, error) {
	return findConverter(hostSystem(), kind)
}

func findConverter(sys system, kinds ...ConverterKind) (Converter, error) {
	if len(kinds) == 0 {
		kinds = []ConverterKind{LibreOffice, Chromium}
	}
	var searched []string
	for _, kind := range kinds {
		names, places := candidates(kind, sys)
		for _, n := range names {
			searched = append(searched, n+" (PATH)")
			if p, err := sys.lookPath(n); err == nil {
				return Converter{Kind: kind, Path: p}, nil
			}
		}
		for _, p := range places {
			searched = append(searched, p)
			if sys.isFile(p) {
				return Converter{Kind: kind, Path: p}, nil
			}
		}
	}
	return Converter{}, &ConverterMissingError{Searched: searched}
}

// candidates returns the command names to look for on PATH and the install
// locations to try, for one kind of converter on sys's operating system.
func candidates(kind ConverterKind, sys system) (names, places []string) {
	win := func(envs []string, rel ...string) []string {
		var out []string
		for _, e := range envs {
			base := sys.getenv(e)
			if base == "" {
				continue
			}
			for _, r := range rel {
				out = append(out, base+`\`+r)
			}
		}
		return out
	}
	programFiles := []string{"ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"}
	switch kind {
	case LibreOffice:
		names = []string{"soffice", "libreoffice"}
		switch sys.goos {
		case "windows":
			places = win(programFiles, `LibreOffice\program\soffice.exe`)
		case "darwin":
			places = []string{"/Applications/LibreOffice.app/Contents/MacOS/soffice"}
		default:
			places = []string{"/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
				"/usr/local/lib/libreoffice/program/soffice", "/snap/bin/libreoffice", "/usr/local/bin/soffice"}
		}
	case Chromium:
		names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable", "chrome", "msedge"}
		switch sys.goos {
		case "windows":
			places = append(win(append(programFiles, "LocalAppData"), `Google\Chrome\Application\chrome.exe`),
				win(programFiles, `Microsoft\Edge\Application\msedge.exe`)...)
		case "darwin":
			places = []string{"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
				"/Applications/Chromium.app/Contents/MacOS/Chromium",
				"/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"}
		default:
			places = []string{"/usr/bin/chromium", "/usr/lib/chromium/chromium", "/snap/bin/chromium",
				"/opt/google/chrome/chrome", "/opt/microsoft/msedge/msedge"}
		}
	}
	return names, places
}

// Write converts d to PDF and writes it to w. The document goes into a new
// temporary directory with a fresh profile for the program, which is
// removed afterwards.
func (c Converter) Write(ctx context.Context, w io.Writer, d *Document) error {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	dir, err := os.MkdirTemp("", "soeverein-pdf-")
	if err != nil {
		return fmt.Errorf("make PDF: %w", err)
	}
	defer os.RemoveAll(dir)
	src, write := filepath.Join(dir, "rapport.docx"), DOCX
	if c.Kind == Chromium {
		src, write = filepath.Join(dir, "rapport.html"), HTML
	}
	var buf bytes.Buffer
	if err := write(&buf, d); err != nil {
		return err
	}
	if err := os.WriteFile(src, buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("make PDF: %w", err)
	}
	out, err := c.convert(ctx, dir, src)
	if err != nil {
		if ctx.Err() == context.DeadlineExceeded {
			return fmt.Errorf("make PDF with %s: no result after %s", c.Kind, timeout)
		}
		return err
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return fmt.Errorf("make PDF with %s (%s): it made no PDF", c.Kind, c.Path)
	}
	_, err = w.Write(data)
	return err
}

// ConvertFile converts the file src (a DOCX or ODT for LibreOffice, an
// HTML file for Chromium) in the folder dir, where the program keeps its
// fresh profile, and returns the path of the PDF it made.
func (c Converter) ConvertFile(ctx context.Context, dir, src string) (string, error) {
	return c.convert(ctx, dir, src)
}

// Args returns the command line for converting src in dir, where the
// program keeps its profile and leaves its output.
func (c Converter) Args(dir, src string) (args []string, out string) {
	profile := filepath.Join(dir, "profile")
	switch c.Kind {
	case LibreOffice:
		outDir := filepath.Join(dir, "out")
		base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
		return []string{"-env:UserInstallation=" + fileURL(profile), "--headless", "--invisible", "--nologo",
			"--nodefault", "--norestore", "--nolockcheck", "--nofirststartwizard",
			"--convert-to", libreOfficePDF, "--outdir", outDir, src}, filepath.Join(outDir, base+".pdf")
	default:
		out = filepath.Join(dir, "rapport.pdf")
		return []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
			"--no-first-run", "--no-default-browser-check", "--disable-breakpad", "--disable-crash-reporter",
			"--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
			"--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=" + out, fileURL(src)}, out
	}
}

// libreOfficePDF asks LibreOffice (7.4 and later read the JSON options)
// for a tagged PDF/UA file: headings, lists and tables stay structure that
// a screen reader can follow, as publication under the Woo asks. Chromium
// tags its PDFs by default.
const libreOfficePDF = `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"PDFUACompliance":{"type":"boolean","value":"true"}}`

// fileURL makes an absolute path a file: URL, also on Windows (C:\x
// becomes file:///C:/x).
func fileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return "file://" + strings.NewReplacer(" ", "%20", "#", "%23", "?", "%3F").Replace(p)
}

func hostSystem() system {
	return system{
		goos:     runtime.GOOS,
		lookPath: lookPath,
		isFile: func(p string) bool {
			fi, err := os.Stat(p)
			return err == nil && !fi.IsDir()
		},
		getenv: os.Getenv,
	}
}

// errNoPDF is returned by convert when the program ran but failed.
var errNoPDF = errors.New("no PDF")
