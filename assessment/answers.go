package assessment

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"soeverein/texts"
)

// AnswersKind is the value of `kind:` in every answers file.
const AnswersKind = "soeverein-answers"

// AnswersFormat is the answers file format this version reads and writes.
const AnswersFormat = 1

// Evidence levels: how well an answer is backed.
const (
	SelfDeclared = "self_declared"
	Documented   = "documented"
	Audited      = "audited"
)

// EvidenceLevels returns the evidence levels from weakest to strongest. It
// is a new slice on every call.
func EvidenceLevels() []string { return []string{SelfDeclared, Documented, Audited} }

var (
	cbsCode  = regexp.MustCompile(`^GM[0-9]{4}$`)
	isoDate  = "2006-01-02"
	stampFmt = time.RFC3339
)

// Answers is a municipality's answers to one questionnaire: the user's
// record. Fields it does not know, and answers to questions the
// questionnaire does not have, are kept so that saving never loses them.
type Answers struct {
	Format        int                `yaml:"format"`
	Kind          string             `yaml:"kind"`
	Questionnaire QuestionnaireRef   `yaml:"questionnaire"`
	Municipality  Municipality       `yaml:"municipality"`
	Period        Period             `yaml:"period"`
	Respondent    Respondent         `yaml:"respondent"`
	Assignments   []*Assignment      `yaml:"assignments"`  // who answers which themes (respondents.go)
	Part          *Part              `yaml:"part"`         // set in a part file made by Split
	CarriedFrom   string             `yaml:"carried_from"` // last year's file this one started from (survey --from), relative to this file's folder
	Current       string             `yaml:"current"`
	Answers       map[string]*Answer `yaml:"answers"`
	Extra         Extra
	At            Location `yaml:"-"`
	loaded        string   // digest of the file loaded, see LoadedDigest
	src           *source  // what the file held, see MarshalAnswers
}

// QuestionnaireRef names the questionnaire an answers file was answered
// against, down to the digest of its bytes.
type QuestionnaireRef struct {
	ID      string `yaml:"id"`
	Version string `yaml:"version"`
	SHA256  string `yaml:"sha256"`
	Extra   Extra
	At      Location `yaml:"-"`
}

// Municipality identifies who the assessment is about.
type Municipality struct {
	Name    string `yaml:"name"`
	CBSCode string `yaml:"cbs_code"`
	Extra   Extra
	At      Location `yaml:"-"`
}

// Period is the moment the answers describe: the reference date (peildatum)
// and the year the assessment covers.
type Period struct {
	ReferenceDate string `yaml:"reference_date"`
	Year          int    `yaml:"year"`
	Extra         Extra
	At            Location `yaml:"-"`
}

// Respondent is who filled in the assessment.
type Respondent struct {
	Name  string `yaml:"name"`
	Role  string `yaml:"role"`
	Extra Extra
	At    Location `yaml:"-"`
}

// Answer is the answer to one question, with what backs it up.
type Answer struct {
	Choice  string   `yaml:"choice"`
	Choices []string `yaml:"choices"`
	Value   *float64 `yaml:"value"`
	Note    string   `yaml:"note"`
	// CouncilText is the respondent's public text for the council answer,
	// in the college's voice; where given, the council answer states it
	// instead of the option's statement. Note stays internal.
	CouncilText   string   `yaml:"council_text"`
	Evidence      []string `yaml:"evidence"`
	EvidenceLevel string   `yaml:"evidence_level"`
	AnsweredAt    string   `yaml:"answered_at"`
	AnsweredBy    string   `yaml:"answered_by"`
	Review        bool     `yaml:"review"`
	CarriedOver   bool     `yaml:"carried_over"`
	// Superseded holds answers a merge replaced or did not choose, newest
	// last, so that no answer is ever lost (merge.go).
	Superseded []*Superseded `yaml:"superseded"`
	Extra      Extra
	At         Location `yaml:"-"`
}

// HasAnswer reports whether an option or value was given (a note alone is
// not an answer).
func (a *Answer) HasAnswer() bool {
	return a != nil && (a.Choice != "" || len(a.Choices) > 0 || a.Value != nil)
}

// Selected returns the chosen option ids, whatever the question type.
func (a *Answer) Selected() []string {
	switch {
	case a == nil:
		return nil
	case a.Choice != "":
		return []string{a.Choice}
	}
	return a.Choices
}

// IsDontKnow reports whether the answer is "don't know".
func (a *Answer) IsDontKnow() bool { return a != nil && a.Choice == DontKnow }

