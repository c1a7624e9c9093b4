package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// QuestionnaireKind is the value of `kind:` in every questionnaire file.
const QuestionnaireKind = "soeverein-questionnaire"

// QuestionnaireFormat is the questionnaire file format this version reads.
const QuestionnaireFormat = 1

// MaxFileSize is the largest questionnaire or answers file soeverein reads;
// anything larger is not one of its files. The default questionnaire is
// about 100 KB and a year's answers a few hundred KB; an answers file of
// 40,000 answers with notes and evidence is 8 MB.
const MaxFileSize = 16 << 20

// sizeMessage says that a file of size bytes is above the size limit.
func sizeMessage(size int64, what string) string {
	return fmt.Sprintf("the file is %.1f MiB, above the size limit of %d MiB for %s; is this the right file?", float64(size)/(1<<20), MaxFileSize>>20, what)
}

var (
	simpleID   = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*$`)
	docID      = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	questionID = regexp.MustCompile(`^[a-z0-9][a-z0-9_]*(\.[a-z0-9][a-z0-9_]*)+$`)
	sovID      = regexp.MustCompile(`^SOV-[0-9]+$`)
	refDate    = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)
	langCode   = regexp.MustCompile(`^[a-z]{2}$`)
)

// Parse reads and validates a questionnaire. The error, if any, is a
// Problems list with every problem found, each with file, line and column.
func Parse(data []byte, file string) (*Questionnaire, error) {
	r := &reporter{file: file}
	if !checkFileBytes(r, data, "a questionnaire") {
		return nil, r.problems
	}
	d := &decoder{reporter: r}
	root := d.document(data, "a questionnaire")
	if root == nil {
		return nil, r.problems
	}
	if k := kindNode(root); k != nil && k.Value == AnswersKind {
		// Everything else would be reported missing; this says why.
		d.errorf(pos(k), "not-questionnaire", "this is an answers file, not a questionnaire: give a questionnaire (kind: %s) here; answers files go to survey, score and report", QuestionnaireKind)
		d.with("kind", QuestionnaireKind)
		return nil, r.problems
	}
	q := &Questionnaire{File: file}
	d.decode(root, reflect.ValueOf(q).Elem(), slot{}, "questionnaire")
	if d.exhausted {
		// What was decoded is a fragment; validating it would only add
		// problems that are not in the file.
		return nil, r.problems.Errors().sorted()
	}
	decodeErrs := len(r.problems)
	v := &validator{reporter: r, q: q}
	v.validate()
	if errs := dropEchoes(r.problems, decodeErrs).Errors(); len(errs) > 0 {
		return nil, errs.sorted()
	}
	sum := sha256.Sum256(data)
	q.SHA256 = hex.EncodeToString(sum[:])
	return q, nil
}

// kindNode returns the value of a mapping's kind field, or nil.
func kindNode(root *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "kind" && root.Content[i+1].Kind == yaml.ScalarNode {
			return root.Content[i+1]
		}
	}
	return nil
}

// dropEchoes removes validation problems reported at the same place as one
// of the first n (decoding) problems: a value that could not be read is
// reported once, not again as "missing" or "out of range".
func dropEchoes(ps Problems, n int) Problems {
	bad := map[Position]bool{}
	for _, p := range ps[:n] {
		bad[p.Pos] = true
	}
	out := ps[:n:n]
	for _, p := range ps[n:] {
		if !bad[p.Pos] {
			out = append(out, p)
		}
	}
	return out
}

// checkFileBytes rejects data that cannot be one of soeverein's text files.
func checkFileBytes(r *reporter, data []byte, what string) bool {
	switch {
	case len(data) > MaxFileSize:
		r.errorf(Position{}, "file-too-large", "%s", sizeMessage(int64(len(data)), what))
	case isUTF16(data):
		r.errorf(Position{}, "not-utf8", "the file is UTF-16 text, not UTF-8: save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)")
	case slices.Contains(data, 0):
		r.errorf(Position{}, "binary-file", "the file is binary, not %s (a YAML text file)", what)
	default:
		return checkText(r, data)
	}
	return false
}

// isUTF16 recognises UTF-16 text by its byte order mark, or by the zero
// bytes that ASCII letters get in it.
func isUTF16(data []byte) bool {
	if len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return true
	}
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 4
	return even > half && odd == 0 || odd > half && even == 0
}

// checkText reports the first byte that is not UTF-8 and the first control
// character, with their line and column (in characters), so that the user
// can find them; YAML would refuse both without saying where.
func checkText(r *reporter, data []byte) bool {
	line, col := 1, 1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			r.errorf(Position{Line: line, Column: col}, "not-utf8", "byte 0x%02X is not UTF-8 text (a Latin-1 or Windows-1252 file?); save the file as UTF-8", data[i])
			return false
		case c == '\n':
			line, col = line+1, 0
		case c == '\t' || c == '\r' || c == '\ufeff' && i == 0:
		case c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0:
			r.errorf(Position{Line: line, Column: col}, "control-character", "control character U+%04X is not allowed in the file; remove it (write it as \\u%04X in a quoted text if it is meant)", c, c)
			return false
		}
		i += size
		col++
	}
	return true
}

// validator checks a decoded questionnaire and builds its indexes.
type validator struct {
	*reporter
	q *Questionnaire
}

func (v *validator) validate() {
	q := v.q
	v.header()
	v.buildIndexes()
	v.levels()
	for _, t := range q.Themes {
		v.theme(t)
	}
	for _, r := range q.Rules {
		v.rule(r)
	}
	v.validateReplaces()
	v.councilQuestions()
}

func (v *validator) header() {
	q := v.q
	switch {
	case !q.At.Has("format"):
		v.errorf(q.At.Position, "missing-field", "missing field format: add `format: %d` at the top", QuestionnaireFormat)
	case q.Format != QuestionnaireFormat:
		v.errorf(q.At.Of("format"), "unsupported-format", "format %d is not supported: this version of soeverein reads format %d", q.Format, QuestionnaireFormat)
	}
	if q.Kind != QuestionnaireKind {
		v.errorf(q.At.Of("kind"), "wrong-kind", "kind must be %q, found %q: is this a questionnaire?", QuestionnaireKind, q.Kind)
		v.with("want", fmt.Sprintf("%q", QuestionnaireKind), "found", fmt.Sprintf("%q", q.Kind))
	}
	v.id(q.At, "id", q.ID, docID, "questionnaire id")
	if strings.TrimSpace(q.Version) == "" {
		v.errorf(q.At.Of("version"), "missing-field", "missing field version: add for example `version: \"2026.1\"`")
	}
	for i, l := range q.Languages {
		if !langCode.MatchString(l) {
			v.errorf(q.At.Of(fmt.Sprintf("languages[%d]", i)), "bad-language", "language %q is not a two-letter code such as nl or en", l)
		}
	}
	for _, need := range []string{"nl", "en"} {
		if !slices.Contains(q.Languages, need) {
			v.errorf(q.At.Of("languages"), "bad-language", "languages must include %q: write `languages: [nl, en]` and give every text in both", need)
		}
	}
	v.text(q.At, "title", q.Title, "questionnaire")
	v.text(q.At, "description", q.Description, "questionnaire")
	v.text(q.At, "changelog", q.Changelog, "questionnaire")
	if !q.At.Has("texts") {
		v.errorf(q.At.Position, "missing-field", "missing field texts: give the scorer's own texts (dont_know_title, dont_know_finding, dont_know_recommendation, sov_note) in %s", strings.Join(q.Languages, " and "))
	} else {
		tx := q.Texts
		v.plural(tx.At, "dont_know_title", tx.DontKnowTitle, "texts", DontKnowParams)
		v.plural(tx.At, "dont_know_finding", tx.DontKnowFinding, "texts", DontKnowParams)
		v.plural(tx.At, "dont_know_recommendation", tx.DontKnowRecommendation, "texts", DontKnowParams)
		v.text(tx.At, "sov_note", tx.SOVNote, "texts")
	}
	if q.At.Has("level_answered") && (q.LevelAnswered <= 0 || q.LevelAnswered > 100) {
		v.errorf(q.At.Of("level_answered"), "out-of-range", "level_answered must be a percentage above 0 and at most 100, found %g (default %d)", q.LevelAnswered, DefaultLevelAnswered)
	}
	if len(q.SOVObjectives) == 0 {
		v.errorf(q.At.Of("sov_objectives"), "missing-field", "no sov_objectives: list the EU Cloud Sovereignty Framework objectives (SOV-1..SOV-8)")
	}
	if len(q.Themes) == 0 {
		v.errorf(q.At.Of("themes"), "missing-field", "no themes: a questionnaire needs at least one theme with questions")
	}
}

