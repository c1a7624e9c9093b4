package safetext

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTerminal(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Gemeente Utrecht", "Gemeente Utrecht"},
		{"tab and newline stay", "a\tb\nc", "a\tb\nc"},
		{"clear screen", "x\x1b[2Jy", "x␛[2Jy"},
		{"osc title", "\x1b]0;hacked\x07", "␛]0;hacked␇"},
		{"carriage return", "ok\rno", "ok␍no"},
		{"del", "a\x7fb", "a␡b"},
		{"c1 csi", "a\u009b2Jb", "a[U+009B]2Jb"},
		{"bidi override", "\u202egnitsoh SU", "[U+202E]gnitsoh SU"},
		{"isolate", "a\u2067b\u2069", "a[U+2067]b[U+2069]"},
		{"zero width", "e\u200bmail", "e[U+200B]mail"},
		{"bom", "\ufeffx", "[U+FEFF]x"},
		{"soft hyphen stays", "ge\u00admeente", "ge\u00admeente"},
		{"latin-1", "caf\xe9", "caf\uFFFD"},
		{"accents stay", "café Zoë ĳs", "café Zoë ĳs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Terminal(tt.in); got != tt.want {
				t.Errorf("Terminal(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNeutralKeepsControls(t *testing.T) {
	if got, want := Neutral("a\x1b\u202eb\xff"), "a\x1b[U+202E]b\uFFFD"; got != want {
		t.Errorf("Neutral = %q, want %q", got, want)
	}
}

func TestRepair(t *testing.T) {
	for _, in := range []string{"caf\xe9", "\xff\xfe", "ok", "a\xc3"} {
		got := Repair(in)
		if !utf8.ValidString(got) {
			t.Errorf("Repair(%q) = %q, not UTF-8", in, got)
		}
		if utf8.ValidString(in) != (got == in) {
			t.Errorf("Repair(%q) = %q: valid text must stay, invalid must change", in, got)
		}
	}
}

// TestWriterSplits writes text in every possible two pieces: the output must
// not depend on where a multi-byte character is cut.
func TestWriterSplits(t *testing.T) {
	in := "zoë \x1b[2J ‮x €"
	want := Terminal(in)
	for i := 0; i <= len(in); i++ {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		w.Write([]byte(in[:i]))
		w.Write([]byte(in[i:]))
		w.Flush()
		if buf.String() != want {
			t.Errorf("split at %d: %q, want %q", i, buf.String(), want)
		}
	}
}

func FuzzTerminal(f *testing.F) {
	for _, s := range []string{"\x1b[2J", "\u202e", "caf\xe9", "a\r\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Terminal(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Terminal(%q) = %q, not UTF-8", s, out)
		}
		for _, r := range out {
			if Control(r) || Hidden(r) {
				t.Fatalf("Terminal(%q) = %q keeps %U", s, out, r)
			}
		}
		if strings.ContainsRune(s, '\n') != strings.ContainsRune(out, '\n') {
			t.Fatalf("Terminal(%q) changed the line breaks", s)
		}
	})
}

func TestTyped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"café", "café"},
		{"caf\xe9 au lait", "caf\uFFFD au lait"},
		{"een\r\ntwee\rdrie", "een\ntwee\ndrie"},
		{"links\x1b[Dx", "links[Dx"},
		{"tab\tstays\n", "tab\tstays\n"},
		{"\u202eleft as is", "\u202eleft as is"}, // warned about on load, shown neutral
	}
	for _, tt := range tests {
		if got := Typed(tt.in); got != tt.want {
			t.Errorf("Typed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
