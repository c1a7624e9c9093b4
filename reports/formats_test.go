package reports

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Every format is found by its name and by its extension, and writes the
// report: the document formats their own bytes, JSON the result.
func TestFormats(t *testing.T) {
	s := load(t, fixtures[3])
	want := map[string]string{"md": "---\n", "html": "<!DOCTYPE html>", "docx": "PK\x03\x04", "odt": "PK\x03\x04", "json": "{"}
	if got := strings.Join(FormatNames(), ","); got != "md,html,docx,odt,pdf,json" {
		t.Errorf("FormatNames() = %s", got)
	}
	for _, f := range Formats {
		if g, ok := FormatByName(strings.ToUpper(f.Name)); !ok || g.Name != f.Name {
			t.Errorf("FormatByName(%s) = %v, %v", f.Name, g.Name, ok)
		}
		if g, ok := FormatForPath("map/rapport" + strings.ToUpper(f.Ext)); !ok || g.Name != f.Name {
			t.Errorf("FormatForPath(rapport%s) = %v, %v", f.Ext, g.Name, ok)
		}
		prefix, ok := want[f.Name]
		if !ok {
			continue // pdf: see tools_test.go
		}
		var buf bytes.Buffer
		if err := f.WriteReport(&buf, s.result, s.q, s.options); err != nil || !strings.HasPrefix(buf.String(), prefix) {
			t.Errorf("%s: %v, starts %.16q", f.Name, err, buf.String())
		}
	}
	for _, name := range []string{"rtf", "", "pdf2"} {
		if _, ok := FormatByName(name); ok {
			t.Errorf("FormatByName(%q) found a format", name)
		}
	}
	if _, ok := FormatForPath("rapport.txt"); ok {
		t.Error("FormatForPath(rapport.txt) found a format")
	}
	if f, ok := FormatByName("markdown"); !ok || f.Name != "md" {
		t.Error("markdown is not md")
	}
	json, _ := FormatByName("json")
	opts := s.options
	opts.Public = true
	if err := json.WriteReport(&bytes.Buffer{}, s.result, s.q, opts); !errors.Is(err, ErrPublicJSON) {
		t.Errorf("public JSON: %v, want ErrPublicJSON", err)
	}
}
