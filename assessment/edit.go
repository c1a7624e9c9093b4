package assessment

import (
	"fmt"
	"slices"
	"time"
)

// NewAnswers starts an empty answers file for a questionnaire.
func NewAnswers(q *Questionnaire, m Municipality, p Period, r Respondent) *Answers {
	return &Answers{
		Format:        AnswersFormat,
		Kind:          AnswersKind,
		Questionnaire: QuestionnaireRef{ID: q.ID, Version: q.Version, SHA256: q.SHA256},
		Municipality:  m,
		Period:        p,
		Respondent:    r,
		Answers:       map[string]*Answer{},
	}
}

// CheckCBSCode reports whether code is a CBS municipality code (GM0363).
func CheckCBSCode(code string) error {
	if !cbsCode.MatchString(code) {
		return fmt.Errorf("%q is not a CBS municipality code: write GM and four digits, for example GM0361", code)
	}
	return nil
}

// CheckDate reports whether s is a date written YYYY-MM-DD.
func CheckDate(s string) error {
	if _, err := time.Parse(isoDate, s); err != nil {
		return fmt.Errorf("%q is not a date: write YYYY-MM-DD, for example 2026-11-01", s)
	}
	return nil
}

// Get returns the answer to a question, or nil.
func (a *Answers) Get(id string) *Answer { return a.Answers[id] }

// entry returns the answer to a question, creating it when needed.
func (a *Answers) entry(id string) *Answer {
	if a.Answers == nil {
		a.Answers = map[string]*Answer{}
	}
	ans := a.Answers[id]
	if ans == nil {
		ans = &Answer{}
		a.Answers[id] = ans
	}
	return ans
}

// Stamp records who answered and when; the caller passes the clock.
type Stamp struct {
	By string
	At time.Time
}

func (a *Answer) stamp(s Stamp) {
	a.AnsweredBy = s.By
	if !s.At.IsZero() {
		a.AnsweredAt = s.At.Format(stampFmt)
	}
	a.CarriedOver = false
}

// Choose sets the answer of a single question, or "don't know" / "n.v.t."
// for any question. For a multi question a real option is toggled instead;
// choosing an exclusive option (none, not used) clears the others, and
// choosing another option clears the exclusive ones: see Cleared.
func (a *Answers) Choose(qu *Question, option string, s Stamp) error {
	if !slices.Contains(qu.OptionIDs(), option) {
		return fmt.Errorf("question %s has no option %q", qu.ID, option)
	}
	ans := a.entry(qu.ID)
	if qu.Type == Multi && option != DontKnow && option != NotApplicable {
		ans.Choice = ""
		if i := slices.Index(ans.Choices, option); i >= 0 {
			ans.Choices = slices.Delete(slices.Clone(ans.Choices), i, i+1)
		} else {
			ans.Choices = append(qu.Cleared(ans.Choices, option), option)
			ans.Choices = qu.sortOptions(ans.Choices)
		}
		ans.Value = nil
		ans.stamp(s)
		return nil
	}
	ans.Choice, ans.Choices, ans.Value = option, nil, nil
	ans.stamp(s)
	return nil
}

// Cleared returns the options of chosen that stay when option is chosen
// beside them: none if option is exclusive, else all but the exclusive ones.
func (qu *Question) Cleared(chosen []string, option string) []string {
	if o := qu.Option(option); o != nil && o.Exclusive {
		return nil
	}
	out := make([]string, 0, len(chosen))
	for _, id := range chosen {
		if o := qu.Option(id); o == nil || !o.Exclusive {
			out = append(out, id)
		}
	}
	return out
}

// sortOptions orders option ids as the questionnaire lists them.
func (qu *Question) sortOptions(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, o := range qu.Options {
		if slices.Contains(ids, o.ID) {
			out = append(out, o.ID)
		}
	}
	return out
}

// SetValue sets the answer of a number question.
func (a *Answers) SetValue(qu *Question, v float64, s Stamp) error {
	if qu.Type != Number {
		return fmt.Errorf("question %s does not take a number", qu.ID)
	}
	if v < *qu.Min || v > *qu.Max {
		return fmt.Errorf("give a number from %g to %g", *qu.Min, *qu.Max)
	}
	ans := a.entry(qu.ID)
	ans.Choice, ans.Choices, ans.Value = "", nil, &v
	ans.stamp(s)
	return nil
}

// Confirm accepts a carried-over answer as still true.
func (a *Answers) Confirm(id string, s Stamp) {
	if ans := a.Answers[id]; ans != nil && ans.CarriedOver {
		ans.stamp(s)
	}
}

// Clear removes the answer to a question but keeps its note and evidence.
func (a *Answers) Clear(id string) {
	ans := a.Answers[id]
	if ans == nil {
		return
	}
	ans.Choice, ans.Choices, ans.Value = "", nil, nil
	ans.CarriedOver = false
}

// SetNote sets the free-text note of a question.
func (a *Answers) SetNote(id, note string) { a.entry(id).Note = note }

// SetCouncilText sets the public text a question adds to the council answer.
func (a *Answers) SetCouncilText(id, text string) { a.entry(id).CouncilText = text }

// SetEvidence sets the evidence (document names or links) and its level.
func (a *Answers) SetEvidence(id string, evidence []string, level string) error {
	if level != "" && !slices.Contains(EvidenceLevels(), level) {
		return fmt.Errorf("unknown evidence level %q", level)
	}
	ans := a.entry(id)
	ans.Evidence, ans.EvidenceLevel = evidence, level
	return nil
}

// SetReview marks or unmarks a question for review.
func (a *Answers) SetReview(id string, review bool) { a.entry(id).Review = review }
