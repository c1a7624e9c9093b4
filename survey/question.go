package survey

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// row is one line the cursor can be on in a question: an option, one of the
// built-in answers, or (option "") the value input of a number question.
type row struct {
	key    string // the key that chooses it: 1-9, w, n, or ""
	option string
	label  string
}

func (m *Model) rows(qu *assessment.Question) []row {
	var rows []row
	if qu.Type == assessment.Number {
		rows = append(rows, row{})
	}
	for i, o := range qu.Options {
		k := ""
		if i < 9 {
			k = string(rune('1' + i))
		}
		rows = append(rows, row{key: k, option: o.ID, label: shown(o.Label, m.opts.Lang)})
	}
	rows = append(rows, row{key: "w", option: assessment.DontKnow, label: m.c.T(texts.SurveyDontKnow)})
	if qu.NotApplicable {
		rows = append(rows, row{key: "n", option: assessment.NotApplicable, label: m.c.T(texts.SurveyNotApplicable)})
	}
	return rows
}

// syncCursor puts the cursor on the current answer when the question has
// changed since the cursor was last placed.
func (m *Model) syncCursor() *assessment.Question {
	qu := m.sess.Current()
	if qu == nil || m.cursorOf == qu.ID {
		return qu
	}
	m.cursorOf, m.cursor, m.scroll = qu.ID, 0, 0
	ans := m.sess.A.Get(qu.ID)
	sel := ans.Selected()
	for i, r := range m.rows(qu) {
		if r.option != "" && slices.Contains(sel, r.option) {
			m.cursor = i
			break
		}
	}
	m.number.Blur()
	m.number.SetValue("")
	if qu.Type == assessment.Number {
		if ans != nil && ans.Value != nil {
			m.number.SetValue(engine.FormatNumber(*ans.Value))
		}
		if m.cursor == 0 {
			m.number.Focus()
			m.number.CursorEnd()
		}
	}
	return qu
}

func (m *Model) setCursor(i int, qu *assessment.Question) {
	n := len(m.rows(qu))
	m.cursor = min(max(i, 0), n-1)
	m.scroll = 0 // the pane follows the cursor again
	if qu.Type == assessment.Number && m.cursor == 0 {
		m.number.Focus()
	} else {
		m.number.Blur()
	}
}

// keyForNumber reports whether a key is typing in a number question's
// value: digits, decimal marks, percent and deleting.
func (m *Model) keyForNumber(msg tea.KeyMsg) bool {
	if m.sess == nil {
		return false
	}
	qu := m.sess.Current()
	if qu == nil || qu.Type != assessment.Number || m.cursor != 0 {
		return false
	}
	switch msg.Type {
	case tea.KeyBackspace, tea.KeyDelete, tea.KeyCtrlU:
		return true
	case tea.KeyRunes:
		// A paste goes in whole, letters too: enter checks the value.
		return msg.Paste || strings.Trim(string(msg.Runes), "0123456789.,-%") == ""
	}
	return false
}

func (m *Model) questionKey(msg tea.KeyMsg) tea.Cmd {
	qu := m.syncCursor()
	if qu == nil {
		return m.stop(false)
	}
	if m.confirmAll != "" {
		m.answerConfirmAll(msg)
		return nil
	}
	rows := m.rows(qu)
	k := m.keys
	switch {
	case m.keyForNumber(msg):
		var cmd tea.Cmd
		m.number, cmd = m.number.Update(msg)
		return cmd
	case key.Matches(msg, k.Up):
		m.setCursor(m.cursor-1, qu)
	case key.Matches(msg, k.Down):
		m.setCursor(m.cursor+1, qu)
	case key.Matches(msg, k.Number):
		if i := int(msg.Runes[0] - '1'); i < len(qu.Options) {
			m.answerKey(qu, rows, qu.Options[i].ID)
		}
	case key.Matches(msg, k.DontKnow):
		m.answerKey(qu, rows, assessment.DontKnow)
	case key.Matches(msg, k.NA):
		m.answerKey(qu, rows, assessment.NotApplicable)
	case key.Matches(msg, k.Toggle):
		if r := rows[m.cursor]; r.option != "" {
			m.choose(r.option)
		}
	case key.Matches(msg, k.Choose):
		m.enter(qu, rows[m.cursor])
	case key.Matches(msg, k.Next):
		m.move(m.sess.Next(), m.c.T(texts.SurveyLastQuestion))
	case key.Matches(msg, k.Prev):
		m.move(m.sess.Prev(), m.c.T(texts.SurveyFirstQuestion))
	default:
		return m.questionCommand(msg, qu)
	}
	return nil
}

