//go:build unix

package document

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeConverter writes a shell script that stands in for soffice.
func fakeConverter(t *testing.T, script string) Converter {
	t.Helper()
	p := filepath.Join(t.TempDir(), "soffice")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script+"\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	return Converter{Kind: LibreOffice, Path: p, Timeout: time.Second}
}

func TestConverterFailures(t *testing.T) {
	tests := []struct {
		name, script, want string
	}{
		{"fails", `echo "kapot: geen profiel" >&2; exit 3`, "kapot: geen profiel"},
		{"makes nothing", `exit 0`, "it made no PDF"},
		{"makes no PDF", `for a; do src=$a; done; d=$(dirname "$src"); mkdir -p "$d/out"; echo nee > "$d/out/rapport.pdf"`, "it made no PDF"},
		{"hangs, with a child", `sleep 60 & sleep 60`, "no result after 1s"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := fakeConverter(t, tc.script).Write(context.Background(), &buf, sample())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Write = %v, want an error with %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

func TestConverterSuccess(t *testing.T) {
	// A stand-in that "converts" by writing a minimal PDF where soffice
	// would, which shows Write reads the right file and cleans up.
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	c := fakeConverter(t, `for a; do src=$a; done; d=$(dirname "$src"); mkdir -p "$d/out"; printf '%%PDF-1.7 nep' > "$d/out/rapport.pdf"`)
	var buf bytes.Buffer
	if err := c.Write(context.Background(), &buf, sample()); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "%PDF-1.7 nep" {
		t.Errorf("Write = %q", buf.String())
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("Write left %v in the temporary folder", left)
	}
}
