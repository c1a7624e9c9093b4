package document

import (
	"io"
	"testing"
)

// BenchmarkWriters writes a report-sized document (about 35 A4 pages, 305
// table rows) in every format that needs no external program.
func BenchmarkWriters(b *testing.B) {
	d := reportSized()
	for _, f := range Formats {
		if f.External {
			continue
		}
		b.Run(f.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.Write(io.Discard, d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
