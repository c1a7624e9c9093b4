// Package safetext makes text that came from a user or a file safe to keep
// and safe to show. It is the one place that decides which characters are
// dangerous:
//
//   - Repair replaces bytes that are not UTF-8 (a paste from a Latin-1
//     document) with U+FFFD, so that text can always be saved as YAML.
//   - Terminal makes control characters (ESC and the sequences it starts,
//     carriage returns, C1 controls) and hidden characters visible, so that
//     no text from an answers file can move the cursor, wipe the screen,
//     retitle the window or read backwards on a terminal.
//   - Neutral makes the hidden characters visible: Unicode direction
//     overrides and isolates (U+202E shows "gnitsoh SU" as "US hosting")
//     and zero-width characters. The reports use it.
//
// Usage: fmt.Fprintln(w, safetext.Terminal(note)), or wrap a stream once
// with safetext.NewWriter(os.Stderr).
package safetext

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Replacement marks a byte that was not UTF-8.
const Replacement = "\uFFFD"

// Repair returns s with every byte that is not part of valid UTF-8 replaced
// by U+FFFD (one marker per run of bad bytes).
func Repair(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, Replacement)
}

// Hidden reports whether r changes how text around it reads without being
// seen itself: a direction mark, embedding, override or isolate, a
// zero-width character, or another invisible format character. The soft
// hyphen is not hidden: word processors put it in ordinary text, and it
// changes nothing but where a line may break.
func Hidden(r rune) bool {
	switch {
	case r == '\u00AD':
		return false
	case unicode.Is(unicode.Cf, r), r == '\u2028', r == '\u2029', r == '\u180E':
		return true
	}
	return false
}

// Control reports whether r is a control character that a terminal acts
// on (C0 except tab and line feed, DEL, C1).
func Control(r rune) bool {
	return r != '\t' && r != '\n' && unicode.IsControl(r)
}

// Visible is the text shown in place of a hidden or control character: the
// control pictures (␛ for ESC, ␍ for a carriage return) for C0 and DEL, and
// [U+202E] for the others.
func Visible(r rune) string {
	switch {
	case r < 0x20:
		return string(rune(0x2400 + r))
	case r == 0x7F:
		return "\u2421"
	}
	return fmt.Sprintf("[U+%04X]", r)
}

// Neutral returns s repaired, with every hidden character replaced by its
// visible form. Control characters are left to the caller (a report folds
// them away, a terminal shows them).
func Neutral(s string) string {
	return replace(Repair(s), Hidden)
}

// Terminal returns s safe to write to a terminal: repaired, with control
// and hidden characters in their visible form. Tabs and line feeds stay.
func Terminal(s string) string {
	return replace(Repair(s), func(r rune) bool { return Control(r) || Hidden(r) })
}

// HasHidden reports whether s holds a hidden character, and the first one.
func HasHidden(s string) (rune, bool) {
	for _, r := range s {
		if Hidden(r) {
			return r, true
		}
	}
	return 0, false
}

func replace(s string, bad func(rune) bool) string {
	i := strings.IndexFunc(s, bad)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if bad(r) {
			b.WriteString(Visible(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Typed returns text typed or pasted by a user as it should be kept:
// repaired (bytes that are not UTF-8 become U+FFFD, visibly), carriage
// returns as line feeds, and without the other control characters, which a
// keyboard only sends as parts of keys (an arrow key in a line-based
// prompt arrives as ESC [ D).
func Typed(s string) string {
	s = Repair(s)
	if !strings.ContainsFunc(s, Control) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case Control(r):
			return -1
		}
		return r
	}, s)
}
