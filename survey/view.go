package survey

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"soeverein/assessment"
)

// The smallest window the layout is drawn for; below it the survey asks for
// a larger one (the accessible mode works at any size).
const (
	minWidth  = 60
	minHeight = 16
)

// View draws the screen. It only reads the model.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return wrap(m.c.f(m.c.TooSmall, minWidth, minHeight), m.width)
	}
	header := m.viewHeader()
	footer := m.viewFooter()
	h := max(1, m.height-lipgloss.Height(header)-lipgloss.Height(footer))
	return header + "\n" + m.viewBody(h) + "\n" + footer
}

// mainWidth is the width of the main pane.
func (m *Model) mainWidth() int {
	if m.showsSidebar() {
		return m.width - m.sidebarWidth() - 3
	}
	return m.width - 1
}

func (m *Model) showsSidebar() bool {
	return (m.screen == screenQuestion || m.screen == screenThemes) && m.width >= 72
}

func (m *Model) sidebarWidth() int { return min(max(m.width/4, 24), 34) }

// bodyHeight is the height between header and footer.
func (m *Model) bodyHeight() int {
	return max(1, m.height-2-lipgloss.Height(m.viewFooter()))
}

func (m *Model) viewHeader() string {
	left := m.st.Title.Render(m.c.AppTitle)
	right := ""
	if s := m.sess; s != nil {
		a := s.A
		left += m.st.Muted.Render(fmt.Sprintf(" · %s (%s) · %d", a.Municipality.Name, a.Municipality.CBSCode, a.Period.Year))
		right = m.st.Muted.Render(filepath.Base(s.Path))
		if s.SaveError() != nil {
			right = m.st.Error.Render(m.c.NotSaved) + " " + right
		}
	}
	w := m.width - 1
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 && m.sess != nil && m.sess.SaveError() != nil {
		// No room for the file name: the warning matters more.
		right = m.st.Error.Render(m.c.NotSaved)
		gap = w - ansi.StringWidth(left) - ansi.StringWidth(right)
	}
	if gap < 1 {
		left = truncate(left, max(1, w-ansi.StringWidth(right)-1))
		gap = max(1, w-ansi.StringWidth(left)-ansi.StringWidth(right))
	}
	return left + strings.Repeat(" ", gap) + right + "\n" + m.st.Rule.Render(strings.Repeat("─", w))
}

