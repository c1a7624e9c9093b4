package survey

import (
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// The note (and council text) and evidence editors are pages (see page.go). They keep what was
// typed when they close: esc never throws text away, because losing typed
// text is worse than having to delete it.

// textEditor is what both editors are: a text area that gets the typing,
// cursor blinks and pastes.
type textEditor struct {
	area textarea.Model
}

// forward passes other messages (typing, cursor blinks, pastes) to the
// editor.
func (e *textEditor) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	return cmd
}

// close leaves the editor for the question screen.
func (e *textEditor) close(m *Model) {
	e.area.Blur()
	m.setScreen(screenQuestion)
}

// size fits the editor to w columns and h rows, less the rows around it.
func (e *textEditor) size(w, h, around int) {
	e.area.SetWidth(max(20, w))
	e.area.SetHeight(max(3, h-around))
}

// top is the editor's title (with the question) and its hint.
func (e *textEditor) top(m *Model, title, hint texts.Key, w int) string {
	qu := m.sess.Current()
	return m.st.Title.Render(truncate(m.c.T(title, texts.A("question", shown(qu.Text, m.opts.Lang))), w)) + "\n" +
		m.st.Muted.Render(wrap(m.c.T(hint), w)) + "\n\n" + e.area.View()
}

// notePage edits the current question's note, or its council text: the
// public text in the college's voice that the council answer uses (the
// same screen, another field).
type notePage struct {
	textEditor
	council bool // editing the council text
}

var _ screenPage = (*notePage)(nil)

// open shows the note of qu to edit.
func (p *notePage) open(m *Model, qu *assessment.Question) tea.Cmd {
	p.council = false
	p.area.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		// Shown, and kept when saved, with control and hidden characters
		// visible (the load warned about them): the editor draws them raw.
		p.area.SetValue(safetext.Terminal(ans.Note))
	}
	m.setScreen(screenNote)
	return p.area.Focus()
}

// openCouncil shows the council text of qu to edit.
func (p *notePage) openCouncil(m *Model, qu *assessment.Question) tea.Cmd {
	p.council = true
	p.area.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		p.area.SetValue(ans.CouncilText)
	}
	m.setScreen(screenNote)
	return p.area.Focus()
}

// keep stores what is typed as the note or the council text.
func (p *notePage) keep(m *Model) {
	if p.council {
		m.sess.SetCouncilText(p.area.Value())
		return
	}
	m.sess.SetNote(p.area.Value())
}

func (p *notePage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+s":
		p.keep(m)
		p.close(m)
		return nil
	}
	return p.forward(msg)
}

func (p *notePage) setSize(w, h int) { p.size(w, h, 12) }

func (p *notePage) view(m *Model, w, h int) string {
	title, hint := texts.SurveyNoteTitle, texts.SurveyNoteHint
	if p.council {
		title, hint = texts.SurveyCouncilTextTitle, texts.SurveyCouncilTextHint
	}
	s := p.top(m, title, hint, w)
	return m.scrollTo(s, w, h, 0, 0)
}

// evidencePage edits the current question's evidence, one item per line,
// and its level (tab goes round the levels and none).
type evidencePage struct {
	textEditor
	level int // 0 none, 1.. assessment.EvidenceLevels()
}

var _ screenPage = (*evidencePage)(nil)

// open shows the evidence of qu to edit.
func (p *evidencePage) open(m *Model, qu *assessment.Question) tea.Cmd {
	p.area.SetValue("")
	p.level = 0
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		p.area.SetValue(safetext.Terminal(strings.Join(ans.Evidence, "\n")))
		for i, l := range assessment.EvidenceLevels() {
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
	return assessment.EvidenceLevels()[p.level-1]
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
		p.close(m)
		return nil
	case "tab":
		p.level = (p.level + 1) % (len(assessment.EvidenceLevels()) + 1)
		return nil
	}
	return p.forward(msg)
}

func (p *evidencePage) setSize(w, h int) { p.size(w, h, 14) }

func (p *evidencePage) view(m *Model, w, h int) string {
	s := p.top(m, texts.SurveyEvidenceTitle, texts.SurveyEvidenceHint, w) + "\n\n" +
		m.st.Header.Render(m.c.T(texts.SurveyEvidenceLevel)+": ") + "‹ " + m.st.Selected.Render(levelName(m.c, p.chosenLevel())) + " ›"
	// The editor and the level under it matter more than the title.
	return m.scrollTo(s, w, h, strings.Count(s, "\n"), 0)
}
