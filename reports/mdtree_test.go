package reports

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// The helpers in this file parse markdown with goldmark and GFM tables, the
// way GitHub and most converters read it, so that tests check the structure
// a reader sees rather than the bytes.

var markdownParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// parseMarkdown parses src into a goldmark document.
// A YAML metadata block at the top (the report's title, date and checksums,
// which pandoc reads) is blanked out first, with its length kept so that
// positions stay those of src.
func parseMarkdown(src []byte) ast.Node {
	if n := frontMatter(src); n > 0 {
		blank := bytes.Clone(src)
		for i := range n {
			if blank[i] != '\n' {
				blank[i] = ' '
			}
		}
		src = blank
	}
	return markdownParser.Parse(text.NewReader(src))
}

// frontMatter is the length of the YAML block at the start of src, or 0.
func frontMatter(src []byte) int {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return 0
	}
	i := bytes.Index(src[4:], []byte("\n---\n"))
	if i < 0 {
		return 0
	}
	return 4 + i + 5
}

// metaTitle is the title in the YAML block as a reader sees it, or "".
func metaTitle(src []byte) (string, bool) {
	n := frontMatter(src)
	for _, line := range strings.Split(string(src[:n]), "\n") {
		if v, ok := strings.CutPrefix(line, "title: \""); ok {
			v = strings.TrimSuffix(v, "\"")
			v = strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(v)
			doc := markdownParser.Parse(text.NewReader([]byte(v)))
			return plainText(doc, []byte(v)), true
		}
	}
	return "", false
}

// plainText is the text a reader sees in n: escapes resolved, soft line
// breaks as spaces, markup dropped.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.WriteString(readable(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// readable resolves escapes and entities the way goldmark's renderer does.
func readable(v []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(w, v)
	w.Flush()
	return stdhtml.UnescapeString(buf.String())
}

// heading is one heading of a document: its level and plain text.
type heading struct {
	Level int
	Text  string
}

func (h heading) String() string { return strings.Repeat("#", h.Level) + " " + h.Text }

// headings lists the headings of a document in order.
// A report with a title in its metadata block gets that title as level 1
// and its chapters (#) as level 2, as pandoc makes them in a converted file.
func headings(doc ast.Node, src []byte) []heading {
	var out []heading
	shift := 0
	if title, ok := metaTitle(src); ok {
		out = append(out, heading{1, title})
		shift = 1
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out = append(out, heading{h.Level + shift, plainText(h, src)})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// table is a parsed GFM table: the header cells and the body rows.
type table struct {
	Header []string
	Rows   [][]string
}

// tables lists the tables of a document in order.
func tables(doc ast.Node, src []byte) []table {
	var out []table
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		t, ok := n.(*east.Table)
		if !ok || !entering {
			return ast.WalkContinue, nil
		}
		var tb table
		for r := t.FirstChild(); r != nil; r = r.NextSibling() {
			var cells []string
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, plainText(c, src))
			}
			if _, isHeader := r.(*east.TableHeader); isHeader {
				tb.Header = cells
			} else {
				tb.Rows = append(tb.Rows, cells)
			}
		}
		out = append(out, tb)
		return ast.WalkSkipChildren, nil
	})
	return out
}

// kinds counts the node kinds in a tree, such as "RawHTML" or "Link".
func kinds(n ast.Node) map[string]int {
	count := map[string]int{}
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			count[c.Kind().String()]++
		}
		return ast.WalkContinue, nil
	})
	return count
}

// dump renders the tree for a failure message.
func dump(n ast.Node, src []byte) string {
	var b bytes.Buffer
	var walk func(n ast.Node, depth int)
	walk = func(n ast.Node, depth int) {
		fmt.Fprintf(&b, "%s%s", strings.Repeat("  ", depth), n.Kind())
		if t, ok := n.(*ast.Text); ok {
			fmt.Fprintf(&b, " %q", t.Segment.Value(src))
		}
		b.WriteByte('\n')
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}
