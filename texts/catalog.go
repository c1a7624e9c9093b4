package texts

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"gopkg.in/yaml.v3"
)

// Key names a text in every catalog. The constants are in keys.go; the
// package's tests check that they are exactly the keys of every catalog.
type Key string

//go:embed catalogs/*.yaml
var catalogFiles embed.FS

// catalog is one language's texts.
type catalog struct {
	file   string
	lang   Lang
	tag    string
	name   string
	rule   pluralRule
	texts  map[Key]*message
	keyPos map[Key]position
	pos    position // of texts:, where a missing key is reported
}

// message is one text: a single form (forms[""]) or plural forms.
type message struct {
	forms  map[string]string
	plural bool
	params []string // the named parameters any form uses, sorted
	pos    position
}

type position struct{ line, col int }

// CatalogError is one thing wrong in a catalog file, at a position.
type CatalogError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *CatalogError) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// catalogs loads the embedded catalogs once, with the pseudo-language made
// from the reference.
var catalogs = sync.OnceValues(func() (map[Lang]*catalog, error) {
	return load(catalogFiles, "catalogs")
})

// Check reports every problem of the embedded catalogs: the package's tests
// call it, and so may a program at start.
func Check() error {
	_, err := catalogs()
	return err
}

// load decodes every *.yaml in dir of fsys and checks it against the
// reference catalog.
func load(fsys fs.FS, dir string) (map[Lang]*catalog, error) {
	names, err := fs.Glob(fsys, dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	var errs []error
	out := map[Lang]*catalog{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c, err := decode(name, data)
		if err != nil {
			errs = append(errs, err)
		}
		if c != nil {
			out[c.lang] = c
		}
	}
	ref := out[Reference]
	if ref == nil {
		return nil, errors.Join(append(errs, fmt.Errorf("%s: no reference catalog %s.yaml", dir, Reference))...)
	}
	for _, key := range slices.Sorted(maps.Keys(ref.texts)) {
		if m := ref.texts[key]; m.empty() {
			errs = append(errs, &CatalogError{File: ref.file, Line: m.pos.line, Col: m.pos.col, Msg: fmt.Sprintf("%s: the text is empty", key)})
		}
	}
	for _, l := range slices.Sorted(maps.Keys(out)) {
		if l != Reference {
			errs = append(errs, out[l].against(ref, true)...)
		}
	}
	if _, ok := out[Default]; !ok {
		errs = append(errs, fmt.Errorf("%s: no catalog for the default language %s", dir, Default))
	}
	out[Pseudo] = pseudo(ref)
	return out, errors.Join(errs...)
}

// decode reads one catalog file strictly: every field known, every text a
// string or a mapping of plural forms, every parameter well formed.
func decode(file string, data []byte) (*catalog, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &CatalogError{File: file, Msg: "not valid YAML: " + err.Error()}
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, &CatalogError{File: file, Msg: "expected a mapping with language, tag, name, plural and texts"}
	}
	c := &catalog{file: file, texts: map[Key]*message{}, keyPos: map[Key]position{}}
	var errs []error
	fail := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, &CatalogError{File: file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
	}
	root := doc.Content[0]
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			fail(k, "field %q appears twice; keep one", k.Value)
			continue
		}
		seen[k.Value] = true
		switch k.Value {
		case "language", "tag", "name", "plural":
			if v.Kind != yaml.ScalarNode || v.Value == "" {
				fail(v, "%s: expected a word", k.Value)
				continue
			}
			c.header(k.Value, v, fail)
		case "texts":
			c.pos = position{k.Line, k.Column}
			c.decodeTexts(v, fail)
		default:
			fail(k, "unknown field %q; known fields: language, tag, name, plural, texts", k.Value)
		}
	}
	for _, f := range []string{"language", "tag", "name", "plural", "texts"} {
		if !seen[f] {
			fail(root, "missing field %s", f)
		}
	}
	if c.lang != "" && path.Base(file) != string(c.lang)+".yaml" {
		fail(root, "language %s must be in the file %s.yaml", c.lang, c.lang)
	}
	if c.lang == "" || c.rule.form == nil {
		return nil, errors.Join(errs...)
	}
	return c, errors.Join(errs...)
}

func (c *catalog) header(field string, v *yaml.Node, fail func(*yaml.Node, string, ...any)) {
	switch field {
	case "language":
		if !isCode(v.Value) {
			fail(v, "language %q is not a two-letter code such as nl or fy", v.Value)
			return
		}
		c.lang = Lang(v.Value)
	case "tag":
		c.tag = v.Value
	case "name":
		c.name = v.Value
	case "plural":
		r, ok := pluralRules[v.Value]
		if !ok {
			fail(v, "unknown plural rule %q; known rules: %s", v.Value, strings.Join(slices.Sorted(maps.Keys(pluralRules)), ", "))
			return
		}
		c.rule = r
	}
}

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

