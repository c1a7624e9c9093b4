package survey

import (
	"fmt"
	"path/filepath"
	"slices"
	"soeverein/texts"
	"sort"
	"strings"

	"soeverein/assessment"
	"soeverein/safetext"
)

// Answers carried over: a new year started from last year's file
// (soeverein survey --from LAST.yaml), or a file answered against an older
// version of the questionnaire. Such answers are marked carried over until
// the user confirms (c, enter, or the same option again) or changes them;
// last year's answers stay in memory to show beside each question.

// LoadLast reads last year's answers file for --from. Its answers need not
// fit this questionnaire: they are mapped through its replaces mappings.
func LoadLast(path string) (*assessment.Answers, error) {
	a, _, err := assessment.LoadAnswers(path, nil)
	return a, err
}

// setLast keeps last year's answers, mapped onto this questionnaire's
// question ids, to show beside the questions.
func (s *Session) setLast(last *assessment.Answers) {
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

// describeAnswer says in words what an answer to a question is: the option
// labels, a value, or one of the built-in answers.
func describeAnswer(c texts.Lang, lang string, qu *assessment.Question, ans *assessment.Answer) string {
	switch {
	case ans.IsDontKnow():
		return c.T(texts.SurveyDontKnow)
	case ans.IsNotApplicable():
		return c.T(texts.SurveyNotApplicable)
	case ans != nil && ans.Value != nil:
		v := fmtNum(*ans.Value)
		if qu.Unit == "percent" {
			v += "%"
		}
		return v
	}
	var labels []string
	for _, id := range ans.Selected() {
		if o := qu.Option(id); o != nil {
			labels = append(labels, o.Label.In(lang))
		}
	}
	return strings.Join(labels, ", ")
}

// describeRaw says what an answer to a question that no longer exists was:
// its option ids or value, as in the file.
func describeRaw(ans *assessment.Answer) string {
	var parts []string
	switch {
	case ans.Value != nil:
		parts = append(parts, fmtNum(*ans.Value))
	case ans.HasAnswer():
		parts = append(parts, strings.Join(ans.Selected(), ", "))
	}
	if ans.Note != "" {
		parts = append(parts, strings.ReplaceAll(ans.Note, "\n", " "))
	}
	return safetext.Terminal(strings.Join(parts, " · "))
}

// sameAnswer reports whether two answers choose the same.
func sameAnswer(a, b *assessment.Answer) bool {
	if a == nil || b == nil {
		return a == b
	}
	if (a.Value == nil) != (b.Value == nil) || a.Value != nil && *a.Value != *b.Value {
		return false
	}
	return a.Choice == b.Choice && slices.Equal(a.Choices, b.Choices)
}

// carriedFrom is how a new answers file records last year's: relative to
// the new file's folder when it can be, with forward slashes.
func carriedFrom(answersPath, lastPath string) string {
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

// lastPathOf finds the file a carried_from entry names.
func lastPathOf(answersPath, from string) string {
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
	a.CarriedFrom = carriedFrom(path, lastPath)
	return a
}

// resume opens an answers file to continue it. Answers given under an
// older version of the questionnaire are taken over under the current ids
// (the old entries stay in the file), and when the file was started from
// last year's, that file is read again to show last year's answers.
// Warnings are answers that do not fit the questionnaire (kept in the
// file); notes say what else happened on opening.
func resume(path string, opts Options) (s *Session, warnings assessment.Problems, notes []string, err error) {
	q, c := opts.Questionnaire, texts.Lang(opts.Lang)
	a, warnings, err := Open(path, q)
	if err != nil {
		return nil, nil, nil, err
	}
	taken := q.TakeOver(a)
	s = NewSession(q, a, path, opts.Lang, opts.Now)
	if len(taken) > 0 {
		notes = append(notes, c.N(texts.SurveyTakenOver, len(taken)))
	}
	if a.CarriedFrom != "" {
		last, err := LoadLast(lastPathOf(path, a.CarriedFrom))
		if err != nil {
			notes = append(notes, c.T(texts.SurveyLastMissing, texts.A("file", a.CarriedFrom)))
		} else {
			s.setLast(last)
		}
	}
	return s, warnings, notes, nil
}

// startFrom is the status after starting from last year's answers.
func (s *Session) startFrom(lastPath string) string {
	n := 0
	for _, ans := range s.A.Answers {
		if ans.CarriedOver && ans.HasAnswer() {
			n++
		}
	}
	return s.cat.N(texts.SurveyCarriedStart, n, texts.A("file", filepath.Base(lastPath)))
}

// errFromExists refuses to start from last year's answers into a file
// that exists.
func errFromExists(path string) error {
	return fmt.Errorf("%s already exists: --from starts a new answers file; give another file name, or continue %s without --from", path, path)
}
