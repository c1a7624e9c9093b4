package reports

import (
	"strings"
	"unicode"

	"soeverein/safetext"
)

// Text a user typed (notes, evidence, the municipality's name) goes into the
// report through exactly one of these functions, chosen by where it lands:
// inline for running text, list items and headings; cell for table cells;
// evidence for an evidence line, whose web addresses become links. Each
// makes the text read literally: no heading, list, emphasis, link, code or
// HTML can come out of it, and it never spans more than one line.
//
// Literally means for the renderers the report is read with: CommonMark and
// GitHub/GitLab (GFM, whose autolink extension turns bare addresses such as
// https://…, www.… and name@example.nl into links), and pandoc's own
// markdown, where $ opens maths, ^ and ~ superscript and subscript, @ a
// citation, a leading | a line block, {…} attributes and "a) " a list.
// Every such character is escaped with a backslash, which all of them read
// as the character itself.

// inline escapes s for running text.
func inline(s string) string {
	s = oneLine(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		if needsEscape(s, i, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// needsEscape reports whether the character r at byte i of s must be
// escaped to read literally.
func needsEscape(s string, i int, r rune) bool {
	switch {
	case strings.ContainsRune("\\`*_[]<>#~|$^@{}", r):
		return true
	case r == '&':
		return entityLike(s[i+1:])
	case i == 0 && (blockMarker(s) || r == ':' && endsWord(s[1:])):
		// ": text" at the start of a line is a definition in pandoc.
		return true
	case r == ':' && strings.HasPrefix(s[i+1:], "//"):
		// "https://…" becomes a link on GitHub; "https\://…" does not.
		return true
	case r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www") && (i == 3 || !isWordByte(s[i-4])):
		// So does "www.…".
		return true
	case (r == '.' || r == ')') && i > 0 && i <= 9 && listNumber(s[:i], r) && endsWord(s[i+1:]):
		// "2024. Verder ..." at the start of a line would open an ordered
		// list, "a) ja" and "iv. punt" one in pandoc.
		return true
	case r == '(' && i == 0 && parenListMarker(s):
		// "(a) ja" too.
		return true
	}
	return false
}

// cell escapes s for a table cell: inline text in which a pipe does not end
// the cell (inline escapes every pipe already, for pandoc's line blocks).
func cell(s string) string { return inline(s) }

// oneLine folds every run of white space (line breaks included) into one
// space, drops control characters and trims the ends: a note typed over
// several lines stays one paragraph and cannot start a new block. Bytes
// that are not UTF-8 show as U+FFFD, and hidden characters (direction
// overrides, zero-width characters) as [U+202E], so that text in the report
// reads as it is stored.
func oneLine(s string) string {
	s = safetext.Neutral(s)
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			pendingSpace = true
			continue
		case unicode.IsControl(r):
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

// listNumber reports whether s, followed by delim and one space, numbers a
// list item: digits (CommonMark), a letter or a roman numeral (pandoc's
// fancy lists). Pandoc wants two spaces after a capital letter and a
// period ("J. Jansen" is a name), and inline never leaves two.
func listNumber(s string, delim rune) bool {
	switch {
	case allDigits(s):
		return true
	case len(s) == 1 && isLetter(s[0]):
		return delim == ')' || s[0] >= 'a'
	case s != "" && strings.Trim(s, "ivxlcdm") == "":
		return true
	}
	return s != "" && strings.Trim(s, "IVXLCDM") == "" && (delim == ')' || len(s) > 1)
}

// parenListMarker reports whether s starts with "(a) ", "(3) " or "(iv) ".
func parenListMarker(s string) bool {
	end := strings.IndexByte(s, ')')
	return end > 1 && end <= 10 && listNumber(s[1:end], ')') && endsWord(s[end+1:])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isWordByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c >= 0x80 }

// link writes a reference's address as an autolink when it is a plain web
// address, and as inline text otherwise.
func link(url string) string {
	if (strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "http://")) &&
		!strings.ContainsAny(url, " <>\t\r\n\\`") {
		return "<" + url + ">"
	}
	return inline(url)
}

// evidence escapes one evidence line like inline, except that its web
// addresses (https://…, http://…, www.…) become working links: evidence is
// there to be followed. A link's address is written as it was typed,
// unescaped (in an autolink a backslash would become part of the address,
// and dpia_m365#sectie-3 would point to dpia%5C_m365%5C#…); the text
// around it stays literal, and an e-mail address stays text.
func evidence(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for s != "" {
		at, end := findAddress(s)
		if at < 0 {
			b.WriteString(inlinePiece(s, b.Len() == 0))
			break
		}
		b.WriteString(inlinePiece(s[:at], b.Len() == 0))
		addr := s[at:end]
		if strings.HasPrefix(strings.ToLower(addr), "www.") {
			b.WriteString("[" + inline(addr) + "](<https://" + addr + ">)")
		} else {
			b.WriteString("<" + addr + ">")
		}
		s = s[end:]
	}
	return b.String()
}

// inlinePiece escapes a piece of a line that an address follows: its
// spaces at the ends stay, and only the piece that starts the line has its
// block markers escaped. The commas stand in for the text around it.
func inlinePiece(s string, atStart bool) string {
	if atStart {
		return strings.TrimSuffix(inline(s+","), ",")
	}
	e := inline("," + s + ",")
	return e[1 : len(e)-1]
}

// findAddress returns where the first web address in s starts and ends,
// or -1. An address starts at the beginning of a word with http://,
// https:// or www., runs to the next space or character that cannot be in
// an autolink, and leaves out trailing punctuation and an unmatched
// closing parenthesis, as GitHub does.
func findAddress(s string) (int, int) {
	lower := strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		rest := lower[i:]
		if !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "www.") {
			continue
		}
		end := i + strings.IndexAny(s[i:]+" ", " <>\"`\\")
		for end > i {
			c := s[end-1]
			if strings.IndexByte(".,:;!?'*_~", c) >= 0 ||
				c == ')' && strings.Count(s[i:end], "(") < strings.Count(s[i:end], ")") {
				end--
				continue
			}
			break
		}
		if host := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(lower[i:end], "https://"), "http://"), "www."); strings.Contains(host, ".") {
			return i, end
		}
	}
	return -1, -1
}
