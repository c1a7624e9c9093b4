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

	"soeverein/texts"
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
	if !checkFileBytes(r, data, texts.ProblemValueAQuestionnaire) {
		return nil, r.problems
	}
	d := &decoder{reporter: r}
	root := d.document(data, texts.ProblemValueAQuestionnaire)
	if root == nil {
		return nil, r.problems
	}
	if k := kindNode(root); k != nil && k.Value == AnswersKind {
		// Everything else would be reported missing; this says why.
		d.problem(pos(k), CodeNotQuestionnaire, texts.ProblemNotQuestionnaire, texts.A("kind", QuestionnaireKind))
		return nil, r.problems
	}
	q := &Questionnaire{File: file}
	d.decode(root, reflect.ValueOf(q).Elem(), slot{}, where{kind: texts.ProblemOwnerQuestionnaire})
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
func checkFileBytes(r *reporter, data []byte, what texts.Key) bool {
	switch {
	case len(data) > MaxFileSize:
		r.problem(Position{}, CodeFileTooLarge, texts.ProblemFileTooLarge, texts.OneDecimal("size", float64(len(data))/(1<<20)), texts.Int("limit", MaxFileSize>>20), texts.Sub("expected", what))
	case isUTF16(data):
		r.problem(Position{}, CodeNotUTF8, texts.ProblemNotUTF8UTF16)
	case slices.Contains(data, 0):
		r.problem(Position{}, CodeBinaryFile, texts.ProblemBinaryFile, texts.Sub("expected", what))
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
			r.problem(Position{Line: line, Column: col}, CodeNotUTF8, texts.ProblemNotUTF8, texts.A("byte", fmt.Sprintf("0x%02X", data[i])))
			return false
		case c == '\n':
			line, col = line+1, 0
		case c == '\t' || c == '\r' || c == '\ufeff' && i == 0:
		case c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0:
			r.problem(Position{Line: line, Column: col}, CodeControlCharacter, texts.ProblemControlCharacter, texts.A("char", fmt.Sprintf("U+%04X", c)), texts.A("escape", fmt.Sprintf("\\u%04X", c)))
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
		v.problem(q.At.Position, CodeMissingField, texts.ProblemMissingFieldFormat, texts.Int("format", QuestionnaireFormat))
	case q.Format != QuestionnaireFormat:
		v.problem(q.At.Of("format"), CodeUnsupportedFormat, texts.ProblemUnsupportedFormat, texts.Int("found", q.Format), texts.Int("format", QuestionnaireFormat))
	}
	if q.Kind != QuestionnaireKind {
		v.problem(q.At.Of("kind"), CodeWrongKind, texts.ProblemWrongKind, texts.A("want", quoted(QuestionnaireKind)), texts.A("found", quoted(q.Kind)))
	}
	v.id(q.At, "id", q.ID, docID, texts.ProblemKindQuestionnaire)
	if strings.TrimSpace(q.Version) == "" {
		v.problem(q.At.Of("version"), CodeMissingField, texts.ProblemMissingFieldVersion)
	}
	for i, l := range q.Languages {
		if !langCode.MatchString(l) {
			v.problem(q.At.Of(fmt.Sprintf("languages[%d]", i)), CodeBadLanguage, texts.ProblemBadLanguage, texts.A("lang", quoted(l)))
		}
	}
	for _, need := range []string{"nl", "en"} {
		if !slices.Contains(q.Languages, need) {
			v.problem(q.At.Of("languages"), CodeBadLanguage, texts.ProblemBadLanguageMissing, texts.A("lang", quoted(need)))
		}
	}
	root := where{kind: texts.ProblemOwnerQuestionnaire}
	v.text(q.At, "title", q.Title, root)
	v.text(q.At, "description", q.Description, root)
	v.text(q.At, "changelog", q.Changelog, root)
	if !q.At.Has("texts") {
		v.problem(q.At.Position, CodeMissingField, texts.ProblemMissingFieldTexts, texts.Joined("languages", q.Languages...))
	} else {
		tx, owner := q.Texts, where{kind: texts.ProblemOwnerItem, id: "texts"}
		v.plural(tx.At, "dont_know_title", tx.DontKnowTitle, owner, DontKnowParams)
		v.plural(tx.At, "dont_know_finding", tx.DontKnowFinding, owner, DontKnowParams)
		v.plural(tx.At, "dont_know_recommendation", tx.DontKnowRecommendation, owner, DontKnowParams)
		v.text(tx.At, "sov_note", tx.SOVNote, owner)
	}
	if q.At.Has("level_answered") && (q.LevelAnswered <= 0 || q.LevelAnswered > 100) {
		v.problem(q.At.Of("level_answered"), CodeOutOfRange, texts.ProblemOutOfRangeLevelAnswered, texts.A("value", number(q.LevelAnswered)), texts.Int("default", DefaultLevelAnswered))
	}
	if len(q.SOVObjectives) == 0 {
		v.problem(q.At.Of("sov_objectives"), CodeMissingField, texts.ProblemMissingFieldSOVObjectives)
	}
	if len(q.Themes) == 0 {
		v.problem(q.At.Of("themes"), CodeMissingField, texts.ProblemMissingFieldThemes)
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
		if unique(v, o.At, texts.ProblemKindSOVObjective, o.ID, sovID, q.bySOV, o) {
			owner := where{kind: texts.ProblemOwnerSOVObjective, id: o.ID}
			v.text(o.At, "name", o.Name, owner)
			v.positive(o.At, "weight", o.Weight, owner)
		}
	}
	for _, c := range q.CouncilQuestions {
		if unique(v, c.At, texts.ProblemKindCouncilQuestion, c.ID, simpleID, q.byCouncil, c) {
			v.text(c.At, "text", c.Text, where{kind: texts.ProblemOwnerCouncilQuestion, id: c.ID})
		}
	}
	for _, r := range q.References {
		if unique(v, r.At, texts.ProblemKindReference, r.ID, simpleID, q.byRef, r) {
			v.reference(r)
		}
	}
	for _, t := range q.Themes {
		unique(v, t.At, texts.ProblemKindTheme, t.ID, simpleID, q.byTheme, t)
		for _, qu := range t.Questions {
			if unique(v, qu.At, texts.ProblemKindQuestion, qu.ID, questionID, q.byQuestion, qu) {
				q.themeOf[qu.ID] = t
				q.order[qu.ID] = len(q.questions)
				q.questions = append(q.questions, qu)
			}
		}
	}
	for _, r := range q.Rules {
		unique(v, r.At, texts.ProblemKindRule, r.ID, simpleID, q.byRule, r)
	}
}

