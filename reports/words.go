package reports

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	docm "soeverein/document"
	"soeverein/texts"
)

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

// pseudoWords are the words of texts.Pseudo, the test-only language (only
// texts.Parse in a test binary gives it): the reference words, with every
// run of text between the markup wrapped in the pseudo-language's markers,
// so that **…**, *…* and `…` stay markup and {parameters} parameters.
func pseudoWords(ref *words) *words {
	w := &words{lang: string(texts.Pseudo), entries: map[string]*wordEntry{}}
	for k, e := range ref.entries {
		p := &wordEntry{One: pseudoText(e.One), Other: pseudoText(e.Other), plural: e.plural, params: e.params, line: e.line, col: e.col}
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
// council answer, a table): an unknown language gets no words,
// so that every key shows as itself.
func wordsIn(lang string) *words {
	if all, err := allWords(); err == nil && lang != string(texts.Pseudo) && all[lang] != nil {
		return all[lang] // the common case, without parsing lang again
	}
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
