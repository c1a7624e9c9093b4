package survey

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

func (a *lineMode) partIntro() {
	if a.sess == nil || !a.sess.IsPart() {
		return
	}
	t, lang := texts.Lang(a.opts.Lang), a.opts.Lang
	var mine []string
	for _, id := range a.sess.A.Part.Themes {
		if th := a.q.Theme(id); th != nil {
			mine = append(mine, th.Title.In(lang))
		}
	}
	fmt.Fprintln(a.w, t.T(texts.SurveyRespPartIntro, texts.A("person", cleanText(a.sess.A.Part.Name)), texts.A("themes", strings.Join(mine, ", "))))
	for _, th := range a.q.Themes {
		if engine.ContainsString(a.sess.A.Part.Themes, th.ID) {
			continue
		}
		if who := cleanText(a.sess.AnsweredBy(th)); who != "" {
			fmt.Fprintln(a.w, "  "+t.T(texts.SurveyRespPartOthers, texts.A("theme", th.Title.In(lang)), texts.A("people", who)))
		}
	}
}

// partDone asks, at the end of a part, whether it is done; a part has no
// report of its own (the main file's report comes after the merge).
func (a *lineMode) partDone() (finished bool, err error) {
	t := texts.Lang(a.opts.Lang)
	line, err := a.read(t.T(texts.SurveyRespDoneAsk))
	if err != nil {
		return false, err
	}
	switch strings.ToLower(line) {
	case t.T(texts.SurveyRespDoneYes), "ja", "yes", "j", "y":
		a.sess.SetDone(true)
		fmt.Fprintln(a.w, t.T(texts.SurveyRespDoneMarked))
		return true, errStop
	}
	if !a.sess.NextOpen() {
		return true, errStop
	}
	return false, nil
}

// assignThemes asks, in the accessible mode, who answers each theme.
func (a *lineMode) assignThemes() error {
	t, lang := texts.Lang(a.opts.Lang), a.opts.Lang
	for _, th := range a.q.Themes {
		if who := cleanText(a.sess.AnsweredBy(th)); who != "" {
			fmt.Fprintln(a.w, t.T(texts.SurveyRespAssignedTo, texts.A("theme", th.Title.In(lang)), texts.A("person", who)))
		}
		line, err := a.read(t.T(texts.SurveyRespAssignAsk, texts.A("theme", th.Title.In(lang))))
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
			fmt.Fprintln(a.w, a.c.T(texts.SurveyAccInvalid, texts.A("problem", texts.Message(a.c, err))))
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
	t := texts.Lang(m.opts.Lang)
	done := !m.sess.A.Part.Done
	m.sess.SetDone(done)
	if done {
		m.setStatus(t.T(texts.SurveyRespDoneMarked), false)
	} else {
		m.setStatus(t.T(texts.SurveyRespDoneUnmarked), false)
	}
	m.setScreen(screenQuestion)
	return m.autosave()
}

// themeElsewhere says who answers a theme the part does not hold, for the
// status line when the user picks it.
func (m *Model) themeElsewhere(th *assessment.Theme) string {
	if m.sess == nil || !m.sess.IsPart() || engine.ContainsString(m.sess.A.Part.Themes, th.ID) {
		return ""
	}
	t := texts.Lang(m.opts.Lang)
	if who := cleanText(m.sess.AnsweredBy(th)); who != "" {
		return th.Title.In(m.opts.Lang) + ": " + t.T(texts.SurveyRespAnsweredBy, texts.A("person", who))
	}
	return t.T(texts.SurveyRespPartNobody, texts.A("theme", th.Title.In(m.opts.Lang)))
}

// openAssign starts typing who answers the theme under the cursor.
func (m *Model) openAssign() {
	t := texts.Lang(m.opts.Lang)
	if m.sess.IsPart() {
		m.setStatus(t.T(texts.SurveyRespAssignInPart), true)
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
	m.setStatus(texts.Lang(m.opts.Lang).T(texts.SurveyRespAssignPrompt, texts.A("theme", th.Title.In(m.opts.Lang)))+m.assign.View(), false)
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
		who := cleanText(m.sess.AnsweredBy(th))
		m.setStatus(texts.Lang(m.opts.Lang).T(texts.SurveyRespAssignedTo, texts.A("theme", th.Title.In(m.opts.Lang)), texts.A("person", who)), false)
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
	if m.sess.IsPart() && !engine.ContainsString(m.sess.A.Part.Themes, th.ID) && total == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d", done, total)
}
