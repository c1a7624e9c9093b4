package assessment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"gopkg.in/yaml.v3"
)

// source is what an answers file held when it was parsed, so that a save
// keeps what the user wrote around the answers: its comments, and when
// nothing changed, every byte (the SHA-256 that an issued report names).
type source struct {
	data     []byte // the file's bytes
	print    string // fingerprint of the answers as loaded
	comments map[string]comments
	styles   map[string]nodeStyle
	crlf     bool // the file's lines end in CR LF (a Windows editor)
}

// nodeComments are a node's head, line and foot comment.
type nodeComments [3]string

// comments are the comments yaml.v3 attached to one key and its value.
type comments struct {
	key, value nodeComments
}

func commentsOf(n *yaml.Node) nodeComments {
	return nodeComments{n.HeadComment, n.LineComment, n.FootComment}
}

func (c nodeComments) empty() bool { return c == (nodeComments{}) }

func setComments(n *yaml.Node, c nodeComments) {
	if c.empty() {
		return
	}
	n.HeadComment, n.LineComment, n.FootComment = c[0], c[1], c[2]
}

// nodeStyle is how a node was written: a block or flow list, a quoted or
// plain text.
type nodeStyle struct {
	kind  yaml.Kind
	style yaml.Style
	value string // of a scalar
}

// walkPaths calls fn for every key and value under n with its key path
// ("answers/cloud.mail/note", "answers/cloud.mail/evidence[1]"); key is
// nil for a list item and the document.
func walkPaths(n *yaml.Node, path string, fn func(path string, key, val *yaml.Node)) {
	switch n.Kind {
	case yaml.DocumentNode:
		fn(path, nil, n)
		for _, c := range n.Content {
			walkPaths(c, path+"/", fn)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := path + "/" + strconv.Quote(k.Value)
			fn(p, k, v)
			walkPaths(v, p, fn)
		}
	case yaml.SequenceNode:
		for i, v := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			fn(p, nil, v)
			walkPaths(v, p, fn)
		}
	}
}

// collect records the comments and styles of a loaded document by key
// path.
func (src *source) collect(doc *yaml.Node) {
	walkPaths(doc, "", func(p string, k, v *yaml.Node) {
		c := comments{value: commentsOf(v)}
		if k != nil {
			c.key = commentsOf(k)
		}
		if !c.key.empty() || !c.value.empty() {
			src.comments[p] = c
		}
		src.styles[p] = nodeStyle{kind: v.Kind, style: v.Style, value: v.Value}
	})
}

// apply puts the recorded comments on the nodes at the same key paths of a
// newly encoded document, and writes them as the file did where that is
// safe: a list or map the file had as a block stays a block (the encoder
// writes short lists in flow style), and a text that did not change keeps
// its quotes or their absence (the encoder still quotes what would read as
// another type). A
// comment whose key is gone goes with it: it was about that key.
func (src *source) apply(doc *yaml.Node) {
	walkPaths(doc, "", func(p string, k, v *yaml.Node) {
		if c, ok := src.comments[p]; ok {
			if k != nil {
				setComments(k, c.key)
			}
			setComments(v, c.value)
		}
		was, ok := src.styles[p]
		switch {
		case !ok || was.kind != v.Kind:
		case v.Kind == yaml.SequenceNode || v.Kind == yaml.MappingNode:
			if was.style&yaml.FlowStyle == 0 {
				v.Style &^= yaml.FlowStyle
			}
		case v.Kind == yaml.ScalarNode && was.value == v.Value:
			// Only plain and quoted: yaml.v3 does not always read back a
			// literal or folded text it wrote with an indentation
			// indicator (FuzzParseAnswers found one).
			if st := was.style &^ yaml.TaggedStyle; st == 0 || st == yaml.SingleQuotedStyle || st == yaml.DoubleQuotedStyle {
				v.Style = st
			}
		}
	})
}

// hasCRLF reports whether a file's lines end in CR LF: its first line
// ending decides, as editors do when they open a file.
func hasCRLF(data []byte) bool {
	i := bytes.IndexByte(data, '\n')
	return i > 0 && data[i-1] == '\r'
}

// toCRLF turns the encoder's LF line ends into CR LF. yaml.v3 writes every
// line break inside a text as \n in double quotes or as a line of a block
// (which reads back as LF), so every LF in its output ends a line.
func toCRLF(data []byte) []byte {
	return bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
}

// keepSource records what a parsed file held, for MarshalAnswers.
func keepSource(a *Answers, data []byte, doc *yaml.Node) error {
	print, err := fingerprint(a)
	if err != nil {
		return err
	}
	src := &source{data: data, print: print, comments: map[string]comments{}, styles: map[string]nodeStyle{}, crlf: hasCRLF(data)}
	src.collect(doc)
	a.src = src
	return nil
}

// fingerprint is a digest of everything MarshalAnswers writes: equal
// fingerprints give equal files. It is JSON, not YAML: encoding a large file
// as YAML at every load would double the time to read it.
func fingerprint(a *Answers) (string, error) {
	cp := *a
	cp.Format, cp.Kind, cp.src = AnswersFormat, AnswersKind, nil
	data, err := json.Marshal(cp)
	if err != nil {
		return "", fmt.Errorf("encode answers: %w", err)
	}
	return DigestOf(data), nil
}
