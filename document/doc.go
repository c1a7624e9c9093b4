// Package document is the format layer: one document model (metadata,
// blocks, inlines) and an explicit list of writers that turn it into
// markdown, HTML, DOCX, ODT and PDF bytes.
//
//	d := &document.Document{Meta: document.Meta{Title: "Digitale soevereiniteit 2026", Lang: "nl-NL",
//		Classification: "Intern – niet openbaar"}}
//	d.Blocks = append(d.Blocks, document.Heading{Level: 1, ID: "samenvatting", Text: document.Plain("Samenvatting")})
//	f, ok := document.FormatForPath("rapport.docx") // or document.FormatByName(opts.Format)
//	err := f.Write(w, d)
//
// The package knows nothing about questionnaires, scores or languages:
// reports builds a Document from a result (report, council answers,
// trend; the public version is another Document from the same result, with
// its own Classification), and every format is written from that one
// Document, so the formats cannot say different things. cmd chooses the
// Format (--format, or the extension of -o) and writes the bytes; verify
// reads the checksums back with ReadChecksums. The package holds no words
// a user reads: the caller puts them into the Document, and shows a
// *ConverterMissingError (no LibreOffice or Chromium for a PDF) in the
// user's language.
//
// Every string in the model is text. No writer lets it become markup:
// markdown escapes it for CommonMark, GFM and pandoc alike, HTML and the
// XML formats escape it, and all writers drop the same characters first
// (control characters, bidirectional overrides, characters XML cannot
// hold; see Clean). Writers are deterministic: the same Document gives the
// same bytes, with fixed timestamps in zip entries (PDF excepted: the
// converter stamps its own time into it).
//
// Running a converter is the only I/O, in pdf_exec.go; everything else
// writes to an io.Writer. See docs/formats.md.
package document
