package assessment

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"soeverein/texts"
)

// Location records where a decoded mapping and its values stood in the file.
// Structs that embed one as a field named At (tagged `yaml:"-"`) get it filled
// by the decoder.
type Location struct {
	Position
	keys map[string]Position
}

// Of returns the position of the value under key ("weight", "refs[1]",
// "title.nl"), or of the mapping itself when the key was not in the file.
func (l Location) Of(key string) Position {
	if p, ok := l.keys[key]; ok {
		return p
	}
	return l.Position
}

// Has reports whether key was present in the file.
func (l Location) Has(key string) bool {
	_, ok := l.keys[key]
	return ok
}

// Extra holds the fields of a mapping that this version of soeverein does not
// know, in file order, so that saving a file again keeps them.
type Extra []ExtraField

// ExtraField is one unknown key with its value, kept as YAML.
type ExtraField struct {
	Key   string
	Value *yaml.Node
}

var (
	locationType = reflect.TypeOf(Location{})
	extraType    = reflect.TypeOf(Extra(nil))
)

// decoder fills Go values from YAML nodes, collecting problems instead of
// stopping at the first. Unknown keys are errors, unless the struct has an
// Extra field (then they are kept and reported as warnings when warnExtra).
type decoder struct {
	*reporter
	warnExtra bool
	own       int // values written in the file itself, aliases not followed
	visited   int // values visited so far, aliases followed
	exhausted bool
	doc       *yaml.Node // the document, set by document
}

// maxAliasValues bounds what aliases may add to a file's own values: a file
// without aliases is never refused for its number of values (the size limit
// bounds those), while a few lines of nested aliases ("billion laughs") that
// expand to millions of values are.
const maxAliasValues = 100_000

// spend counts one visited node and reports once when the budget runs out.
func (d *decoder) spend(n *yaml.Node) bool {
	if d.exhausted {
		return false
	}
	d.visited++
	if d.visited > d.own+maxAliasValues {
		d.exhausted = true
		d.problem(pos(n), CodeTooManyValues, texts.ProblemTooManyValues, texts.Int("values", d.visited-1), texts.Int("own", d.own), texts.Int("extra", maxAliasValues))
		return false
	}
	return true
}

// countNodes counts the nodes of a document without following aliases.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// slot is where a value's position is recorded: in the Location of the
// nearest enclosing struct, under key.
type slot struct {
	loc *Location
	key string
}

func (s slot) record(n *yaml.Node) {
	if s.loc == nil || s.key == "" {
		return
	}
	if s.loc.keys == nil {
		s.loc.keys = map[string]Position{}
	}
	s.loc.keys[s.key] = pos(n)
}

func pos(n *yaml.Node) Position { return Position{Line: n.Line, Column: n.Column} }

// document returns the root content node of data, or reports why there is none.
func (d *decoder) document(data []byte, what texts.Key) *yaml.Node {
	// CR LF line ends (a Windows editor) are read as LF: YAML treats both as
	// a line break, and positions stay the same, but yaml.v3 attaches
	// comments to other nodes when lines end in CR LF.
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		d.problem(syntaxPosition(err), CodeNotYAML, texts.ProblemNotYAML, syntaxDetail(err))
		return nil
	}
	// A second document (after --- or ...) would be dropped by a save, and
	// with it the file's digest that a report names: refuse it.
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		at := Position{Line: max(next.Line, 1), Column: 1}
		if err != nil { // text after "..." that does not start a document
			at = syntaxPosition(err)
		}
		d.problem(at, CodeSeveralDocuments, texts.ProblemSeveralDocuments)
		return nil
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		d.problem(Position{}, CodeEmptyFile, texts.ProblemEmptyFile, texts.Sub("expected", what))
		return nil
	}
	root := doc.Content[0]
	d.doc = &doc
	d.own = countNodes(&doc)
	if root.Kind != yaml.MappingNode {
		d.problem(pos(root), CodeWrongType, texts.ProblemWrongTypeRoot, texts.Sub("expected", what), describe("found", root))
		return nil
	}
	return root
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, s slot, what where) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if !d.spend(n) {
		return
	}
	s.record(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), s, what)
	case reflect.Struct:
		d.decodeStruct(n, v, what)
	case reflect.Slice:
		d.decodeSlice(n, v, s, what)
	case reflect.Map:
		d.decodeMap(n, v, s, what)
	default:
		d.decodeScalar(n, v, what)
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, what where) {
	if n.Kind != yaml.MappingNode {
		expected := texts.ProblemValueFields
		if v.CanAddr() {
			if e, ok := v.Addr().Interface().(interface{ yamlExpected() texts.Key }); ok {
				expected = e.yamlExpected()
			}
		}
		d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeValue, what.owner(), texts.Sub("expected", expected), describe("found", n))
		return
	}
	t := v.Type()
	fields := map[string]int{}
	var names []string
	locIdx, extraIdx := -1, -1
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		switch {
		case f.Type == locationType && f.Name == "At":
			locIdx = i
			continue
		case f.Type == extraType:
			extraIdx = i
			continue
		}
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		fields[name] = i
		names = append(names, name)
	}
	if w, ok := entityName(t, n); ok {
		what = w
	}
	var loc *Location
	if locIdx >= 0 {
		loc = v.Field(locIdx).Addr().Interface().(*Location)
		loc.Position = pos(n)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := k.Value
		if seen[key] {
			d.problem(pos(k), CodeDuplicateField, texts.ProblemDuplicateField, what.owner(), texts.A("field", quoted(key)))
			continue
		}
		seen[key] = true
		idx, ok := fields[key]
		if !ok {
			if extraIdx >= 0 {
				ex := v.Field(extraIdx).Addr().Interface().(*Extra)
				*ex = append(*ex, ExtraField{Key: key, Value: d.detach(val)})
				if d.warnExtra {
					d.warning(pos(k), CodeUnknownField, texts.ProblemUnknownFieldKept, what.owner(), texts.A("field", quoted(key)))
				}
				continue
			}
			d.problem(pos(k), CodeUnknownField, texts.ProblemUnknownField, what.owner(), texts.A("field", quoted(key)), suggest(key, names), texts.A("known", strings.Join(names, ", ")))
			continue
		}
		d.decode(val, v.Field(idx), slot{loc: loc, key: key}, what.at(key))
	}
}

