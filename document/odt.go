package document

import (
	"fmt"
	"io"
	"strconv"
)

// ODT writes d as an OpenDocument text (ODF 1.3), written part by part with
// archive/zip from the model: mimetype first and uncompressed, then the
// manifest, content, styles and meta. Headings use the common styles
// "Heading 1"–"Heading 3" with their outline levels, tables have a header
// row that repeats on every page, lists are ODF lists with a bullet and a
// numbered list style, meta.xml holds title, subject (the municipality),
// date, language and the checksums (user-defined fields), and the page
// header of every page holds the classification.
func ODT(w io.Writer, d *Document) error {
	o := &odtWriter{ids: headingIDs(d.Blocks)}
	content := o.content(d)
	return writeZip(w, []part{
		{name: "mimetype", data: []byte("application/vnd.oasis.opendocument.text"), store: true},
		{name: "META-INF/manifest.xml", data: []byte(odtManifest)},
		{name: "content.xml", data: content},
		{name: "styles.xml", data: odtStyles(d.Meta)},
		{name: "meta.xml", data: odtMeta(d.Meta)},
	})
}

type odtWriter struct {
	b      xmlBuf
	ids    map[int]string
	tables []Table // for their automatic column styles
}

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"`

// The text area of the page is 17 cm wide (A4 less 2 cm margins); column
// widths are in thousandths of a centimetre.
const odtTextWidth = 17000

func (o *odtWriter) content(d *Document) []byte {
	// The body is written first, into its own buffer, so that the
	// automatic styles for its tables are known.
	m := d.Meta
	if c := trimmed(m.Classification); c != "" {
		o.para("Classification", c)
	}
	o.para("Title", trimmed(m.Title))
	if v := trimmed(m.Subtitle); v != "" {
		o.para("Subtitle", v)
	}
	for _, v := range []string{m.Municipality, m.Date} {
		if v = trimmed(v); v != "" {
			o.para("Text_20_body", v)
		}
	}
	for _, c := range m.Checksums {
		o.para("Checksum", checksumLine(c))
	}
	for i, b := range d.Blocks {
		o.block(i, b)
	}
	var out xmlBuf
	out.s(xmlHeader, `<office:document-content `, odfNS, `><office:automatic-styles>`)
	for lvl := 1; lvl <= 3; lvl++ {
		n := strconv.Itoa(lvl)
		out.s(`<style:style style:name="PageBreak`, n, `" style:family="paragraph" style:parent-style-name="Heading_20_`, n, `"><style:paragraph-properties fo:break-before="page"/></style:style>`)
	}
	for _, al := range []string{"end", "center"} {
		out.s(`<style:style style:name="Cell_`, al, `" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="`, al, `"/></style:style>`)
		out.s(`<style:style style:name="Head_`, al, `" style:family="paragraph" style:parent-style-name="Table_20_Heading"><style:paragraph-properties fo:text-align="`, al, `"/></style:style>`)
	}
	out.s(`<style:style style:name="CellBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8a9bb0"/></style:style>`,
		`<style:style style:name="HeadBox" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #8a9bb0" fo:background-color="#e3e9f1"/></style:style>`)
	for i, t := range o.tables {
		name := "Tabel" + strconv.Itoa(i+1)
		out.s(`<style:style style:name="`, name, `" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>`)
		for c, wd := range columnWeights(t, odtTextWidth) {
			out.s(`<style:style style:name="`, name, `.C`, strconv.Itoa(c+1), `" style:family="table-column"><style:table-column-properties style:column-width="`,
				fmt.Sprintf("%d.%03dcm", wd/1000, wd%1000), `" style:rel-width="`, strconv.Itoa(wd), `*"/></style:style>`)
		}
	}
	out.s(`</office:automatic-styles><office:body><office:text>`)
	out.Write(o.b.Bytes())
	out.s(`</office:text></office:body></office:document-content>`)
	return out.Bytes()
}

func (o *odtWriter) para(style, text string) {
	o.b.s(`<text:p text:style-name="`, style, `">`, xesc(text), `</text:p>`)
}

func (o *odtWriter) block(i int, b Block) {
	switch b := b.(type) {
	case Heading:
		n := strconv.Itoa(level(b))
		style := "Heading_20_" + n
		if b.NewPage {
			style = "PageBreak" + n
		}
		id := o.ids[i]
		o.b.s(`<text:h text:style-name="`, style, `" text:outline-level="`, n, `"><text:bookmark-start text:name="`, id, `"/>`)
		o.inlines(b.Text)
		o.b.s(`<text:bookmark-end text:name="`, id, `"/></text:h>`)
	case Paragraph:
		o.b.s(`<text:p text:style-name="Text_20_body">`)
		o.inlines(b.Text)
		o.b.s(`</text:p>`)
	case List:
		if len(b.Items) == 0 {
			return
		}
		style := "List_20_Bullet"
		if b.Numbered {
			style = "List_20_Number"
		}
		o.b.s(`<text:list text:style-name="`, style, `">`)
		for _, it := range b.Items {
			o.b.s(`<text:list-item><text:p text:style-name="List_20_Contents">`)
			o.inlines(it)
			o.b.s(`</text:p></text:list-item>`)
		}
		o.b.s(`</text:list>`)
	case Table:
		o.table(b)
	case Notice:
		o.b.s(`<text:p text:style-name="Notice">`)
		if t := trimmed(b.Title); t != "" {
			o.b.s(`<text:span text:style-name="Strong_20_Emphasis">`, xesc(t), `</text:span> `)
		}
		o.inlines(b.Text)
		o.b.s(`</text:p>`)
	}
}

