package document

// Document is a report as the writers see it: metadata and a flat list of
// blocks.
type Document struct {
	Meta   Meta
	Blocks []Block
}

// Meta is what goes into the title block and the document properties.
type Meta struct {
	Title    string
	Subtitle string
	// Municipality is the organisation the document is about; it becomes
	// the subject in DOCX and ODT properties.
	Municipality string
	// Date is the document's date as an ISO date (2026-03-31); writers use
	// it as given and never read the clock.
	Date string
	// Lang is a BCP 47 tag such as nl-NL or en-GB; empty means nl-NL.
	Lang string
	// Classification, such as "Intern – niet openbaar", is printed on the
	// title and on every page (page header in DOCX, ODT, PDF and print).
	Classification string
	// Checksums are printed in the title block, in this order.
	Checksums []Checksum
}

// Checksum is a labelled digest printed in the title block so that a reader
// can check which files the document was made from.
type Checksum struct {
	// Key names the checksum in machine-readable metadata (YAML block,
	// HTML meta, document properties): "questionnaire", "answers". Letters,
	// digits and '-' only; writers skip it otherwise.
	Key    string
	Label  string // "Vragenlijst", "Antwoorden"
	File   string // file name, may be empty
	SHA256 string // lowercase hex
}

// Block is one of Heading, Paragraph, List, Table and Notice.
type Block interface{ block() }

// Heading is a heading of level 1 to 3. ID is a stable identifier (letters,
// digits, '-' and '_') used for anchors and bookmarks; writers make one
// from the text when it is empty. NewPage starts a new page before the
// heading (chapters) in the paged formats and in print.
type Heading struct {
	Level   int
	ID      string
	Text    []Inline
	NewPage bool
}

// Paragraph is running text.
type Paragraph struct{ Text []Inline }

// List is a bullet list, or a numbered one starting at 1.
type List struct {
	Numbered bool
	Items    [][]Inline
}

// Table has one header row and any number of body rows. Align gives each
// column's alignment; missing entries are AlignLeft. Rows shorter than the
// header are padded with empty cells, longer ones are cut.
type Table struct {
	Caption string
	Align   []Align
	Header  [][]Inline
	Rows    [][][]Inline
}

// Align is a table column's alignment.
type Align int

// The alignments of a table column.
const (
	AlignLeft Align = iota
	AlignRight
	AlignCenter
)

// Notice is a callout: a framed paragraph such as "details ter inzage voor
// de raad (vertrouwelijk)" or "CONCEPT: 3 vragen zijn nog open".
type Notice struct {
	Title string
	Text  []Inline
}

func (Heading) block()   {}
func (Paragraph) block() {}
func (List) block()      {}
func (Table) block()     {}
func (Notice) block()    {}

// Runs calls fn with every run of inlines in the document's blocks, in
// order: a heading's text, a paragraph, each list item, each header and
// body cell of a table, a notice's text. The runs are the document's own
// slices, so fn may change their elements in place.
func (d *Document) Runs(fn func([]Inline)) {
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case Heading:
			fn(b.Text)
		case Paragraph:
			fn(b.Text)
		case List:
			for _, it := range b.Items {
				fn(it)
			}
		case Table:
			for _, c := range b.Header {
				fn(c)
			}
			for _, r := range b.Rows {
				for _, c := range r {
					fn(c)
				}
			}
		case Notice:
			fn(b.Text)
		}
	}
}

// Inline is one of Text, Emphasis, Strong, Link and Code.
type Inline interface{ inline() }

// Text is literal text.
type Text string

// Emphasis is emphasised (italic) text.
type Emphasis string

// Strong is strong (bold) text.
type Strong string

// Code is a short piece of code or a file name, in a monospaced font.
type Code string

// Link is text that links to URL. Only http, https and mailto addresses
// become links; any other address is written as text after the link text.
type Link struct {
	Text string
	URL  string
}

func (Text) inline()     {}
func (Emphasis) inline() {}
func (Strong) inline()   {}
func (Code) inline()     {}
func (Link) inline()     {}

// Plain is a convenience for a run of plain text.
func Plain(s string) []Inline { return []Inline{Text(s)} }
