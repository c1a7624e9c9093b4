package reports

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"soeverein/texts"
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

// TestKindFormats is the table of what is written for each kind of output
// in each format: the document formats their own bytes, text the table for
// the terminal, JSON the result with its kind; a format a kind does not
// have is a *FormatError that names the kind's formats.
func TestKindFormats(t *testing.T) {
	s := load(t, fixtures[1])
	tr := loadTrend(t)
	doc := map[string]string{"md": "---\n", "html": "<!DOCTYPE html>", "docx": "PK\x03\x04", "odt": "PK\x03\x04"}
	want := map[Kind]map[string]string{
		Report:  {"json": `"kind": "soeverein-score"`},
		Council: {"json": `"kind": "soeverein-council"`},
		Compare: {"text": "Gemeente Dijkhoven (GM9947): 2025, 2026, 2027\n", "json": `"kind": "soeverein-compare"`},
		Score:   {"text": "Gemeente Polderhoven (GM9992), peildatum ", "json": `"kind": "soeverein-score"`},
	}
	for _, k := range []Kind{Report, Council, Compare} {
		for f, prefix := range doc {
			want[k][f] = prefix
		}
	}
	write := func(k Kind, f Format, w *bytes.Buffer) error {
		switch k {
		case Report:
			return f.WriteReport(w, s.result, s.q, s.options)
		case Council:
			return f.WriteCouncil(w, s.result, s.q, CouncilOptions{Lang: "nl"})
		case Compare:
			return f.WriteCompare(w, tr, TrendOptions{Lang: "nl"})
		}
		return f.WriteScore(w, s.result, "nl")
	}
	if got := Kinds(); !slices.Equal(got, []Kind{Report, Council, Compare, Score}) {
		t.Errorf("Kinds() = %v", got)
	}
	for _, k := range Kinds() {
		var names []string
		for _, f := range allFormats {
			t.Run(string(k)+"/"+f.Name, func(t *testing.T) {
				if f.Name == "pdf" && k.Supports(f) {
					return // written with the real programs: tools_test.go
				}
				var buf bytes.Buffer
				err := write(k, f, &buf)
				prefix, ok := want[k][f.Name]
				_, lookupErr := FormatOf(k, f.Name)
				var fe *FormatError
				switch {
				case !ok:
					if !errors.As(err, &fe) || fe.Kind != k || fe.Format != f.Name || !fe.Known || buf.Len() != 0 {
						t.Errorf("%s in %s: %v (wrote %d bytes), want a FormatError and nothing written", k, f.Name, err, buf.Len())
					}
					if !errors.As(lookupErr, &fe) {
						t.Errorf("FormatOf(%s, %s) = %v, want a FormatError", k, f.Name, lookupErr)
					}
					return
				case err != nil || lookupErr != nil:
					t.Fatalf("%s in %s: %v (FormatOf: %v)", k, f.Name, err, lookupErr)
				}
				if got := buf.String(); !strings.HasPrefix(got, prefix) && !(f.Name == "json" && strings.Contains(got[:min(len(got), 80)], prefix)) {
					t.Errorf("%s in %s starts %.60q, want %q", k, f.Name, got, prefix)
				}
				if g, ok := FormatForPathOf(k, "uit/bestand"+strings.ToUpper(f.Ext)); !ok || g.Name != f.Name {
					t.Errorf("FormatForPathOf(%s, bestand%s) = %v, %v", k, f.Ext, g.Name, ok)
				}
			})
			if _, ok := want[k][f.Name]; ok || f.Name == "pdf" && k != Score {
				names = append(names, f.Name)
			}
		}
		if got := FormatNamesOf(k); !slices.Equal(got, names) {
			t.Errorf("FormatNamesOf(%s) = %v, want %v", k, got, names)
		}
	}
	if f, err := FormatOf(Compare, " Markdown "); err != nil || f.Name != "md" {
		t.Errorf("FormatOf(compare, Markdown) = %v, %v", f.Name, err)
	}
	if _, ok := FormatForPathOf(Report, "rapport.txt"); ok {
		t.Error("a report is found for .txt")
	}
	if f, ok := FormatForPathOf(Compare, "trend.htm"); !ok || f.Name != "html" {
		t.Error("trend.htm is not html")
	}
}

// The error for a format a kind does not have says which formats it has,
// in the user's language (the catalog's texts, the pseudo-language too).
func TestFormatErrorText(t *testing.T) {
	_, unknown := FormatOf(Council, "rtf")
	_, other := FormatOf(Score, "docx")
	tests := []struct {
		err  error
		lang texts.Lang
		want string
	}{
		{unknown, "nl", "council: onbekend formaat rtf; kies md, html, docx, odt, pdf of json"},
		{unknown, "en", "council: unknown format rtf; choose md, html, docx, odt, pdf or json"},
		{other, "nl", "score schrijft geen docx; kies text of json"},
		{other, "en", "score does not write docx; choose text or json"},
		{other, texts.Pseudo, "⟦score does not write docx; choose text ⟦or⟧ json⟧"},
	}
	for _, tt := range tests {
		if got := texts.Message(tt.lang, tt.err); got != tt.want {
			t.Errorf("Message(%s, %v) = %q, want %q", tt.lang, tt.err, got, tt.want)
		}
	}
	if got, want := other.Error(), tests[3].want; got != want {
		t.Errorf("Error() = %q, want the English text %q", got, want)
	}
	for _, f := range allFormats {
		if f.Binary() != (f.Name == "docx" || f.Name == "odt" || f.Name == "pdf") {
			t.Errorf("%s: Binary() = %v", f.Name, f.Binary())
		}
	}
}
