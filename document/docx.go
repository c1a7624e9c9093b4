package document

import (
	"io"
	"strconv"
	"strings"
)

// DOCX writes d as a Word document (Office Open XML), written part by part
// with archive/zip from the model: Heading 1–3 are Word's built-in heading
// styles (so Word shows them as "Kop 1"–"Kop 3" in Dutch and a template's
// own headings take over), tables repeat their header row on every page,
// lists are real numbered or bulleted lists (numbering.xml), the document
// properties hold title, subject (the municipality), date, language and the
// checksums (custom properties), and the page header of every page holds
// the classification.
func DOCX(w io.Writer, d *Document) error {
	x := &docxWriter{ids: headingIDs(d.Blocks), bookmarks: map[string]bool{}}
	body := x.body(d)
	return writeZip(w, []part{
		{name: "[Content_Types].xml", data: []byte(docxContentTypes)},
		{name: "_rels/.rels", data: []byte(docxRootRels)},
		{name: "docProps/core.xml", data: docxCore(d.Meta)},
		{name: "docProps/app.xml", data: []byte(docxApp)},
		{name: "docProps/custom.xml", data: docxCustom(d.Meta)},
		{name: "word/document.xml", data: body},
		{name: "word/_rels/document.xml.rels", data: x.rels()},
		{name: "word/styles.xml", data: []byte(docxStyles(d.Meta.lang()))},
		{name: "word/numbering.xml", data: x.numbering()},
		{name: "word/settings.xml", data: []byte(docxSettings(d.Meta.lang()))},
		{name: "word/header1.xml", data: docxHeader(d.Meta)},
		{name: "word/footer1.xml", data: []byte(docxFooter)},
	})
}

type docxWriter struct {
	b         xmlBuf
	ids       map[int]string
	links     []string // external targets; rId "rL1" is links[0]
	numbered  int      // numbered lists written; each gets its own w:num
	bookmarks map[string]bool
	bookmark  int
}

const (
	wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	// A4 with margins of 2 cm: the text is 9638 twips wide.
	textWidth = 11906 - 2*1134
)

func (x *docxWriter) body(d *Document) []byte {
	x.b.s(xmlHeader, `<w:document `, wNS, `><w:body>`)
	m := d.Meta
	if c := trimmed(m.Classification); c != "" {
		x.para("Classification", "", c)
	}
	x.para("Title", "", trimmed(m.Title))
	if v := trimmed(m.Subtitle); v != "" {
		x.para("Subtitle", "", v)
	}
	for _, v := range []string{m.Municipality, m.Date} {
		if v = trimmed(v); v != "" {
			x.para("", "", v)
		}
	}
	for _, c := range m.Checksums {
		x.para("Checksum", "", checksumLine(c))
	}
	for i, b := range d.Blocks {
		x.block(i, b)
	}
	x.b.s(`<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:footerReference w:type="default" r:id="rId5"/>`,
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
		`</w:body></w:document>`)
	return x.b.Bytes()
}

// para writes a paragraph of plain text in a style ("" is Normal).
func (x *docxWriter) para(style, jc, text string) {
	x.b.s(`<w:p>`)
	x.pPr(style, jc, "")
	x.run("", text)
	x.b.s(`</w:p>`)
}

func (x *docxWriter) pPr(style, jc, extra string) {
	if style == "" && jc == "" && extra == "" {
		return
	}
	x.b.s(`<w:pPr>`)
	if style != "" {
		x.b.s(`<w:pStyle w:val="`, style, `"/>`)
	}
	x.b.s(extra)
	if jc != "" {
		x.b.s(`<w:jc w:val="`, jc, `"/>`)
	}
	x.b.s(`</w:pPr>`)
}

func (x *docxWriter) run(style, text string) {
	if text == "" {
		return
	}
	x.b.s(`<w:r>`)
	if style != "" {
		x.b.s(`<w:rPr><w:rStyle w:val="`, style, `"/></w:rPr>`)
	}
	x.b.s(`<w:t xml:space="preserve">`, xesc(text), `</w:t></w:r>`)
}

