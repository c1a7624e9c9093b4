package survey

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
)

// A part (made by soeverein split) holds one person's questions: the
// survey asks only those, shows who answers the other themes, and can mark
// the part done instead of finishing with a report.

// IsPart reports whether the answers are a person's part of a main file.
func (s *Session) IsPart() bool { return s.A.Part != nil }

// inPart keeps the questions of the part's scope; outside a part, all.
func (s *Session) inPart(qs []*assessment.Question) []*assessment.Question {
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

// partProgress is Progress restricted to the part's scope.
func (s *Session) partProgress(t *assessment.Theme) (answered, total int) {
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
		if as := s.A.Owner(s.Q, qu.ID); as != nil && !containsString(names, as.Name) {
			names = append(names, as.Name)
		}
	}
	return cleanText(strings.Join(names, ", "))
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// partIntro tells, in the accessible mode, whose part this is and who
// answers the rest.
func (a *lineMode) partIntro() {
	if a.sess == nil || !a.sess.IsPart() {
		return
	}
	t, lang := respondentTextsFor(a.opts.Lang), a.opts.Lang
	var mine []string
	for _, id := range a.sess.A.Part.Themes {
		if th := a.q.Theme(id); th != nil {
			mine = append(mine, th.Title.In(lang))
		}
	}
	fmt.Fprintln(a.w, fmt.Sprintf(t.PartIntro, cleanText(a.sess.A.Part.Name), strings.Join(mine, ", ")))
	for _, th := range a.q.Themes {
		if containsString(a.sess.A.Part.Themes, th.ID) {
			continue
		}
		if who := a.sess.AnsweredBy(th); who != "" {
			fmt.Fprintln(a.w, "  "+fmt.Sprintf(t.PartOthers, th.Title.In(lang), who))
		}
	}
}

// partDone asks, at the end of a part, whether it is done; a part has no
// report of its own (the main file's report comes after the merge).
func (a *lineMode) partDone() (finished bool, err error) {
	t := respondentTextsFor(a.opts.Lang)
	line, err := a.read(t.DoneAsk)
	if err != nil {
		return false, err
	}
	switch strings.ToLower(line) {
	case t.DoneYes, "ja", "yes", "j", "y":
		a.sess.SetDone(true)
		fmt.Fprintln(a.w, t.DoneMarked)
		return true, errStop
	}
	if !a.sess.NextOpen() {
		return true, errStop
	}
	return false, nil
}

// assignThemes asks, in the accessible mode, who answers each theme.
func (a *lineMode) assignThemes() error {
	t, lang := respondentTextsFor(a.opts.Lang), a.opts.Lang
	for _, th := range a.q.Themes {
		if who := a.sess.AnsweredBy(th); who != "" {
			fmt.Fprintln(a.w, fmt.Sprintf(t.AssignedTo, th.Title.In(lang), who))
		}
		line, err := a.read(fmt.Sprintf(t.AssignAsk, th.Title.In(lang)))
		if err != nil {
			return err
		}
		if line == "" {
			continue
		}
		name, role, _ := strings.Cut(line, ",")
		if strings.TrimSpace(name) == "" {
			continue
		}
		if err := a.sess.Assign(th.ID, strings.TrimSpace(name), strings.TrimSpace(role)); err != nil {
			fmt.Fprintln(a.w, a.c.f(a.c.AccInvalid, err))
		}
	}
	return a.save()
}

// finishOrDone is f on the review screen: a part is marked done (or open
// again) and saved; a main file finishes with its report.
func (m *Model) finishOrDone() tea.Cmd {
	if m.sess == nil || !m.sess.IsPart() {
		return m.startFinish()
	}
	t := respondentTextsFor(m.opts.Lang)
	done := !m.sess.A.Part.Done
	m.sess.SetDone(done)
	if done {
		m.setStatus(t.DoneMarked, false)
	} else {
		m.setStatus(t.DoneUnmarked, false)
	}
	m.setScreen(screenQuestion)
	return m.autosave()
}

// themeElsewhere says who answers a theme the part does not hold, for the
// status line when the user picks it.
func (m *Model) themeElsewhere(th *assessment.Theme) string {
	if m.sess == nil || !m.sess.IsPart() || containsString(m.sess.A.Part.Themes, th.ID) {
		return ""
	}
	t := respondentTextsFor(m.opts.Lang)
	if who := m.sess.AnsweredBy(th); who != "" {
		return th.Title.In(m.opts.Lang) + ": " + fmt.Sprintf(t.AnsweredBy, who)
	}
	return fmt.Sprintf(t.PartNobody, th.Title.In(m.opts.Lang))
}

// openAssign starts typing who answers the theme under the cursor.
func (m *Model) openAssign() {
	t := respondentTextsFor(m.opts.Lang)
	if m.sess.IsPart() {
		m.setStatus(t.AssignInPart, true)
		return
	}
	in := newLineInput()
	th := m.q.Themes[m.themeCursor]
	if len(th.Questions) > 0 {
		if as := m.sess.A.Owner(m.q, th.Questions[0].ID); as != nil {
			in.SetValue(strings.TrimSuffix(as.Name+", "+as.Role, ", "))
		}
	}
	in.Focus()
	m.assign = &in
	m.showAssign()
}

func (m *Model) showAssign() {
	th := m.q.Themes[m.themeCursor]
	m.setStatus(fmt.Sprintf(respondentTextsFor(m.opts.Lang).AssignPrompt, th.Title.In(m.opts.Lang))+m.assign.View(), false)
}

// assignKey edits the name; Enter records it, Esc cancels.
func (m *Model) assignKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.Type {
	case tea.KeyEsc:
		m.assign = nil
		m.setStatus("", false)
		return nil
	case tea.KeyEnter:
		name, role, _ := strings.Cut(m.assign.Value(), ",")
		m.assign = nil
		th := m.q.Themes[m.themeCursor]
		if strings.TrimSpace(name) == "" {
			m.setStatus("", false)
			return nil
		}
		if err := m.sess.Assign(th.ID, strings.TrimSpace(name), strings.TrimSpace(role)); err != nil {
			m.setStatus(err.Error(), true)
			return nil
		}
		who := m.sess.AnsweredBy(th)
		m.setStatus(fmt.Sprintf(respondentTextsFor(m.opts.Lang).AssignedTo, th.Title.In(m.opts.Lang), who), false)
		return m.autosave()
	}
	in, cmd := m.assign.Update(msg)
	m.assign = &in
	m.showAssign()
	return cmd
}

// sideCount is the theme list's "answered/total"; in a part, a theme that
// someone else answers shows "–" instead of "0/0".
func (m *Model) sideCount(th *assessment.Theme, done, total int) string {
	if m.sess.IsPart() && !containsString(m.sess.A.Part.Themes, th.ID) && total == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d", done, total)
}

// partPosition is Position within a part: its questions, numbered in
// questionnaire order.
func (s *Session) partPosition() (int, int) {
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

// asked is how many questions the session can ask: the questionnaire's, or
// the part's.
func (s *Session) asked() int {
	if s.IsPart() {
		return len(s.A.Part.Questions)
	}
	return len(s.Q.Questions())
}