// questionCommand handles the keys that leave the options alone.
func (m *Model) questionCommand(msg tea.KeyMsg, qu *assessment.Question) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Confirm):
		m.confirm(qu)
	case key.Matches(msg, k.ConfirmAll):
		m.askConfirmAll(qu)
	case key.Matches(msg, k.Open):
		m.move(m.sess.NextOpen(), m.c.T(texts.SurveyNothingOpen))
	case key.Matches(msg, k.Theme):
		m.themeCursor = max(0, slices.Index(m.q.Themes, m.q.ThemeOf(qu.ID)))
		m.setScreen(screenThemes)
	case key.Matches(msg, k.Review):
		m.review.cursor = 0
		m.setScreen(screenReview)
	case key.Matches(msg, k.Details):
		m.openDetails()
	case key.Matches(msg, k.Finish):
		// Finishing asks first: the overview lists what is open, and f
		// there finishes.
		m.review.cursor = 0
		m.setScreen(screenReview)
		m.setStatus(m.c.T(texts.SurveyFinishAsk), false)
	case key.Matches(msg, k.HelpText):
		m.showHelp = !m.showHelp
		if m.showHelp {
			m.showExplanation(qu)
		} else {
			m.scroll = min(m.scroll, 0) // what it showed is gone
		}
	case key.Matches(msg, k.Note):
		return m.note.open(m, qu)
	case key.Matches(msg, k.CouncilText):
		return m.note.openCouncil(m, qu)
	case key.Matches(msg, k.Evidence):
		return m.evidence.open(m, qu)
	case key.Matches(msg, k.Mark):
		m.sess.ToggleReview()
		m.setStatus(m.c.T(texts.SurveyMarkedOff), false)
		if m.sess.A.Get(qu.ID).Review {
			m.setStatus(m.c.T(texts.SurveyMarkedOn), false)
		}
	case key.Matches(msg, k.Clear):
		m.sess.Clear()
		m.number.SetValue("")
		m.setStatus(m.c.T(texts.SurveyCleared), false)
	case key.Matches(msg, k.SaveAs):
		return m.saveAs.open(m)
	case key.Matches(msg, k.Quit):
		return m.stop(false)
	case key.Matches(msg, k.PageDown):
		m.scrollQuestion(qu, 1)
	case key.Matches(msg, k.PageUp):
		m.scrollQuestion(qu, -1)
	}
	return nil
}

// answerKey handles a key that names an answer (1-9, w, n). On a
// single-choice question it answers and goes on to the next question: one
// key per question, ← goes back. On a multiple-choice question a number
// toggles its option and stays, so that more can be chosen; w and n are a
// whole answer there too and go on.
func (m *Model) answerKey(qu *assessment.Question, rows []row, option string) {
	at := slices.IndexFunc(rows, func(r row) bool { return r.option == option })
	if at < 0 {
		if option == assessment.NotApplicable {
			m.choose(option) // says why not
		}
		return
	}
	if kindOf(qu).toggles(option) {
		if m.choose(option) {
			m.setCursor(at, qu)
		}
		return
	}
	m.setCursor(at, qu)
	m.enter(qu, rows[at])
}

// choose answers the current question and reports whether that worked.
func (m *Model) choose(option string) bool {
	if err := m.sess.Choose(option); err != nil {
		m.setStatus(texts.Message(m.c, err), true)
		return false
	}
	m.setStatus(m.sess.Note(), false)
	return true
}

