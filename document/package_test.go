package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

func written(t testing.TB, f Format, d *Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf, d); err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return buf.Bytes()
}

func format(t testing.TB, name string) Format {
	f, ok := FormatByName(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	return f
}

func TestDeterministic(t *testing.T) {
	for _, f := range Formats {
		if f.External {
			continue
		}
		a, b := written(t, f, sample()), written(t, f, sample())
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two writes of the same document differ", f.Name)
		}
	}
}

func TestFormatLookup(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"rapport.docx", "docx"}, {"RAPPORT.ODT", "odt"}, {"r.md", "md"}, {"r.markdown", "md"},
		{"r.htm", "html"}, {"r.pdf", "pdf"}, {"r.txt", ""}, {"rapport", ""},
	} {
		f, ok := FormatForPath(tc.path)
		if f.Name != tc.want || ok != (tc.want != "") {
			t.Errorf("FormatForPath(%q) = %q, %v; want %q", tc.path, f.Name, ok, tc.want)
		}
	}
	if f, ok := FormatByName("Markdown"); !ok || f.Name != "md" {
		t.Errorf("FormatByName(Markdown) = %q, %v", f.Name, ok)
	}
	for _, f := range Formats {
		if f.Name == "" || !strings.HasPrefix(f.Ext, ".") || f.MediaType == "" || f.Write == nil {
			t.Errorf("format %+v is incomplete", f)
		}
	}
}

// unzip opens a package and checks every XML part parses.
func unzip(t *testing.T, data []byte) (*zip.Reader, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
		if f.Name != "mimetype" {
			if err := wellFormed(b); err != nil {
				t.Errorf("%s does not parse as XML: %v", f.Name, err)
			}
		}
		if !f.Modified.IsZero() && f.Modified.Year() != 2000 {
			t.Errorf("%s: time %v, want the fixed 2000-01-01", f.Name, f.Modified)
		}
	}
	return zr, parts
}

