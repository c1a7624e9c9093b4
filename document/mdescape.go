package document

import (
	"strings"
	"unicode"
)

// mdEscape makes s, already cleaned, read literally in CommonMark, GFM
// and pandoc's markdown. All three accept a backslash before any ASCII
// punctuation, so the escape is the same for each; the question is only
// which characters need one:
//   - always: \ ` * _ [ ] < > # ~ ^ $ @ | { } (emphasis, code, links,
//     HTML, headings, strike-out, sub- and superscript, pandoc's math,
//     citations and example lists, line blocks and table cells, attributes
//     and raw blocks);
//   - & when it would start an entity (&amp;, &#60;);
//   - -- and ... (pandoc's smart dashes and ellipsis), :// and www. (GFM's
//     autolinks);
//   - at the start of a line: - + = : (lists, thematic breaks, setext
//     underlines, pandoc's definition lists and fenced divs) and the
//     delimiter of an ordered list marker (1. 1) a. iv) (a)), including
//     pandoc's fancy lists.
//
// Text is never wrapped, so a line starts only where a block starts.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	orderedAt := -1
	if lineStart {
		orderedAt = orderedMarker(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '~', '^', '$', '@', '|', '{', '}':
			esc = true
		case '&':
			esc = entityLike(s[i+1:])
		case '-':
			esc = i+1 < len(s) && s[i+1] == '-' || lineStart && i == 0
		case '.':
			esc = strings.HasPrefix(s[i+1:], "..") || i == orderedAt || afterWWW(s, i)
		case ':':
			esc = strings.HasPrefix(s[i+1:], "//") || lineStart && i == 0
		case '+', '=':
			esc = lineStart && i == 0
		case ')':
			esc = i == orderedAt
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// orderedMarker returns the index of the delimiter when s starts like an
// ordered list item in CommonMark or pandoc (1. 12) a. B) iv. (a) #.),
// and -1 otherwise.
func orderedMarker(s string) int {
	i := 0
	paren := strings.HasPrefix(s, "(")
	if paren {
		i++
	}
	j := i
	for j < len(s) && j-i < 10 && s[j] < 128 && (unicode.IsDigit(rune(s[j])) || unicode.IsLetter(rune(s[j]))) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '.' && s[j] != ')' {
		return -1
	}
	word := s[i:j]
	if !allDigits(word) && len(word) > 1 && strings.Trim(strings.ToLower(word), "ivxlcdm") != "" {
		return -1
	}
	if j+1 < len(s) && s[j+1] != ' ' {
		return -1
	}
	return j
}

// afterWWW reports whether the dot at i ends a "www" that starts a word.
func afterWWW(s string, i int) bool {
	if i < 3 || !strings.EqualFold(s[i-3:i], "www") {
		return false
	}
	return i == 3 || !isWordByte(s[i-4])
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 128
}

// entityLike reports whether s, the text after an ampersand, would make it
// an entity such as &amp; or &#60;.
func entityLike(s string) bool {
	end := strings.IndexByte(s, ';')
	if end <= 0 || end > 32 {
		return false
	}
	for i, r := range s[:end] {
		if !(r == '#' && i == 0 || r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
