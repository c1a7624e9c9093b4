package texts

import (
	"strconv"
	"strings"
)

// Arg is a named parameter of a text: {name} is replaced by its value.
type Arg struct {
	name, value string
}

// A is a text parameter. Format numbers first (Lang.Number, Lang.Signed),
// so that they get the language's decimal sign.
func A(name, value string) Arg { return Arg{name, value} }

// Int is a whole-number parameter, such as a line number.
func Int(name string, n int) Arg { return Arg{name, strconv.Itoa(n)} }

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
		return fill(m.forms[formOther], args)
	}
	return fill(m.forms[""], args)
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
		return fill(m.forms[""], args)
	}
	s, ok := m.forms[c.rule.form(count)]
	if !ok {
		s = m.forms[formOther]
	}
	return fill(s, args)
}

// fill replaces each {name} by its argument; a parameter without an
// argument stays as {name}, visible in tests.
func fill(s string, args []Arg) string {
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
		name := s[i+1 : i+j]
		if v, ok := lookup(args, name); ok {
			b.WriteString(v)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

func lookup(args []Arg, name string) (string, bool) {
	for _, a := range args {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}
