package survey

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// The smallest window the layout is drawn for; below it the survey asks for
// a larger one (the accessible mode works at any size).
const (
	minWidth  = 60
	minHeight = 12
)

// View draws the screen. It only reads the model.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return wrap(m.c.T(texts.SurveyTooSmall, texts.Int("width", minWidth), texts.Int("height", minHeight)), m.width)
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
	switch {
	case m.screen != screenQuestion && m.screen != screenThemes || m.width < 72:
		return false
	case m.screen == screenThemes || m.sess == nil:
		return true
	}
	return m.fitsBeside()
}

// fitsBeside reports whether the current question fits beside the theme
// list down to its last option and the note: everything needed to answer,
// without scrolling. When it does not, the question takes the whole width
// (t still shows the themes); explanation and sources may fold either way.
func (m *Model) fitsBeside() bool {
	qu := m.sess.Current()
	if qu == nil {
		return true
	}
	l := m.questionLines(qu, m.width-m.sidebarWidth()-3)
	need := len(l.head) + l.answerEnd
	if len(l.body) > l.answerEnd {
		need++ // the line that says there is more below
	}
	return need <= m.bodyHeight()
}

// sidebarWidth is the width of the theme list, plus the column of "·3"
// marks when there are answers to confirm (so that the theme names are not
// cut shorter for it): as wide as the longest theme name needs, but at most
// a quarter of a standard window (the question needs the room), two fifths
// of a wide one, and all but 30 columns while choosing a theme (t), when
// the names are what matters.
func (m *Model) sidebarWidth() int {
	share := m.width / 4
	switch {
	case m.screen == screenThemes:
		share = m.width - 30
	case m.width >= 100:
		share = m.width * 2 / 5
	}
	return max(24, min(share, m.themeListWidth())) + markWidth(m.toConfirm())
}

// themeListWidth is the width at which no theme name in the list is cut.
func (m *Model) themeListWidth() int {
	need := 0
	for _, t := range m.q.Themes {
		done, total := m.sess.Progress(t)
		need = max(need, 2+ansi.StringWidth(shown(t.Title, m.opts.Lang))+1+len(fmt.Sprintf("%d/%d", done, total)))
	}
	return need
}

// toConfirm counts the answers still to confirm per theme id.
func (m *Model) toConfirm() map[string]int {
	out := map[string]int{}
	if m.sess == nil {
		return out
	}
	for _, qu := range m.sess.Unconfirmed() {
		if t := m.q.ThemeOf(qu.ID); t != nil {
			out[t.ID]++
		}
	}
	return out
}

// markWidth is the width of the theme list's column of marks: " ·3", or
// nothing when no answer is to confirm.
func markWidth(counts map[string]int) int {
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	if most == 0 {
		return 0
	}
	return 2 + len(strconv.Itoa(most))
}

// bodyHeight is the height between header and footer.
func (m *Model) bodyHeight() int {
	return max(1, m.height-2-lipgloss.Height(m.viewFooter()))
}

func (m *Model) viewHeader() string {
	left := m.st.Title.Render(m.c.T(texts.SurveyAppTitle))
	right := ""
	if s := m.sess; s != nil {
		a := s.A
		left += m.st.Muted.Render(safetext.Terminal(fmt.Sprintf(" · %s (%s) · %d", a.Municipality.Name, a.Municipality.CBSCode, a.Period.Year)))
		right = m.st.Muted.Render(safetext.Terminal(filepath.Base(s.Path)))
		if s.SaveError() != nil {
			right = m.st.Error.Render(m.c.T(texts.SurveyNotSaved)) + " " + right
		}
	}
	w := m.width - 1
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 && m.sess != nil && m.sess.SaveError() != nil {
		// No room for the file name: the warning matters more.
		right = m.st.Error.Render(m.c.T(texts.SurveyNotSaved))
		gap = w - ansi.StringWidth(left) - ansi.StringWidth(right)
	}
	if gap < 1 {
		left = truncate(left, max(1, w-ansi.StringWidth(right)-1))
		gap = max(1, w-ansi.StringWidth(left)-ansi.StringWidth(right))
	}
	return left + strings.Repeat(" ", gap) + right + "\n" + m.st.Rule.Render(strings.Repeat("─", w))
}

// viewFooter is the progress, the status and the help under the body, cut
// to leave the body at least one row (the full help in a very low window).
func (m *Model) viewFooter() string {
	lines := strings.Split(m.footerLines(), "\n")
	if room := max(1, m.height-3); len(lines) > room {
		lines = lines[:room]
	}
	return strings.Join(lines, "\n")
}

