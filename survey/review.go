package survey

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// reviewSection is one heading of the review screen with its questions.
type reviewSection struct {
	title     string
	questions []*assessment.Question
}

func (m *Model) reviewSections(r engine.Review) []reviewSection {
	return []reviewSection{
		{m.c.T(texts.SurveyReviewUnanswered, texts.Int("count", len(r.Unanswered))), r.Unanswered},
		{m.c.T(texts.SurveyReviewDontKnow, texts.Int("count", len(r.DontKnow))), r.DontKnow},
		{m.c.T(texts.SurveyReviewMarked, texts.Int("count", len(r.Marked))), r.Marked},
		{m.c.T(texts.SurveyReviewUnconfirmed, texts.Int("count", len(r.Unconfirmed))), r.Unconfirmed},
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

// reviewPage is the review screen: what still needs work before finishing,
// by section, with a cursor to jump to a question.
type reviewPage struct {
	cursor int // over reviewItems, section by section
}

var _ screenPage = (*reviewPage)(nil)

func (p *reviewPage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	items := m.reviewItems()
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		p.cursor = max(0, p.cursor-1)
	case key.Matches(msg, k.Down):
		p.cursor = min(max(0, len(items)-1), p.cursor+1)
	case key.Matches(msg, k.Jump):
		if p.cursor < len(items) {
			m.sess.Goto(items[p.cursor].ID)
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
	s := shown(qu.Text, m.opts.Lang)
	if t != nil {
		s = shown(t.Title, m.opts.Lang) + " · " + s
	}
	return truncate(s, w)
}

func (p *reviewPage) view(m *Model, w, h int) string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.c.T(texts.SurveyReviewTitle)) + "\n\n")
	cursorLine := 0
	r := m.sess.Review()
	if r.Empty() {
		b.WriteString(m.st.Good.Render(wrap(m.c.T(texts.SurveyReviewAllDone), w)) + "\n")
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
			if i == p.cursor {
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
	b.WriteString(m.st.Muted.Render(wrap(m.c.T(texts.SurveyReviewFinishHint), w)))
	return m.scrollTo(b.String(), w, h, cursorLine, 0)
}

// viewGone lists the answers to questions that no longer exist: read-only,
// without a cursor (there is no question to jump to).
func (m *Model) viewGone(gone []engine.GoneAnswer, w int) string {
	if len(gone) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(m.st.Header.Render(truncate(m.c.T(texts.SurveyReviewGone, texts.Int("count", len(gone))), w)) + "\n")
	for _, g := range gone {
		line := g.ID
		if g.LastYear {
			line += " (" + m.c.T(texts.SurveyGoneLastYear) + ")"
		}
		if d := describeRaw(g.Answer); d != "" {
			line += ": " + d
		}
		b.WriteString("    " + m.st.Muted.Render(truncate(line, w-4)) + "\n")
	}
	return b.String() + "\n"
}