func (x *docxWriter) block(i int, b Block) {
	switch b := b.(type) {
	case Heading:
		extra := ""
		if b.NewPage {
			extra = `<w:pageBreakBefore/>`
		}
		x.b.s(`<w:p>`)
		x.pPr("Heading"+strconv.Itoa(level(b)), "", extra)
		name := x.bookmarkName(x.ids[i])
		id := strconv.Itoa(x.bookmark)
		x.bookmark++
		x.b.s(`<w:bookmarkStart w:id="`, id, `" w:name="`, name, `"/>`)
		x.inlines(b.Text)
		x.b.s(`<w:bookmarkEnd w:id="`, id, `"/></w:p>`)
	case Paragraph:
		x.b.s(`<w:p>`)
		x.inlines(b.Text)
		x.b.s(`</w:p>`)
	case List:
		num := "1"
		if b.Numbered {
			x.numbered++
			num = strconv.Itoa(x.numbered + 1)
		}
		for _, it := range b.Items {
			x.b.s(`<w:p>`)
			x.pPr("ListParagraph", "", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="`+num+`"/></w:numPr>`)
			x.inlines(it)
			x.b.s(`</w:p>`)
		}
	case Table:
		x.table(b)
	case Notice:
		x.b.s(`<w:p>`)
		x.pPr("Notice", "", "")
		if t := trimmed(b.Title); t != "" {
			x.run("Strong", t+" ")
		}
		x.inlines(b.Text)
		x.b.s(`</w:p>`)
	}
}

// bookmarkName makes a heading id into a Word bookmark name: letters,
// digits and underscores, at most 40 characters, unique.
func (x *docxWriter) bookmarkName(id string) string {
	base := strings.ReplaceAll(id, "-", "_")
	if len(base) > 36 {
		base = base[:36]
	}
	name := base
	for n := 2; x.bookmarks[name]; n++ {
		name = base + "_" + strconv.Itoa(n)
	}
	x.bookmarks[name] = true
	return name
}

var docxJC = map[Align]string{AlignLeft: "", AlignRight: "right", AlignCenter: "center"}

func (x *docxWriter) table(t Table) {
	n := len(t.Header)
	if n == 0 {
		return
	}
	if c := trimmed(t.Caption); c != "" {
		x.b.s(`<w:p>`)
		x.pPr("Caption", "", `<w:keepNext/>`)
		x.run("", c)
		x.b.s(`</w:p>`)
	}
	widths := columnWeights(t, textWidth)
	x.b.s(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>`,
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, wd := range widths {
		x.b.s(`<w:gridCol w:w="`, strconv.Itoa(wd), `"/>`)
	}
	x.b.s(`</w:tblGrid>`)
	x.row(t, t.Header, widths, true)
	for _, r := range t.Rows {
		x.row(t, cells(r, n), widths, false)
	}
	x.b.s(`</w:tbl>`)
	// Word needs a paragraph between two tables, and it keeps the next
	// block from sticking to the table.
	x.b.s(`<w:p><w:pPr><w:pStyle w:val="AfterTable"/></w:pPr></w:p>`)
}

func (x *docxWriter) row(t Table, row [][]Inline, widths []int, header bool) {
	x.b.s(`<w:tr><w:trPr><w:cantSplit/>`)
	if header {
		x.b.s(`<w:tblHeader/>`)
	}
	x.b.s(`</w:trPr>`)
	for i, c := range row {
		x.b.s(`<w:tc><w:tcPr><w:tcW w:w="`, strconv.Itoa(widths[i]), `" w:type="dxa"/>`)
		if header {
			x.b.s(`<w:shd w:val="clear" w:color="auto" w:fill="E3E9F1"/>`)
		}
		x.b.s(`</w:tcPr><w:p>`)
		style := "TableText"
		if header {
			style = "TableHeading"
		}
		x.pPr(style, docxJC[t.align(i)], "")
		x.inlines(c)
		x.b.s(`</w:p></w:tc>`)
	}
	x.b.s(`</w:tr>`)
}

func (x *docxWriter) inlines(in []Inline) {
	for _, it := range in {
		switch it := it.(type) {
		case Text:
			x.run("", Clean(string(it)))
		case Emphasis:
			x.run("Emphasis", Clean(string(it)))
		case Strong:
			x.run("Strong", Clean(string(it)))
		case Code:
			x.run("CodeChar", Clean(string(it)))
		case Link:
			u, text := it.resolve()
			if u == "" {
				x.run("", text)
				continue
			}
			x.links = append(x.links, u)
			x.b.s(`<w:hyperlink r:id="rL`, strconv.Itoa(len(x.links)), `" w:history="1">`)
			x.run("Hyperlink", text)
			x.b.s(`</w:hyperlink>`)
		}
	}
}

func (x *docxWriter) rels() []byte {
	var b xmlBuf
	b.s(xmlHeader, `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>`,
		`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>`,
		`<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`)
	for i, u := range x.links {
		b.s(`<Relationship Id="rL`, strconv.Itoa(i+1), `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="`, xesc(u), `" TargetMode="External"/>`)
	}
	b.s(`</Relationships>`)
	return b.Bytes()
}

// numbering has one bullet list definition shared by all bullet lists
// (numId 1) and one numbered definition with a w:num per numbered list
// (numId 2, 3, …), each restarting at 1.
func (x *docxWriter) numbering() []byte {
	var b xmlBuf
	b.s(xmlHeader, `<w:numbering `, wNS, `>`,
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>`,
		`<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>`,
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`)
	for i := 0; i < x.numbered; i++ {
		b.s(`<w:num w:numId="`, strconv.Itoa(i+2), `"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
	}
	b.s(`</w:numbering>`)
	return b.Bytes()
}

func docxCore(m Meta) []byte {
	var b xmlBuf
	b.s(xmlHeader, `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.s(`<dc:title>`, xesc(trimmed(m.Title)), `</dc:title>`)
	if v := trimmed(m.Municipality); v != "" {
		b.s(`<dc:subject>`, xesc(v), `</dc:subject>`)
	}
	if v := trimmed(m.Subtitle); v != "" {
		b.s(`<dc:description>`, xesc(v), `</dc:description>`)
	}
	if v := trimmed(m.Classification); v != "" {
		b.s(`<cp:category>`, xesc(v), `</cp:category>`)
	}
	if kw := checksumKeywords(m); kw != "" {
		// LibreOffice carries the keywords into the PDF's metadata, where
		// verify can read the checksums back.
		b.s(`<cp:keywords>`, kw, `</cp:keywords>`)
	}
	b.s(`<dc:language>`, m.lang(), `</dc:language>`)
	if v := trimmed(m.Date); isoDate(v) {
		b.s(`<dcterms:created xsi:type="dcterms:W3CDTF">`, v, `T00:00:00Z</dcterms:created>`,
			`<dcterms:modified xsi:type="dcterms:W3CDTF">`, v, `T00:00:00Z</dcterms:modified>`)
	}
	b.s(`</cp:coreProperties>`)
	return b.Bytes()
}

// docxCustom holds the checksums as custom document properties
// (soeverein.sha256.answers, …), where a program can read them back.
func docxCustom(m Meta) []byte {
	var b xmlBuf
	b.s(xmlHeader, `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	pid := 2
	for _, c := range m.Checksums {
		if validKey(c.Key) && validHex(c.SHA256) {
			b.s(`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="`, strconv.Itoa(pid), `" name="soeverein.sha256.`, c.Key, `"><vt:lpwstr>`, c.SHA256, `</vt:lpwstr></property>`)
			pid++
		}
	}
	b.s(`</Properties>`)
	return b.Bytes()
}

// checksumKeywords is the checksums as "soeverein.sha256.KEY=HEX" words.
func checksumKeywords(m Meta) string {
	var words []string
	for _, c := range m.Checksums {
		if validKey(c.Key) && validHex(c.SHA256) {
			words = append(words, "soeverein.sha256."+c.Key+"="+c.SHA256)
		}
	}
	return strings.Join(words, " ")
}

func docxHeader(m Meta) []byte {
	var b xmlBuf
	b.s(xmlHeader, `<w:hdr `, wNS, `><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>`)
	if c := trimmed(m.Classification); c != "" {
		b.s(`<w:r><w:t xml:space="preserve">`, xesc(c), `</w:t></w:r>`)
	}
	b.s(`</w:p></w:hdr>`)
	return b.Bytes()
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
