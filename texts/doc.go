// Package texts is the catalog of every word a user sees, one file per
// language (catalogs/nl.yaml, catalogs/en.yaml, …), embedded and decoded
// strictly: a missing or unknown key, a missing plural form or an unknown
// named parameter is an error with file, line and column, found by the
// package's tests before anyone ships it.
//
// Code names a text by a typed Key (keys.go), so that the compiler finds a
// key that was removed or misspelled, and fills in named parameters:
//
//	lang, err := texts.Parse(flagLang) // "nl", "en"; an unknown one is an error
//	msg := lang.T(texts.CompareSamePeriod, texts.A("file", a), texts.A("other", b), texts.A("period", p))
//	n := lang.N(texts.CompareFilesCount, 3) // "3 bestanden": plural forms per CLDR
//
// A language is data: its catalog file says its BCP 47 tag for documents,
// its name and its plural rule, so that Frisian (fy) is one more file.
// Numbers, signed changes, percentages and dates are written per language
// by the same Lang (format.go).
//
// Tests of other packages can switch on the pseudo-language Pseudo ("xx"),
// in which every text is the English one wrapped in ⟦…⟧; the texttest
// package finds user-visible text without the markers.
package texts
