package reports

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// hostile is text a user might type into a note, an evidence line or the
// municipality's name, each of which would change the report's structure if
// written as is.
var hostile = []struct{ name, in string }{
	{"plain", "Gemeente Utrecht"},
	{"pipe", "Teams | WhatsApp | Signal"},
	{"heading", "# Besluit"},
	{"closing hashes", "Plan B ##"},
	{"setext underline", "Plan\n==="},
	{"thematic break", "---"},
	{"spaced thematic break", "- - -"},
	{"mixed break", "+-+"},
	{"version", "2026.1"},
	{"negative", "-5 procent"},
	{"list dash", "- eerste punt"},
	{"list plus", "+ punt"},
	{"ordered list", "2024. Verder"},
	{"ordered paren", "3) ja"},
	{"blockquote", "> citaat"},
	{"emphasis", "*heel* _belangrijk_ **echt** __echt__"},
	{"intraword underscore", "snake_case_name"},
	{"strikethrough", "~~weg~~"},
	{"code span", "gebruik `rm -rf /`"},
	{"code fence", "```\ncode\n```"},
	{"indented code", "    vier spaties"},
	{"link", "[klik hier](javascript:alert(1))"},
	{"image", "![x](http://evil.example/x.png)"},
	{"reference link", "[a]: http://evil.example"},
	{"autolink", "<https://evil.example>"},
	{"html", "<script>alert('x')</script>"},
	{"html comment", "<!-- verborgen -->"},
	{"html block", "<div>\nblok\n</div>"},
	{"entity", "&lt;b&gt; &amp; &#60; &copy;"},
	{"bare ampersand", "R&D en B & W"},
	{"backslash", `C:\data\ en einde\`},
	{"hard break", "regel een  \nregel twee"},
	{"newlines", "een\n\ntwee\r\ndrie\rvier"},
	{"tab", "\tinspringen"},
	{"control", "a\x00b\x07c\x1b[31md"},
	{"table row", "| a | b |\n| --- | --- |"},
	{"url", "https://intranet.example/docs?id=1&x=2"},
	{"unicode", "Súdwest-Fryslân — ‘cloud’ €"},
	{"footnote", "[^1] zie noot"},
	{"only spaces", "   "},
}

func TestInlineIsLiteral(t *testing.T) {
	contexts := []struct {
		name, prefix string
		wantBlock    string
	}{
		{"paragraph start", "", "Paragraph"},
		{"list item", "- Notitie: ", "List"},
		{"heading", "### ", "Heading"},
	}
	for _, h := range hostile {
		for _, c := range contexts {
			if c.prefix == "" && oneLine(h.in) == "" {
				continue // nothing to read, and no paragraph to find
			}
			t.Run(h.name+"/"+c.name, func(t *testing.T) {
				src := []byte(c.prefix + inline(h.in) + "\n")
				doc := parseMarkdown(src)
				want := strings.TrimPrefix(c.prefix, "- ")
				want = strings.TrimPrefix(want, "### ")
				want += oneLine(h.in)
				if got := plainText(doc, src); got != strings.TrimSpace(want) {
					t.Errorf("inline(%q) reads %q, want %q\nsource: %q\n%s", h.in, got, want, src, dump(doc, src))
				}
				checkOnlyText(t, doc, src, c.wantBlock)
			})
		}
	}
}

func TestCellIsLiteral(t *testing.T) {
	for _, h := range hostile {
		t.Run(h.name, func(t *testing.T) {
			src := []byte("| Vraag | Antwoord |\n| --- | --- |\n| " + cell(h.in) + " | ja |\n")
			doc := parseMarkdown(src)
			tbs := tables(doc, src)
			if len(tbs) != 1 || len(tbs[0].Rows) != 1 || len(tbs[0].Rows[0]) != 2 {
				t.Fatalf("cell(%q): want one table with one row of 2 cells, got %+v\n%s", h.in, tbs, dump(doc, src))
			}
			if got, want := tbs[0].Rows[0][0], oneLine(h.in); got != want {
				t.Errorf("cell(%q) reads %q, want %q\n%s", h.in, got, want, dump(doc, src))
			}
			if got := tbs[0].Rows[0][1]; got != "ja" {
				t.Errorf("cell(%q): next cell reads %q, want \"ja\"", h.in, got)
			}
			checkOnlyText(t, doc, src, "Table")
		})
	}
}

// checkOnlyText fails when the tree holds anything but the one expected
// block with plain text in it.
func checkOnlyText(t *testing.T, doc ast.Node, src []byte, block string) {
	t.Helper()
	allowed := map[string]bool{
		"Document": true, "Paragraph": true, "Text": true, "String": true, "TextBlock": true,
		block: true,
	}
	switch block {
	case "List":
		allowed["ListItem"] = true
	case "Table":
		allowed["TableHeader"], allowed["TableRow"], allowed["TableCell"] = true, true, true
	}
	for k, n := range kinds(doc) {
		if !allowed[k] {
			t.Errorf("found %d %s node(s), want only %s with text\n%s", n, k, block, dump(doc, src))
		}
	}
	if n := kinds(doc)[block]; n != 1 {
		t.Errorf("found %d %s blocks, want 1\n%s", n, block, dump(doc, src))
	}
}

func TestEscapeExamples(t *testing.T) {
	tests := []struct {
		fn   func(string) string
		name string
		in   string
		want string
	}{
		{inline, "inline", "J. Jansen", "J. Jansen"},
		{inline, "inline", "a*b_c", `a\*b\_c`},
		{inline, "inline", "1. punt", `1\. punt`},
		{inline, "inline", "versie 1. punt", "versie 1. punt"},
		{inline, "inline", "- punt", `\- punt`},
		{inline, "inline", "-5 procent", "-5 procent"},
		{inline, "inline", "2026.1", "2026.1"},
		{inline, "inline", "2026.", `2026\.`},
		{inline, "inline", "---", `\---`},
		{inline, "inline", "- - -", `\- - -`},
		{inline, "inline", "+-+", `\+-+`},
		{inline, "inline", "==", `\==`},
		{inline, "inline", "=x", "=x"},
		{inline, "inline", "a - b", "a - b"},
		{inline, "inline", "a | b", "a | b"},
		{inline, "inline", "R&D", "R&D"},
		{inline, "inline", "&amp;", `\&amp;`},
		{inline, "inline", "een\n\ntwee", "een twee"},
		{cell, "cell", "a | b", `a \| b`},
		{cell, "cell", "een\ntwee", "een twee"},
		{link, "link", "https://www.ncsc.nl/x", "<https://www.ncsc.nl/x>"},
		{link, "link", "javascript:alert(1)", "javascript:alert(1)"},
		{link, "link", "https://x.example/<b>", `https://x.example/\<b\>`},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}
