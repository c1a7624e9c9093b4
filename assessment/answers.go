package assessment

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"
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
	if !checkFileBytes(r, data, "an answers file") {
		return nil, nil, r.problems
	}
	warnHidden(r, data)
	d := &decoder{reporter: r, warnExtra: true}
	root := d.document(data, "an answers file")
	if root == nil {
		return nil, nil, r.problems
	}
	a := &Answers{}
	d.decode(root, reflect.ValueOf(a).Elem(), slot{}, "answers file")
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
		r.errorf(a.At.Of("kind"), "not-answers", "this is a questionnaire, not an answers file: give the answers file (soeverein-GM....-YYYY.yaml)")
		r.with()
		return
	case a.Kind != AnswersKind:
		r.errorf(a.At.Of("kind"), "wrong-kind", "kind must be %q, found %q: is this an answers file?", AnswersKind, a.Kind)
		r.with("want", fmt.Sprintf("%q", AnswersKind), "found", fmt.Sprintf("%q", a.Kind))
		return
	case !a.At.Has("format"):
		r.errorf(a.At.Position, "missing-field", "missing field format: add `format: %d` at the top", AnswersFormat)
	case a.Format > AnswersFormat:
		r.errorf(a.At.Of("format"), "newer-format", "format %d was written by a newer soeverein; this version reads format %d: upgrade soeverein", a.Format, AnswersFormat)
	case a.Format != AnswersFormat:
		r.errorf(a.At.Of("format"), "unsupported-format", "format %d is not supported: this version reads format %d", a.Format, AnswersFormat)
	}
	m := a.Municipality
	if m.CBSCode != "" && !cbsCode.MatchString(m.CBSCode) {
		r.errorf(m.At.Of("cbs_code"), "bad-cbs-code", "municipality: cbs_code %q is not a CBS municipality code: write GM and four digits, for example GM0361", m.CBSCode)
	}
	p := a.Period
	if p.ReferenceDate != "" {
		if _, err := time.Parse(isoDate, p.ReferenceDate); err != nil {
			r.errorf(p.At.Of("reference_date"), "bad-date", "period: reference_date %q is not a date: write YYYY-MM-DD, for example 2026-11-01", p.ReferenceDate)
		}
	}
	if p.At.Has("year") && (p.Year < 2000 || p.Year > 2100) {
		r.errorf(p.At.Of("year"), "bad-year", "period: year %d is not plausible: write the year the assessment covers, for example 2026", p.Year)
	}
	for _, id := range sortedKeys(a.Answers) {
		checkAnswer(r, id, a.Answers[id])
	}
}

func checkAnswer(r *reporter, id string, ans *Answer) {
	if ans == nil {
		return
	}
	owner := "answer " + id
	if ans.Choice != "" && (len(ans.Choices) > 0 || ans.Value != nil) || len(ans.Choices) > 0 && ans.Value != nil {
		r.errorf(ans.At.Position, "conflicting-fields", "%s: give only one of choice, choices or value", owner)
	}
	if ans.EvidenceLevel != "" && !slices.Contains(EvidenceLevels(), ans.EvidenceLevel) {
		r.errorf(ans.At.Of("evidence_level"), "unknown-value", "%s: evidence_level %q: use one of %s", owner, ans.EvidenceLevel, strings.Join(EvidenceLevels(), ", "))
	}
	if ans.AnsweredAt != "" {
		if _, err := time.Parse(stampFmt, ans.AnsweredAt); err != nil {
			r.errorf(ans.At.Of("answered_at"), "bad-time", "%s: answered_at %q is not a time: write for example 2026-11-20T14:05:00+01:00", owner, ans.AnsweredAt)
		}
	}
}

// CheckAnswers compares answers with the questionnaire. Everything it
// reports is a warning: such answers are kept in the file but not scored.
func (q *Questionnaire) CheckAnswers(a *Answers, file string) Problems {
	r := &reporter{file: file}
	if a.Questionnaire.ID != "" && a.Questionnaire.ID != q.ID {
		r.warnf(a.Questionnaire.At.Of("id"), "other-questionnaire", "answered against questionnaire %q, not %q: only answers to questions with the same id are used", a.Questionnaire.ID, q.ID)
		r.with("answered", a.Questionnaire.ID, "scored", q.ID)
	} else if a.Questionnaire.Version != "" && a.Questionnaire.Version != q.Version {
		r.warnf(a.Questionnaire.At.Of("version"), "other-version", "answered against questionnaire version %s, scored with version %s: answers to questions that no longer exist are kept but not scored", a.Questionnaire.Version, q.Version)
		r.with("answered", a.Questionnaire.Version, "scored", q.Version)
	}
	q.checkAssignments(r, a)
	for _, id := range sortedKeys(a.Answers) {
		ans := a.Answers[id]
		qu := q.Question(id)
		if qu == nil {
			if to := q.ReplacedBy(id); to != nil {
				// Carried over through replaces; say so only when it does not fit.
				if mapped, c := to.mapAnswer(id, ans); ans.HasAnswer() && (c == nil || !to.Usable(mapped)) {
					r.warnf(ans.At.Position, "answer-not-used", "answer to %s (now %s) has no counterpart in version %s; it is kept but not used", id, to.ID, q.Version)
				}
				continue
			}
			r.warnf(ans.At.Position, "unknown-answer", "answer to unknown question %q is kept but not used", id)
			r.with("question", fmt.Sprintf("%q", id))
			continue
		}
		if msg := qu.check(ans); msg != "" {
			r.warnf(ans.At.Position, "answer-not-used", "answer %s: %s; it is kept but not used", id, msg)
		}
	}
	return r.problems.sorted()
}

// check says what is wrong with an answer to this question, or "".
func (qu *Question) check(ans *Answer) string {
	if ans == nil || !ans.HasAnswer() {
		return ""
	}
	valid := qu.OptionIDs()
	switch {
	case ans.Choice == DontKnow || ans.Choice == NotApplicable:
		if !slices.Contains(valid, ans.Choice) {
			return "n.v.t. is not an answer to this question"
		}
	case qu.Type == Number:
		if ans.Value == nil {
			return "this question takes a value, not a choice"
		}
		if *ans.Value < *qu.Min || *ans.Value > *qu.Max {
			return fmt.Sprintf("value %g is outside %g..%g", *ans.Value, *qu.Min, *qu.Max)
		}
	case ans.Value != nil:
		return "this question takes a choice, not a value"
	case qu.Type == Single && (ans.Choice == "" || len(ans.Choices) > 0):
		return "this question takes one choice"
	case qu.Type == Multi && ans.Choice != "":
		return "this question takes a list of choices"
	default:
		selected := ans.Selected()
		for _, o := range selected {
			if qu.Option(o) == nil {
				return fmt.Sprintf("unknown option %q (options: %s)", o, strings.Join(valid, ", "))
			}
		}
		if x := qu.ExclusiveIn(selected); x != "" && len(selected) > 1 {
			return fmt.Sprintf("option %q excludes the other options chosen (%s): keep it alone or remove it; until then the question is not scored and is listed for review", x, strings.Join(selected, ", "))
		}
	}
	return ""
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
func (qu *Question) Usable(ans *Answer) bool { return ans.HasAnswer() && qu.check(ans) == "" }
