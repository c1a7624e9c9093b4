package reports

import (
	"strings"
	"unicode"

	"soeverein/safetext"
)

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

func isWordByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c >= 0x80 }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
