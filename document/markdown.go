package document

import (
	"io"
	"strconv"
	"strings"
)

// Markdown writes d as pandoc-ready markdown: a YAML metadata block (title,
// subtitle, date, lang, subject, classification, checksums) and a body in
// the common ground of CommonMark, GFM (pipe tables) and pandoc's markdown.
// User text is escaped so that it reads literally in all three (see
// mdEscape), in the YAML block too, which pandoc reads as markdown.
func Markdown(w io.Writer, d *Document) error {
	s := newSink(w)
	m := &mdWriter{s: s}
	m.meta(d.Meta)
	m.titleBlock(d.Meta)
	var prev Block
	for _, b := range d.Blocks {
		m.block(b, prev)
		prev = b
	}
	return s.close()
}

type mdWriter struct{ s *sink }

func (m *mdWriter) meta(meta Meta) {
	m.s.str("---\n")
	m.yaml("title", mdEscape(trimmed(meta.Title), true))
	if v := trimmed(meta.Subtitle); v != "" {
		m.yaml("subtitle", mdEscape(v, true))
	}
	if v := trimmed(meta.Date); v != "" {
		m.yaml("date", mdEscape(v, true))
	}
	m.s.str("lang: ", meta.lang(), "\n")
	if v := trimmed(meta.Municipality); v != "" {
		m.yaml("subject", mdEscape(v, true))
	}
	if v := trimmed(meta.Classification); v != "" {
		m.yaml("classification", mdEscape(v, true))
	}
	for _, c := range meta.Checksums {
		if validKey(c.Key) && validHex(c.SHA256) {
			m.s.str("sha256-", c.Key, ": ", c.SHA256, "\n")
		}
	}
	m.s.str("---\n\n")
}

