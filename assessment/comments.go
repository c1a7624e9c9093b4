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

// collectComments records the comments of a loaded document by key path
// ("answers/cloud.mail/note", "answers/cloud.mail/evidence[1]").
func collectComments(n *yaml.Node, path string, into map[string]comments) {
	switch n.Kind {
	case yaml.DocumentNode:
		into[path] = comments{value: commentsOf(n)}
		for _, c := range n.Content {
			collectComments(c, path+"/", into)
		}
		return
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := path + "/" + strconv.Quote(k.Value)
			if c := (comments{key: commentsOf(k), value: commentsOf(v)}); !c.key.empty() || !c.value.empty() {
				into[p] = c
			}
			collectComments(v, p, into)
		}
	case yaml.SequenceNode:
		for i, v := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			if c := (comments{value: commentsOf(v)}); !c.value.empty() {
				into[p] = c
			}
			collectComments(v, p, into)
		}
	}
}

// applyComments puts the recorded comments on the nodes at the same key
// paths of a newly encoded document. A comment whose key is gone goes with
// it: it was about that key.
func applyComments(n *yaml.Node, path string, from map[string]comments) {
	switch n.Kind {
	case yaml.DocumentNode:
		setComments(n, from[path].value)
		for _, c := range n.Content {
			applyComments(c, path+"/", from)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := path + "/" + strconv.Quote(k.Value)
			if c, ok := from[p]; ok {
				setComments(k, c.key)
				setComments(v, c.value)
			}
			applyComments(v, p, from)
		}
	case yaml.SequenceNode:
		for i, v := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			if c, ok := from[p]; ok {
				setComments(v, c.value)
			}
			applyComments(v, p, from)
		}
	}
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
	src := &source{data: data, print: print, comments: map[string]comments{}, crlf: hasCRLF(data)}
	collectComments(doc, "", src.comments)
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
