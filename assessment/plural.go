package assessment

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"soeverein/texts"
)

// Plural is a text that depends on a count, in every language of the
// questionnaire: per language a form for exactly one and a form for every
// other count, the one/other rule of Dutch, English and the other
// languages soeverein is written in. In the file:
//
//	dont_know_title:
//	  nl: {one: "Onbekend: {question}", other: "Onbekend: de antwoorden op {count} vragen"}
//	  en: {one: "Unknown: {question}", other: "Unknown: the answers to {count} questions"}
//
// Names in braces are parameters that the scorer fills in (N); the
// validator checks that a text uses only those it gets.
type Plural map[string]*PluralForms

// PluralForms are the forms of a Plural in one language.
type PluralForms struct {
	One   string   `yaml:"one"`   // for a count of exactly 1
	Other string   `yaml:"other"` // for every other count
	At    Location `yaml:"-"`
}

// yamlExpected says what the decoder expects where a language of a Plural
// holds something else, such as the one text of a Text.
func (*PluralForms) yamlExpected() texts.Key { return texts.ProblemValuePluralForms }

// Param is a named parameter of a Plural: {Name} is replaced by Value in
// the same language.
type Param struct {
	Name  string
	Value Text
}

// N returns the text for count in every language the Plural has: the one
// form for 1, else the other form, with {count} and the params filled in.
// A parameter without a value stays as it is written, visible in a test.
func (p Plural) N(count int, params ...Param) Text {
	out := make(Text, len(p))
	n := strconv.Itoa(count)
	for lang, f := range p {
		if f == nil {
			continue
		}
		s := f.Other
		if count == 1 {
			s = f.One
		}
		out[lang] = texts.FillParams(s, func(name string) (string, bool) {
			if name == PluralCount {
				return n, true
			}
			for _, a := range params {
				if a.Name == name {
					return a.Value.In(lang), true
				}
			}
			return "", false
		})
	}
	return out
}

// PluralCount is the parameter every Plural may use: the count.
const PluralCount = "count"

var paramName = regexp.MustCompile(`^[a-z][a-z_]*$`)

// paramError says what is wrong with a brace in a text, as a catalog text
// (Error is the English one).
type paramError struct {
	key  texts.Key
	args []texts.Arg
}

func (e *paramError) Error() string { return texts.EN.T(e.key, e.args...) }

// textParams returns the parameters of s in order, or says what is wrong
// with a brace that opens or closes none.
func textParams(s string) ([]string, *paramError) {
	var out []string
	example := "{" + PluralCount + "}"
	for {
		i := strings.IndexAny(s, "{}")
		if i < 0 {
			return out, nil
		}
		if s[i] == '}' {
			return out, &paramError{texts.ProblemBadTextClose, []texts.Arg{texts.A("brace", "}")}}
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return out, &paramError{texts.ProblemBadTextOpen, []texts.Arg{texts.A("brace", "{"), texts.A("example", example)}}
		}
		name := s[i+1 : i+j]
		if !paramName.MatchString(name) {
			return out, &paramError{texts.ProblemBadTextName, []texts.Arg{texts.A("name", "{"+name+"}"), texts.A("example", example)}}
		}
		out = append(out, name)
		s = s[i+j+1:]
	}
}

// PluralParams say which parameters the texts of a Plural may use: Both
// in either form ({count} always), OneOnly only in the one form (the text
// of the one question, which has no meaning for several).
type PluralParams struct {
	Both, OneOnly []string
}

// plural checks a Plural under key of a mapping at: every language of the
// questionnaire and no other, both forms filled in, and only the
// parameters params allows.
func (v *validator) plural(at Location, key string, p Plural, owner where, params PluralParams) {
	langs := v.q.Languages
	if len(p) == 0 {
		v.problem(at.Of(key), CodeMissingText, texts.ProblemMissingTextPlural, owner.owner(), texts.A("field", key), texts.Joined("languages", orDefault(langs)...))
		return
	}
	for _, lang := range langs {
		if p[lang] == nil {
			v.problem(at.Of(key), CodeMissingText, texts.ProblemMissingTextPluralLanguage, owner.owner(), texts.A("field", key), texts.A("lang", quoted(lang)), texts.A("code", lang), texts.A("example", `{one: "…", other: "…"}`))
		}
	}
	for _, lang := range sortedKeys(p) {
		f := p[lang]
		field := key + "." + lang
		if !slices.Contains(langs, lang) {
			v.problem(at.Of(field), CodeBadLanguage, texts.ProblemBadLanguageText, owner.owner(), texts.A("field", key), texts.A("lang", quoted(lang)), texts.A("languages", strings.Join(langs, ", ")))
			continue
		}
		if f == nil || f.At.Line == 0 {
			continue // no mapping of forms: the decoder said what it expected
		}
		for _, form := range []struct {
			name, text string
			one        bool
		}{{"one", f.One, true}, {"other", f.Other, false}} {
			v.pluralForm(f.At, field, form.name, form.text, form.one, owner, params)
		}
	}
}

func (v *validator) pluralForm(at Location, field, form, s string, one bool, owner where, params PluralParams) {
	if strings.TrimSpace(s) == "" {
		if at.Has(form) {
			v.problem(at.Of(form), CodeBadText, texts.ProblemBadTextEmpty, owner.owner(), texts.A("field", field+"."+form), countWords(one))
		} else {
			v.problem(at.Position, CodeBadText, texts.ProblemBadTextMissingForm, owner.owner(), texts.A("field", field), texts.A("form", form), countWords(one))
		}
		return
	}
	names, err := textParams(s)
	if err != nil {
		v.problem(at.Of(form), CodeBadText, texts.ProblemBadText, owner.owner(), texts.A("field", field+"."+form), texts.Sub("problem", err.key, err.args...))
	}
	allowed := append([]string{PluralCount}, params.Both...)
	if one {
		allowed = append(allowed, params.OneOnly...)
	}
	for _, name := range names {
		switch {
		case slices.Contains(allowed, name):
		case slices.Contains(params.OneOnly, name):
			v.problem(at.Of(form), CodeBadText, texts.ProblemBadTextOneOnly, owner.owner(), texts.A("field", field+"."+form), texts.A("name", "{"+name+"}"), texts.A("plural", "{"+PluralCount+"}"))
		default:
			v.problem(at.Of(form), CodeBadText, texts.ProblemBadTextUnknownParam, owner.owner(), texts.A("field", field+"."+form), texts.A("name", "{"+name+"}"), suggest(name, allowed), texts.A("known", braced(allowed)))
		}
	}
}

// countWords is the {count} a form is for: 1, or every other count.
func countWords(one bool) texts.Arg {
	if one {
		return texts.Sub("for", texts.ProblemBadTextForOne)
	}
	return texts.Sub("for", texts.ProblemBadTextForOther)
}

func braced(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "{" + n + "}"
	}
	return strings.Join(out, ", ")
}

func orDefault(langs []string) []string {
	if len(langs) == 0 {
		return []string{"nl", "en"}
	}
	return langs
}
