package texts

// A plural form, as CLDR names them. Only the forms some rule uses are
// listed; a catalog may use no other.
const (
	formZero  = "zero"
	formOne   = "one"
	formTwo   = "two"
	formFew   = "few"
	formMany  = "many"
	formOther = "other"
)

// pluralRule picks the form for a count. Counts in this program are whole
// numbers (answers, files, questions), so the CLDR operand v is always 0.
type pluralRule struct {
	forms []string // the forms a catalog with this rule must give
	form  func(n int) string
}

// pluralRules are the CLDR rules for cardinal numbers that catalogs can
// name in their `plural:` field. A new language names one of these; only a
// language with a rule not yet here needs Go code (one entry).
var pluralRules = map[string]pluralRule{
	// one: i = 1 and v = 0 (nl, en, fy, de, sv, …).
	"one-other": {forms: []string{formOne, formOther}, form: func(n int) string {
		if n == 1 {
			return formOne
		}
		return formOther
	}},
	// one: i = 0,1 (fr, pt): "0 fichier", "1 fichier", "2 fichiers".
	"zero-one-other": {forms: []string{formOne, formOther}, form: func(n int) string {
		if n == 0 || n == 1 {
			return formOne
		}
		return formOther
	}},
}

// knownForms are all CLDR form names, to tell a misspelled form ("ones")
// from one that the language's rule does not have ("few" in Dutch).
var knownForms = []string{formZero, formOne, formTwo, formFew, formMany, formOther}
