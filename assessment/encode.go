package assessment

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"soeverein/safetext"
)

// MarshalAnswers writes answers as YAML: fields in a fixed order, answers
// sorted by question id, unknown fields kept after the known ones. The same
// answers always give the same bytes, so two years diff cleanly.
//
// Answers loaded from a file keep what the file held around them: when
// nothing changed since the load, the file's own bytes come back (its
// SHA-256, which an issued report names, stays the same); otherwise the
// comments are put back at the same keys and the file's line ends (CR LF
// from a Windows editor) are kept.
func MarshalAnswers(a *Answers) ([]byte, error) {
	cp := *a
	cp.Format = AnswersFormat
	cp.Kind = AnswersKind
	node, err := encode(reflect.ValueOf(cp))
	if err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if a.src == nil {
		return encodeYAML(node)
	}
	if print, err := fingerprint(a); err == nil && print == a.src.print {
		return bytes.Clone(a.src.data), nil
	}
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{node}}
	a.src.apply(doc)
	out, err := encodeYAML(doc)
	if err != nil {
		return nil, err
	}
	if a.src.crlf {
		out = toCRLF(out)
	}
	return out, nil
}

func encodeYAML(node *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode answers: %w", err)
	}
	return buf.Bytes(), nil
}

// encode turns a value into a YAML node; it returns nil for values that are
// left out (zero values, empty structs).
func encode(v reflect.Value) (*yaml.Node, error) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil, nil
		}
		if k := v.Elem().Kind(); k != reflect.Struct && k != reflect.Map && k != reflect.Slice {
			// A pointer to a scalar means "given": a value of 0 is an answer.
			return encodeScalar(v.Elem())
		}
		return encode(v.Elem())
	case reflect.Struct:
		return encodeStruct(v)
	case reflect.Map:
		return encodeMap(v)
	case reflect.Slice:
		if v.Len() == 0 {
			return nil, nil
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		if v.Type().Elem().Kind() == reflect.String {
			seq.Style = yaml.FlowStyle
		}
		for i := 0; i < v.Len(); i++ {
			if k := v.Type().Elem().Kind(); k == reflect.Pointer || k == reflect.Struct {
				item, err := encode(v.Index(i))
				if err != nil {
					return nil, err
				}
				if item == nil {
					item = &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
				}
				seq.Content = append(seq.Content, item)
				continue
			}
			item, err := encodeScalar(v.Index(i))
			if err != nil {
				return nil, err
			}
			if strings.Contains(item.Value, "\n") || len(item.Value) > 40 {
				seq.Style = 0
			}
			seq.Content = append(seq.Content, item)
		}
		return seq, nil
	}
	if v.IsZero() {
		return nil, nil
	}
	return encodeScalar(v)
}

func encodeScalar(v reflect.Value) (*yaml.Node, error) {
	if v.Kind() == reflect.String {
		// Built by hand: Node.Encode round-trips through the parser and
		// already loses leading blank lines of a text.
		// Repaired: bytes that are not UTF-8 would make every save fail.
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: safetext.Repair(v.String())}
		safeStyle(n)
		return n, nil
	}
	n := &yaml.Node{}
	if err := n.Encode(v.Interface()); err != nil {
		return nil, err
	}
	safeStyle(n)
	return n, nil
}

// safeStyleTree repairs and applies safeStyle to every text in a kept node.
func safeStyleTree(n *yaml.Node) {
	n.Value = safetext.Repair(n.Value)
	safeStyle(n)
	for _, c := range n.Content {
		safeStyleTree(c)
	}
}

// safeStyle makes sure a multi-line text is written in a style that reads
// back as the same text. yaml.v3 writes such texts as literal blocks (|),
// which is readable, but loses leading blank lines and fails on leading
// tabs or spaces; those texts are written double-quoted instead.
func safeStyle(n *yaml.Node) {
	if n.Kind != yaml.ScalarNode || !strings.Contains(n.Value, "\n") {
		return
	}
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		return
	}
	n.Style = yaml.LiteralStyle
	for _, line := range strings.Split(n.Value, "\n") {
		if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") || strings.HasSuffix(line, " ") || strings.ContainsAny(line, "\t\r") {
			n.Style = yaml.DoubleQuotedStyle
			return
		}
	}
	if strings.HasPrefix(n.Value, "\n") {
		n.Style = yaml.DoubleQuotedStyle
	}
}

func encodeStruct(v reflect.Value) (*yaml.Node, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	t := v.Type()
	var extra Extra
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == extraType {
			extra = v.Field(i).Interface().(Extra)
			continue
		}
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		val, err := encode(v.Field(i))
		if err != nil {
			return nil, err
		}
		if val != nil {
			m.Content = append(m.Content, keyNode(name), val)
		}
	}
	for _, e := range extra {
		safeStyleTree(e.Value)
		m.Content = append(m.Content, keyNode(e.Key), e.Value)
	}
	if len(m.Content) == 0 {
		return nil, nil
	}
	return m, nil
}

func encodeMap(v reflect.Value) (*yaml.Node, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	keys := make([]string, 0, v.Len())
	for _, k := range v.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	for _, k := range keys {
		val, err := encode(v.MapIndex(reflect.ValueOf(k)))
		if err != nil {
			return nil, err
		}
		switch {
		case val == nil && v.Type().Elem().Kind() == reflect.String:
			// An empty text stays a text (a part's base of an empty answer).
			val = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "", Style: yaml.DoubleQuotedStyle}
		case val == nil:
			// An entry with nothing in it still records that the question
			// was touched; keep it as an empty mapping.
			val = &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		}
		m.Content = append(m.Content, keyNode(k), val)
	}
	return m, nil
}

func keyNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: safetext.Repair(s)}
}