// unique checks an id's form and that it was not used before, then records it.
func unique[T any](v *validator, at Location, what texts.Key, id string, re *regexp.Regexp, seen map[string]T, item T) bool {
	if !v.id(at, "id", id, re, what) {
		return false
	}
	if _, dup := seen[id]; dup {
		v.problem(at.Of("id"), CodeDuplicateID, texts.ProblemDuplicateID, texts.Sub("item", what), texts.A("id", quoted(id)))
		return false
	}
	seen[id] = item
	return true
}

func (v *validator) id(at Location, key, id string, re *regexp.Regexp, what texts.Key) bool {
	if id == "" {
		v.problem(at.Position, CodeMissingField, texts.ProblemMissingFieldID, texts.A("field", key), texts.Sub("item", what))
		return false
	}
	if !re.MatchString(id) {
		hint := texts.ProblemIDHintSimple
		switch re {
		case docID:
			hint = texts.ProblemIDHintDoc
		case questionID:
			hint = texts.ProblemIDHintQuestion
		case sovID:
			hint = texts.ProblemIDHintSOV
		}
		v.problem(at.Of(key), CodeBadID, texts.ProblemBadID, texts.Sub("item", what), texts.A("id", quoted(id)), texts.Sub("hint", hint))
		return false
	}
	return true
}

func (v *validator) text(at Location, key string, t Text, owner where) {
	if len(t) == 0 {
		langs := v.q.Languages
		if len(langs) == 0 {
			langs = []string{"nl", "en"}
		}
		v.problem(at.Of(key), CodeMissingField, texts.ProblemMissingFieldText, owner.owner(), texts.A("field", key), texts.Joined("languages", langs...))
		return
	}
	for _, lang := range v.q.Languages {
		if strings.TrimSpace(t[lang]) == "" {
			v.problem(at.Of(key), CodeMissingText, texts.ProblemMissingText, owner.owner(), texts.A("field", key), texts.A("lang", quoted(lang)), texts.A("code", lang))
		}
	}
	for _, lang := range sortedKeys(t) {
		if !slices.Contains(v.q.Languages, lang) {
			v.problem(at.Of(key+"."+lang), CodeBadLanguage, texts.ProblemBadLanguageText, owner.owner(), texts.A("field", key), texts.A("lang", quoted(lang)), texts.A("languages", strings.Join(v.q.Languages, ", ")))
		}
	}
}

