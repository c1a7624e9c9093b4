package texts

import (
	"regexp"
	"unicode"
)

var param = regexp.MustCompile(`\{[a-z_0-9]+\}`)

// The markers of the pseudo-language: every text of Pseudo is the
// reference text between them.
const (
	MarkOpen  = "⟦"
	MarkClose = "⟧"
)

// pseudo makes the test-only catalog from the reference: every form that
// has a letter is wrapped in the markers; symbols such as the decimal sign
// stay as they are, so that numbers stay numbers.
func pseudo(ref *catalog) *catalog {
	c := &catalog{file: "(pseudo from " + ref.file + ")", lang: Pseudo, tag: "en-XA", name: "pseudo",
		rule: ref.rule, texts: map[Key]*message{}}
	for k, m := range ref.texts {
		p := &message{forms: map[string]string{}, plural: m.plural, params: m.params}
		for form, s := range m.forms {
			if hasLetter(s) {
				s = MarkOpen + s + MarkClose
			}
			p.forms[form] = s
		}
		c.texts[k] = p
	}
	return c
}

// hasLetter reports whether s has a letter outside its {parameters}.
func hasLetter(s string) bool {
	for _, r := range param.ReplaceAllString(s, "") {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