// IsNotApplicable reports whether the answer is "not applicable".
func (a *Answer) IsNotApplicable() bool { return a != nil && a.Choice == NotApplicable }

// ParseAnswers reads an answers file. The returned Problems hold warnings
// (things kept but not used); the error, if any, is a Problems list of
// everything that must change before the file can be used.
func ParseAnswers(data []byte, file string) (*Answers, Problems, error) {
	r := &reporter{file: file}
	if !checkFileBytes(r, data, texts.ProblemValueAnAnswersFile) {
		return nil, nil, r.problems
	}
	warnHidden(r, data)
	d := &decoder{reporter: r, warnExtra: true}
	root := d.document(data, texts.ProblemValueAnAnswersFile)
	if root == nil {
		return nil, nil, r.problems
	}
	a := &Answers{}
	d.decode(root, reflect.ValueOf(a).Elem(), slot{}, where{kind: texts.ProblemOwnerAnswersFile})
	if len(r.problems.Errors()) == 0 && !d.exhausted {
		checkAnswers(r, a)
	}
	if errs := r.problems.Errors(); len(errs) > 0 {
		return nil, nil, errs.sorted()
	}
	if a.Answers == nil {
		a.Answers = map[string]*Answer{}
	}
	for id, ans := range a.Answers {
		if ans == nil { // `question.id:` with nothing under it
			a.Answers[id] = &Answer{}
		}
	}
	if err := keepSource(a, data, d.doc); err != nil {
		return nil, nil, err
	}
	return a, r.problems.Warnings().sorted(), nil
}

func checkAnswers(r *reporter, a *Answers) {
	switch {
	case a.Kind == QuestionnaireKind:
		r.problem(a.At.Of("kind"), CodeNotAnswers, texts.ProblemNotAnswers)
		return
	case a.Kind != AnswersKind:
		r.problem(a.At.Of("kind"), CodeWrongKind, texts.ProblemWrongKindAnswers, texts.A("want", quoted(AnswersKind)), texts.A("found", quoted(a.Kind)))
		return
	case !a.At.Has("format"):
		r.problem(a.At.Position, CodeMissingField, texts.ProblemMissingFieldFormat, texts.Int("format", AnswersFormat))
	case a.Format > AnswersFormat:
		r.problem(a.At.Of("format"), CodeNewerFormat, texts.ProblemNewerFormat, texts.Int("found", a.Format), texts.Int("format", AnswersFormat))
	case a.Format != AnswersFormat:
		r.problem(a.At.Of("format"), CodeUnsupportedFormat, texts.ProblemUnsupportedFormatAnswers, texts.Int("found", a.Format), texts.Int("format", AnswersFormat))
	}
	m := a.Municipality
	if m.CBSCode != "" && !cbsCode.MatchString(m.CBSCode) {
		r.problem(m.At.Of("cbs_code"), CodeBadCBSCode, texts.ProblemBadCBSCode, texts.A("value", quoted(m.CBSCode)))
	}
	p := a.Period
	if p.ReferenceDate != "" {
		if _, err := time.Parse(isoDate, p.ReferenceDate); err != nil {
			r.problem(p.At.Of("reference_date"), CodeBadDate, texts.ProblemBadDateReferenceDate, texts.A("value", quoted(p.ReferenceDate)))
		}
	}
	if p.At.Has("year") && (p.Year < 2000 || p.Year > 2100) {
		r.problem(p.At.Of("year"), CodeBadYear, texts.ProblemBadYear, texts.Int("value", p.Year))
	}
	for _, id := range sortedKeys(a.Answers) {
		checkAnswer(r, id, a.Answers[id])
	}
}

func checkAnswer(r *reporter, id string, ans *Answer) {
	if ans == nil {
		return
	}
	owner := where{kind: texts.ProblemOwnerAnswer, id: id}.owner()
	if ans.Choice != "" && (len(ans.Choices) > 0 || ans.Value != nil) || len(ans.Choices) > 0 && ans.Value != nil {
		r.problem(ans.At.Position, CodeConflictingFields, texts.ProblemConflictingFields, owner)
	}
	if ans.EvidenceLevel != "" && !slices.Contains(EvidenceLevels(), ans.EvidenceLevel) {
		r.problem(ans.At.Of("evidence_level"), CodeUnknownValue, texts.ProblemUnknownValueEvidenceLevel, owner, texts.A("value", quoted(ans.EvidenceLevel)), texts.A("known", strings.Join(EvidenceLevels(), ", ")))
	}
	if ans.AnsweredAt != "" {
		if _, err := time.Parse(stampFmt, ans.AnsweredAt); err != nil {
			r.problem(ans.At.Of("answered_at"), CodeBadTime, texts.ProblemBadTime, owner, texts.A("value", quoted(ans.AnsweredAt)))
		}
	}
}