func wellFormed(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// paragraphs returns the text of every element named para (w:p, text:p,
// text:h) in an XML part, as a reader sees it.
func paragraphs(t *testing.T, b []byte, textElems map[string]bool, para map[string]bool) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	var out []string
	var cur strings.Builder
	depth, inText := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if para[tok.Name.Local] {
				depth++
			}
			if textElems[tok.Name.Local] {
				inText++
			}
			if tok.Name.Local == "s" && depth > 0 { // text:s
				cur.WriteByte(' ')
			}
		case xml.EndElement:
			if textElems[tok.Name.Local] {
				inText--
			}
			if para[tok.Name.Local] {
				depth--
				if depth == 0 {
					out = append(out, strings.TrimSpace(cur.String()))
					cur.Reset()
				}
			}
		case xml.CharData:
			if depth > 0 && (inText > 0 || textElems == nil) {
				cur.Write(tok)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDOCXPackage(t *testing.T) {
	d := sample()
	_, parts := unzip(t, written(t, format(t, "docx"), d))
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/numbering.xml", "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/custom.xml"} {
		if parts[name] == nil {
			t.Errorf("no %s", name)
		}
		if name != "[Content_Types].xml" && !strings.Contains(name, ".rels") && !bytes.Contains(parts["[Content_Types].xml"], []byte(`PartName="/`+name+`"`)) {
			t.Errorf("[Content_Types].xml does not list %s", name)
		}
	}
	paras := paragraphs(t, parts["word/document.xml"], map[string]bool{"t": true}, map[string]bool{"p": true})
	for _, h := range hostile {
		if !contains(paras, hostileVisible(h)) {
			t.Errorf("document.xml has no paragraph %q", hostileVisible(h))
		}
	}
	doc := string(parts["word/document.xml"])
	for _, want := range []string{`<w:pStyle w:val="Heading1"/><w:pageBreakBefore/>`, `<w:pStyle w:val="Heading2"/>`, `<w:pStyle w:val="Heading3"/>`,
		`<w:tblHeader/>`, `<w:numId w:val="1"/>`, `<w:numId w:val="2"/>`, `<w:headerReference w:type="default" r:id="rId4"/>`, `w:name="samenvatting"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if n := strings.Count(doc, "<w:hyperlink "); n != 61 {
		t.Errorf("document.xml has %d hyperlinks, want 61", n)
	}
	styles := string(parts["word/styles.xml"])
	for _, want := range []string{`<w:name w:val="heading 1"/>`, `<w:name w:val="heading 2"/>`, `<w:name w:val="heading 3"/>`, `<w:outlineLvl w:val="2"/>`, `<w:lang w:val="nl-NL"`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	core := string(parts["docProps/core.xml"])
	for _, want := range []string{"<dc:title>Digitale soevereiniteit 2026 &lt;Gemeente &amp; Co&gt;</dc:title>", "<dc:subject>Gemeente Voorbeeld (GM0361)</dc:subject>",
		"<dc:language>nl-NL</dc:language>", ">2026-03-31T00:00:00Z</dcterms:created>"} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml lacks %s", want)
		}
	}
	if !strings.Contains(string(parts["docProps/custom.xml"]), `name="soeverein.sha256.answers"><vt:lpwstr>`+d.Meta.Checksums[1].SHA256) {
		t.Errorf("custom.xml lacks the answers checksum")
	}
	if !contains(paragraphs(t, parts["word/header1.xml"], map[string]bool{"t": true}, map[string]bool{"p": true}), d.Meta.Classification) {
		t.Errorf("the page header lacks the classification")
	}
	rels := string(parts["word/_rels/document.xml.rels"])
	if strings.Contains(rels, "javascript") || !strings.Contains(rels, `Target="https://www.digitaleoverheid.nl/" TargetMode="External"`) {
		t.Errorf("document.xml.rels links wrongly:\n%.400s", rels)
	}
}

func TestODTPackage(t *testing.T) {
	d := sample()
	data := written(t, format(t, "odt"), d)
	zr, parts := unzip(t, data)
	first := zr.File[0]
	if first.Name != "mimetype" || first.Method != zip.Store || len(first.Extra) != 0 || string(parts["mimetype"]) != "application/vnd.oasis.opendocument.text" {
		t.Errorf("first entry %s (method %d, extra %d bytes): want mimetype, stored, no extra field", first.Name, first.Method, len(first.Extra))
	}
	if !bytes.Equal(data[30:38], []byte("mimetype")) || !bytes.HasPrefix(data[38:], []byte("application/vnd.oasis.opendocument.text")) {
		t.Errorf("the mimetype is not at the fixed offset that file type detection reads")
	}
	for _, name := range []string{"content.xml", "styles.xml", "meta.xml"} {
		if !bytes.Contains(parts["META-INF/manifest.xml"], []byte(`full-path="`+name+`"`)) {
			t.Errorf("manifest does not list %s", name)
		}
	}
	paras := paragraphs(t, parts["content.xml"], nil, map[string]bool{"p": true, "h": true})
	for _, h := range hostile {
		if !contains(paras, hostileVisible(h)) {
			t.Errorf("content.xml has no paragraph %q", hostileVisible(h))
		}
	}
	content := string(parts["content.xml"])
	for _, want := range []string{`text:style-name="PageBreak1" text:outline-level="1"`, `text:style-name="Heading_20_2" text:outline-level="2"`,
		`text:outline-level="3"`, `<table:table-header-rows>`, `<text:list text:style-name="List_20_Number">`, `<text:list text:style-name="List_20_Bullet">`} {
		if !strings.Contains(content, want) {
			t.Errorf("content.xml lacks %s", want)
		}
	}
	styles := string(parts["styles.xml"])
	for _, want := range []string{`style:display-name="Heading 1"`, `style:default-outline-level="3"`, `fo:language="nl" fo:country="NL"`, `<style:header><text:p text:style-name="Header">Intern – niet openbaar</text:p>`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml lacks %s", want)
		}
	}
	meta := string(parts["meta.xml"])
	for _, want := range []string{"<dc:title>Digitale soevereiniteit 2026 &lt;Gemeente &amp; Co&gt;</dc:title>", "<dc:language>nl-NL</dc:language>",
		"<dc:subject>Gemeente Voorbeeld (GM0361)</dc:subject>", `<meta:user-defined meta:name="soeverein.sha256.questionnaire">` + d.Meta.Checksums[0].SHA256} {
		if !strings.Contains(meta, want) {
			t.Errorf("meta.xml lacks %s", want)
		}
	}
}

func TestHTMLStructure(t *testing.T) {
	html := string(written(t, format(t, "html"), sample()))
	for _, want := range []string{`<html lang="nl-NL">`, `<h1>Digitale soevereiniteit 2026 &lt;Gemeente &amp; Co&gt;</h1>`, `<h2 id="samenvatting">Samenvatting</h2>`,
		`<h2 id="antwoorden" class="new-page">`, `<th scope="col" class="r">Score</th>`, "<thead>", "<main>", `<meta name="soeverein.sha256.answers"`,
		`@page { @top-center { content: "Intern – niet openbaar"`, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %s", want)
		}
	}
	for _, bad := range []string{"<script", "src=", "@import", "url(", `href="javascript`, "\u202e", "\x1b"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML holds %q", bad)
		}
	}
	// The outline: one h1, and no level skipped on the way down.
	prev := 1
	for _, m := range strings.Split(html, "<h")[1:] {
		if m[0] < '1' || m[0] > '6' {
			continue
		}
		lvl := int(m[0] - '0')
		if lvl > prev+1 {
			t.Errorf("heading h%d follows h%d", lvl, prev)
		}
		prev = lvl
	}
	if strings.Count(html, "<h1") != 1 {
		t.Errorf("HTML has %d h1 elements, want 1", strings.Count(html, "<h1"))
	}
}

func TestCSSString(t *testing.T) {
	if got := cssString(`a"b\c</style>é`); got != `a\22 b\5c c\3c \2f style\3e é` {
		t.Errorf("cssString = %q", got)
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a\n\tb  c", "a b c"},
		{"\u202eabc\u202c", "abc"},
		{"x\x00y\x1bz\x7f", "xyz"},
		{"no\u00a0break", "no\u00a0break"},
		{" edges ", " edges "},
		{"bad\xffutf8", "badutf8"},
		{"\ufffe\uffff\ufdd0ok", "ok"},
	} {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"https://example.org/a?b=1&c=2", true}, {"http://x.nl", true}, {"mailto:info@example.org", true},
		{"javascript:alert(1)", false}, {"file:///etc/passwd", false}, {"https://", false}, {"//x.nl", false},
		{"https://x.nl/a b", false}, {"https://x.nl/\"><script>", false}, {"data:text/html,x", false}, {"", false},
		{"https://www.x.n\xfbl", false}, // not UTF-8 (a Latin-1 paste): shown as text, repaired
	} {
		if got := SafeURL(tc.in); (got != "") != tc.ok {
			t.Errorf("SafeURL(%q) = %q, want ok=%v", tc.in, got, tc.ok)
		}
	}
}

