package document

import (
	"fmt"
	"html"
	"io"
	"strings"
)

// HTML writes d as one self-contained HTML file: inline CSS, no scripts, no
// fonts or images from elsewhere, so that opening it makes no request. The
// title is the page's h1 and chapters are h2 (levels 1–3 become h2–h4), so
// the outline has one top. Print CSS lays it out on A4 with the
// classification at the top of every page, page numbers at the bottom
// (where the browser supports page margin boxes, as Chromium does), table
// headers repeated on every page and a new page before chapters marked
// NewPage.
func HTML(w io.Writer, d *Document) error {
	s := newSink(w)
	h := &htmlWriter{s: s, ids: headingIDs(d.Blocks)}
	h.head(d.Meta)
	h.titleBlock(d.Meta)
	s.str("<main>\n")
	for i, b := range d.Blocks {
		h.block(i, b)
	}
	s.str("</main>\n</body>\n</html>\n")
	return s.close()
}

type htmlWriter struct {
	s   *sink
	ids map[int]string
}

func esc(s string) string { return html.EscapeString(Clean(s)) }

func (h *htmlWriter) head(m Meta) {
	lang := m.lang()
	h.s.str("<!DOCTYPE html>\n<html lang=\"", lang, "\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<title>", esc(strings.TrimSpace(m.Title)), "</title>\n")
	meta := func(name, v string) {
		if v = trimmed(v); v != "" {
			h.s.str("<meta name=\"", name, "\" content=\"", html.EscapeString(v), "\">\n")
		}
	}
	meta("dcterms.subject", m.Municipality)
	meta("dcterms.date", m.Date)
	meta("dcterms.accessRights", m.Classification)
	for _, c := range m.Checksums {
		if validKey(c.Key) && validHex(c.SHA256) {
			meta("soeverein.sha256."+c.Key, c.SHA256)
		}
	}
	h.s.str("<style>\n", css)
	if c := trimmed(m.Classification); c != "" {
		h.s.str("@page { @top-center { content: \"", cssString(c), "\"; font: 9pt sans-serif; color: #333; } }\n")
	}
	h.s.str("</style>\n</head>\n<body>\n")
}

func (h *htmlWriter) titleBlock(m Meta) {
	h.s.str("<header class=\"title-block\">\n")
	if c := trimmed(m.Classification); c != "" {
		h.s.str("<p class=\"classification\">", esc(c), "</p>\n")
	}
	h.s.str("<h1>", esc(strings.TrimSpace(m.Title)), "</h1>\n")
	if v := trimmed(m.Subtitle); v != "" {
		h.s.str("<p class=\"subtitle\">", esc(v), "</p>\n")
	}
	for _, v := range []string{m.Municipality, m.Date} {
		if v = trimmed(v); v != "" {
			h.s.str("<p>", esc(v), "</p>\n")
		}
	}
	if len(m.Checksums) > 0 {
		h.s.str("<ul class=\"checksums\">\n")
		for _, c := range m.Checksums {
			h.s.str("<li>", esc(checksumLine(c)), "</li>\n")
		}
		h.s.str("</ul>\n")
	}
	h.s.str("</header>\n")
}

func (h *htmlWriter) block(i int, b Block) {
	switch b := b.(type) {
	case Heading:
		tag := fmt.Sprintf("h%d", level(b)+1)
		class := ""
		if b.NewPage {
			class = ` class="new-page"`
		}
		h.s.str("<", tag, ` id="`, h.ids[i], `"`, class, ">", h.inlines(b.Text), "</", tag, ">\n")
	case Paragraph:
		h.s.str("<p>", h.inlines(b.Text), "</p>\n")
	case List:
		if len(b.Items) == 0 {
			return
		}
		tag := "ul"
		if b.Numbered {
			tag = "ol"
		}
		h.s.str("<", tag, ">\n")
		for _, it := range b.Items {
			h.s.str("<li>", h.inlines(it), "</li>\n")
		}
		h.s.str("</", tag, ">\n")
	case Table:
		h.table(b)
	case Notice:
		h.s.str("<div class=\"notice\" role=\"note\"><p>")
		if t := trimmed(b.Title); t != "" {
			h.s.str("<strong>", esc(t), "</strong> ")
		}
		h.s.str(h.inlines(b.Text), "</p></div>\n")
	}
}