func (m *Model) viewFooter() string {
	w := m.width - 1
	var lines []string
	if m.sess != nil && m.screen != screenFinish {
		done, total := m.sess.Progress(nil)
		text := " " + m.c.f(m.c.Answered, done, total)
		if n := len(m.sess.Unconfirmed()); n > 0 {
			text += m.c.f(m.c.Unconfirmed, n)
		}
		bar := m.bar
		bar.Width = max(10, min(40, w-ansi.StringWidth(text)))
		lines = append(lines, bar.ViewAs(ratio(done, total))+m.st.Muted.Render(text))
	}
	if m.sess != nil && m.sess.SaveError() != nil && !m.quitArmed {
		lines = append(lines, m.st.Error.Render(wrap(m.c.f(m.c.SaveFailed, m.sess.SaveError()), w)))
	}
	if m.status != "" {
		style := m.st.Muted
		if m.statusErr {
			style = m.st.Error
		}
		lines = append(lines, style.Render(wrap(m.status, w)))
	}
	// The help bubble can overrun its width by an item; cut every line.
	keys := m.keys
	keys.carried = m.screen == screenQuestion && m.sess != nil && m.sess.Current() != nil && m.sess.IsUnconfirmed(m.sess.Current())
	for _, l := range strings.Split(m.help.View(keys), "\n") {
		lines = append(lines, truncate(l, w))
	}
	return strings.Join(lines, "\n")
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (m *Model) viewBody(h int) string {
	w := m.mainWidth()
	switch m.screen {
	case screenPick:
		return scrollTo(m.viewPick(w), w, h, 0, 0)
	case screenForm:
		at := 2 + 2*m.form.focus
		if m.last != nil {
			at++ // the line about last year's file
		}
		return scrollTo(m.viewForm(w), w, h, at, 0)
	case screenQuestion, screenThemes:
		if !m.showsSidebar() {
			if m.screen == screenThemes { // too narrow for both: the list alone
				return m.viewSidebar(w, h)
			}
			return m.viewQuestion(w, h)
		}
		return besides(m.viewSidebar(m.sidebarWidth(), h), m.st.Rule.Render(" │ "), m.viewQuestion(w, h))
	case screenNote:
		return scrollTo(m.viewNote(w), w, h, 0, 0)
	case screenEvidence:
		return scrollTo(m.viewEvidence(w), w, h, 0, 0)
	case screenSaveAs:
		return scrollTo(m.viewSaveAs(w), w, h, 0, 0)
	case screenReview:
		return m.viewReview(w, h)
	case screenFinish:
		if m.finish != nil {
			return m.viewFinish(w, h)
		}
	}
	return ""
}

func (m *Model) viewSidebar(w, h int) string {
	cur := m.q.ThemeOf(m.sess.Current().ID)
	title := m.c.Themes
	if m.screen == screenThemes {
		title = m.c.ThemesPick
	}
	lines := []string{m.st.Header.Render(truncate(title, w))}
	at := 0
	for i, t := range m.q.Themes {
		done, total := m.sess.Progress(t)
		count := fmt.Sprintf("%d/%d", done, total)
		marker := "  "
		name := t.Title.In(m.opts.Lang)
		focused := m.screen == screenThemes && i == m.themeCursor || m.screen != screenThemes && t == cur
		if focused {
			marker = "› "
			at = len(lines)
		}
		name = padRight(truncate(name, w-ansi.StringWidth(count)-3), w-ansi.StringWidth(count)-2)
		line := marker + name + count
		switch {
		case focused:
			line = m.st.Selected.Render(line)
		case total > 0 && done == total:
			line = m.st.Good.Render(line)
		case total == 0:
			line = m.st.Muted.Render(line)
		}
		lines = append(lines, line)
	}
	return scrollTo(strings.Join(lines, "\n"), w, h, at, 0)
}

// viewQuestion draws the current question in a pane of w by h; the pane
// scrolls to keep the cursor in view.
func (m *Model) viewQuestion(w, h int) string {
	qu := m.sess.Current()
	if qu == nil {
		return scrollTo(m.c.NoQuestion, w, h, 0, 0)
	}
	lang := m.opts.Lang
	ans := m.sess.A.Get(qu.ID)
	var b strings.Builder
	line := 0
	add := func(s string) {
		b.WriteString(s + "\n")
		line += strings.Count(s, "\n") + 1
	}
	i, n := m.sess.Position()
	theme := m.q.ThemeOf(qu.ID)
	add(m.st.Muted.Render(truncate(theme.Title.In(lang)+" · "+m.c.f(m.c.QuestionOf, i+1, n), w)))
	add("")
	add(m.st.Bold.Render(wrap(qu.Text.In(lang), w)))
	if ans != nil && ans.Review {
		add(m.st.Warn.Render("! " + m.c.Marked))
	}
	if line := m.previousLine(qu, ans, w); line != "" {
		add(line)
	}
	if qu.Type == assessment.Multi {
		add(m.st.Muted.Render(wrap(m.c.MultiHint, w)))
	}
	add("")
	cursorLine := line
	for ri, r := range m.rows(qu) {
		if ri == m.cursor {
			cursorLine = line
		}
		add(m.viewRow(qu, ans, r, ri == m.cursor, w))
	}
	add("")
	m.viewDetails(add, qu, ans, w)
	return scrollTo(strings.TrimRight(b.String(), "\n"), w, h, cursorLine, m.scroll)
}

// previousLine shows last year's answer beside the question: waiting to be
// confirmed, unchanged, or changed (so the difference stays visible). A
// carried-over answer whose file of origin is not at hand shows itself.
func (m *Model) previousLine(qu *assessment.Question, ans *assessment.Answer, w int) string {
	lang := m.opts.Lang
	prev := m.sess.Previous(qu)
	pending := m.sess.IsUnconfirmed(qu)
	switch {
	case prev == nil && !pending:
		return ""
	case prev == nil:
		return m.st.Warn.Render(wrap(m.c.f(m.c.CarriedEarlier, describeAnswer(m.c, lang, qu, ans)), w)) + "\n" +
			m.st.Muted.Render(wrap(m.c.CarriedOver, w))
	}
	text := m.c.f(m.c.LastYear, describeAnswer(m.c, lang, qu, prev))
	switch {
	case pending:
		return m.st.Warn.Render(wrap(text+" "+m.c.CarriedPending, w)) + "\n" +
			m.st.Muted.Render(wrap(m.c.CarriedOver, w))
	case sameAnswer(prev, ans):
		return m.st.Muted.Render(wrap(text+" "+m.c.LastYearSame, w))
	}
	return m.st.Header.Render(wrap(text+" "+m.c.LastYearChanged, w))
}

// viewRow draws one option: cursor, key, mark, label (wrapped, hanging).
func (m *Model) viewRow(qu *assessment.Question, ans *assessment.Answer, r row, cursor bool, w int) string {
	marker := "  "
	if cursor {
		marker = m.st.Cursor.Render("› ")
	}
	if r.option == "" {
		unit := ""
		switch qu.Unit {
		case "percent":
			unit = m.c.UnitPercent
		case "count":
			unit = m.c.UnitCount
		}
		return marker + m.c.f(m.c.ValuePrompt, fmtNum(*qu.Min), fmtNum(*qu.Max), unit) + " " + m.number.View()
	}
	chosen := false
	for _, s := range ans.Selected() {
		chosen = chosen || s == r.option
	}
	mark := "( ) "
	switch {
	case qu.Type == assessment.Multi && r.option != assessment.DontKnow && r.option != assessment.NotApplicable && chosen:
		mark = "[x] "
	case qu.Type == assessment.Multi && r.option != assessment.DontKnow && r.option != assessment.NotApplicable:
		mark = "[ ] "
	case chosen:
		mark = "(•) "
	}
	k := padRight(r.key, 2)
	indent := 2 + 2 + 4
	label := wrap(r.label, max(10, w-indent))
	label = indentLines(label, strings.Repeat(" ", indent))[indent:]
	if chosen {
		label = m.st.Selected.Render(label)
		mark = m.st.Selected.Render(mark)
	}
	return marker + k + mark + label
}

// viewDetails adds the explanation, references, note and evidence.
func (m *Model) viewDetails(add func(string), qu *assessment.Question, ans *assessment.Answer, w int) {
	lang := m.opts.Lang
	if m.showHelp {
		add(m.st.Header.Render(m.c.HelpTitle))
		add(wrap(qu.Help.In(lang), w))
	} else {
		add(m.st.Muted.Render(m.c.HelpHint))
	}
	if len(qu.Refs) > 0 {
		add(m.st.Header.Render(m.c.Refs))
		for _, id := range qu.Refs {
			if ref := m.q.Reference(id); ref != nil {
				text := ref.Title
				if ref.Publisher != "" {
					text += " (" + ref.Publisher + ")"
				}
				add(indentLines(wrap(text, w-2), "  "))
			}
		}
	}
	if ans != nil && ans.Note != "" {
		add(m.st.Header.Render(m.c.Note+": ") + truncate(strings.ReplaceAll(ans.Note, "\n", " "), w-ansi.StringWidth(m.c.Note)-2))
	}
	if ans != nil && (len(ans.Evidence) > 0 || ans.EvidenceLevel != "") {
		add(m.st.Header.Render(m.c.Evidence+": ") + m.c.f(m.c.EvidenceCount, len(ans.Evidence)) + ", " + m.levelLabel(ans.EvidenceLevel))
	}
}

func (m *Model) viewNote(w int) string {
	qu := m.sess.Current()
	return m.st.Title.Render(truncate(m.c.f(m.c.NoteTitle, qu.Text.In(m.opts.Lang)), w)) + "\n" +
		m.st.Muted.Render(wrap(m.c.NoteHint, w)) + "\n\n" + m.note.View()
}

func (m *Model) viewEvidence(w int) string {
	qu := m.sess.Current()
	return m.st.Title.Render(truncate(m.c.f(m.c.EvidenceTitle, qu.Text.In(m.opts.Lang)), w)) + "\n" +
		m.st.Muted.Render(wrap(m.c.EvidenceHint, w)) + "\n\n" + m.evidence.View() + "\n\n" +
		m.st.Header.Render(m.c.EvidenceLevel+": ") + "‹ " + m.st.Selected.Render(m.levelLabel(m.evidenceLevel())) + " ›"
}

func (m *Model) viewSaveAs(w int) string {
	return m.st.Title.Render(m.c.SaveAsTitle) + "\n\n" + wrap(m.c.SaveAsIntro, w) + "\n\n" +
		m.st.Cursor.Render("› ") + m.saveAs.View() + "\n\n" + m.st.Muted.Render(m.c.SaveAsHint)
}

// Text helpers. Widths are in terminal cells.

// wrap breaks text into lines of at most w cells, at spaces where it can.
func wrap(s string, w int) string { return ansi.Wrap(s, max(w, 1), "") }

// truncate cuts a line to w cells, ending in … when cut.
func truncate(s string, w int) string { return ansi.Truncate(s, max(w, 1), "…") }

// padRight pads a line with spaces to w cells.
func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// indentLines puts prefix before every line of s.
func indentLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// scrollTo shows content in a box of exactly w by h cells, scrolled so
// that line at is visible, plus extra lines further down. It does what
// bubbles/viewport does for a read-only pane at a fraction of the cost: one
// width measurement per visible line (View runs on every key).
func scrollTo(content string, w, h, at, extra int) string {
	lines := strings.Split(content, "\n")
	off := 0
	if at > h-2 {
		off = at - h + 2
	}
	off = max(0, min(off+extra, len(lines)-h))
	var b strings.Builder
	for i := 0; i < h; i++ {
		line := ""
		if off+i < len(lines) {
			line = lines[off+i]
		}
		if lw := ansi.StringWidth(line); lw > w {
			line = ansi.Truncate(line, w, "")
		} else {
			line += strings.Repeat(" ", w-lw)
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// besides puts two boxes of the same height side by side.
func besides(left, sep, right string) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	var b strings.Builder
	for i := range max(len(l), len(r)) {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(l) {
			b.WriteString(l[i])
		}
		b.WriteString(sep)
		if i < len(r) {
			b.WriteString(r[i])
		}
	}
	return b.String()
}
