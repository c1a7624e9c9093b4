package document

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"strings"
)

// The zip entries of DOCX and ODT carry this fixed time (2000-01-01 00:00
// in MS-DOS format) and no extended timestamp, so that the same document
// gives the same bytes.
const (
	zipDate = (2000-1980)<<9 | 1<<5 | 1
	zipTime = 0
)

// part is one file inside a DOCX or ODT package.
type part struct {
	name  string
	data  []byte
	store bool // uncompressed, without data descriptor (ODF's mimetype)
}

// writeZip writes parts in order as a zip archive.
func writeZip(w io.Writer, parts []part) error {
	zw := zip.NewWriter(w)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, ModifiedDate: zipDate, ModifiedTime: zipTime}
		var (
			fw  io.Writer
			err error
		)
		if p.store {
			h.Method = zip.Store
			h.CRC32 = crc32.ChecksumIEEE(p.data)
			h.CompressedSize64 = uint64(len(p.data))
			h.UncompressedSize64 = uint64(len(p.data))
			fw, err = zw.CreateRaw(h)
		} else {
			fw, err = zw.CreateHeader(h)
		}
		if err != nil {
			return err
		}
		if _, err := fw.Write(p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// xesc cleans s and escapes it for XML text and attribute values. Clean
// has already removed every character XML 1.0 cannot hold.
func xesc(s string) string { return xmlEscaper.Replace(Clean(s)) }

// xmlBuf collects one XML part.
type xmlBuf struct{ bytes.Buffer }

func (b *xmlBuf) s(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
}

// lineChars is about how many characters of table text fit on the width
// of a page's text (17 cm at 10 to 11 pt, bold for headers): the scale on
// which columnWeights measures what a column needs.
const lineChars = 72

// cellPadding is the room a cell's padding and borders take, in characters.
const cellPadding = 2

// columnWeights gives each column of t a share of the width, so that no
// word is broken inside a cell where the width allows it (a header such as
// "Verandering" over a column of short numbers): first each column gets its
// longest word, then the rest of the width goes to the columns whose cells
// are longer, in proportion to how much longer; a table whose cells all fit
// on one line is spread in proportion to its longest cells. A cell counts
// for at most 40 characters and a word for at most 20 (a checksum breaks
// anyway). The shares add up to total.
func columnWeights(t Table, total int) []int {
	n := len(t.Header)
	need := make([]int, n)  // the longest cell on one line
	least := make([]int, n) // the longest word
	for i := 0; i < n; i++ {
		cellsOf := [][]Inline{t.Header[i]}
		for _, r := range t.Rows {
			if i < len(r) {
				cellsOf = append(cellsOf, r[i])
			}
		}
		for _, c := range cellsOf {
			text := plainText(c)
			need[i] = max(need[i], len([]rune(text)))
			for _, w := range strings.Fields(text) {
				least[i] = max(least[i], len([]rune(w)))
			}
		}
		need[i] = min(max(need[i], 6), 40) + cellPadding
		least[i] = min(least[i], 20) + cellPadding
		need[i] = max(need[i], least[i])
	}
	weights := need
	if sumOf(need) > lineChars && sumOf(least) < lineChars {
		// Each column its longest word, the rest by what it needs more.
		rest, more := lineChars-sumOf(least), 0
		for i := range need {
			more += need[i] - least[i]
		}
		weights = make([]int, n)
		for i := range need {
			weights[i] = least[i] * more
			if more > 0 {
				weights[i] += rest * (need[i] - least[i])
			}
		}
	} else if sumOf(least) >= lineChars {
		weights = least
	}
	sum := max(sumOf(weights), 1)
	out := make([]int, n)
	left := total
	for i, wgt := range weights {
		out[i] = total * wgt / sum
		left -= out[i]
	}
	if n > 0 {
		out[n-1] += left
	}
	return out
}

func sumOf(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// isoDate reports whether s is a date as 2026-03-31.
func isoDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	return allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}
