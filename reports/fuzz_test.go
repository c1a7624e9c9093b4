package reports

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/safetext"
	"soeverein/scoring"
)

var fuzzSeeds = []string{
	"# kop", "zie https://x.example/a_b#c", "www.x.nl", "fg@example.org", "$x$ ^y^ ~z~ [@c]", "| regel",
	"<b>x</b>", "[x](javascript:y)", "\u202egnitsoh SU", "caf\xe9", "a\x1b[2J", "1. lijst", "a) lijst",
	"---", "```", "&amp;", "\\", "![i](x)", "<https://x>", "(@) v", "{#id}",
}

// FuzzReportUserText renders the report with arbitrary text as the
// municipality's name, a note and evidence: the headings are the report's
// own, and user text never becomes HTML, an image, code or a link outside
// the evidence lines (checkNodeKinds).
func FuzzReportUserText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s)
	}
	base := load(f, fixtures[0])
	f.Fuzz(func(t *testing.T, name, note string) {
		s := *base
		a := *base.a
		a.Municipality.Name = name
		s.a = &a
		r := scoring.Evaluate(s.q, &a)
		for _, th := range r.Themes {
			for _, q := range th.Questions {
				q.Note, q.Evidence = note, []string{note, "bewijs " + note}
			}
		}
		s.result = r
		for _, lang := range languages() {
			src := s.render(t, lang)
			doc := parseMarkdown(src)
			if diff := cmp.Diff(wantHeadings(r, lang), headings(doc, src)); diff != "" {
				t.Fatalf("headings (-want +got):\n%s", diff)
			}
			checkNodeKinds(t, doc, src)
			checkTableRows(t, src)
			if _, bad := safetext.HasHidden(string(src)); bad || !bytes.Equal(src, []byte(safetext.Repair(string(src)))) {
				t.Fatalf("report holds a hidden character or bytes that are not UTF-8")
			}
		}
	})
}

// FuzzTrendUserText does the same for the trend report: the municipality's
// name and the years' labels.
func FuzzTrendUserText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, label string) {
		tr := loadTrend(t)
		tr.Municipality = name
		tr.Years[0].Label = label
		for _, lang := range languages() {
			var buf bytes.Buffer
			if err := TrendMarkdown(&buf, tr, TrendOptions{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			src := buf.Bytes()
			doc := parseMarkdown(src)
			k := kinds(doc)
			for _, bad := range []string{"RawHTML", "HTMLBlock", "Image", "Link", "AutoLink", "CodeBlock", "FencedCodeBlock", "Strikethrough"} {
				if k[bad] > 0 {
					t.Fatalf("trend has %d %s node(s)\n%s", k[bad], bad, dump(doc, src))
				}
			}
			for _, h := range headings(doc, src) {
				if h.Level == 1 && h.Text != headings(doc, src)[0].Text {
					t.Fatalf("a second top heading %q", h.Text)
				}
			}
			checkTableRows(t, src)
		}
	})
}
