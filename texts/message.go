package texts

import (
	"strconv"
	"strings"
)

// Arg is a named parameter of a text: {name} is replaced by its value. The
// value is a string, or (Sub, Joined) words of the catalog that are
// written in the language of the text they stand in.
type Arg struct {
	name, value string
	sub         *subText // Sub: another text of the catalog
	items       []string // Joined: a list joined with the language's "and"
	joined      bool
	decimal     *float64 // OneDecimal: a number with the language's decimal sign
}

// subText is a text of the catalog used as a parameter.
type subText struct {
	key  Key
	args []Arg
}

// A is a text parameter. Format numbers first (Lang.Number, Lang.Signed),
// so that they get the language's decimal sign.
func A(name, value string) Arg { return Arg{name: name, value: value} }

// Int is a whole-number parameter, such as a line number.
func Int(name string, n int) Arg { return Arg{name: name, value: strconv.Itoa(n)} }

// Sub is a parameter whose value is the text of key, with its own
// parameters, in the language of the text it stands in: the words around
// a value ("vraag exit.plan", "een lijst") that would otherwise be English
// in a Dutch message.
func Sub(name string, key Key, args ...Arg) Arg {
	return Arg{name: name, sub: &subText{key: key, args: args}}
}

// Joined is a parameter whose value is items as running text in the
// language of the text it stands in: "nl en en", "nl and en" (Lang.List).
func Joined(name string, items ...string) Arg {
	return Arg{name: name, items: items, joined: true}
}

// OneDecimal is a parameter whose value is x with one decimal, with the
// decimal sign of the language of the text it stands in (Lang.Fixed):
// 3,5 in Dutch, 3.5 in English.
func OneDecimal(name string, x float64) Arg {
	return Arg{name: name, decimal: &x}
}

// Name is the parameter's name.
func (a Arg) Name() string { return a.name }

// in is the parameter's value in l.
func (a Arg) in(l Lang) string {
	switch {
	case a.sub != nil:
		return l.T(a.sub.key, a.sub.args...)
	case a.joined:
		return l.List(a.items)
	case a.decimal != nil:
		return l.Fixed(*a.decimal)
	}
	return a.value
}

// T is the text of key in l with its parameters filled in. A plural text
// gets its "other" form; use N for a count. A key that is not in the
// catalog (which the tests rule out) comes back as the key itself, so that
// it shows in a golden file instead of as an empty string.
func (l Lang) T(key Key, args ...Arg) string {
	m := l.catalog().texts[key]
	if m == nil {
		return string(key)
	}
	if m.plural {
		return fill(l, m.forms[formOther], args)
	}
	return fill(l, m.forms[""], args)
}

// N is the plural text of key for count in l, by the language's plural
// rule, with {count} and the other parameters filled in.
func (l Lang) N(key Key, count int, args ...Arg) string {
	c := l.catalog()
	m := c.texts[key]
	if m == nil {
		return string(key)
	}
	args = append(args, Int("count", count))
	if !m.plural {
		return fill(l, m.forms[""], args)
	}
	s, ok := m.forms[c.rule.form(count)]
	if !ok {
		s = m.forms[formOther]
	}
	return fill(l, s, args)
}

// fill replaces each {name} by its argument in l; a parameter without an
// argument stays as {name}, visible in tests.
func fill(l Lang, s string, args []Arg) string {
	return FillParams(s, func(name string) (string, bool) { return lookup(l, args, name) })
}

// FillParams replaces every {name} of s for which value has a value; the
// others stay as they are. It is how every text with named parameters is
// filled in, also outside the catalogs (the questionnaire's plural texts).
func FillParams(s string, value func(name string) (string, bool)) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		if v, ok := value(s[i+1 : i+j]); ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

func lookup(l Lang, args []Arg, name string) (string, bool) {
	for _, a := range args {
		if a.name == name {
			return a.in(l), true
		}
	}
	return "", false
}
