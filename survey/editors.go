package survey

import (
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// The note and evidence editors are pages (see page.go). They keep what was
// typed when they close: esc never throws text away, because losing typed
// text is worse than having to delete it.

// notePage edits the current question's note.
type notePage struct {
	area textarea.Model
}

var _ screenPage = (*notePage)(nil)

// open shows the note of qu to edit.
func (p *notePage) open(m *Model, qu *assessment.Question) tea.Cmd {
	p.area.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		// Shown, and kept when saved, with control and hidden characters
		// visible (the load warned about them): the editor draws them raw.
		p.area.SetValue(safetext.Terminal(ans.Note))
	}
	m.setScreen(screenNote)
	return p.area.Focus()
}

// keep stores what is typed as the note.
func (p *notePage) keep(m *Model) { m.sess.SetNote(p.area.Value()) }

func (p *notePage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+s":
		p.keep(m)
		p.area.Blur()
		m.setScreen(screenQuestion)
		return nil
	}
	return p.forward(msg)
}

// forward passes other messages (typing, cursor blinks, pastes) to the
// editor.
func (p *notePage) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.area, cmd = p.area.Update(msg)
	return cmd
}

func (p *notePage) setSize(w, h int) {
	p.area.SetWidth(max(20, w))
	p.area.SetHeight(max(3, h-12))
}

func (p *notePage) view(m *Model, w, h int) string {
	qu := m.sess.Current()
	s := m.st.Title.Render(truncate(m.c.T(texts.SurveyNoteTitle, texts.A("question", qu.Text.In(m.opts.Lang))), w)) + "\n" +
		m.st.Muted.Render(wrap(m.c.T(texts.SurveyNoteHint), w)) + "\n\n" + p.area.View()
	return m.scrollTo(s, w, h, 0, 0)
}

// evidencePage edits the current question's evidence, one item per line,
// and its level (tab goes round the levels and none).
type evidencePage struct {
	area  textarea.Model
	level int // 0 none, 1.. assessment.EvidenceLevels
}

var _ screenPage = (*evidencePage)(nil)

// open shows the evidence of qu to edit.
func (p *evidencePage) open(m *Model, qu *assessment.Question) tea.Cmd {
	p.area.SetValue("")
	p.level = 0
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		p.area.SetValue(safetext.Terminal(strings.Join(ans.Evidence, "\n")))
		for i, l := range assessment.EvidenceLevels {
			if l == ans.EvidenceLevel {
				p.level = i + 1
			}
		}
	}
	m.setScreen(screenEvidence)
	return p.area.Focus()
}

// chosenLevel is the level chosen in the editor, or "".
func (p *evidencePage) chosenLevel() string {
	if p.level == 0 {
		return ""
	}
	return assessment.EvidenceLevels[p.level-1]
}

// keep stores what is typed and the level; an error (a level without
// evidence) keeps the rest.
func (p *evidencePage) keep(m *Model) error {
	return m.sess.SetEvidence(p.area.Value(), p.chosenLevel())
}

func (p *evidencePage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+s":
		if err := p.keep(m); err != nil {
			m.setStatus(texts.Message(m.c, err), true)
		}
		p.area.Blur()
		m.setScreen(screenQuestion)
		return nil
	case "tab":
		p.level = (p.level + 1) % (len(assessment.EvidenceLevels) + 1)
		return nil
	}
	return p.forward(msg)
}

// forward passes other messages (typing, cursor blinks, pastes) to the
// editor.
func (p *evidencePage) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.area, cmd = p.area.Update(msg)
	return cmd
}

func (p *evidencePage) setSize(w, h int) {
	p.area.SetWidth(max(20, w))
	p.area.SetHeight(max(3, h-14))
}

func (p *evidencePage) view(m *Model, w, h int) string {
	qu := m.sess.Current()
	s := m.st.Title.Render(truncate(m.c.T(texts.SurveyEvidenceTitle, texts.A("question", qu.Text.In(m.opts.Lang))), w)) + "\n" +
		m.st.Muted.Render(wrap(m.c.T(texts.SurveyEvidenceHint), w)) + "\n\n" + p.area.View() + "\n\n" +
		m.st.Header.Render(m.c.T(texts.SurveyEvidenceLevel)+": ") + "‹ " + m.st.Selected.Render(levelName(m.c, p.chosenLevel())) + " ›"
	// The editor and the level under it matter more than the title.
	return m.scrollTo(s, w, h, strings.Count(s, "\n"), 0)
}
