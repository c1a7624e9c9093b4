package document

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"gopkg.in/yaml.v3"
)

var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// mdBody returns the markdown after the YAML metadata block.
func mdBody(t *testing.T, md string) (meta map[string]string, body string) {
	t.Helper()
	rest, ok := strings.CutPrefix(md, "---\n")
	head, body, ok2 := strings.Cut(rest, "\n---\n")
	if !ok || !ok2 {
		t.Fatalf("no YAML metadata block:\n%.300s", md)
	}
	if err := yaml.Unmarshal([]byte(head), &meta); err != nil {
		t.Fatalf("YAML metadata block: %v\n%s", err, head)
	}
	return meta, body
}

func gfmHTML(t *testing.T, md string) string {
	t.Helper()
	var out bytes.Buffer
	if err := gfm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// goldmarkEscape is how goldmark escapes text in its HTML.
var goldmarkEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace

func TestMarkdownMetadata(t *testing.T) {
	var buf bytes.Buffer
	d := sample()
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	meta, _ := mdBody(t, buf.String())
	want := map[string]string{
		"title":                `Digitale soevereiniteit 2026 \<Gemeente & Co\>`,
		"subtitle":             d.Meta.Subtitle,
		"date":                 "2026-03-31",
		"lang":                 "nl-NL",
		"subject":              d.Meta.Municipality,
		"classification":       d.Meta.Classification,
		"sha256-questionnaire": d.Meta.Checksums[0].SHA256,
		"sha256-answers":       d.Meta.Checksums[1].SHA256,
	}
	for k, v := range want {
		if meta[k] != v {
			t.Errorf("metadata %s = %q, want %q", k, meta[k], v)
		}
	}
}

// TestMarkdownHostileText parses the markdown as GFM (with autolinks) and
// checks that every hostile text came out as a paragraph of plain text.
func TestMarkdownHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	_, body := mdBody(t, buf.String())
	html := gfmHTML(t, body)
	for _, h := range hostile {
		want := "<p>" + goldmarkEscape(hostileVisible(h)) + "</p>"
		if !strings.Contains(html, want) {
			t.Errorf("GFM does not read %q literally; want %s in\n%s", h, want, grepLine(html, hostileVisible(h)[:4]))
		}
	}
	for _, want := range []string{
		"<strong>62 van 100</strong>", "<em>bewust</em>", `<a href="https://www.digitaleoverheid.nl/">de handreiking</a>`,
		"<code>questions.yaml</code>", "<h1>Samenvatting</h1>", "<h3>Toelichting van de respondent</h3>",
		"<ol>\n<li>stap een</li>", "<blockquote>\n<p><strong>Let op:</strong>", `<th style="text-align:right">Score</th>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("GFM output lacks %s", want)
		}
	}
	if n := strings.Count(html, "<a "); n != 1+60 {
		t.Errorf("GFM output has %d links, want 61 (the real ones only)", n)
	}
	if strings.Contains(html, "<script") || strings.Contains(html, "<del>") {
		t.Errorf("hostile text became markup")
	}
}

func grepLine(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, goldmarkEscape(sub)) {
			return l
		}
	}
	return "(not found)"
}

// TestMDEscape covers the constructs of pandoc's markdown that GFM does
// not have, which goldmark cannot check.
func TestMDEscape(t *testing.T) {
	tests := []struct {
		in        string
		lineStart bool
		want      string
	}{
		{"$x$ en $$y$$", false, `\$x\$ en \$\$y\$\$`},
		{"2^10^ en H~2~O", false, `2\^10\^ en H\~2\~O`},
		{"zie [@doe, p. 3] en @doe", false, `zie \[\@doe, p. 3\] en \@doe`},
		{"| lijnblok", true, `\| lijnblok`},
		{"(@) voorbeeld", true, `(\@) voorbeeld`},
		{"a) fancy", true, `a\) fancy`},
		{"iv. romeins", true, `iv\. romeins`},
		{"(b) haakjes", true, `(b\) haakjes`},
		{"B. Kapitaal", true, `B\. Kapitaal`},
		{"De. geen lijst", true, `De. geen lijst`},
		{"2024. Verder", true, `2024\. Verder`},
		{"a) midden", false, `a) midden`},
		{": definitie", true, `\: definitie`},
		{"::: div", true, `\::: div`},
		{"- lijst", true, `\- lijst`},
		{"+ lijst", true, `\+ lijst`},
		{"= setext", true, `\= setext`},
		{"a -- b --- c", false, `a \-- b \-\-- c`},
		{"en...", false, `en\...`},
		{"`code` {=html} {.class}", false, "\\`code\\` \\{=html\\} \\{.class\\}"},
		{`\begin{x} \(y\)`, false, `\\begin\{x\} \\(y\\)`},
		{"<!-- x --> &amp; & x", false, `\<!\-- x \--\> \&amp; & x`},
		{"https://x.nl en www.y.nl", false, `https\://x.nl en www\.y.nl`},
		{"awww.y.nl", false, `awww.y.nl`},
		{"^[noot] [^1]", false, `\^\[noot\] \[\^1\]`},
		{"*a* _b_ ~~c~~ ==d==", false, `\*a\* \_b\_ \~\~c\~\~ ==d==`},
		{"gewoon, zin. Met 'quotes' en \"dubbel\"", false, "gewoon, zin. Met 'quotes' en \"dubbel\""},
	}
	for _, tc := range tests {
		if got := mdEscape(tc.in, tc.lineStart); got != tc.want {
			t.Errorf("mdEscape(%q, %v) = %q, want %q", tc.in, tc.lineStart, got, tc.want)
		}
	}
}

func TestMarkdownSeparatesLists(t *testing.T) {
	d := &Document{Blocks: []Block{
		List{Items: [][]Inline{Plain("a")}},
		List{Items: [][]Inline{Plain("b")}},
	}}
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	_, body := mdBody(t, buf.String())
	if n := strings.Count(gfmHTML(t, body), "<ul>"); n != 2 {
		t.Errorf("two lists in a row became %d", n)
	}
}

// FuzzMarkdownParagraph checks that any text in a paragraph reads as that
// text in GFM.
func FuzzMarkdownParagraph(f *testing.F) {
	for _, h := range hostile {
		f.Add(h)
	}
	f.Add("1) x")
	f.Add("    code?")
	f.Fuzz(func(t *testing.T, s string) {
		visible := strings.TrimSpace(Clean(s))
		if visible == "" {
			return
		}
		var buf bytes.Buffer
		if err := Markdown(&buf, &Document{Blocks: []Block{Paragraph{Text: Plain(s)}}}); err != nil {
			t.Fatal(err)
		}
		_, body := mdBody(t, buf.String())
		got := gfmHTML(t, body)
		want := "<p>" + goldmarkEscape(visible) + "</p>\n"
		if !strings.HasSuffix(got, want) {
			t.Errorf("paragraph %q: GFM gives %q, want %q", s, got, want)
		}
	})
}
