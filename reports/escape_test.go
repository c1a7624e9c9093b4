package reports

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	docm "soeverein/document"
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

// evidenceMarkdown is one evidence line as the report writes it: the
// builder's inlines through the document package's markdown writer, as an
// item of the answer's list.
func evidenceMarkdown(t *testing.T, s string) []byte {
	t.Helper()
	md, ok := docm.FormatByName("md")
	if !ok {
		t.Fatal("no markdown format")
	}
	para := append(docm.Plain("Bewijs: "), evidenceInlines(oneLine(s))...)
	var buf bytes.Buffer
	if err := md.Write(&buf, &docm.Document{Blocks: []docm.Block{docm.Paragraph{Text: para}}}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(line, "Bewijs: ") {
			return []byte("- " + line + "\n")
		}
	}
	t.Fatalf("no evidence line in\n%s", buf.String())
	return nil
}

// TestEvidenceLinks: a web address in an evidence line is a working link to
// exactly the address typed (the writer may percent-encode a character,
// which names the same address); the rest of the line, and an e-mail
// address, stay text. Parsed as GFM, with its autolinks.
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
			src := evidenceMarkdown(t, tt.in)
			doc := parseMarkdown(src)
			var links []string
			ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				var dest string
				switch n := n.(type) {
				case *ast.AutoLink:
					dest = string(n.URL(src))
				case *ast.Link:
					dest = string(n.Destination)
				default:
					return ast.WalkContinue, nil
				}
				if entering {
					if u, err := url.PathUnescape(dest); err == nil {
						dest = u
					}
					links = append(links, dest)
				}
				return ast.WalkContinue, nil
			})
			if strings.Join(links, " ") != strings.Join(tt.links, " ") {
				t.Errorf("%q links to %q, want %q\n%s", tt.in, links, tt.links, dump(doc, src))
			}
			if got := plainText(doc, src); got != "Bewijs: "+tt.text {
				t.Errorf("%q reads %q, want %q\nsource: %q", tt.in, got, "Bewijs: "+tt.text, src)
			}
			for k := range kinds(doc) {
				switch k {
				case "Document", "List", "ListItem", "TextBlock", "Paragraph", "Text", "String", "AutoLink", "Link":
				default:
					t.Errorf("%q has a %s node\n%s", tt.in, k, dump(doc, src))
				}
			}
		})
	}
}

// TestHiddenCharactersNeutral: a direction override or zero-width character
// in an evidence line never reaches the report; it shows as [U+202E].
func TestHiddenCharactersNeutral(t *testing.T) {
	src := evidenceMarkdown(t, "\u202egnitsoh SU\u200b \u2066x\u2069 https://x.example/\u202e")
	if _, bad := safetext.HasHidden(string(src)); bad {
		t.Errorf("%q keeps a hidden character", src)
	}
	if text := plainText(parseMarkdown(src), src); !strings.HasPrefix(text, "Bewijs: [U+202E]gnitsoh SU[U+200B] [U+2066]x[U+2069]") {
		t.Errorf("%q reads %q: does not show the hidden characters", src, text)
	}
}
