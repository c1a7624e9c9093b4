// Package document is the format layer: one document model (metadata,
// blocks, inlines) and an explicit list of writers that turn it into
// markdown, HTML, DOCX, ODT and PDF bytes.
//
//	d := &document.Document{Meta: document.Meta{Title: "Digitale soevereiniteit 2026", Lang: "nl-NL"}}
//	d.Blocks = append(d.Blocks, document.Heading{Level: 1, ID: "samenvatting", Text: document.Plain("Samenvatting")})
//	f, _ := document.FormatByName("docx")
//	err := f.Write(w, d)
//
// The package knows nothing about questionnaires or scores: reports builds
// a Document from a result, and every format is written from that one
// Document, so the formats cannot say different things.
//
// Every string in the model is text. No writer lets it become markup:
// markdown escapes it for CommonMark, GFM and pandoc alike, HTML and the
// XML formats escape it, and all writers drop the same characters first
// (control characters, bidirectional overrides, characters XML cannot
// hold; see Clean). Writers are deterministic: the same Document gives the
// same bytes, with fixed timestamps in zip entries.
package document
