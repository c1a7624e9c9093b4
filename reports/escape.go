package reports

import (
	"strings"
	"unicode"
)

// Text a user typed (notes, evidence, the municipality's name) goes into the
// report through exactly one of these functions, chosen by where it lands:
// inline for running text, list items and headings; cell for table cells.
// Each makes the text read literally: no heading, list, emphasis, link, code
// or HTML can come out of it, and it never spans more than one line.

// inline escapes s for running text.
func inline(s string) string {
	s = oneLine(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch {
		case strings.ContainsRune("\\`*_[]<>#~", r):
			b.WriteByte('\\')
		case r == '&' && entityLike(s[i+1:]):
			b.WriteByte('\\')
		case i == 0 && blockMarker(s):
			b.WriteByte('\\')
		case (r == '.' || r == ')') && i > 0 && i <= 9 && allDigits(s[:i]) && endsWord(s[i+1:]):
			// "2024. Verder ..." at the start of a line would open an ordered list.
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cell escapes s for a table cell: inline text in which a pipe does not end
// the cell.
func cell(s string) string {
	return strings.ReplaceAll(inline(s), "|", `\|`)
}

// oneLine folds every run of white space (line breaks included) into one
// space, drops control characters and trims the ends: a note typed over
// several lines stays one paragraph and cannot start a new block.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			pendingSpace = true
			continue
		case unicode.IsControl(r) || r == unicode.ReplacementChar:
			continue
		}
		if pendingSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// entityLike reports whether s, the text after an ampersand, would make it
// an HTML entity such as &amp; or &#60;.
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

// blockMarker reports whether s starts like a list item ("- ", "+ "), a
// thematic break ("---") or a setext underline ("==="), which it would do
// at the start of a line.
func blockMarker(s string) bool {
	switch s[0] {
	case '-', '+':
		return endsWord(s[1:]) || strings.Trim(s, "-+ ") == ""
	case '=':
		return strings.Trim(s, "= ") == ""
	}
	return false
}

// endsWord reports whether s, the text after a possible marker, starts
// with a space or is empty.
func endsWord(s string) bool { return s == "" || s[0] == ' ' }

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// link writes a reference's address as an autolink when it is a plain web
// address, and as inline text otherwise.
func link(url string) string {
	if (strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "http://")) &&
		!strings.ContainsAny(url, " <>\t\r\n\\`") {
		return "<" + url + ">"
	}
	return inline(url)
}