// yaml writes a double-quoted YAML scalar; v is clean (no control
// characters), so escaping backslash and quote is enough.
func (m *mdWriter) yaml(key, v string) {
	v = strings.ReplaceAll(v, `\`, `\\`)
	v = strings.ReplaceAll(v, `"`, `\"`)
	m.s.str(key, `: "`, v, "\"\n")
}

// titleBlock repeats in the body what a reader of the plain file needs: the
// classification, subtitle, municipality, date and checksums. The title
// itself is in the YAML block, so that pandoc makes it the title and the
// chapters stay Heading 1.
func (m *mdWriter) titleBlock(meta Meta) {
	if v := trimmed(meta.Classification); v != "" {
		m.s.str("**", mdEscape(v, false), "**\n\n")
	}
	for _, v := range []string{meta.Subtitle, meta.Municipality, meta.Date} {
		if v = trimmed(v); v != "" {
			m.s.str(mdEscape(v, true), "\n\n")
		}
	}
	for _, c := range meta.Checksums {
		m.s.str("- ", mdEscape(checksumLine(c), true), "\n")
	}
	if len(meta.Checksums) > 0 {
		m.s.str("\n")
	}
}

// checksumLine is the human-readable form of a checksum, the same in every
// format: "Antwoorden (answers.yaml), SHA-256: 3f…".
func checksumLine(c Checksum) string {
	line := trimmed(c.Label)
	if f := trimmed(c.File); f != "" {
		line += " (" + f + ")"
	}
	return line + ", SHA-256: " + trimmed(c.SHA256)
}

func (m *mdWriter) block(b Block, prev Block) {
	switch b := b.(type) {
	case Heading:
		m.s.str(strings.Repeat("#", level(b)), " ", m.inlines(b.Text, false), "\n\n")
	case Paragraph:
		if t := m.inlines(b.Text, true); t != "" {
			m.s.str(t, "\n\n")
		}
	case List:
		if p, ok := prev.(List); ok && p.Numbered == b.Numbered {
			// Two lists in a row would merge into one.
			m.s.str("<!-- -->\n\n")
		}
		for i, item := range b.Items {
			marker := "- "
			if b.Numbered {
				marker = strconv.Itoa(i+1) + ". "
			}
			m.s.str(marker, m.inlines(item, true), "\n")
		}
		m.s.str("\n")
	case Table:
		m.table(b)
	case Notice:
		m.s.str("> ")
		if t := trimmed(b.Title); t != "" {
			m.s.str("**", mdEscape(t, false), "** ")
		}
		m.s.str(m.inlines(b.Text, false), "\n\n")
	}
}

func (m *mdWriter) table(t Table) {
	n := len(t.Header)
	if n == 0 {
		return
	}
	if c := trimmed(t.Caption); c != "" {
		m.s.str("*", mdEscape(c, false), "*\n\n")
	}
	m.row(t.Header, n)
	m.s.str("|")
	for i := 0; i < n; i++ {
		switch t.align(i) {
		case AlignRight:
			m.s.str(" ---: |")
		case AlignCenter:
			m.s.str(" :---: |")
		default:
			m.s.str(" :--- |")
		}
	}
	m.s.str("\n")
	for _, r := range t.Rows {
		m.row(r, n)
	}
	m.s.str("\n")
}

func (m *mdWriter) row(r [][]Inline, n int) {
	m.s.str("|")
	for _, c := range cells(r, n) {
		m.s.str(" ", m.cell(c), " |")
	}
	m.s.str("\n")
}

// cell renders a table cell: like other inline text, with code that holds
// a pipe written as escaped text, since pipe tables split cells before
// they see code spans.
func (m *mdWriter) cell(in []Inline) string {
	out := make([]Inline, len(in))
	for i, x := range in {
		if c, ok := x.(Code); ok && strings.Contains(string(c), "|") {
			x = Text(c)
		}
		out[i] = x
	}
	return m.inlines(out, false)
}

// inlines renders a run of inlines; lineStart says whether it begins a line,
// where list and block markers must be escaped too.
func (m *mdWriter) inlines(in []Inline, lineStart bool) string {
	var b strings.Builder
	for _, x := range in {
		start := lineStart && strings.TrimSpace(b.String()) == ""
		switch x := x.(type) {
		case Text:
			t := Clean(string(x))
			if start {
				// The line is trimmed, so its first character is what
				// the block markers are checked against.
				t = strings.TrimLeft(t, " ")
			}
			b.WriteString(mdEscape(t, start))
		case Emphasis:
			delimit(&b, Clean(string(x)), "*")
		case Strong:
			delimit(&b, Clean(string(x)), "**")
		case Code:
			b.WriteString(mdCode(Clean(string(x))))
		case Link:
			m.link(&b, x, start)
		}
	}
	return strings.TrimSpace(b.String())
}

// delimit wraps escaped text in an emphasis delimiter, keeping edge spaces
// outside it (where CommonMark wants them).
func delimit(b *strings.Builder, s, delim string) {
	core := strings.TrimSpace(s)
	if core == "" {
		b.WriteString(s)
		return
	}
	if strings.HasPrefix(s, " ") {
		b.WriteByte(' ')
	}
	b.WriteString(delim + mdEscape(core, false) + delim)
	if strings.HasSuffix(s, " ") {
		b.WriteByte(' ')
	}
}

func (m *mdWriter) link(b *strings.Builder, l Link, start bool) {
	u, text := l.resolve()
	if u == "" {
		if start {
			text = strings.TrimLeft(text, " ")
		}
		b.WriteString(mdEscape(text, start))
		return
	}
	b.WriteString("[" + mdEscape(text, false) + "](" + mdURL(u) + ")")
}

// mdURL percent-encodes the characters that could end a link destination
// or a table cell early.
func mdURL(u string) string { return mdURLEscaper.Replace(u) }

var mdURLEscaper = strings.NewReplacer("(", "%28", ")", "%29", "|", "%7C", "[", "%5B", "]", "%5D", "*", "%2A", "_", "%5F")

// mdCode writes a code span with a fence of backticks longer than any run
// inside it.
func mdCode(s string) string {
	if strings.TrimSpace(s) == "" {
		return mdEscape(s, false)
	}
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}
