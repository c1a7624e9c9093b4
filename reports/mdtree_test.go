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
func parseMarkdown(src []byte) ast.Node {
	return markdownParser.Parse(text.NewReader(src))
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
func headings(doc ast.Node, src []byte) []heading {
	var out []heading
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out = append(out, heading{h.Level, plainText(h, src)})
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
