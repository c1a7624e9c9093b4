package assessment

import (
	"bytes"
	"unicode/utf8"

	"soeverein/safetext"
	"soeverein/texts"
)

// warnHidden warns about each line of data that holds a hidden character
// (a direction override, a zero-width character): such a character makes
// text read differently from what it says, in the file and in the report.
// The report and the terminal show it as [U+202E]; the warning says where
// it is, so that the user can remove it.
func warnHidden(r *reporter, data []byte) {
	line := 1
	// A byte order mark at the very start is how some editors mark UTF-8.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for len(data) > 0 {
		text := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			text, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if col, h, ok := firstHidden(text); ok {
			r.warning(Position{Line: line, Column: col}, CodeHiddenCharacter, texts.ProblemHiddenCharacter, texts.A("char", safetext.Visible(h)), texts.Sub("kind", hiddenKind(h)))
		}
		line++
	}
}

// firstHidden returns the column (in characters, from 1) and the first
// hidden character of a line.
func firstHidden(line []byte) (int, rune, bool) {
	col := 1
	for len(line) > 0 {
		r, n := utf8.DecodeRune(line)
		if safetext.Hidden(r) {
			return col, r, true
		}
		line = line[n:]
		col++
	}
	return 0, 0, false
}

func hiddenKind(r rune) texts.Key {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return texts.ProblemHiddenDirection
	case r >= 0x200B && r <= 0x200D, r == 0x2060, r == 0xFEFF:
		return texts.ProblemHiddenZeroWidth
	}
	return texts.ProblemHiddenFormat
}