var odtAlign = map[Align]string{AlignLeft: "", AlignRight: "end", AlignCenter: "center"}

func (o *odtWriter) table(t Table) {
	n := len(t.Header)
	if n == 0 {
		return
	}
	if c := trimmed(t.Caption); c != "" {
		o.para("Caption", c)
	}
	o.tables = append(o.tables, t)
	name := "Tabel" + strconv.Itoa(len(o.tables))
	o.b.s(`<table:table table:name="`, name, `" table:style-name="`, name, `">`)
	for c := 1; c <= n; c++ {
		o.b.s(`<table:table-column table:style-name="`, name, `.C`, strconv.Itoa(c), `"/>`)
	}
	o.b.s(`<table:table-header-rows>`)
	o.row(t, t.Header, true)
	o.b.s(`</table:table-header-rows>`)
	for _, r := range t.Rows {
		o.row(t, cells(r, n), false)
	}
	o.b.s(`</table:table>`)
}

func (o *odtWriter) row(t Table, row [][]Inline, header bool) {
	o.b.s(`<table:table-row>`)
	for i, c := range row {
		box, style := "CellBox", "Table_20_Contents"
		if header {
			box, style = "HeadBox", "Table_20_Heading"
		}
		if al := odtAlign[t.align(i)]; al != "" {
			style = "Cell_" + al
			if header {
				style = "Head_" + al
			}
		}
		o.b.s(`<table:table-cell table:style-name="`, box, `" office:value-type="string"><text:p text:style-name="`, style, `">`)
		o.inlines(c)
		o.b.s(`</text:p></table:table-cell>`)
	}
	o.b.s(`</table:table-row>`)
}

func (o *odtWriter) span(style, text string) {
	o.b.s(`<text:span text:style-name="`, style, `">`, xesc(text), `</text:span>`)
}

func (o *odtWriter) inlines(in []Inline) {
	for _, it := range in {
		switch it := it.(type) {
		case Text:
			o.b.s(xesc(string(it)))
		case Emphasis:
			o.span("Emphasis", string(it))
		case Strong:
			o.span("Strong_20_Emphasis", string(it))
		case Code:
			o.span("Source_20_Text", string(it))
		case Link:
			u, text := it.resolve()
			if u == "" {
				o.b.s(xesc(text))
				continue
			}
			o.b.s(`<text:a xlink:type="simple" xlink:href="`, xesc(u), `" text:style-name="Internet_20_link" text:visited-style-name="Internet_20_link">`, xesc(text), `</text:a>`)
		}
	}
}

func odtMeta(m Meta) []byte {
	var b xmlBuf
	b.s(xmlHeader, `<office:document-meta `, odfNS, `><office:meta><meta:generator>soeverein</meta:generator>`)
	b.s(`<dc:title>`, xesc(trimmed(m.Title)), `</dc:title>`)
	if v := trimmed(m.Municipality); v != "" {
		b.s(`<dc:subject>`, xesc(v), `</dc:subject>`)
	}
	if v := trimmed(m.Subtitle); v != "" {
		b.s(`<dc:description>`, xesc(v), `</dc:description>`)
	}
	if kw := checksumKeywords(m); kw != "" {
		// As in DOCX: LibreOffice carries the keywords into the PDF.
		b.s(`<meta:keyword>`, kw, `</meta:keyword>`)
	}
	b.s(`<dc:language>`, m.lang(), `</dc:language>`)
	if v := trimmed(m.Date); isoDate(v) {
		b.s(`<meta:creation-date>`, v, `T00:00:00</meta:creation-date><dc:date>`, v, `T00:00:00</dc:date>`)
	}
	for _, c := range m.Checksums {
		if validKey(c.Key) && validHex(c.SHA256) {
			b.s(`<meta:user-defined meta:name="soeverein.sha256.`, c.Key, `">`, c.SHA256, `</meta:user-defined>`)
		}
	}
	b.s(`</office:meta></office:document-meta>`)
	return b.Bytes()
}

const odtManifest = xmlHeader + `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
	`<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
	`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>` +
	`</manifest:manifest>`
