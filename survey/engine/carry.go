package engine

import (
	"path/filepath"
	"slices"
	"sort"

	"soeverein/assessment"
	"soeverein/texts"
)

// Answers carried over: a new year started from last year's file
// (soeverein survey --from LAST.yaml), or a file answered against an older
// version of the questionnaire. Such answers are marked carried over until
// the user confirms (c, enter, or the same option again) or changes them;
// last year's answers stay in memory to show beside each question.

// SetLast keeps last year's answers, mapped onto this questionnaire's
// question ids, to show beside the questions.
func (s *Session) SetLast(last *assessment.Answers) {
	s.Last, _ = s.Q.Carried(last)
}

// Previous returns last year's answer to a question, or nil when the
// assessment was not started from last year's or last year's answer does
// not fit the question.
func (s *Session) Previous(qu *assessment.Question) *assessment.Answer {
	if s.Last == nil {
		return nil
	}
	if ans := s.Last.Get(qu.ID); qu.Usable(ans) {
		return ans
	}
	return nil
}

// IsUnconfirmed reports whether a question's answer is carried over and
// not yet confirmed.
func (s *Session) IsUnconfirmed(qu *assessment.Question) bool {
	ans := s.A.Get(qu.ID)
	return ans != nil && ans.CarriedOver && s.Q.Answered(qu, s.A)
}

// Unconfirmed lists the visible questions whose carried-over answer is not
// confirmed yet, in questionnaire order.
func (s *Session) Unconfirmed() []*assessment.Question {
	var out []*assessment.Question
	for _, qu := range s.Visible() {
		if s.IsUnconfirmed(qu) {
			out = append(out, qu)
		}
	}
	return out
}

// UnconfirmedIn lists the unconfirmed questions of one theme.
func (s *Session) UnconfirmedIn(themeID string) []*assessment.Question {
	var out []*assessment.Question
	for _, qu := range s.Unconfirmed() {
		if t := s.Q.ThemeOf(qu.ID); t != nil && t.ID == themeID {
			out = append(out, qu)
		}
	}
	return out
}

// ConfirmTheme confirms every unconfirmed carried-over answer of a theme
// and returns how many it confirmed.
func (s *Session) ConfirmTheme(themeID string) int {
	list := s.UnconfirmedIn(themeID)
	st := s.stamp()
	for _, qu := range list {
		s.A.Confirm(qu.ID, st)
	}
	if len(list) > 0 {
		s.rev++
	}
	return len(list)
}

// GoneAnswer is an answer to a question this questionnaire no longer has
// (and that no question replaces). It is kept in the file and shown, never
// dropped.
type GoneAnswer struct {
	ID       string
	Answer   *assessment.Answer
	LastYear bool // only in last year's file
}

// Gone lists the answers to questions that no longer exist, from this
// file and from last year's, sorted by id.
func (s *Session) Gone() []GoneAnswer {
	var out []GoneAnswer
	seen := map[string]bool{}
	add := func(a *assessment.Answers, lastYear bool) {
		if a == nil {
			return
		}
		ids := make([]string, 0, len(a.Answers))
		for id := range a.Answers {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			ans := a.Answers[id]
			if seen[id] || s.Q.Question(id) != nil || s.Q.ReplacedBy(id) != nil || !ans.HasAnswer() && ans.Note == "" {
				continue
			}
			seen[id] = true
			out = append(out, GoneAnswer{ID: id, Answer: ans, LastYear: lastYear})
		}
	}
	add(s.A, false)
	add(s.Last, true)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Unfit counts the answers kept in the file that this questionnaire does
// not use: answers to questions it no longer has (and that no question
// replaces), and answers that do not fit their question.
func (s *Session) Unfit() int {
	n := 0
	for id, ans := range s.A.Answers {
		qu := s.Q.Question(id)
		switch {
		case !ans.HasAnswer():
		case qu == nil && s.Q.ReplacedBy(id) == nil, qu != nil && !qu.Usable(ans):
			n++
		}
	}
	return n
}

// SameAnswer reports whether two answers choose the same.
func SameAnswer(a, b *assessment.Answer) bool {
	if a == nil || b == nil {
		return a == b
	}
	if (a.Value == nil) != (b.Value == nil) || a.Value != nil && *a.Value != *b.Value {
		return false
	}
	return a.Choice == b.Choice && slices.Equal(a.Choices, b.Choices)
}

// CarriedFrom is how a new answers file records last year's: relative to
// the new file's folder when it can be, with forward slashes.
func CarriedFrom(answersPath, lastPath string) string {
	last, err := filepath.Abs(lastPath)
	if err != nil {
		return filepath.ToSlash(lastPath)
	}
	dir, err := filepath.Abs(filepath.Dir(answersPath))
	if err != nil {
		return filepath.ToSlash(last)
	}
	if rel, err := filepath.Rel(dir, last); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(last)
}

// LastPathOf finds the file a carried_from entry names.
func LastPathOf(answersPath, from string) string {
	p := filepath.FromSlash(from)
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(filepath.Dir(answersPath), p)
}

// CarryForward starts the answers of a checked NewAssessment from last
// year's answers (read from lastPath), each marked carried over, and
// records where they came from relative to path, the new file.
func (n NewAssessment) CarryForward(q *assessment.Questionnaire, last *assessment.Answers, lastPath, path string) *assessment.Answers {
	fresh := n.Answers(q)
	a := assessment.CarryForward(q, last, fresh.Municipality, fresh.Period, fresh.Respondent)
	a.CarriedFrom = CarriedFrom(path, lastPath)
	return a
}

// StartFrom is the status after starting from last year's answers.
func (s *Session) StartFrom(lastPath string) string {
	n := 0
	for _, ans := range s.A.Answers {
		if ans.CarriedOver && ans.HasAnswer() {
			n++
		}
	}
	return s.cat.N(texts.SurveyCarriedStart, n, texts.A("file", filepath.Base(lastPath)))
}
