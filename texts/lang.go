package texts

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Lang is a language the program speaks. Get one from Parse (a --lang
// value) or use Default; the constants name the languages that code must
// know by name. Every other language comes from its catalog file alone.
type Lang string

const (
	// NL is Dutch, the language users see unless they ask for another.
	NL Lang = "nl"
	// EN is English, the reference catalog: every catalog has exactly its
	// keys, and the pseudo-language is made from it.
	EN Lang = "en"
	// Pseudo is the test-only language: every text of EN wrapped in ⟦…⟧.
	// Parse accepts it only in test binaries, and Languages never lists it.
	Pseudo Lang = "xx"

	// Default is the language when none is asked for.
	Default = NL
	// Reference is the catalog the others are checked against.
	Reference = EN
)

// Languages lists the languages users can choose: Default first, then the
// others by code. It is a new slice on every call.
func Languages() []Lang {
	cs, _ := catalogs() // the tests rule out a broken catalog
	out := []Lang{Default}
	for l := range cs {
		if l != Default && l != Pseudo {
			out = append(out, l)
		}
	}
	slices.Sort(out[1:])
	return out
}

// Parse turns a --lang value (or a language in a file) into a Lang. Case
// and surrounding space do not matter; "" is Default. An unknown language
// is an error that lists the known ones.
func Parse(s string) (Lang, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return Default, nil
	}
	l := Lang(s)
	if l == Pseudo && testing.Testing() {
		return Pseudo, nil
	}
	if slices.Contains(Languages(), l) {
		return l, nil
	}
	return "", &UnknownLanguageError{Value: s}
}

// UnknownLanguageError is returned by Parse for a language the program
// does not speak.
type UnknownLanguageError struct {
	Value string
}

func (e *UnknownLanguageError) Error() string {
	return Default.T(LangUnknown, A("lang", e.Value), A("known", knownList(Default)))
}

// Text is the message in lang, for callers that show errors in the user's
// language.
func (e *UnknownLanguageError) Text(lang Lang) string {
	return lang.T(LangUnknown, A("lang", e.Value), A("known", knownList(lang)))
}

func knownList(lang Lang) string {
	var names []string
	for _, l := range Languages() {
		names = append(names, fmt.Sprintf("%s (%s)", l, l.Name()))
	}
	return lang.ListOr(names)
}

// String is the language's code, as --lang takes it.
func (l Lang) String() string { return string(l) }

// Tag is the language's BCP 47 tag for documents (lang attributes, docx and
// odt metadata): nl-NL, en-GB. It comes from the catalog file.
func (l Lang) Tag() string { return l.catalog().tag }

// Name is the language's name in itself: Nederlands, English.
func (l Lang) Name() string { return l.catalog().name }