func TestHeadingIDs(t *testing.T) {
	blocks := []Block{
		Heading{Text: Plain("Één & twee")}, Paragraph{}, Heading{Text: Plain("Één & twee")},
		Heading{ID: "Vaste id!", Text: Plain("x")}, Heading{Text: Plain("2026")}, Heading{Text: Plain("<>")},
	}
	got := headingIDs(blocks)
	want := map[int]string{0: "een-twee", 2: "een-twee-2", 3: "vaste-id", 4: "h-2026", 5: "h"}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("heading %d: id %q, want %q", i, got[i], w)
		}
	}
}

// FuzzXMLText checks that any text, in every place of the DOCX and ODT,
// gives parts that parse and a paragraph that reads as the text.
func FuzzXMLText(f *testing.F) {
	for _, h := range hostile {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &Document{Meta: Meta{Title: s, Subtitle: s, Municipality: s, Classification: s, Date: s, Lang: s,
			Checksums: []Checksum{{Key: s, Label: s, SHA256: s}}},
			Blocks: []Block{Heading{Level: 1, ID: s, Text: Plain(s)}, Paragraph{Text: Plain(s)}, List{Items: [][]Inline{Plain(s)}},
				Table{Caption: s, Header: [][]Inline{Plain(s)}, Rows: [][][]Inline{{{Link{Text: s, URL: s}}}}}, Notice{Title: s, Text: Plain(s)}}}
		visible := strings.TrimSpace(Clean(s))
		_, docx := unzip(t, written(t, format(t, "docx"), d))
		if visible != "" && !contains(paragraphs(t, docx["word/document.xml"], map[string]bool{"t": true}, map[string]bool{"p": true}), visible) {
			t.Errorf("DOCX lost %q", s)
		}
		_, odt := unzip(t, written(t, format(t, "odt"), d))
		if visible != "" && !contains(paragraphs(t, odt["content.xml"], nil, map[string]bool{"p": true, "h": true}), visible) {
			t.Errorf("ODT lost %q", s)
		}
	})
}

