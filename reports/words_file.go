package reports

import (
	"cmp"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"soeverein/texts"
)

// The sentences of the report are data: one file per language in words/,
// a flat mapping of keys to texts (or to the plural forms one and other).
// In a text, {name} is a parameter, **…** is strong, *…* emphasis and `…`
// code. The markup belongs to the text, never to a parameter: a parameter's
// value (a municipality's name, a note) is put in as it is, as text, after
// the text has been split, so that nothing a user typed is read as markup.
//
// The files are read strictly and checked against the reference language's
// (texts.Reference): every problem is a *texts.CatalogError with the file,
// line and column, and a broken file fails the package's tests.
//
//go:embed words/*.yaml
var wordFiles embed.FS

// wordEntry is one text: a single form (Other), or the forms one and other.
type wordEntry struct {
	One, Other string
	plural     bool
	params     []string // the {parameters} of its forms, sorted
	line, col  int
}

// wordsFile is a decoded words file: its entries and where each key is.
type wordsFile struct {
	name    string
	entries map[string]*wordEntry
	order   []string // the keys in file order
}

// loadWords reads words/<lang>.yaml of fsys for every language, checks
// each against the reference language's file, and adds the
// pseudo-language's words.
func loadWords(fsys fs.FS) (map[string]*words, error) {
	langs := languages()
	files := map[string]*wordsFile{}
	var errs []error
	for _, lang := range langs {
		name := "words/" + lang + ".yaml"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("reports/%s: the language %s has a texts catalog but no report words: %w", name, lang, err))
			continue
		}
		f, err := decodeWords("reports/"+name, data)
		if err != nil {
			errs = append(errs, err)
		}
		if f != nil {
			files[lang] = f
		}
	}
	names, _ := fs.Glob(fsys, "words/*.yaml")
	for _, name := range names {
		if lang := strings.TrimSuffix(path.Base(name), ".yaml"); !slices.Contains(langs, lang) {
			errs = append(errs, fmt.Errorf("reports/%s: no texts catalog for the language %s (texts/catalogs/%s.yaml)", name, lang, lang))
		}
	}
	ref := files[string(texts.Reference)]
	if ref != nil {
		for _, lang := range langs {
			if f := files[lang]; f != nil && f != ref {
				errs = append(errs, f.against(ref)...)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	out := map[string]*words{}
	for lang, f := range files {
		out[lang] = &words{lang: lang, entries: f.entries}
	}
	out[string(texts.Pseudo)] = pseudoWords(out[string(texts.Reference)])
	return out, nil
}

// decodeWords reads one words file strictly: a mapping of keys, each key
// once, each text a non-empty string or the plural forms one and other,
// with well-formed parameters and markup. It returns every problem, and
// the file as far as it could be read.
func decodeWords(file string, data []byte) (*wordsFile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &texts.CatalogError{File: file, Msg: "not valid YAML: " + err.Error()}
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, &texts.CatalogError{File: file, Msg: "expected a mapping of keys to texts"}
	}
	f := &wordsFile{name: file, entries: map[string]*wordEntry{}}
	var errs []error
	fail := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, &texts.CatalogError{File: file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		key := k.Value
		if prev, dup := f.entries[key]; dup {
			fail(k, "%s appears twice (also at line %d); keep one", key, prev.line)
			continue
		}
		e := &wordEntry{line: k.Line, col: k.Column}
		switch v.Kind {
		case yaml.ScalarNode:
			e.Other = v.Value
		case yaml.MappingNode:
			e.plural = true
			decodeForms(key, v, e, fail)
		default:
			fail(v, "%s: expected a text, or the plural forms one and other", key)
			continue
		}
		params := map[string]bool{}
		for _, form := range e.forms() {
			if strings.TrimSpace(form) == "" {
				fail(v, "%s: the text is empty", key)
				continue
			}
			ps, err := checkWordText(form)
			if err != nil {
				fail(v, "%s: %v", key, err)
			}
			for _, p := range ps {
				params[p] = true
			}
		}
		e.params = slices.Sorted(maps.Keys(params))
		f.entries[key] = e
		f.order = append(f.order, key)
	}
	if len(errs) > 0 {
		return f, errors.Join(errs...)
	}
	return f, nil
}

// decodeForms reads the plural forms of a text: exactly one and other.
func decodeForms(key string, v *yaml.Node, e *wordEntry, fail func(*yaml.Node, string, ...any)) {
	seen := map[string]bool{}
	for j := 0; j+1 < len(v.Content); j += 2 {
		fk, fv := v.Content[j], v.Content[j+1]
		switch {
		case seen[fk.Value]:
			fail(fk, "%s: the form %s appears twice", key, fk.Value)
		case fk.Value != "one" && fk.Value != "other":
			fail(fk, "%s: unknown plural form %q; the forms are one and other", key, fk.Value)
		case fv.Kind != yaml.ScalarNode:
			fail(fv, "%s.%s: expected a text", key, fk.Value)
		case fk.Value == "one":
			e.One = fv.Value
		default:
			e.Other = fv.Value
		}
		seen[fk.Value] = true
	}
	for _, form := range []string{"one", "other"} {
		if !seen[form] {
			fail(v, "%s: a plural text needs both one and other; %s is missing", key, form)
		}
	}
}

func (e *wordEntry) forms() []string {
	if e.plural {
		return []string{e.One, e.Other}
	}
	return []string{e.Other}
}

// checkWordText returns the parameters of a text, or what is wrong with
// its braces or markup: render would show a stray { or ** as it is, or
// make the rest of the text strong.
func checkWordText(s string) ([]string, error) {
	var params []string
	strong, em, code := false, false, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				return params, errors.New("a { without }: write parameters as {name}")
			}
			name := s[i+1 : i+j]
			if name == "" || strings.ContainsFunc(name, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') }) {
				return params, fmt.Errorf("{%s} is not a parameter name: use lower-case letters, digits and _", name)
			}
			params = append(params, name)
			i += j
		case s[i] == '}':
			return params, errors.New("a } without {")
		case strings.HasPrefix(s[i:], "**"):
			strong = !strong
			i++
		case s[i] == '*':
			em = !em
		case s[i] == '`':
			code = !code
		}
	}
	switch {
	case strong:
		return params, errors.New("a ** without its closing **")
	case em:
		return params, errors.New("a * without its closing *")
	case code:
		return params, errors.New("a ` without its closing `")
	}
	return params, nil
}

