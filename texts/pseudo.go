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
			p.forms[form] = PseudoText(s)
		}
		c.texts[k] = p
	}
	return c
}

// PseudoText is s as the pseudo-language shows it: between MarkOpen and
// MarkClose when it has a letter outside its {parameters}, else as it is.
// Other packages with texts of their own (the report's words) make their
// pseudo-language with it.
func PseudoText(s string) string {
	if hasLetter(s) {
		return MarkOpen + s + MarkClose
	}
	return s
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