// buildIndexes fills the lookup maps and reports duplicate ids.
func (v *validator) buildIndexes() {
	q := v.q
	q.byQuestion = map[string]*Question{}
	q.themeOf = map[string]*Theme{}
	q.byTheme = map[string]*Theme{}
	q.byRef = map[string]*Reference{}
	q.byRule = map[string]*Rule{}
	q.byCouncil = map[string]*CouncilQuestion{}
	q.bySOV = map[string]*SOVObjective{}
	q.order = map[string]int{}
	for _, o := range q.SOVObjectives {
		if unique(v, o.At, "SOV objective", o.ID, sovID, q.bySOV, o) {
			v.text(o.At, "name", o.Name, "SOV objective "+o.ID)
			v.positive(o.At, "weight", o.Weight, "SOV objective "+o.ID)
		}
	}
	for _, c := range q.CouncilQuestions {
		if unique(v, c.At, "council question", c.ID, simpleID, q.byCouncil, c) {
			v.text(c.At, "text", c.Text, "council question "+c.ID)
		}
	}
	for _, r := range q.References {
		if unique(v, r.At, "reference", r.ID, simpleID, q.byRef, r) {
			v.reference(r)
		}
	}
	for _, t := range q.Themes {
		unique(v, t.At, "theme", t.ID, simpleID, q.byTheme, t)
		for _, qu := range t.Questions {
			if unique(v, qu.At, "question", qu.ID, questionID, q.byQuestion, qu) {
				q.themeOf[qu.ID] = t
				q.order[qu.ID] = len(q.questions)
				q.questions = append(q.questions, qu)
			}
		}
	}
	for _, r := range q.Rules {
		unique(v, r.At, "rule", r.ID, simpleID, q.byRule, r)
	}
}