// detach copies a node with its aliases expanded and anchors removed, so
// that it can be written again on its own, away from the anchors it named.
func (d *decoder) detach(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	cp := *n
	cp.Anchor = ""
	cp.Content = nil
	safeStyle(&cp)
	for _, c := range n.Content {
		if !d.spend(c) {
			break
		}
		cp.Content = append(cp.Content, d.detach(c))
	}
	return &cp
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, s slot, what where) {
	if n.Kind != yaml.SequenceNode {
		d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeList, what.owner(), describe("found", n))
		return
	}
	out := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	for i, item := range n.Content {
		if item.Kind == yaml.ScalarNode && item.Tag == "!!null" {
			d.problem(pos(item), CodeEmptyItem, texts.ProblemEmptyItem, what.index(i).owner())
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(item, elem, slot{loc: s.loc, key: fmt.Sprintf("%s[%d]", s.key, i)}, what.index(i))
		if d.exhausted {
			// The item was not filled in (a nil *Question would reach
			// the validator); the problem is reported already.
			break
		}
		out = reflect.Append(out, elem)
	}
	v.Set(out)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value, s slot, what where) {
	if n.Kind != yaml.MappingNode {
		d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeMapping, what.owner(), describe("found", n))
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.problem(pos(k), CodeBadKey, texts.ProblemBadKey, what.owner(), describe("found", k))
			continue
		}
		key := reflect.ValueOf(k.Value)
		if v.MapIndex(key).IsValid() {
			d.problem(pos(k), CodeDuplicateField, texts.ProblemDuplicateFieldKey, what.owner(), texts.A("field", quoted(k.Value)))
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, elem, slot{loc: s.loc, key: s.key + "." + k.Value}, what.at(k.Value))
		if d.exhausted {
			break
		}
		v.SetMapIndex(key, elem)
	}
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value, what where) {
	want := kindName(v.Kind())
	if n.Kind != yaml.ScalarNode {
		d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeValue, what.owner(), texts.Sub("expected", want), describe("found", n))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(n.Value)
		return
	case reflect.Bool:
		var b bool
		if n.Tag == "!!bool" && n.Decode(&b) == nil {
			v.SetBool(b)
			return
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if err != nil { // other YAML spellings: 0o17, 1_000
			err = n.Decode(&i)
		}
		if n.Tag == "!!int" && err == nil && !v.OverflowInt(i) {
			v.SetInt(i)
			return
		}
	case reflect.Float64:
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil { // other YAML spellings: .5e3, 1_000
			err = n.Decode(&f)
		}
		if (n.Tag == "!!int" || n.Tag == "!!float") && err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
			v.SetFloat(f)
			return
		}
	default:
		d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeUnreadable, what.owner())
		return
	}
	d.problem(pos(n), CodeWrongType, texts.ProblemWrongTypeValue, what.owner(), texts.Sub("expected", want), texts.A("found", quoted(n.Value)))
}

// entityName names a mapping by its type and id ("theme cloud") so that
// messages say which item is meant, not where it sits in a list.
func entityName(t reflect.Type, n *yaml.Node) (where, bool) {
	var id string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" && n.Content[i+1].Kind == yaml.ScalarNode {
			id = n.Content[i+1].Value
		}
	}
	if id == "" {
		return where{}, false
	}
	kind, ok := entityKinds[t.Name()]
	if !ok {
		kind = texts.ProblemOwnerItem
	}
	return where{kind: kind, id: id}, true
}

