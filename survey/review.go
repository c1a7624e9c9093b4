package survey

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
)

// reviewSection is one heading of the review screen with its questions.
type reviewSection struct {
	title     string
	questions []*assessment.Question
}

func (m *Model) reviewSections(r Review) []reviewSection {
	return []reviewSection{
		{m.c.f(m.c.ReviewUnanswered, len(r.Unanswered)), r.Unanswered},
		{m.c.f(m.c.ReviewDontKnow, len(r.DontKnow)), r.DontKnow},
		{m.c.f(m.c.ReviewMarked, len(r.Marked)), r.Marked},
		{m.c.f(m.c.ReviewUnconfirmed, len(r.Unconfirmed)), r.Unconfirmed},
	}
}

// reviewItems are the questions the cursor moves over, section by section.
func (m *Model) reviewItems() []*assessment.Question {
	var out []*assessment.Question
	for _, s := range m.reviewSections(m.sess.Review()) {
		out = append(out, s.questions...)
	}
	return out
}

func (m *Model) reviewKey(msg tea.KeyMsg) tea.Cmd {
	items := m.reviewItems()
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		m.reviewCursor = max(0, m.reviewCursor-1)
	case key.Matches(msg, k.Down):
		m.reviewCursor = min(max(0, len(items)-1), m.reviewCursor+1)
	case key.Matches(msg, k.Jump):
		if m.reviewCursor < len(items) {
			m.sess.Goto(items[m.reviewCursor].ID)
			m.setStatus("", false)
			m.setScreen(screenQuestion)
		}
	case key.Matches(msg, k.Finish):
		return m.finishOrDone()
	case key.Matches(msg, k.Back), key.Matches(msg, k.Review):
		m.setScreen(screenQuestion)
	case key.Matches(msg, k.Quit):
		return m.stop(false)
	}
	return nil
}

// questionLine is "Theme · question text" on one line of width w.
func (m *Model) questionLine(qu *assessment.Question, w int) string {
	t := m.q.ThemeOf(qu.ID)
	s := qu.Text.In(m.opts.Lang)
	if t != nil {
		s = t.Title.In(m.opts.Lang) + " · " + s
	}
	return truncate(s, w)
}

func (m *Model) viewReview(w, h int) string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.c.ReviewTitle) + "\n\n")
	cursorLine := 0
	r := m.sess.Review()
	if r.Empty() {
		b.WriteString(m.st.Good.Render(wrap(m.c.ReviewAllDone, w)) + "\n")
	}
	i := 0
	lines := 2
	for _, s := range m.reviewSections(r) {
		if len(s.questions) == 0 {
			continue
		}
		b.WriteString(m.st.Header.Render(s.title) + "\n")
		lines++
		for _, qu := range s.questions {
			marker := "  "
			line := m.questionLine(qu, w-4)
			if i == m.reviewCursor {
				marker = m.st.Cursor.Render("› ")
				line = m.st.Selected.Render(line)
				cursorLine = lines
			}
			b.WriteString("  " + marker + line + "\n")
			i++
			lines++
		}
		b.WriteString("\n")
		lines++
	}
	b.WriteString(m.viewGone(r.Gone, w))
	b.WriteString(m.st.Muted.Render(wrap(m.c.ReviewFinishHint, w)))
	return m.scrollTo(b.String(), w, h, cursorLine, 0)
}

// viewGone lists the answers to questions that no longer exist: read-only,
// without a cursor (there is no question to jump to).
func (m *Model) viewGone(gone []GoneAnswer, w int) string {
	if len(gone) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(m.st.Header.Render(truncate(m.c.f(m.c.ReviewGone, len(gone)), w)) + "\n")
	for _, g := range gone {
		line := g.ID
		if g.LastYear {
			line += " (" + m.c.GoneLastYear + ")"
		}
		if d := describeRaw(g.Answer); d != "" {
			line += ": " + d
		}
		b.WriteString("    " + m.st.Muted.Render(truncate(line, w-4)) + "\n")
	}
	return b.String() + "\n"
}
