package reports

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	docm "soeverein/document"
	"soeverein/texts"
)

// The sentences of the report are data: one file per language in words/,
// a flat mapping of keys to texts (or to the plural forms one and other).
// In a text, {name} is a parameter, **…** is strong, *…* emphasis and `…`
// code. The markup belongs to the text, never to a parameter: a parameter's
// value (a municipality's name, a note) is put in as it is, as text, after
// the text has been split, so that nothing a user typed is read as markup.
//
//go:embed words/*.yaml
var wordFiles embed.FS

// wordEntry is one text: a single form, or the forms one and other.
type wordEntry struct {
	One, Other string
}

func (e *wordEntry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		e.Other = n.Value
		return nil
	}
	var forms struct {
		One   string `yaml:"one"`
		Other string `yaml:"other"`
	}
	if err := n.Decode(&forms); err != nil {
		return err
	}
	if forms.One == "" || forms.Other == "" {
		return fmt.Errorf("line %d: a plural text needs both one and other", n.Line)
	}
	e.One, e.Other = forms.One, forms.Other
	return nil
}

type words struct {
	lang    string
	entries map[string]*wordEntry
}

// languages are the report's languages: those of the texts catalog
// (texts.Languages), default first. Each has a words file; loadWords
// refuses a catalog language without one and a words file without a
// catalog, so that adding a language is adding files.
func languages() []string {
	var out []string
	for _, l := range texts.Languages() {
		out = append(out, string(l))
	}
	return out
}

// wordFS holds words/*.yaml; a test puts a third language in its place.
var wordFS fs.FS = wordFiles

// allWords loads the word files once; a broken file is an error of every
// report (and of the package's tests).
var allWords = newWordCache()

func newWordCache() func() (map[string]*words, error) {
	return sync.OnceValues(func() (map[string]*words, error) { return loadWords(wordFS) })
}

