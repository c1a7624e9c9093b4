package document

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

func fakeSystem(goos string, onPath map[string]string, files ...string) system {
	isFile := map[string]bool{}
	for _, f := range files {
		isFile[f] = true
	}
	return system{
		goos: goos,
		lookPath: func(n string) (string, error) {
			if p, ok := onPath[n]; ok {
				return p, nil
			}
			return "", exec.ErrNotFound
		},
		isFile: func(p string) bool { return isFile[p] },
		getenv: func(string) string { return "" },
	}
}

func TestFindConverter(t *testing.T) {
	env := map[string]string{"ProgramFiles": `C:\Program Files`, "ProgramFiles(x86)": `C:\Program Files (x86)`, "LocalAppData": `C:\Users\a\AppData\Local`}
	tests := []struct {
		name     string
		goos     string
		onPath   map[string]string
		files    []string
		wantKind ConverterKind
		wantPath string
	}{
		{"soffice on PATH wins over chromium", "linux", map[string]string{"soffice": "/usr/bin/soffice", "chromium": "/usr/bin/chromium"}, nil, LibreOffice, "/usr/bin/soffice"},
		{"libreoffice name", "linux", map[string]string{"libreoffice": "/usr/local/bin/libreoffice"}, nil, LibreOffice, "/usr/local/bin/libreoffice"},
		{"linux install location", "linux", nil, []string{"/usr/lib/libreoffice/program/soffice"}, LibreOffice, "/usr/lib/libreoffice/program/soffice"},
		{"only chromium", "linux", map[string]string{"chromium": "/usr/bin/chromium"}, nil, Chromium, "/usr/bin/chromium"},
		{"chrome in /opt", "linux", nil, []string{"/opt/google/chrome/chrome"}, Chromium, "/opt/google/chrome/chrome"},
		{"macOS LibreOffice app", "darwin", nil, []string{"/Applications/LibreOffice.app/Contents/MacOS/soffice"}, LibreOffice, "/Applications/LibreOffice.app/Contents/MacOS/soffice"},
		{"macOS Chrome app", "darwin", nil, []string{"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"}, Chromium, "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"},
		{"Windows LibreOffice", "windows", nil, []string{`C:\Program Files\LibreOffice\program\soffice.exe`}, LibreOffice, `C:\Program Files\LibreOffice\program\soffice.exe`},
		{"Windows Edge", "windows", nil, []string{`C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe`}, Chromium, `C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe`},
		{"Windows Chrome per user", "windows", nil, []string{`C:\Users\a\AppData\Local\Google\Chrome\Application\chrome.exe`}, Chromium, `C:\Users\a\AppData\Local\Google\Chrome\Application\chrome.exe`},
		{"linux paths not tried on windows", "windows", nil, []string{"/usr/bin/chromium"}, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sys := fakeSystem(tc.goos, tc.onPath, tc.files...)
			sys.getenv = func(k string) string { return env[k] }
			c, err := findConverter(sys)
			if tc.wantKind == 0 {
				var missing *ConverterMissingError
				if !errors.As(err, &missing) || len(missing.Searched) == 0 {
					t.Fatalf("findConverter = %+v, %v; want a ConverterMissingError", c, err)
				}
				if !strings.Contains(err.Error(), "print it to PDF") {
					t.Errorf("error %q does not say how to get a PDF", err)
				}
				return
			}
			if err != nil || c.Kind != tc.wantKind || c.Path != tc.wantPath {
				t.Errorf("findConverter = %v %q, %v; want %v %q", c.Kind, c.Path, err, tc.wantKind, tc.wantPath)
			}
		})
	}
}

func TestConverterArgs(t *testing.T) {
	args, out := Converter{Kind: Chromium, Path: "chromium"}.Args("/tmp/x", "/tmp/x/rapport.html")
	line := strings.Join(args, " ")
	for _, want := range []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--no-first-run", "--user-data-dir=/tmp/x/profile", "--print-to-pdf=/tmp/x/rapport.pdf", "file:///tmp/x/rapport.html"} {
		if !strings.Contains(line, want) {
			t.Errorf("chromium args lack %s: %s", want, line)
		}
	}
	if out != "/tmp/x/rapport.pdf" {
		t.Errorf("chromium out = %s", out)
	}
	args, out = Converter{Kind: LibreOffice, Path: "soffice"}.Args("/tmp/x", "/tmp/x/rapport.docx")
	line = strings.Join(args, " ")
	for _, want := range []string{"-env:UserInstallation=file:///tmp/x/profile", "--headless", "--norestore", "--convert-to pdf", "--outdir /tmp/x/out"} {
		if !strings.Contains(line, want) {
			t.Errorf("soffice args lack %s: %s", want, line)
		}
	}
	if out != "/tmp/x/out/rapport.pdf" {
		t.Errorf("soffice out = %s", out)
	}
}

func TestFileURL(t *testing.T) {
	if got := fileURL("/tmp/a b/r#1.html"); got != "file:///tmp/a%20b/r%231.html" {
		t.Errorf("fileURL = %s", got)
	}
}