var alignClass = map[Align]string{AlignLeft: "", AlignRight: ` class="r"`, AlignCenter: ` class="c"`}

func (h *htmlWriter) table(t Table) {
	n := len(t.Header)
	if n == 0 {
		return
	}
	h.s.str("<table>\n")
	if c := trimmed(t.Caption); c != "" {
		h.s.str("<caption>", esc(c), "</caption>\n")
	}
	// Fixed column widths from the cells' lengths: a long word then
	// breaks inside its column instead of squeezing the others.
	h.s.str("<colgroup>")
	for _, wd := range columnWeights(t, 1000) {
		h.s.str(fmt.Sprintf(`<col style="width: %d.%d%%">`, wd/10, wd%10))
	}
	h.s.str("</colgroup>\n<thead>\n<tr>")
	for i, c := range t.Header {
		h.s.str(`<th scope="col"`, alignClass[t.align(i)], ">", h.inlines(c), "</th>")
	}
	h.s.str("</tr>\n</thead>\n<tbody>\n")
	for _, r := range t.Rows {
		h.s.str("<tr>")
		for i, c := range cells(r, n) {
			h.s.str("<td", alignClass[t.align(i)], ">", h.inlines(c), "</td>")
		}
		h.s.str("</tr>\n")
	}
	h.s.str("</tbody>\n</table>\n")
}

func (h *htmlWriter) inlines(in []Inline) string {
	var b strings.Builder
	for _, x := range in {
		switch x := x.(type) {
		case Text:
			b.WriteString(esc(string(x)))
		case Emphasis:
			b.WriteString("<em>" + esc(string(x)) + "</em>")
		case Strong:
			b.WriteString("<strong>" + esc(string(x)) + "</strong>")
		case Code:
			b.WriteString("<code>" + esc(string(x)) + "</code>")
		case Link:
			u, text := x.resolve()
			if u == "" {
				b.WriteString(html.EscapeString(text))
			} else {
				b.WriteString(`<a href="` + html.EscapeString(u) + `">` + html.EscapeString(text) + "</a>")
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// cssString escapes s for a CSS string in a style element: everything but
// letters, digits, spaces and non-ASCII characters becomes a hex escape,
// so no quote, backslash or "</style" can come out of it.
func cssString(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == ' ' || r >= 0x80 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, `\%x `, r)
	}
	return b.String()
}

// css is the whole style sheet: system fonts (no downloads), colours with a
// contrast of at least 7:1 for text (WCAG 2.1 AA asks 4.5:1), and A4 print
// rules.
const css = `:root { color-scheme: light; }
html { font-family: "Segoe UI", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; background: #fff; }
body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, h4 { line-height: 1.2; color: #0d2a4d; break-after: avoid; break-inside: avoid; }
h1 { font-size: 1.9rem; margin: 0.4rem 0 0.6rem; }
h2 { font-size: 1.45rem; margin-top: 2rem; border-bottom: 1px solid #8a9bb0; padding-bottom: 0.2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin-top: 1.2rem; }
a { color: #0b4a8f; text-decoration: underline; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.92em; background: #f1f3f5; padding: 0 0.15em; overflow-wrap: anywhere; }
.title-block { border-bottom: 3px solid #0d2a4d; margin-bottom: 1.5rem; padding-bottom: 0.8rem; }
.classification { display: inline-block; font-weight: bold; color: #7a1010; border: 2px solid #7a1010; padding: 0.1rem 0.5rem; margin: 0; }
.subtitle { font-size: 1.2rem; color: #333; margin-top: 0; }
.checksums { list-style: none; padding: 0; font-size: 0.85rem; color: #333; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 1rem 0; font-size: 0.95rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #8a9bb0; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e3e9f1; color: #111; }
.r { text-align: right; font-variant-numeric: tabular-nums; }
.c { text-align: center; }
.notice { border-left: 5px solid #0d2a4d; background: #eef2f7; padding: 0.5rem 0.9rem; margin: 1rem 0; }
.notice p { margin: 0; }
@page { size: A4; margin: 20mm 18mm 18mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #333; } }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  .new-page { break-before: page; }
  thead { display: table-header-group; }
  tr, .notice { break-inside: avoid; }
  a { color: #0b4a8f; }
}
`