func (c *catalog) decodeTexts(n *yaml.Node, fail func(*yaml.Node, string, ...any)) {
	if n.Kind != yaml.MappingNode {
		fail(n, "texts: expected a mapping of keys to texts")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := Key(k.Value)
		if _, dup := c.texts[key]; dup {
			fail(k, "text %s appears twice; keep one", key)
			continue
		}
		m := &message{forms: map[string]string{}, pos: position{v.Line, v.Column}}
		switch v.Kind {
		case yaml.ScalarNode:
			m.forms[""] = v.Value
		case yaml.MappingNode:
			m.plural = true
			for j := 0; j+1 < len(v.Content); j += 2 {
				fk, fv := v.Content[j], v.Content[j+1]
				switch {
				case !slices.Contains(knownForms, fk.Value):
					fail(fk, "%s: unknown plural form %q; forms are %s", key, fk.Value, strings.Join(knownForms, ", "))
				case fv.Kind != yaml.ScalarNode:
					fail(fv, "%s.%s: expected a text", key, fk.Value)
				default:
					m.forms[fk.Value] = fv.Value
				}
			}
		default:
			fail(v, "%s: expected a text, or plural forms (one: …, other: …)", key)
			continue
		}
		params := map[string]bool{}
		for form, s := range m.forms {
			ps, err := placeholders(s)
			if err != nil {
				fail(v, "%s%s: %v", key, formSuffix(form), err)
			}
			for _, p := range ps {
				params[p] = true
			}
		}
		m.params = slices.Sorted(maps.Keys(params))
		c.texts[key] = m
		c.keyPos[key] = position{k.Line, k.Column}
	}
}

func formSuffix(form string) string {
	if form == "" {
		return ""
	}
	return "." + form
}

// against checks a catalog against the reference: the same keys (missing
// ones only when asked), the plural forms its own rule needs, no parameter
// the reference lacks.
func (c *catalog) against(ref *catalog, missing bool) []error {
	var errs []error
	at := func(p position, format string, args ...any) {
		errs = append(errs, &CatalogError{File: c.file, Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...)})
	}
	for _, key := range slices.Sorted(maps.Keys(c.texts)) {
		if m := c.texts[key]; m.empty() && missing {
			at(m.pos, "%s: the text is empty: translate it (%s: %q)", key, ref.file, ref.texts[key].exampleOr())
		}
	}
	for _, key := range slices.Sorted(maps.Keys(ref.texts)) {
		if _, ok := c.texts[key]; !ok && missing {
			at(c.pos, "missing text %s (%s: %q)", key, ref.file, ref.texts[key].example())
		}
	}
	for _, key := range slices.Sorted(maps.Keys(c.texts)) {
		m, r := c.texts[key], ref.texts[key]
		if r == nil {
			at(c.keyPos[key], "unknown text %s: %s has no such key; remove it or add it there first", key, ref.file)
			continue
		}
		allowed := r.allowedParams()
		for _, p := range m.params {
			if !slices.Contains(allowed, p) {
				at(m.pos, "%s: unknown parameter {%s}; this text has %s", key, p, paramList(allowed))
			}
		}
		switch {
		case r.plural && !m.plural:
			at(m.pos, "%s: give the plural forms %s", key, strings.Join(c.rule.forms, " and "))
		case !r.plural && m.plural:
			at(m.pos, "%s: this text has no plural forms; give one text", key)
		case m.plural:
			for _, f := range c.rule.forms {
				if _, ok := m.forms[f]; !ok {
					at(m.pos, "%s: missing plural form %s", key, f)
				}
			}
			for f := range m.forms {
				if !slices.Contains(c.rule.forms, f) {
					at(m.pos, "%s: plural form %s is not used in %s (forms: %s)", key, f, c.lang, strings.Join(c.rule.forms, ", "))
				}
			}
		}
	}
	return errs
}

// allowedParams are the parameters a translation may use: those of the
// reference text, and {count} in a plural text.
func (m *message) allowedParams() []string {
	if m.plural && !slices.Contains(m.params, "count") {
		return slices.Sorted(slices.Values(append(slices.Clone(m.params), "count")))
	}
	return m.params
}

func paramList(ps []string) string {
	if len(ps) == 0 {
		return "no parameters"
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = "{" + p + "}"
	}
	return strings.Join(out, ", ")
}

// empty reports whether a form of the text is empty, as in a catalog just
// made by the translate command.
func (m *message) empty() bool {
	for _, s := range m.forms {
		if strings.TrimSpace(s) == "" {
			return true
		}
	}
	return false
}

func (m *message) exampleOr() string {
	if m == nil {
		return ""
	}
	return m.example()
}

func (m *message) example() string {
	if s, ok := m.forms[formOther]; ok {
		return s
	}
	return m.forms[""]
}

// positional finds fmt verbs such as %d, %s and %.1f left over from Go
// code; a percent sign followed by a space or the end is just a percent.
var positional = regexp.MustCompile(`%(\.?[0-9]*[dfg]|[sqvx])`)

// placeholders lists the named parameters of a text: {name} with name in
// lower case letters, digits and _. A brace is only for parameters.
func placeholders(s string) ([]string, error) {
	if v := positional.FindString(s); v != "" {
		return nil, fmt.Errorf("%s is a positional parameter: name it, as in {count} or {file}", v)
	}
	var out []string
	for {
		i := strings.IndexAny(s, "{}")
		if i < 0 {
			return out, nil
		}
		if s[i] == '}' {
			return out, errors.New("a } without {: braces are only for named parameters such as {count}")
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out, errors.New("a { without }: write named parameters as {count}")
		}
		name := s[i+1 : i+j]
		if !isParamName(name) {
			return out, fmt.Errorf("{%s} is not a parameter name: use lower-case letters and _, as in {count} or {file}", name)
		}
		out = append(out, name)
		s = s[i+j+1:]
	}
}

func isParamName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r == '_' || unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}

// catalog is the language's catalog; an unknown or zero Lang gets the
// default language's, so that a lookup never fails.
func (l Lang) catalog() *catalog {
	cs, _ := catalogs()
	if c := cs[l]; c != nil {
		return c
	}
	if c := cs[Default]; c != nil {
		return c
	}
	return &catalog{texts: map[Key]*message{}, rule: pluralRules["one-other"]}
}
