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

// columnWeights gives each column of t a share of the width, from the
// length of its longest cell, limited so that no column gets too narrow or
// takes the whole table. The shares add up to total.
func columnWeights(t Table, total int) []int {
	n := len(t.Header)
	weights := make([]int, n)
	sum := 0
	for i := 0; i < n; i++ {
		longest := len([]rune(plainText(t.Header[i])))
		for _, r := range t.Rows {
			if i < len(r) {
				longest = max(longest, len([]rune(plainText(r[i]))))
			}
		}
		weights[i] = min(max(longest, 6), 40)
		sum += weights[i]
	}
	out := make([]int, n)
	rest := total
	for i, wgt := range weights {
		out[i] = total * wgt / sum
		rest -= out[i]
	}
	if n > 0 {
		out[n-1] += rest
	}
	return out
}

// isoDate reports whether s is a date as 2026-03-31.
func isoDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	return allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}