func (v *validator) positive(at Location, key string, f float64, owner where) {
	if !at.Has(key) {
		v.problem(at.Position, CodeMissingField, texts.ProblemMissingFieldPositive, owner.owner(), texts.A("field", key))
	} else if f <= 0 {
		v.problem(at.Of(key), CodeOutOfRange, texts.ProblemOutOfRangePositive, owner.owner(), texts.A("field", key), texts.A("value", number(f)))
	}
}

func (v *validator) scoreValue(at Location, key string, f float64, owner where) {
	if !at.Has(key) {
		v.problem(at.Position, CodeMissingField, texts.ProblemMissingFieldScore, owner.owner(), texts.A("field", key))
	} else if f < 0 || f > 100 {
		v.problem(at.Of(key), CodeOutOfRange, texts.ProblemOutOfRangeScore, owner.owner(), texts.A("field", key), texts.A("value", number(f)))
	}
}

func (v *validator) reference(r *Reference) {
	owner := where{kind: texts.ProblemOwnerReference, id: r.ID}
	for _, f := range []struct{ key, val string }{{"title", r.Title}, {"publisher", r.Publisher}, {"date", r.Date}, {"url", r.URL}} {
		if strings.TrimSpace(f.val) == "" {
			v.problem(r.At.Position, CodeMissingField, texts.ProblemMissingFieldReference, owner.owner(), texts.A("field", f.key))
		}
	}
	if r.Date != "" && !refDate.MatchString(r.Date) {
		v.problem(r.At.Of("date"), CodeBadDate, texts.ProblemBadDateReference, owner.owner(), texts.A("value", quoted(r.Date)))
	}
	if r.URL != "" && !strings.HasPrefix(r.URL, "https://") && !strings.HasPrefix(r.URL, "http://") {
		v.problem(r.At.Of("url"), CodeBadURL, texts.ProblemBadURL, owner.owner(), texts.A("value", quoted(r.URL)))
	}
}

func (v *validator) levels() {
	q := v.q
	if len(q.Levels) < 2 {
		v.problem(q.At.Of("levels"), CodeBadLevels, texts.ProblemBadLevelsTooFew)
		return
	}
	for i, l := range q.Levels {
		owner := where{kind: texts.ProblemOwnerLevel, id: fmt.Sprint(l.Level)}
		if l.Level != i+1 {
			v.problem(l.At.Of("level"), CodeBadLevels, texts.ProblemBadLevelsOrder, texts.Int("want", i+1), texts.Int("found", l.Level))
		}
		v.text(l.At, "name", l.Name, owner)
		v.text(l.At, "description", l.Description, owner)
		v.scoreValue(l.At, "min_score", l.MinScore, owner)
		if i == 0 && l.MinScore != 0 {
			v.problem(l.At.Of("min_score"), CodeBadLevels, texts.ProblemBadLevelsFirst, owner.owner(), texts.A("value", number(l.MinScore)))
		}
		if i > 0 && l.MinScore <= q.Levels[i-1].MinScore {
			v.problem(l.At.Of("min_score"), CodeBadLevels, texts.ProblemBadLevelsRising, owner.owner(), texts.A("value", number(l.MinScore)), texts.A("previous", number(q.Levels[i-1].MinScore)))
		}
	}
}

func (v *validator) theme(t *Theme) {
	owner := where{kind: texts.ProblemOwnerTheme, id: t.ID}
	v.text(t.At, "title", t.Title, owner)
	v.text(t.At, "description", t.Description, owner)
	v.positive(t.At, "weight", t.Weight, owner)
	for i, c := range t.CouncilQuestions {
		if v.q.byCouncil[c] == nil {
			v.problem(t.At.Of(fmt.Sprintf("council_questions[%d]", i)), CodeUnknownCouncilQuestion, texts.ProblemUnknownCouncilQuestion, owner.owner(), texts.A("id", quoted(c)), texts.A("known", strings.Join(sortedKeys(v.q.byCouncil), ", ")))
		}
	}
	if len(t.Questions) == 0 {
		v.problem(t.At.Of("questions"), CodeMissingField, texts.ProblemMissingFieldQuestions, owner.owner())
	}
	for _, qu := range t.Questions {
		v.question(qu)
	}
}