// unique checks an id's form and that it was not used before, then records it.
func unique[T any](v *validator, at Location, what, id string, re *regexp.Regexp, seen map[string]T, item T) bool {
	if !v.id(at, "id", id, re, what+" id") {
		return false
	}
	if _, dup := seen[id]; dup {
		v.errorf(at.Of("id"), "duplicate-id", "duplicate %s id %q: ids must be unique, rename one", what, id)
		return false
	}
	seen[id] = item
	return true
}

func (v *validator) id(at Location, key, id string, re *regexp.Regexp, what string) bool {
	if id == "" {
		v.errorf(at.Position, "missing-field", "missing field %s: every %s needs a stable id", key, strings.TrimSuffix(what, " id"))
		return false
	}
	if !re.MatchString(id) {
		hint := "lowercase letters, digits and _"
		switch re {
		case docID:
			hint = "lowercase letters, digits, - and _"
		case questionID:
			hint = "theme.name in lowercase letters, digits and _ (for example cloud.email_location)"
		case sovID:
			hint = "SOV-1 to SOV-8"
		}
		v.errorf(at.Of(key), "bad-id", "%s %q is not valid: use %s", what, id, hint)
		return false
	}
	return true
}

func (v *validator) text(at Location, key string, t Text, owner string) {
	if len(t) == 0 {
		langs := v.q.Languages
		if len(langs) == 0 {
			langs = []string{"nl", "en"}
		}
		v.errorf(at.Of(key), "missing-field", "%s: missing %s: give it in %s", owner, key, strings.Join(langs, " and "))
		return
	}
	for _, lang := range v.q.Languages {
		if strings.TrimSpace(t[lang]) == "" {
			v.errorf(at.Of(key), "missing-text", "%s: %s has no %q text: add `%s: ...`", owner, key, lang, lang)
		}
	}
	for _, lang := range sortedKeys(t) {
		if !slices.Contains(v.q.Languages, lang) {
			v.errorf(at.Of(key+"."+lang), "bad-language", "%s: %s has text in %q, which is not in languages (%s)", owner, key, lang, strings.Join(v.q.Languages, ", "))
		}
	}
}

