package survey

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
)

// The note and evidence editors keep what was typed when they close: esc
// never throws text away, because losing typed text is worse than having to
// delete it.

func (m *Model) openNote(qu *assessment.Question) tea.Cmd {
	m.councilText = false
	m.note.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		// Shown, and kept when saved, with control and hidden characters
		// visible (the load warned about them): the editor draws them raw.
		m.note.SetValue(safetext.Terminal(ans.Note))
	}
	m.setScreen(screenNote)
	return m.note.Focus()
}

// openCouncilText opens the note editor for the public text the council
// answer uses: the same screen, another field.
func (m *Model) openCouncilText(qu *assessment.Question) tea.Cmd {
	m.councilText = true
	m.note.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		m.note.SetValue(ans.CouncilText)
	}
	m.setScreen(screenNote)
	return m.note.Focus()
}

func (m *Model) openEvidence(qu *assessment.Question) tea.Cmd {
	m.evidence.SetValue("")
	m.level = 0
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		m.evidence.SetValue(safetext.Terminal(strings.Join(ans.Evidence, "\n")))
		for i, l := range assessment.EvidenceLevels {
			if l == ans.EvidenceLevel {
				m.level = i + 1
			}
		}
	}
	m.setScreen(screenEvidence)
	return m.evidence.Focus()
}

// evidenceLevel is the level chosen in the editor, or "".
func (m *Model) evidenceLevel() string {
	if m.level == 0 {
		return ""
	}
	return assessment.EvidenceLevels[m.level-1]
}

func (m *Model) levelLabel(level string) string {
	for i, l := range assessment.EvidenceLevels {
		if l == level {
			return m.c.EvidenceLevels[i]
		}
	}
	return m.c.NoEvidenceLevel
}

func (m *Model) editorKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+s":
		if m.screen == screenNote && m.councilText {
			m.sess.SetCouncilText(m.note.Value())
			m.note.Blur()
		} else if m.screen == screenNote {
			m.sess.SetNote(m.note.Value())
			m.note.Blur()
		} else {
			if err := m.sess.SetEvidence(m.evidence.Value(), m.evidenceLevel()); err != nil {
				m.setStatus(err.Error(), true)
			}
			m.evidence.Blur()
		}
		m.setScreen(screenQuestion)
		return nil
	case "tab":
		if m.screen == screenEvidence {
			m.level = (m.level + 1) % (len(assessment.EvidenceLevels) + 1)
			return nil
		}
	}
	return m.forward(msg)
}

func (m *Model) openSaveAs() tea.Cmd {
	m.back = m.screen
	m.saveAs.SetValue(m.sess.Path)
	m.saveAs.CursorEnd()
	m.setScreen(screenSaveAs)
	return m.saveAs.Focus()
}

// pathCheckedMsg says whether the file name typed in "save as" is taken.
type pathCheckedMsg struct {
	path   string
	exists bool
}

func (m *Model) saveAsKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.saveAs.Blur()
		m.setScreen(m.back)
		return nil
	case "enter":
		path := strings.TrimSpace(m.saveAs.Value())
		switch {
		case path == "":
			return nil
		case path == m.sess.Path:
			// Try the same file again (the folder may be writable now).
			m.sess.SetPath(path)
			m.saveAs.Blur()
			m.setScreen(m.back)
			return nil
		}
		return func() tea.Msg { return pathCheckedMsg{path: path, exists: exists(path)} }
	}
	return m.forward(msg)
}

func (m *Model) handlePathChecked(msg pathCheckedMsg) {
	if m.screen != screenSaveAs {
		return
	}
	if msg.exists {
		m.setStatus(m.c.f(m.c.ErrPathTaken, msg.path), true)
		return
	}
	m.sess.SetPath(msg.path)
	m.saveAs.Blur()
	m.setStatus("", false)
	m.setScreen(m.back)
}