// entityKinds are the words for the items with an id, by Go type (a test
// checks that every type with an id field has one).
var entityKinds = map[string]texts.Key{
	"Questionnaire":    texts.ProblemOwnerQuestionnaireID,
	"QuestionnaireRef": texts.ProblemOwnerQuestionnaireRef,
	"SOVObjective":     texts.ProblemOwnerSOVObjective,
	"CouncilQuestion":  texts.ProblemOwnerCouncilQuestion,
	"Reference":        texts.ProblemOwnerReference,
	"Theme":            texts.ProblemOwnerTheme,
	"Question":         texts.ProblemOwnerQuestion,
	"Option":           texts.ProblemOwnerOption,
	"Rule":             texts.ProblemOwnerRule,
}

// kindName is what a value of kind k is, in words.
func kindName(k reflect.Kind) texts.Key {
	switch k {
	case reflect.Bool:
		return texts.ProblemValueBool
	case reflect.Int, reflect.Int64, reflect.Int32:
		return texts.ProblemValueWholeNumber
	case reflect.Float64:
		return texts.ProblemValueNumber
	}
	return texts.ProblemValueText
}

// describe is what the file has at n, as the parameter name: a value is
// quoted, anything else said in words.
func describe(name string, n *yaml.Node) texts.Arg {
	switch n.Kind {
	case yaml.MappingNode:
		return texts.Sub(name, texts.ProblemValueMapping)
	case yaml.SequenceNode:
		return texts.Sub(name, texts.ProblemValueList)
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return texts.Sub(name, texts.ProblemValueNothing)
		}
		return texts.A(name, strconv.Quote(n.Value))
	}
	return texts.Sub(name, texts.ProblemValueSomethingElse)
}

// suggest is the {suggestion} of a near miss among names: ` (did you
// mean "x"?)`, or nothing.
func suggest(key string, names []string) texts.Arg {
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(key, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best == "" {
		return texts.A("suggestion", "")
	}
	return texts.Sub("suggestion", texts.ProblemSuggestion, texts.A("name", quoted(best)))
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// syntaxPosition pulls "line N" out of a yaml.v3 syntax error; yaml.v3 does
// not report the column of syntax errors.
func syntaxPosition(err error) Position {
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		rest := msg[i+5:]
		end := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if end < 0 {
			end = len(rest)
		}
		if n, err := strconv.Atoi(rest[:end]); err == nil {
			return Position{Line: n, Column: 1}
		}
	}
	return Position{}
}

func syntaxMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "line ") {
		msg = msg[i+2:]
	}
	return msg
}

// syntaxDetail is the {detail} of a YAML syntax error: what the YAML
// reader found, in the user's language where it is one of the mistakes
// people make; else the reader's own (English) words, marked as its.
func syntaxDetail(err error) texts.Arg {
	msg := syntaxMessage(err)
	for _, m := range yamlMessages {
		if strings.HasPrefix(msg, m.prefix) {
			// "unknown anchor 'x' referenced": the name is the only fact.
			name, _, _ := strings.Cut(strings.TrimPrefix(msg, m.prefix+" "), " ")
			return texts.Sub("detail", m.key, texts.A("name", name))
		}
	}
	return texts.Sub("detail", texts.ProblemYAMLOther, texts.A("message", msg))
}

// yamlMessages are the YAML reader's messages (gopkg.in/yaml.v3) for the
// mistakes people make when they edit a file by hand.
var yamlMessages = []struct {
	prefix string
	key    texts.Key
}{
	{"mapping values are not allowed in this context", texts.ProblemYAMLMappingValues},
	{"did not find expected key", texts.ProblemYAMLExpectedKey},
	{"could not find expected ':'", texts.ProblemYAMLExpectedColon},
	{"found character that cannot start any token", texts.ProblemYAMLBadCharacter},
	{"found a tab character", texts.ProblemYAMLTab},
	{"did not find expected '-' indicator", texts.ProblemYAMLExpectedDash},
	{"did not find expected node content", texts.ProblemYAMLExpectedValue},
	{"block sequence entries are not allowed in this context", texts.ProblemYAMLSequenceHere},
	{"found unexpected end of stream", texts.ProblemYAMLUnexpectedEnd},
	{"found unknown escape character", texts.ProblemYAMLEscape},
	{"did not find expected ',' or ']'", texts.ProblemYAMLFlowSequence},
	{"did not find expected ',' or '}'", texts.ProblemYAMLFlowMapping},
	{"unknown anchor", texts.ProblemYAMLUnknownAnchor},
	{"did not find expected comment or line break", texts.ProblemYAMLAfterValue},
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