func (v *validator) positive(at Location, key string, f float64, owner string) {
	if !at.Has(key) {
		v.errorf(at.Position, "missing-field", "%s: missing field %s: give a number above 0", owner, key)
	} else if f <= 0 {
		v.errorf(at.Of(key), "out-of-range", "%s: %s must be above 0, found %g", owner, key, f)
	}
}

func (v *validator) scoreValue(at Location, key string, f float64, owner string) {
	if !at.Has(key) {
		v.errorf(at.Position, "missing-field", "%s: missing field %s: give a score from 0 to 100", owner, key)
	} else if f < 0 || f > 100 {
		v.errorf(at.Of(key), "out-of-range", "%s: %s must be from 0 to 100, found %g", owner, key, f)
	}
}

func (v *validator) reference(r *Reference) {
	owner := "reference " + r.ID
	for _, f := range []struct{ key, val string }{{"title", r.Title}, {"publisher", r.Publisher}, {"date", r.Date}, {"url", r.URL}} {
		if strings.TrimSpace(f.val) == "" {
			v.errorf(r.At.Position, "missing-field", "%s: missing field %s", owner, f.key)
		}
	}
	if r.Date != "" && !refDate.MatchString(r.Date) {
		v.errorf(r.At.Of("date"), "bad-date", "%s: date %q must be YYYY, YYYY-MM or YYYY-MM-DD", owner, r.Date)
	}
	if r.URL != "" && !strings.HasPrefix(r.URL, "https://") && !strings.HasPrefix(r.URL, "http://") {
		v.errorf(r.At.Of("url"), "bad-url", "%s: url %q must start with https://", owner, r.URL)
	}
}

func (v *validator) levels() {
	q := v.q
	if len(q.Levels) < 2 {
		v.errorf(q.At.Of("levels"), "bad-levels", "levels: give at least two maturity bands, from level 1 with min_score 0 upward")
		return
	}
	for i, l := range q.Levels {
		owner := fmt.Sprintf("level %d", l.Level)
		if l.Level != i+1 {
			v.errorf(l.At.Of("level"), "bad-levels", "levels must be numbered 1, 2, 3, ... in order: expected %d, found %d", i+1, l.Level)
		}
		v.text(l.At, "name", l.Name, owner)
		v.text(l.At, "description", l.Description, owner)
		v.scoreValue(l.At, "min_score", l.MinScore, owner)
		if i == 0 && l.MinScore != 0 {
			v.errorf(l.At.Of("min_score"), "bad-levels", "%s: the first level must start at min_score 0, found %g", owner, l.MinScore)
		}
		if i > 0 && l.MinScore <= q.Levels[i-1].MinScore {
			v.errorf(l.At.Of("min_score"), "bad-levels", "%s: min_score %g must be above the previous level's %g", owner, l.MinScore, q.Levels[i-1].MinScore)
		}
	}
}

func (v *validator) theme(t *Theme) {
	owner := "theme " + t.ID
	v.text(t.At, "title", t.Title, owner)
	v.text(t.At, "description", t.Description, owner)
	v.positive(t.At, "weight", t.Weight, owner)
	for i, c := range t.CouncilQuestions {
		if v.q.byCouncil[c] == nil {
			v.errorf(t.At.Of(fmt.Sprintf("council_questions[%d]", i)), "unknown-council-question", "%s: unknown council question %q (council questions: %s)", owner, c, strings.Join(sortedKeys(v.q.byCouncil), ", "))
		}
	}
	if len(t.Questions) == 0 {
		v.errorf(t.At.Of("questions"), "missing-field", "%s: no questions: add at least one", owner)
	}
	for _, qu := range t.Questions {
		v.question(qu)
	}
}
