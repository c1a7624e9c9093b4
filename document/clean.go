package document

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s as every writer puts it into a document: each run of
// white space (line breaks and tabs included) becomes one space, and
// characters that could change how the text around them reads or that XML
// cannot hold are dropped: control characters, bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), noncharacters and
// bytes that are not UTF-8. Edges are kept, so that runs of inline text
// can be joined; no-break spaces stay.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			continue
		case foldsToSpace(r):
			space = true
			continue
		case dropped(r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// isClean is the fast path: most text has nothing to change.
func isClean(s string) bool {
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false
		}
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

func foldsToSpace(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f'
}

func dropped(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	case r >= 0xd800 && r <= 0xdfff:
		return true
	}
	return false
}

// trimmed cleans s and trims its edges, for text that stands alone
// (titles, cells' single runs, metadata).
func trimmed(s string) string { return strings.TrimSpace(Clean(s)) }

// SafeURL returns u when it is an absolute http, https or mailto address
// without white space or control characters, and "" otherwise: only such
// addresses become links in any format.
func SafeURL(u string) string {
	if u == "" || len(u) > 2048 || !utf8.ValidString(u) {
		return ""
	}
	for _, r := range u {
		if r <= ' ' || r == 0x7f || r == '<' || r == '>' || r == '"' || r == '\\' || r == '`' || dropped(r) || unicode.IsSpace(r) {
			return ""
		}
	}
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return ""
		}
	case "mailto":
		if p.Opaque == "" {
			return ""
		}
	default:
		return ""
	}
	return u
}

// resolve returns what every writer shows for a link: the address it
// links to and its text (the address itself when the text is empty). A
// link whose address SafeURL refuses gets no address, and its text shows
// the address in parentheses, so the reader still sees it.
func (l Link) resolve() (url, text string) {
	url = SafeURL(l.URL)
	if url == "" {
		text = Clean(l.Text)
		if raw := trimmed(l.URL); raw != "" {
			text += " (" + raw + ")"
		}
		return "", text
	}
	if text = strings.TrimSpace(Clean(l.Text)); text == "" {
		text = url
	}
	return url, text
}

// lang returns the document's language tag, nl-NL when none is set.
func (m Meta) lang() string {
	if l := trimmed(m.Lang); l != "" && validLang(l) {
		return l
	}
	return "nl-NL"
}

func validLang(l string) bool {
	for _, r := range l {
		if !(r == '-' || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

// plainText is the text of inlines without any markup, for ids, bookmarks
// and document outlines.
func plainText(in []Inline) string {
	var b strings.Builder
	for _, x := range in {
		switch x := x.(type) {
		case Text:
			b.WriteString(string(x))
		case Emphasis:
			b.WriteString(string(x))
		case Strong:
			b.WriteString(string(x))
		case Code:
			b.WriteString(string(x))
		case Link:
			b.WriteString(x.Text)
		}
	}
	return strings.TrimSpace(Clean(b.String()))
}

// headingIDs gives every heading, by block index, a unique id made of
// lowercase ASCII letters, digits and '-': the heading's own ID when set,
// otherwise one made from its text.
func headingIDs(blocks []Block) map[int]string {
	ids := map[int]string{}
	seen := map[string]bool{}
	for i, b := range blocks {
		h, ok := b.(Heading)
		if !ok {
			continue
		}
		base := slug(h.ID)
		if base == "" {
			base = slug(plainText(h.Text))
		}
		if base == "" || base[0] >= '0' && base[0] <= '9' {
			base = "h-" + base
			base = strings.TrimSuffix(base, "-")
		}
		id := base
		for n := 2; seen[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		seen[id] = true
		ids[i] = id
	}
	return ids
}

// slug folds s to lowercase ASCII letters, digits and single dashes;
// accented Latin letters lose their accent.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = unaccent(r)
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}

func unaccent(r rune) rune {
	const from = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç"
	const to = "aaaaaaeeeeiiiiooooouuuuyync"
	if i := strings.IndexRune(from, r); i >= 0 {
		return rune(to[utf8.RuneCountInString(from[:i])])
	}
	return r
}