// loadWords reads words/<lang>.yaml of fsys for every language and checks
// that each has the keys of the reference language's file.
func loadWords(fsys fs.FS) (map[string]*words, error) {
	langs := languages()
	out := map[string]*words{}
	var errs []error
	for _, lang := range langs {
		name := "words/" + lang + ".yaml"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, fmt.Errorf("reports/%s: the language %s has a texts catalog but no report words: %w", name, lang, err))
			continue
		}
		var entries map[string]*wordEntry
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(&entries); err != nil {
			errs = append(errs, fmt.Errorf("reports/%s: %w", name, err))
			continue
		}
		out[lang] = &words{lang: lang, entries: entries}
	}
	files, _ := fs.Glob(fsys, "words/*.yaml")
	for _, f := range files {
		if lang := strings.TrimSuffix(path.Base(f), ".yaml"); !slices.Contains(langs, lang) {
			errs = append(errs, fmt.Errorf("reports/%s: no texts catalog for the language %s (texts/catalogs/%s.yaml)", f, lang, lang))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ref := string(texts.Reference)
	for _, lang := range langs {
		if a, b := slices.Sorted(maps.Keys(out[ref].entries)), slices.Sorted(maps.Keys(out[lang].entries)); !slices.Equal(a, b) {
			return nil, fmt.Errorf("reports/words: %s.yaml and %s.yaml have different keys", ref, lang)
		}
	}
	out[string(texts.Pseudo)] = pseudoWords(out[ref])
	return out, nil
}

// pseudoWords are the words of texts.Pseudo, the test-only language (only
// texts.Parse in a test binary gives it): the reference words, with every
// run of text between the markup wrapped in the pseudo-language's markers,
// so that **…**, *…* and `…` stay markup and {parameters} parameters.
func pseudoWords(ref *words) *words {
	w := &words{lang: string(texts.Pseudo), entries: map[string]*wordEntry{}}
	for k, e := range ref.entries {
		p := &wordEntry{One: pseudoText(e.One), Other: pseudoText(e.Other)}
		w.entries[k] = p
	}
	return w
}

// pseudoText wraps each run of s between markup delimiters that has a
// letter (texts.PseudoText): "**Municipality:** {value}" becomes
// "**⟦Municipality:⟧** {value}".
func pseudoText(s string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(s); i++ {
		n := 0
		switch {
		case strings.HasPrefix(s[i:], "**"):
			n = 2
		case s[i] == '*' || s[i] == '`':
			n = 1
		case s[i] == '{':
			if j := strings.IndexByte(s[i:], '}'); j > 0 {
				i += j // a parameter is never markup
			}
			continue
		default:
			continue
		}
		b.WriteString(texts.PseudoText(s[start:i]))
		b.WriteString(s[i : i+n])
		i += n - 1
		start = i + 1
	}
	b.WriteString(texts.PseudoText(s[start:]))
	return b.String()
}

// wordsFor returns the words of a report in lang ("" is the default
// language): lang as texts.Parse reads it, so an unknown language is a
// *texts.UnknownLanguageError that lists the known ones.
func wordsFor(lang string) (*words, error) {
	l, err := texts.Parse(lang)
	if err != nil {
		return nil, err
	}
	all, err := allWords()
	if err != nil {
		return nil, err
	}
	w := all[string(l)]
	if w == nil {
		return nil, fmt.Errorf("no report words for the language %s (reports/words/%s.yaml)", l, l)
	}
	return w, nil
}

// wordsIn is wordsFor for code that was given its language already (a
// council answer, a template function): an unknown language gets no words,
// so that every key shows as itself.
func wordsIn(lang string) *words {
	if w, err := wordsFor(lang); err == nil {
		return w
	}
	return &words{lang: lang}
}

// msg is the plain text of key in lang, for words looked up by id
// (severity.high, month.3), or the key itself.
func msg(lang, key string) string { return wordsIn(lang).raw(key, -1) }

// wordArg is a parameter of a text: inlines, usually one Text.
type wordArg struct {
	name string
	val  []docm.Inline
}

// arg is a text parameter; the value stays text.
func arg(name, value string) wordArg { return wordArg{name, []docm.Inline{docm.Text(value)}} }

// argN is a whole-number parameter.
func argN(name string, n int) wordArg { return arg(name, itoa(n)) }

// argIn is a parameter of inlines (a link, a phrase built from other texts).
func argIn(name string, in []docm.Inline) wordArg { return wordArg{name, in} }

// raw is the text of key, count choosing the plural form (-1: other).
func (w *words) raw(key string, count int) string {
	e := w.entries[key]
	if e == nil {
		return key // shows in a golden file; a test checks every key is there
	}
	if count == 1 && e.One != "" {
		return e.One
	}
	return e.Other
}

// in is the text of key with its parameters, as inlines.
func (w *words) in(key string, args ...wordArg) []docm.Inline {
	return render(w.raw(key, -1), args)
}

// n is the plural text of key for count; {count} is filled in.
func (w *words) n(key string, count int, args ...wordArg) []docm.Inline {
	return render(w.raw(key, count), append(args, argN("count", count)))
}

// s is the text of key as a plain string (markup dropped).
func (w *words) s(key string, args ...wordArg) string { return plain(w.in(key, args...)) }

// sn is the plural text of key as a plain string.
func (w *words) sn(key string, count int, args ...wordArg) string {
	return plain(w.n(key, count, args...))
}

// render splits a text into inlines: markup first, then each parameter's
// value put in. A parameter inside strong or emphasis is flattened into
// that run's text.
func render(s string, args []wordArg) []docm.Inline {
	var out []docm.Inline
	var cur strings.Builder
	style := byte(0) // 0, '*' emphasis, 's' strong, '`' code
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		t := cur.String()
		cur.Reset()
		switch style {
		case 's':
			out = append(out, docm.Strong(t))
		case '*':
			out = append(out, docm.Emphasis(t))
		case '`':
			out = append(out, docm.Code(t))
		default:
			out = appendText(out, t)
		}
	}
	toggle := func(st byte) {
		flush()
		if style == st {
			style = 0
		} else {
			style = st
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '*' && i+1 < len(s) && s[i+1] == '*':
			toggle('s')
			i++
		case c == '*':
			toggle('*')
		case c == '`':
			toggle('`')
		case c == '{':
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				cur.WriteString(s[i:])
				i = len(s)
				continue
			}
			name := s[i+1 : i+j]
			i += j
			val, ok := lookupArg(args, name)
			if !ok {
				cur.WriteString("{" + name + "}")
				continue
			}
			if style != 0 {
				cur.WriteString(plain(val))
				continue
			}
			flush()
			for _, in := range val {
				if t, ok := in.(docm.Text); ok {
					out = appendText(out, string(t))
				} else {
					out = append(out, in)
				}
			}
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return out
}

// appendText adds text, joined to a text run before it.
func appendText(out []docm.Inline, t string) []docm.Inline {
	if n := len(out); n > 0 {
		if prev, ok := out[n-1].(docm.Text); ok {
			out[n-1] = prev + docm.Text(t)
			return out
		}
	}
	return append(out, docm.Text(t))
}

func lookupArg(args []wordArg, name string) ([]docm.Inline, bool) {
	for _, a := range args {
		if a.name == name {
			return a.val, true
		}
	}
	return nil, false
}

// plain is the text of inlines without markup.
func plain(in []docm.Inline) string {
	var b strings.Builder
	for _, x := range in {
		switch x := x.(type) {
		case docm.Text:
			b.WriteString(string(x))
		case docm.Strong:
			b.WriteString(string(x))
		case docm.Emphasis:
			b.WriteString(string(x))
		case docm.Code:
			b.WriteString(string(x))
		case docm.Link:
			b.WriteString(x.Text)
		}
	}
	return b.String()
}

// cat joins runs of inlines.
func cat(parts ...[]docm.Inline) []docm.Inline {
	var out []docm.Inline
	for _, p := range parts {
		for _, in := range p {
			if t, ok := in.(docm.Text); ok {
				out = appendText(out, string(t))
			} else {
				out = append(out, in)
			}
		}
	}
	return out
}

func txt(s string) []docm.Inline { return []docm.Inline{docm.Text(s)} }
