package engine

import (
	"strings"

	"soeverein/assessment"
)

// A part (made by soeverein split) holds one person's questions: the
// session asks only those, and the part can be marked done instead of
// finished with a report.

// IsPart reports whether the answers are a person's part of a main file.
func (s *Session) IsPart() bool { return s.A.Part != nil }

// InPart keeps the questions of the part's scope; outside a part, all.
func (s *Session) InPart(qs []*assessment.Question) []*assessment.Question {
	if !s.IsPart() {
		return qs
	}
	out := qs[:0:0]
	for _, qu := range qs {
		if s.A.Part.InScope(qu.ID) {
			out = append(out, qu)
		}
	}
	return out
}

// PartProgress is Progress restricted to the part's scope.
func (s *Session) PartProgress(t *assessment.Theme) (answered, total int) {
	if !s.IsPart() {
		return s.Q.Progress(t, s.A)
	}
	for _, qu := range s.Visible() {
		if t != nil && s.Q.ThemeOf(qu.ID) != t {
			continue
		}
		total++
		if s.Q.Answered(qu, s.A) {
			answered++
		}
	}
	return answered, total
}

// SetDone marks the part done or open again.
func (s *Session) SetDone(done bool) {
	if !s.IsPart() || s.A.Part.Done == done {
		return
	}
	s.A.MarkDone(done, s.now())
	s.rev++
}

// Assign records who answers a theme (survey and soeverein assign alike).
func (s *Session) Assign(themeID, name, role string) error {
	if err := s.A.Assign(s.Q, name, role, []string{themeID}); err != nil {
		return err
	}
	s.rev++
	return nil
}

// AnsweredBy returns who answers a theme outside this part ("" when it is
// the part's own theme or nobody's).
func (s *Session) AnsweredBy(t *assessment.Theme) string {
	var names []string
	for _, qu := range t.Questions {
		if s.IsPart() && s.A.Part.InScope(qu.ID) {
			continue
		}
		if as := s.A.Owner(s.Q, qu.ID); as != nil && !ContainsString(names, as.Name) {
			names = append(names, as.Name)
		}
	}
	return strings.Join(names, ", ") // raw: the screens make it safe to show
}

func ContainsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// PartPosition is Position within a part: its questions, numbered in
// questionnaire order.
func (s *Session) PartPosition() (int, int) {
	n := len(s.A.Part.Questions)
	cur := s.Current()
	if cur == nil {
		return -1, n
	}
	i := 0
	for _, id := range s.A.Part.Questions {
		if q := s.Q.Question(id); q != nil && s.Q.Index(id) < s.Q.Index(cur.ID) {
			i++
		}
	}
	return i, n
}

// Asked is how many questions the session can ask: the questionnaire's, or
// the part's.
func (s *Session) Asked() int {
	if s.IsPart() {
		return len(s.A.Part.Questions)
	}
	return len(s.Q.Questions())
}