// CheckAnswers compares answers with the questionnaire. Everything it
// reports is a warning: such answers are kept in the file but not scored.
func (q *Questionnaire) CheckAnswers(a *Answers, file string) Problems {
	r := &reporter{file: file}
	if a.Questionnaire.ID != "" && a.Questionnaire.ID != q.ID {
		r.warning(a.Questionnaire.At.Of("id"), CodeOtherQuestionnaire, texts.ProblemOtherQuestionnaire, texts.A("answered", quoted(a.Questionnaire.ID)), texts.A("scored", quoted(q.ID)))
	} else if a.Questionnaire.Version != "" && a.Questionnaire.Version != q.Version {
		r.warning(a.Questionnaire.At.Of("version"), CodeOtherVersion, texts.ProblemOtherVersion, texts.A("answered", a.Questionnaire.Version), texts.A("scored", q.Version))
	}
	q.checkAssignments(r, a)
	for _, id := range sortedKeys(a.Answers) {
		ans := a.Answers[id]
		qu := q.Question(id)
		if qu == nil {
			if to := q.ReplacedBy(id); to != nil {
				// Carried over through replaces; say so only when it does not fit.
				if mapped, c := to.mapAnswer(id, ans); ans.HasAnswer() && (c == nil || !to.Usable(mapped)) {
					r.warning(ans.At.Position, CodeAnswerNotUsed, texts.ProblemAnswerNotUsedReplaced, texts.A("id", id), texts.A("now", to.ID), texts.A("version", q.Version))
				}
				continue
			}
			r.warning(ans.At.Position, CodeUnknownAnswer, texts.ProblemUnknownAnswer, texts.A("question", quoted(id)))
			continue
		}
		if key, args := qu.check(ans); key != "" {
			r.warning(ans.At.Position, CodeAnswerNotUsed, texts.ProblemAnswerNotUsed, texts.A("id", id), texts.Sub("problem", key, args...))
		}
	}
	return r.problems.sorted()
}

// check says what is wrong with an answer to this question: a text of the
// catalog and its parameters, or "" when nothing is.
func (qu *Question) check(ans *Answer) (texts.Key, []texts.Arg) {
	if ans == nil || !ans.HasAnswer() {
		return "", nil
	}
	valid := qu.OptionIDs()
	switch {
	case ans.Choice == DontKnow || ans.Choice == NotApplicable:
		if !slices.Contains(valid, ans.Choice) {
			return texts.ProblemAnswerNotApplicable, nil
		}
	case qu.Type == Number:
		if ans.Value == nil {
			return texts.ProblemAnswerTakesValue, nil
		}
		if *ans.Value < *qu.Min || *ans.Value > *qu.Max {
			return texts.ProblemAnswerOutside, []texts.Arg{texts.A("value", number(*ans.Value)), texts.A("min", number(*qu.Min)), texts.A("max", number(*qu.Max))}
		}
	case ans.Value != nil:
		return texts.ProblemAnswerTakesChoice, nil
	case qu.Type == Single && (ans.Choice == "" || len(ans.Choices) > 0):
		return texts.ProblemAnswerTakesOne, nil
	case qu.Type == Multi && ans.Choice != "":
		return texts.ProblemAnswerTakesList, nil
	default:
		selected := ans.Selected()
		for _, o := range selected {
			if qu.Option(o) == nil {
				return texts.ProblemAnswerUnknownOption, []texts.Arg{texts.A("id", quoted(o)), texts.A("known", strings.Join(valid, ", "))}
			}
		}
		if x := qu.ExclusiveIn(selected); x != "" && len(selected) > 1 {
			return texts.ProblemAnswerExclusive, []texts.Arg{texts.A("id", quoted(x)), texts.A("chosen", strings.Join(selected, ", "))}
		}
	}
	return "", nil
}

// ExclusiveIn returns the first exclusive option among ids, or "".
func (qu *Question) ExclusiveIn(ids []string) string {
	for _, id := range ids {
		if o := qu.Option(id); o != nil && o.Exclusive {
			return id
		}
	}
	return ""
}

// Usable reports whether an answer can be scored for this question: it is
// given and fits the question's options or range.
func (qu *Question) Usable(ans *Answer) bool {
	key, _ := qu.check(ans)
	return ans.HasAnswer() && key == ""
}