// enter confirms the row under the cursor and goes to the next question;
// after the last question it opens the review.
func (m *Model) enter(qu *assessment.Question, r row) {
	ans := m.sess.A.Get(qu.ID)
	switch {
	case r.option == "": // the value of a number question
		v := strings.TrimSpace(m.number.Value())
		if v != "" && (ans == nil || ans.Value == nil || v != engine.FormatNumber(*ans.Value)) {
			if err := m.sess.SetValue(v); err != nil {
				m.setStatus(texts.Message(m.c, err), true)
				return
			}
		}
	case kindOf(qu).toggles(r.option):
		// Enter goes on; space and the numbers choose.
	case !slices.Contains(ans.Selected(), r.option):
		if !m.choose(r.option) {
			return
		}
	}
	m.sess.Confirm()
	if !m.sess.Next() {
		m.review.cursor = 0
		m.setScreen(screenReview)
		return
	}
	m.setStatus("", false)
}

// confirm accepts the carried-over answer of the current question and goes
// to the next question, as enter does on the chosen answer. A value typed
// but not yet stored is stored instead: what is on screen is what counts.
func (m *Model) confirm(qu *assessment.Question) {
	if ans := m.sess.A.Get(qu.ID); qu.Type == assessment.Number && ans != nil && ans.Value != nil {
		if v := strings.TrimSpace(m.number.Value()); v != "" && v != engine.FormatNumber(*ans.Value) {
			m.enter(qu, row{})
			return
		}
	}
	if !m.sess.Confirm() {
		m.setStatus(m.c.T(texts.SurveyNothingToConfirm), false)
		return
	}
	m.setStatus(m.c.T(texts.SurveyConfirmed), false)
	if !m.sess.Next() {
		m.review.cursor = 0
		m.setScreen(screenReview)
	}
}

// askConfirmAll asks before confirming every carried-over answer of the
// current question's theme: the next key answers.
func (m *Model) askConfirmAll(qu *assessment.Question) {
	t := m.q.ThemeOf(qu.ID)
	n := len(m.sess.UnconfirmedIn(t.ID))
	if n == 0 {
		m.setStatus(m.c.T(texts.SurveyConfirmAllNone, texts.A("theme", shown(t.Title, m.opts.Lang))), false)
		return
	}
	m.confirmAll = t.ID
	m.setStatus(m.c.N(texts.SurveyConfirmAllAsk, n, texts.A("theme", shown(t.Title, m.opts.Lang))), false)
}

// answerConfirmAll takes the key pressed after askConfirmAll: j or y
// confirms, any other key does not.
func (m *Model) answerConfirmAll(msg tea.KeyMsg) {
	id := m.confirmAll
	m.confirmAll = ""
	title := shown(m.q.Theme(id).Title, m.opts.Lang)
	switch strings.ToLower(msg.String()) {
	case "j", "y":
		n := m.sess.ConfirmTheme(id)
		m.setStatus(m.c.N(texts.SurveyConfirmAllDone, n, texts.A("theme", title)), false)
	default:
		m.setStatus(m.c.T(texts.SurveyConfirmAllNot), false)
	}
}

// move reports the outcome of a move: nothing, or why it did not happen.
func (m *Model) move(ok bool, otherwise string) {
	if ok {
		m.setStatus("", false)
		return
	}
	m.setStatus(otherwise, false)
}

func (m *Model) themesKey(msg tea.KeyMsg) tea.Cmd {
	if m.assign != nil {
		return m.assignKey(msg)
	}
	n := len(m.q.Themes)
	switch {
	case key.Matches(msg, m.keys.Assign):
		m.openAssign()
	case key.Matches(msg, m.keys.Up):
		m.themeCursor = (m.themeCursor - 1 + n) % n
	case key.Matches(msg, m.keys.Down):
		m.themeCursor = (m.themeCursor + 1) % n
	case key.Matches(msg, m.keys.Jump):
		th := m.q.Themes[m.themeCursor]
		m.sess.GotoTheme(th.ID)
		m.setScreen(screenQuestion)
		if note := m.themeElsewhere(th); note != "" {
			m.setStatus(note, false)
		}
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Theme):
		m.setScreen(screenQuestion)
	case key.Matches(msg, m.keys.Quit):
		return m.stop(false)
	}
	return nil
}
