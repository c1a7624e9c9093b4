package reports

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"soeverein/safetext"
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
	{"bare url", "zie https://intranet.example/dpia_m365#sectie-3 voor de DPIA"},
	{"url at start", "http://x.example/a_b"},
	{"www", "zie www.voorbeeldstad.nl/raad"},
	{"www at start", "WWW.example.nl"},
	{"email", "mail privacy@voorbeeldstad.nl of fg@example.org"},
	{"mailto", "mailto:fg@example.org"},
	{"ftp", "ftp://files.example/x"},
	{"bidi override", "\u202egnitsoh SU"},
	{"zero width", "e\u200bmail"},
	{"latin-1", "caf\xe9"},
	{"pandoc math", "kosten $10 tot $20"},
	{"pandoc super", "m^2^ en H~2~O"},
	{"pandoc citation", "[@jansen2024, p. 3] en @smith"},
	{"pandoc line block", "| regel"},
	{"pandoc definition", ": definitie"},
	{"pandoc attributes", "tekst {#id .klasse}"},
	{"pandoc letter list", "a) ja"},
	{"pandoc roman list", "iv. punt"},
	{"pandoc paren list", "(b) nee"},
	{"pandoc example list", "(@) voorbeeld"},
	{"pandoc inline note", "^[noot]"},
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
		{inline, "inline", "a | b", `a \| b`},
		{inline, "inline", "R&D", "R&D"},
		{inline, "inline", "&amp;", `\&amp;`},
		{inline, "inline", "een\n\ntwee", "een twee"},
		{cell, "cell", "a | b", `a \| b`},
		{cell, "cell", "een\ntwee", "een twee"},
		{link, "link", "https://www.ncsc.nl/x", "<https://www.ncsc.nl/x>"},
		{link, "link", "javascript:alert(1)", "javascript:alert(1)"},
		{link, "link", "https://x.example/<b>", `https\://x.example/\<b\>`},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestEvidenceLinks: a web address in an evidence line is a working link to
// exactly the address typed; the rest of the line, and an e-mail address,
// stay text.
func TestEvidenceLinks(t *testing.T) {
	tests := []struct {
		in    string
		links []string // the link targets, in order
		text  string   // what a reader sees
	}{
		{"https://intranet.example/dpia_m365#sectie-3", []string{"https://intranet.example/dpia_m365#sectie-3"}, "https://intranet.example/dpia_m365#sectie-3"},
		{"DPIA (https://intranet.example/a_b), *def*", []string{"https://intranet.example/a_b"}, "DPIA (https://intranet.example/a_b), *def*"},
		{"zie www.voorbeeldstad.nl/raad.", []string{"https://www.voorbeeldstad.nl/raad"}, "zie www.voorbeeldstad.nl/raad."},
		{"- besluit http://x.example/1 en https://y.example/2?a=1&b=2", []string{"http://x.example/1", "https://y.example/2?a=1&b=2"}, "- besluit http://x.example/1 en https://y.example/2?a=1&b=2"},
		{"mail fg@example.org", nil, "mail fg@example.org"},
		{"https://x.example/<script>", []string{"https://x.example/"}, "https://x.example/<script>"},
		{"www.x en www", nil, "www.x en www"},
		{"1. https://x.example/a", []string{"https://x.example/a"}, "1. https://x.example/a"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			src := []byte("- Bewijs: " + evidence(tt.in) + "\n")
			doc := parseMarkdown(src)
			var links []string
			ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				switch n := n.(type) {
				case *ast.AutoLink:
					if entering {
						links = append(links, string(n.URL(src)))
					}
				case *ast.Link:
					if entering {
						links = append(links, string(n.Destination))
					}
				}
				return ast.WalkContinue, nil
			})
			if strings.Join(links, " ") != strings.Join(tt.links, " ") {
				t.Errorf("evidence(%q) = %q links to %q, want %q\n%s", tt.in, evidence(tt.in), links, tt.links, dump(doc, src))
			}
			if got := plainText(doc, src); got != "Bewijs: "+tt.text {
				t.Errorf("evidence(%q) reads %q, want %q", tt.in, got, "Bewijs: "+tt.text)
			}
			for k := range kinds(doc) {
				switch k {
				case "Document", "List", "ListItem", "TextBlock", "Paragraph", "Text", "String", "AutoLink", "Link":
				default:
					t.Errorf("evidence(%q) has a %s node\n%s", tt.in, k, dump(doc, src))
				}
			}
		})
	}
}

// TestHiddenCharactersNeutral: a direction override or zero-width character
// never reaches the report; it shows as [U+202E].
func TestHiddenCharactersNeutral(t *testing.T) {
	for _, fn := range []func(string) string{inline, cell, evidence} {
		got := fn("\u202egnitsoh SU\u200b \u2066x\u2069 https://x.example/\u202e")
		if _, bad := safetext.HasHidden(got); bad {
			t.Errorf("%q keeps a hidden character", got)
		}
		src := []byte(got + "\n")
		if text := plainText(parseMarkdown(src), src); !strings.HasPrefix(text, "[U+202E]gnitsoh SU[U+200B] [U+2066]x[U+2069]") {
			t.Errorf("%q reads %q: does not show the hidden characters", got, text)
		}
	}
}

// pandocSpecial are the characters that pandoc's markdown (the default
// input format of `pandoc rapport.md`) reads as markup in running text:
// maths, superscript, subscript, citations and example lists, spans and
// attributes, line blocks. Pandoc is not installed here, so the rule is
// tested on the escaped text: each of them is preceded by a backslash.
const pandocSpecial = "$^~@|{}[]*_`<>\\#"

func TestPandocEscapes(t *testing.T) {
	inputs := []string{
		"kosten $10 tot $20", "m^2^", "H~2~O", "[@jansen2024]", "@smith zegt", "| regel",
		"tekst {#id}", "^[noot]", "(@) voorbeeld", "a) ja", "iv. punt", "(b) nee", ": definitie",
		"II. punt", "B) ja",
	}
	for _, in := range inputs {
		for name, fn := range map[string]func(string) string{"inline": inline, "cell": cell, "evidence": evidence} {
			out := fn(in)
			if i := unescaped(out, pandocSpecial); i >= 0 {
				t.Errorf("%s(%q) = %q: %q at %d is not escaped", name, in, out, out[i], i)
			}
			if !escapedAt(out, 1) && startsPandocBlock(out) {
				t.Errorf("%s(%q) = %q starts a pandoc list, line block or definition", name, in, out)
			}
		}
	}
	// A name with an initial is not a list, in pandoc either: no escape.
	for _, in := range []string{"J. Jansen", "C. de Vries"} {
		if got := inline(in); got != in {
			t.Errorf("inline(%q) = %q, want it unchanged", in, got)
		}
	}
}

// unescaped returns the index of the first character of set in s that no
// backslash escapes, or -1.
func unescaped(s, set string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++ // the escaped character
			continue
		}
		if strings.IndexByte(set, s[i]) >= 0 {
			return i
		}
	}
	return -1
}

// escapedAt reports whether the character at i (the second byte, after a
// leading backslash) is escaped.
func escapedAt(s string, i int) bool {
	return i > 0 && i < len(s) && s[i-1] == '\\' || s != "" && s[0] == '\\'
}

// startsPandocBlock reports whether s starts with a fancy list marker, a
// line block or a definition marker, unescaped.
func startsPandocBlock(s string) bool {
	for _, m := range []string{"a) ", "iv. ", "(b) ", ": ", "| ", "II. ", "B) "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}
