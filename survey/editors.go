package survey

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// The note and evidence editors keep what was typed when they close: esc
// never throws text away, because losing typed text is worse than having to
// delete it.

func (m *Model) openNote(qu *assessment.Question) tea.Cmd {
	m.note.SetValue("")
	if ans := m.sess.A.Get(qu.ID); ans != nil {
		// Shown, and kept when saved, with control and hidden characters
		// visible (the load warned about them): the editor draws them raw.
		m.note.SetValue(safetext.Terminal(ans.Note))
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

func (m *Model) levelLabel(level string) string { return levelName(m.c, level) }

func (m *Model) editorKey(msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "esc", "ctrl+s":
		if m.screen == screenNote {
			m.sess.SetNote(m.note.Value())
			m.note.Blur()
		} else {
			if err := m.sess.SetEvidence(m.evidence.Value(), m.evidenceLevel()); err != nil {
				m.setStatus(texts.Message(m.c, err), true)
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