// TestOddDocuments writes documents a caller might build by mistake: empty,
// headings out of range, a table without header or with ragged rows, an
// empty list. Every writer must give a valid file, and no text may be lost.
func TestOddDocuments(t *testing.T) {
	docs := map[string]*Document{
		"empty": {},
		"odd blocks": {Meta: Meta{Lang: "en-GB", Date: "31 maart"}, Blocks: []Block{
			Heading{Level: 0, Text: Plain("nul")}, Heading{Level: 9, Text: Plain("negen")}, Heading{Level: 2},
			Table{Rows: [][][]Inline{{Plain("zonder kop")}}},
			Table{Header: [][]Inline{Plain("a"), Plain("b")}, Rows: [][][]Inline{{Plain("kort")}, {Plain("1"), Plain("2"), Plain("te veel")}}},
			List{}, List{Numbered: true}, Paragraph{}, Notice{},
			Paragraph{Text: []Inline{Link{URL: "https://x.example"}, Link{Text: "geen adres"}, Strong(" "), Emphasis(""), Code("")}},
		}},
	}
	for name, d := range docs {
		for _, f := range Formats {
			if f.External {
				continue
			}
			t.Run(name+"/"+f.Name, func(t *testing.T) {
				data := written(t, f, d)
				switch f.Name {
				case "docx":
					_, parts := unzip(t, data)
					data = []byte(strings.Join(paragraphs(t, parts["word/document.xml"], map[string]bool{"t": true}, map[string]bool{"p": true}), "\n"))
				case "odt":
					_, parts := unzip(t, data)
					data = []byte(strings.Join(paragraphs(t, parts["content.xml"], nil, map[string]bool{"p": true, "h": true}), "\n"))
				}
				if name == "odd blocks" {
					for _, want := range []string{"nul", "negen", "kort", "geen adres", "https://x.example"} {
						if !bytes.Contains(data, []byte(want)) {
							t.Errorf("%s lost %q", f.Name, want)
						}
					}
					if bytes.Contains(data, []byte("te veel")) {
						t.Errorf("%s kept a cell past the header", f.Name)
					}
				}
			})
		}
	}
}

// Column widths leave room for each column's longest word, so that a
// header over short numbers is not broken inside a word; the rest of the
// width goes to the long cells; the shares add up to the width.
func TestColumnWeights(t *testing.T) {
	row := func(cells ...string) [][]Inline {
		var out [][]Inline
		for _, c := range cells {
			out = append(out, Plain(c))
		}
		return out
	}
	step := Table{
		Header: row("Thema", "Verandering", "Betere antwoorden", "Slechtere antwoorden", "Nieuw beantwoord", "Vragenlijst"),
		Rows:   [][][]Inline{row("1. Clouddiensten en afhankelijkheid", "+10,9", "+5,0", "0,0", "+7,5", "−1,6")},
	}
	w := columnWeights(step, 1000)
	sum := 0
	for i, x := range w {
		sum += x
		word := 0
		for _, f := range strings.Fields(plainText(step.Header[i]) + " " + plainText(step.Rows[0][i])) {
			word = max(word, len([]rune(f)))
		}
		if x*lineChars/1000 < word {
			t.Errorf("column %d (%s): %d‰ of the width holds %d characters, its longest word has %d", i, plainText(step.Header[i]), x, x*lineChars/1000, word)
		}
	}
	if sum != 1000 {
		t.Errorf("shares add up to %d, want 1000", sum)
	}
	if w[0] <= w[1] {
		t.Errorf("the theme column (%d‰) is not wider than the column of numbers (%d‰)", w[0], w[1])
	}
	short := Table{Header: row("Jaar", "Score"), Rows: [][][]Inline{row("2025", "17,2")}}
	if got := columnWeights(short, 100); got[0] != 50 || got[1] != 50 {
		t.Errorf("a short table's columns = %v, want them even", got)
	}
}
