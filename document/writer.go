package document

import (
	"bufio"
	"io"
)

// sink is a buffered writer that keeps the first error, so that writers
// can write their output without checking every call.
type sink struct {
	w   *bufio.Writer
	err error
}

func newSink(w io.Writer) *sink { return &sink{w: bufio.NewWriterSize(w, 64<<10)} }

func (s *sink) str(parts ...string) {
	if s.err != nil {
		return
	}
	for _, p := range parts {
		if _, err := s.w.WriteString(p); err != nil {
			s.err = err
			return
		}
	}
}

func (s *sink) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}

func (s *sink) close() error {
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// validKey reports whether a checksum key may go into metadata as a name.
func validKey(k string) bool {
	if k == "" || len(k) > 40 {
		return false
	}
	for _, r := range k {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// validHex reports whether s is a lowercase hexadecimal digest.
func validHex(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// cells returns a table row padded or cut to n cells.
func cells(row [][]Inline, n int) [][]Inline {
	if len(row) == n {
		return row
	}
	out := make([][]Inline, n)
	copy(out, row)
	return out
}

func (t Table) align(col int) Align {
	if col < len(t.Align) {
		return t.Align[col]
	}
	return AlignLeft
}

func level(h Heading) int {
	switch {
	case h.Level < 1:
		return 1
	case h.Level > 3:
		return 3
	}
	return h.Level
}