// against checks a words file against the reference's: the same keys,
// plural forms where the reference has them, no parameter the reference
// lacks ({count} is always there in a plural text). Each problem names the
// line in f, and the reference's line where that helps.
func (f *wordsFile) against(ref *wordsFile) []error {
	var errs []error
	at := func(line, col int, format string, args ...any) {
		errs = append(errs, &texts.CatalogError{File: f.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
	refName := path.Base(ref.name)
	prevLine := 0 // where a missing key goes: after the key before it in the reference
	for _, key := range ref.order {
		r, e := ref.entries[key], f.entries[key]
		if e == nil {
			where := "it belongs after the key on this line"
			if prevLine == 0 {
				where = "it belongs before the first key"
			}
			at(max(prevLine, 1), 1, "missing key %s (%s:%d: %q); %s", key, refName, r.line, r.Other, where)
			continue
		}
		prevLine = e.line
		switch {
		case r.plural && !e.plural:
			at(e.line, e.col, "%s: give the plural forms one and other, as %s:%d does", key, refName, r.line)
		case !r.plural && e.plural:
			at(e.line, e.col, "%s: this text has no plural forms in %s:%d; give one text", key, refName, r.line)
		}
		allowed := r.params
		if r.plural {
			allowed = append(slices.Clone(allowed), "count")
		}
		for _, p := range e.params {
			if !slices.Contains(allowed, p) {
				at(e.line, e.col, "%s: unknown parameter {%s}; %s:%d has %s", key, p, refName, r.line, paramNames(r.params))
			}
		}
	}
	for _, key := range f.order {
		if ref.entries[key] == nil {
			e := f.entries[key]
			at(e.line, e.col, "unknown key %s: %s has no such key; remove it or add it there first", key, refName)
		}
	}
	slices.SortStableFunc(errs, func(a, b error) int {
		return cmp.Compare(a.(*texts.CatalogError).Line, b.(*texts.CatalogError).Line)
	})
	return errs
}

func paramNames(ps []string) string {
	if len(ps) == 0 {
		return "no parameters"
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = "{" + p + "}"
	}
	return strings.Join(out, ", ")
}
