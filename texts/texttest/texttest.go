// Package texttest helps the tests of other packages prove that every word
// they show comes from the catalog: render with texts.Pseudo, in which every
// text is wrapped in ⟦…⟧, and any letter outside the markers is a
// hard-coded string.
//
//	out := render(texts.Pseudo)
//	texttest.CheckMarked(t, out, "Gemeente Dijkhoven", "GM9947")
package texttest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"soeverein/texts"
)

// Unmarked returns the pieces of s outside the pseudo-language's markers
// that still have a letter once the allowed strings (data from the user's
// files: names, ids, file names) are taken out, trimmed, in order. Markers
// may nest (a text whose parameter is a text); a marker without its
// partner is returned as a piece too.
func Unmarked(s string, allowed ...string) []string {
	var pieces []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		p := cur.String()
		cur.Reset()
		if piece := strings.TrimSpace(p); hasLetterAfter(piece, allowed) {
			pieces = append(pieces, piece)
		}
	}
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, texts.MarkOpen):
			if depth == 0 {
				flush()
			}
			depth++
			s = s[len(texts.MarkOpen):]
		case strings.HasPrefix(s, texts.MarkClose):
			if depth == 0 {
				flush()
				pieces = append(pieces, texts.MarkClose+" without "+texts.MarkOpen)
			} else {
				depth--
			}
			s = s[len(texts.MarkClose):]
		default:
			r, size := utf8.DecodeRuneInString(s)
			if depth == 0 {
				cur.WriteRune(r)
			}
			s = s[size:]
		}
	}
	flush()
	if depth > 0 {
		pieces = append(pieces, texts.MarkOpen+" without "+texts.MarkClose)
	}
	return pieces
}

func hasLetterAfter(piece string, allowed []string) bool {
	for _, a := range allowed {
		if a != "" {
			piece = strings.ReplaceAll(piece, a, " ")
		}
	}
	for _, r := range piece {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// CheckMarked fails the test for every piece of out that is user-visible
// text without the markers, naming the piece.
func CheckMarked(t testing.TB, out string, allowed ...string) {
	t.Helper()
	for _, p := range Unmarked(out, allowed...) {
		t.Errorf("text without the pseudo-language's markers (hard-coded?): %q", p)
	}
}
