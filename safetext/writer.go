package safetext

import (
	"io"
	"unicode/utf8"
)

// Writer passes everything written to it through Terminal. A character
// split over two writes is held back until it is complete, so the output
// is the same however the text is cut into writes.
type Writer struct {
	w    io.Writer
	tail []byte // the start of a character that the next write completes
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes p made safe; it reports len(p) when all of it is written
// (or held back) and the error of the underlying writer otherwise.
func (sw *Writer) Write(p []byte) (int, error) {
	data := append(sw.tail, p...)
	sw.tail = nil
	cut := len(data)
	// Hold back an incomplete last character (at most utf8.UTFMax-1 bytes).
	for k := 1; k < utf8.UTFMax && k <= len(data); k++ {
		b := data[len(data)-k]
		if b < utf8.RuneSelf {
			break
		}
		if utf8.RuneStart(b) {
			if !utf8.FullRune(data[len(data)-k:]) {
				cut = len(data) - k
			}
			break
		}
	}
	sw.tail = append([]byte(nil), data[cut:]...)
	if _, err := io.WriteString(sw.w, Terminal(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what is held back (an incomplete character, shown as
// U+FFFD).
func (sw *Writer) Flush() error {
	if len(sw.tail) == 0 {
		return nil
	}
	s := Terminal(string(sw.tail))
	sw.tail = nil
	_, err := io.WriteString(sw.w, s)
	return err
}
