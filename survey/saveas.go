package survey

import (
	"soeverein/safetext"
	"strings"

	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/texts"
)

// saveAsPage is the "save as" screen: another file name for the answers
// after a failed save. It owns its input; the Model hands it keys, other
// messages (cursor blinks, pastes) and the answer of the file check.
type saveAsPage struct {
	input textinput.Model
}

var _ screenPage = (*saveAsPage)(nil)

// open shows the page with the current file name to edit, returning to
// the current screen afterwards.
func (p *saveAsPage) open(m *Model) tea.Cmd { return p.openWith(m, m.sess.Path) }

// openWith shows the page with path to edit (a free name beside a file
// that changed on disk), returning to the current screen afterwards.
func (p *saveAsPage) openWith(m *Model, path string) tea.Cmd {
	m.back = m.screen
	p.input.SetValue(path)
	p.input.CursorEnd()
	m.setScreen(screenSaveAs)
	m.setStatus("", false) // "press s for another name" is done: the page says why it is open
	return p.input.Focus()
}

// pathCheckedMsg says whether the file name typed in "save as" is taken.
type pathCheckedMsg struct {
	path   string
	exists bool
}

func (p *saveAsPage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		p.input.Blur()
		m.setScreen(m.back)
		return nil
	case "enter":
		path := strings.TrimSpace(p.input.Value())
		switch {
		case path == "":
			return nil
		case path == m.sess.Path:
			// Try the same file again (the folder may be writable now).
			m.sess.SetPath(path)
			p.input.Blur()
			m.setScreen(m.back)
			return nil
		}
		return func() tea.Msg { return pathCheckedMsg{path: path, exists: exists(path)} }
	}
	return p.forward(msg)
}

// pathChecked takes the name typed when it is free, or says it is taken.
func (p *saveAsPage) pathChecked(m *Model, msg pathCheckedMsg) {
	if m.screen != screenSaveAs {
		return
	}
	if msg.exists {
		m.setStatus(m.c.T(texts.SurveyErrPathTaken, texts.A("file", msg.path)), true)
		return
	}
	m.sess.SetPath(msg.path)
	p.input.Blur()
	m.setStatus("", false)
	m.setScreen(m.back)
}

// forward passes other messages (cursor blinks, pastes) to the input.
func (p *saveAsPage) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd
}

func (p *saveAsPage) view(m *Model, w, h int) string {
	s := m.st.Title.Render(m.c.T(texts.SurveySaveAsTitle)) + "\n\n"
	if err := m.sess.SaveError(); err != nil {
		s += m.st.Error.Render(wrap(m.c.T(texts.SurveySaveAsReason, texts.A("error", safetext.Terminal(texts.Message(m.c, err)))), w)) + "\n\n"
	}
	s += wrap(m.c.T(texts.SurveySaveAsIntro), w) + "\n\n" +
		m.st.Cursor.Render("› ") + p.input.View() + "\n\n" + m.st.Muted.Render(m.c.T(texts.SurveySaveAsHint))
	return m.scrollTo(s, w, h, 0, 0)
}