func (m *Model) footerLines() string {
	w := m.width - 1
	var lines []string
	if m.sess != nil && m.screen != screenFinish {
		done, total := m.sess.Progress(nil)
		text := " " + m.c.T(texts.SurveyAnswered, texts.Int(
			// The bar fills with answers given or confirmed this year only;
			// carried-over ones still to confirm are counted beside it.
			"answered", done), texts.Int("total", total))

		filled := done
		if n := len(m.sess.Unconfirmed()); n > 0 {
			text += m.c.T(texts.SurveyUnconfirmed, texts.Int("count", n))
			filled -= n
		}
		// The hidden follow-ups explain why the total is less than the
		// questionnaire's, where there is room.
		if n := m.sess.Hidden(); n > 0 && w-ansi.StringWidth(text+m.c.N(texts.SurveyHiddenFollowUps, n)) >= 10 {
			text += m.c.N(texts.SurveyHiddenFollowUps, n)
		}
		bar := m.bar
		bar.Width = max(10, min(40, w-ansi.StringWidth(text)))
		lines = append(lines, bar.ViewAs(ratio(filled, total))+m.st.Muted.Render(text))
	}
	// The question about a changed file and the save-as page say
	// themselves why the save failed.
	if m.sess != nil && m.sess.SaveError() != nil && !m.quitArmed && m.screen != screenChanged && m.screen != screenSaveAs {
		lines = append(lines, m.st.Error.Render(wrap(m.c.T(texts.SurveySaveFailed, texts.A("error", texts.Message(m.c, m.sess.SaveError()))), w)))
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
	keys.marks = m.sess != nil && len(m.toConfirm()) > 0
	// The finish screen's help is one line: what is left is its height.
	keys.pages = m.screen == screenFinish && m.finish != nil &&
		strings.Count(m.finish.content(m, w), "\n")+1 > m.height-2-len(lines)-1
	lines = append(lines, m.viewHelp(keys, w)...)
	return strings.Join(lines, "\n")
}

// viewHelp is the help bar: bubbles/help's line or columns when they fit
// in w, else the same keys folded onto as many lines as they need, so that
// none is cut off in a small window.
func (m *Model) viewHelp(keys keyMap, w int) []string {
	whole := m.help
	whole.Width = 0 // bubbles/help would cut at its width: measure it uncut
	view := strings.Split(whole.View(keys), "\n")
	fits := true
	for _, l := range view {
		fits = fits && ansi.StringWidth(l) <= w
	}
	if fits {
		return view
	}
	groups := [][]key.Binding{keys.ShortHelp()}
	if m.help.ShowAll {
		groups = keys.FullHelp()
	}
	sep := m.st.Muted.Render(" • ")
	var lines []string
	line := ""
	for _, g := range groups {
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			item := b.Help().Key + " " + m.st.Muted.Render(b.Help().Desc)
			switch {
			case line == "":
				line = item
			case ansi.StringWidth(line+sep+item) <= w:
				line += sep + item
			default:
				lines = append(lines, line)
				line = item
			}
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	for i := range lines {
		lines[i] = truncate(lines[i], w)
	}
	return lines
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
		return m.scrollTo(m.viewPick(w), w, h, 0, 0)
	case screenForm:
		content, from, to := m.viewForm(w)
		lines := strings.Split(content, "\n")
		return scrollWindow(len(lines), h, from, to, 0).draw(lines, w, h, m.marks(false))
	case screenQuestion, screenThemes:
		if !m.showsSidebar() {
			if m.screen == screenThemes { // too narrow for both: the list alone
				return m.viewSidebar(w, h)
			}
			return m.viewQuestion(w, h)
		}
		return besides(m.viewSidebar(m.sidebarWidth(), h), m.st.Rule.Render(" │ "), m.viewQuestion(w, h))
	case screenNote:
		return m.note.view(m, w, h)
	case screenEvidence:
		return m.evidence.view(m, w, h)
	case screenSaveAs:
		return m.saveAs.view(m, w, h)
	case screenChanged:
		return m.changed.view(m, w, h)
	case screenReview:
		return m.review.view(m, w, h)
	case screenFinish:
		if m.finish != nil {
			return m.finish.view(m, w, h)
		}
	}
	return ""
}

// viewSidebar lists the themes with answered/total questions, and after
// them, when the theme has answers carried over and not confirmed yet, how
// many ("·3"): a character, so that it shows without colour too.
func (m *Model) viewSidebar(w, h int) string {
	cur := m.q.ThemeOf(m.sess.Current().ID)
	focus := cur
	if m.screen == screenThemes {
		focus = m.q.Themes[m.themeCursor]
	}
	title := m.c.T(texts.SurveyThemes)
	if m.screen == screenThemes {
		title = m.c.T(texts.SurveyThemesPick)
	}
	lines := []string{m.st.Header.Render(truncate(title, w))}
	at := 0
	carried := m.toConfirm()
	markW := markWidth(carried)
	for i, t := range m.q.Themes {
		done, total := m.sess.Progress(t)
		count := m.sideCount(t, done, total)
		marker := "  "
		name := shown(t.Title, m.opts.Lang)
		focused := m.screen == screenThemes && i == m.themeCursor || m.screen != screenThemes && t == cur
		if focused {
			marker = "› "
			at = len(lines)
		}
		room := w - markW - ansi.StringWidth(count) - 2
		line := marker + padRight(truncate(name, room-1), room) + count
		switch {
		case focused:
			line = m.st.Selected.Render(line)
		case total > 0 && done == total && carried[t.ID] == 0:
			line = m.st.Good.Render(line)
		case total == 0:
			line = m.st.Muted.Render(line)
		}
		if n := carried[t.ID]; n > 0 {
			line += m.st.Warn.Render(padRight(" ·"+strconv.Itoa(n), markW))
		}
		lines = append(lines, line)
	}
	if markW > 0 {
		// What "·3" means, where it is seen.
		lines = append(lines, m.st.Warn.Render(truncate("·3", w))+m.st.Muted.Render(truncate(" "+m.c.T(texts.SurveyCarriedMarkHint), w-2)))
	}
	if marked, notes := m.themeMarks(focus); marked+notes > 0 {
		lines = append(lines, "")
		if marked > 0 {
			lines = append(lines, m.st.Warn.Render(truncate(m.c.T(texts.SurveyThemeMarked, texts.Int("count", marked)), w)))
		}
		if notes > 0 {
			lines = append(lines, m.st.Muted.Render(truncate(m.c.T(texts.SurveyThemeNotes, texts.Int("count", notes)), w)))
		}
	}
	lines = append(lines, m.viewStanding(focus.ID, w)...)
	return m.scrollTo(strings.Join(lines, "\n"), w, h, at, 0)
}

// themeMarks counts the questions of a theme marked for review and those
// with a note.
func (m *Model) themeMarks(t *assessment.Theme) (marked, notes int) {
	for _, qu := range t.Questions {
		if ans := m.sess.A.Get(qu.ID); ans != nil {
			if ans.Review {
				marked++
			}
			if ans.Note != "" {
				notes++
			}
		}
	}
	return marked, notes
}

// viewQuestion draws the current question in a pane of w by h. The line
// with theme and number and the question text stay at the top; what comes
// below (last year's answer, options, explanation, sources, note) scrolls
// to keep the option under the cursor in view.
func (m *Model) viewQuestion(w, h int) string {
	qu := m.sess.Current()
	if qu == nil {
		return m.scrollTo(m.c.T(texts.SurveyNoQuestion), w, h, 0, 0)
	}
	l := m.questionLines(qu, w)
	return m.pinned(l.head, l.body, w, h, l.from, l.to, m.scroll)
}

// questionLines are the lines of a question in a pane: the head (theme
// and number, a blank line, the question text) and the body, in which
// lines from..to are the option under the cursor and help..helpEnd the
// explanation (when shown).
type questionLines struct {
	head, body    []string
	from, to      int
	help, helpEnd int
	answerEnd     int // body lines up to the options, note and evidence
}

// questionPane is the question as the pane of the window shows it: the
// head cut to what stays in place, the body, and how far pgup and pgdn
// can scroll it (lo..hi).
func (m *Model) questionPane(qu *assessment.Question) (l questionLines, bh, lo, hi int) {
	h := m.bodyHeight()
	l = m.questionLines(qu, m.mainWidth())
	n := len(l.body)
	l.head, l.body, l.from, l.to, _ = pin(l.head, l.body, h, l.from, l.to)
	moved := len(l.body) - n
	l.help, l.helpEnd = l.help+moved, l.helpEnd+moved
	bh = h - len(l.head)
	lo, hi = scrollRange(len(l.body), bh, l.from, l.to)
	return l, bh, lo, hi
}

// scrollQuestion scrolls the question pane a page down (d > 0) or up,
// away from the cursor.
func (m *Model) scrollQuestion(qu *assessment.Question, d int) {
	_, bh, lo, hi := m.questionPane(qu)
	m.scroll = scrollBy(m.scroll, d, bh, lo, hi)
}

// showExplanation scrolls the question pane, when the explanation just
// opened is out of view, as little as needed to show it: whole, or from
// its title as far as the pane goes.
func (m *Model) showExplanation(qu *assessment.Question) {
	l, bh, _, hi := m.questionPane(qu)
	for e := m.scroll; e <= hi; e++ {
		win := scrollWindow(len(l.body), bh, l.from, l.to, e)
		if win.off <= l.help && (l.helpEnd < win.off+win.shown || win.off == l.help) {
			m.scroll = e
			return
		}
	}
	m.scroll = hi
}

// questionLines lays out a question in a pane w wide.
func (m *Model) questionLines(qu *assessment.Question, w int) questionLines {
	lang := m.opts.Lang
	ans := m.sess.A.Get(qu.ID)
	i, n := m.sess.Position()
	theme := m.q.ThemeOf(qu.ID)
	l := questionLines{help: -1, helpEnd: -1}
	// The number stays whole; the theme name (also in the side pane) is cut.
	num := " · " + m.c.T(texts.SurveyQuestionOf, texts.Int("number", i+1), texts.Int("total", n))
	l.head = []string{m.st.Muted.Render(truncate(truncate(shown(theme.Title, lang), w-ansi.StringWidth(num))+num, w)), ""}
	for _, line := range strings.Split(wrap(shown(qu.Text, lang), w), "\n") {
		l.head = append(l.head, m.st.Bold.Render(line))
	}

	add := func(s string) { l.body = append(l.body, strings.Split(s, "\n")...) }
	if ans != nil && ans.Review {
		add(m.st.Warn.Render("! " + m.c.T(texts.SurveyMarked)))
	}
	if line := m.previousLine(qu, ans, w); line != "" {
		add(line)
	}
	if qu.Type == assessment.Multi {
		add(m.st.Muted.Render(wrap(m.c.T(texts.SurveyMultiHint), w)))
	}
	add("")
	l.from, l.to = len(l.body), len(l.body)
	for ri, r := range m.rows(qu) {
		if ri == m.cursor {
			l.from = len(l.body)
		}
		add(m.viewRow(qu, ans, r, ri == m.cursor, w))
		if ri == m.cursor {
			l.to = len(l.body) - 1
		}
	}
	m.viewAnswerDetails(add, ans, w)
	l.answerEnd = len(l.body)
	add("")
	if m.showHelp {
		// viewDetails starts with the explanation: a title, then the text.
		l.help = len(l.body)
		l.helpEnd = l.help + strings.Count(wrap(shown(qu.Help, lang), w), "\n") + 1
	}
	m.viewDetails(add, qu, w)
	return l
}

// previousLine shows last year's answer beside the question: waiting to be
// confirmed, unchanged, or changed (so the difference stays visible). For
// a question with options, last year's options carry a mark (viewRow) and
// this line only explains it: the options are not repeated, so that a long
// question still fits on a standard terminal. A carried-over answer whose
// file of origin is not at hand shows itself.
func (m *Model) previousLine(qu *assessment.Question, ans *assessment.Answer, w int) string {
	lang := m.opts.Lang
	prev := m.sess.Previous(qu)
	pending := m.sess.IsUnconfirmed(qu)
	switch {
	case prev == nil && !pending:
		return ""
	case prev == nil:
		return m.st.Warn.Render(wrap(m.c.T(texts.SurveyCarriedEarlier, texts.A("answer", describeAnswer(m.c, lang, qu, ans))), w)) + "\n" +
			m.st.Muted.Render(wrap(m.c.T(texts.SurveyCarriedOver), w))
	}
	text := m.c.T(texts.SurveyLastYear, texts.A("answer", describeAnswer(m.c, lang, qu, prev)))
	if marksLastYear(qu, prev) {
		text = m.c.T(texts.SurveyLastYearLegend)
	}
	switch {
	case pending && !m.showHelp:
		// What c does is in the key line (c bevestigen) and in ? with i:
		// the room goes to the options.
		return m.st.Warn.Render(wrap(text+" "+m.c.T(texts.SurveyCarriedPending), w))
	case pending:
		return m.st.Warn.Render(wrap(text+" "+m.c.T(texts.SurveyCarriedPending), w)) + "\n" +
			m.st.Muted.Render(wrap(m.c.T(texts.SurveyCarriedOver), w))
	case engine.SameAnswer(prev, ans):
		return m.st.Muted.Render(wrap(text+" "+m.c.T(texts.SurveyLastYearSame), w))
	}
	return m.st.Header.Render(wrap(text+" "+m.c.T(texts.SurveyLastYearChanged), w))
}

// marksLastYear reports whether last year's answer prev is shown as marks
// on the options of qu: it chose options (or weet ik niet, n.v.t.), rather
// than a number.
func marksLastYear(qu *assessment.Question, prev *assessment.Answer) bool {
	return qu.Type != assessment.Number && len(prev.Selected()) > 0
}

// lastYearChose reports whether last year's answer to qu chose option.
func (m *Model) lastYearChose(qu *assessment.Question, option string) bool {
	prev := m.sess.Previous(qu)
	return prev != nil && marksLastYear(qu, prev) && slices.Contains(prev.Selected(), option)
}

// viewRow draws one option: cursor, key, mark, label (wrapped, hanging).
func (m *Model) viewRow(qu *assessment.Question, ans *assessment.Answer, r row, cursor bool, w int) string {
	marker := "  "
	if cursor {
		marker = m.st.Cursor.Render("› ")
	}
	if r.option == "" {
		return marker + numberKind{}.valueRow(m, qu)
	}
	chosen := false
	for _, s := range ans.Selected() {
		chosen = chosen || s == r.option
	}
	mark := kindOf(qu).mark(r.option, chosen)
	k := padRight(r.key, 2)
	indent := 2 + 2 + 4
	text := r.label
	if m.lastYearChose(qu, r.option) {
		// Non-breaking spaces keep the mark in one piece when the label wraps.
		text += "\u00a0" + strings.ReplaceAll(m.c.T(texts.SurveyLastYearMark), " ", "\u00a0")
	}
	label := wrap(text, max(10, w-indent))
	label = indentLines(label, strings.Repeat(" ", indent))[indent:]
	if chosen {
		label = m.st.Selected.Render(label)
		mark = m.st.Selected.Render(mark)
	}
	return marker + k + mark + label
}

// viewAnswerDetails adds the note and evidence, right under the options:
// they belong to the answer, and stay in view with it.
func (m *Model) viewAnswerDetails(add func(string), ans *assessment.Answer, w int) {
	if ans != nil && ans.Note != "" {
		add(m.st.Header.Render(m.c.T(texts.SurveyNote)+": ") + truncate(safetext.Terminal(strings.ReplaceAll(ans.Note, "\n", " ")), w-ansi.StringWidth(m.c.T(texts.SurveyNote))-2))
	}
	if ans != nil && ans.CouncilText != "" {
		add(m.st.Header.Render(m.c.T(texts.SurveyCouncilTextLabel)+": ") + truncate(safetext.Terminal(strings.ReplaceAll(ans.CouncilText, "\n", " ")), w-ansi.StringWidth(m.c.T(texts.SurveyCouncilTextLabel))-2))
	}
	if ans != nil && (len(ans.Evidence) > 0 || ans.EvidenceLevel != "") {
		add(m.st.Header.Render(m.c.T(texts.SurveyEvidence)+": ") + m.c.N(texts.SurveyEvidenceCount, len(ans.Evidence)) + ", " + levelName(m.c, ans.EvidenceLevel))
	}
}

// viewDetails adds the explanation and references, which may fold below.
func (m *Model) viewDetails(add func(string), qu *assessment.Question, w int) {
	lang := m.opts.Lang
	if m.showHelp {
		add(m.st.Header.Render(m.c.T(texts.SurveyHelpTitle)))
		add(wrap(shown(qu.Help, lang), w))
	} else {
		add(m.st.Muted.Render(m.c.T(texts.SurveyHelpHint)))
	}
	if len(qu.Refs) > 0 {
		add(m.st.Header.Render(m.c.T(texts.SurveyRefs)))
		for _, id := range qu.Refs {
			if ref := m.q.Reference(id); ref != nil {
				text := ref.Title
				if ref.Publisher != "" {
					text += " (" + ref.Publisher + ")"
				}
				add(indentLines(wrap(safetext.Terminal(text), w-2), "  "))
			}
		}
	}
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

// shown is a text from the questionnaire as the screen may show it: a
// questionnaire can come from elsewhere (a neighbour municipality), and its
// control characters must not reach the terminal.
func shown(t assessment.Text, lang string) string { return safetext.Terminal(t.In(lang)) }
