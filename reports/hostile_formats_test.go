package reports

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	docm "soeverein/document"
)

// The hostile fixture (markup, XML specials, pandoc syntax in names, notes
// and evidence) stays text in every format: the HTML has no element that
// the writer did not make, and every XML part of the Word and ODT file
// parses, with the hostile text in it as text.
func TestHostileTextStaysTextInEveryFormat(t *testing.T) {
	s := load(t, fixtures[3])
	for _, public := range []bool{false, true} {
		opts := s.options
		opts.Public = public
		d, err := Build(s.result, s.q, opts)
		if err != nil {
			t.Fatal(err)
		}
		var hb bytes.Buffer
		if err := docm.HTML(&hb, d); err != nil {
			t.Fatal(err)
		}
		checkHTMLElements(t, hb.Bytes())
		if !strings.Contains(hb.String(), "Noord &lt;b&gt;") {
			t.Error("HTML: the municipality's <b> is not escaped text")
		}
		for _, f := range []func(io.Writer, *docm.Document) error{docm.DOCX, docm.ODT} {
			var zb bytes.Buffer
			if err := f(&zb, d); err != nil {
				t.Fatal(err)
			}
			text := checkXMLParts(t, zb.Bytes())
			if !strings.Contains(text, "Gemeente *Voorbeeld* | Noord <b>") {
				t.Error("Word/ODT: the municipality's name is not there as text")
			}
		}
	}
}

// So do the trend report and the council answers built from the hostile
// fixtures, and the text tables keep them on one line.
func TestHostileTextStaysTextInTrendAndCouncil(t *testing.T) {
	s := load(t, fixtures[3])
	trend, err := BuildTrend(hostileTrend(t), TrendOptions{Lang: "nl"})
	if err != nil {
		t.Fatal(err)
	}
	council, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		d     *docm.Document
		texts []string
	}{
		{"trend", trend, []string{"Gemeente *Voorbeeld* | Noord <b>", "vorig | jaar <i>*.yaml", "<img src=x> [x](javascript:y) `code`", "x <b>"}},
		{"council", council, []string{"Gemeente *Voorbeeld* | Noord <b>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var hb bytes.Buffer
			if err := docm.HTML(&hb, tc.d); err != nil {
				t.Fatal(err)
			}
			checkHTMLElements(t, hb.Bytes())
			if strings.Contains(hb.String(), "<b>") || strings.Contains(hb.String(), "<img") {
				t.Error("HTML: a <b> or <img> from the answers is an element")
			}
			for _, f := range []func(io.Writer, *docm.Document) error{docm.DOCX, docm.ODT} {
				var zb bytes.Buffer
				if err := f(&zb, tc.d); err != nil {
					t.Fatal(err)
				}
				text := checkXMLParts(t, zb.Bytes())
				for _, want := range tc.texts {
					if !strings.Contains(text, want) {
						t.Errorf("Word/ODT: %q is not there as text", want)
					}
				}
			}
		})
	}
	var buf bytes.Buffer
	if err := CompareText(&buf, hostileTrend(t), "nl"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Gemeente *Voorbeeld* | Noord <b>") {
		t.Errorf("compare table: the municipality's name is not shown as it is:\n%s", buf.String())
	}
}

// checkHTMLElements fails on any element the HTML writer does not write.
func checkHTMLElements(t *testing.T, src []byte) {
	t.Helper()
	allowed := map[string]bool{"html": true, "head": true, "meta": true, "title": true, "style": true, "body": true,
		"header": true, "main": true, "h1": true, "h2": true, "h3": true, "h4": true, "p": true, "ul": true, "ol": true, "li": true,
		"table": true, "caption": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true, "strong": true,
		"em": true, "code": true, "a": true, "aside": true, "div": true, "span": true, "section": true, "dl": true, "dt": true, "dd": true, "nav": true, "footer": true, "br": true, "col": true, "colgroup": true}
	for _, m := range htmlTag.FindAllSubmatch(src, -1) {
		if !allowed[strings.ToLower(string(m[1]))] {
			t.Errorf("HTML: element <%s> in the report", m[1])
		}
	}
}

// htmlTag is the start of an element: a "<" the writer did not escape.
var htmlTag = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)`)

// checkXMLParts parses every XML part of a zip and returns the text of all
// of them.
func checkXMLParts(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") && !strings.HasSuffix(f.Name, ".rels") {
			continue
		}
		rc, _ := f.Open()
		dec := xml.NewDecoder(rc)
		for {
			tok, err := dec.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Errorf("%s does not parse: %v", f.Name, err)
				break
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
			}
		}
		rc.Close()
	}
	return text.String()
}
