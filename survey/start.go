package survey

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// form is the new assessment form: who, which municipality, which date,
// and the file the answers go to.
type form struct {
	c          texts.Lang
	inputs     [engine.FieldCount]textinput.Model
	focus      int
	errs       map[int]string
	tried      bool // submitted once: errors update as the user types
	fileFixed  bool // named on the command line
	fileEdited bool
	yearEdited bool
	editing    bool // the details of the running assessment (g), not a new one
}

func newForm(c texts.Lang, d engine.NewAssessment) form {
	f := form{c: c, fileFixed: d.File != ""}
	vals := [engine.FieldCount]string{engine.FieldDate: d.ReferenceDate, engine.FieldYear: d.Year, engine.FieldName: d.Name, engine.FieldRole: d.Role, engine.FieldFile: d.File}
	for i := range f.inputs {
		in := newLineInput()
		in.SetValue(vals[i])
		f.inputs[i] = in
	}
	f.inputs[engine.FieldCBS].CharLimit = 6
	// A placeholder must not look like a value, also without colour
	// (NO_COLOR): it says that it is an example.
	f.inputs[engine.FieldCBS].Placeholder = c.T(texts.SurveyPlaceholderCBS)
	f.inputs[engine.FieldFile].Placeholder = c.T(texts.SurveyPlaceholderFile)
	f.inputs[engine.FieldDate].CharLimit = 10
	f.inputs[engine.FieldYear].CharLimit = 4
	f.propose()
	f.inputs[0].Focus()
	return f
}

// prefill takes the municipality from last year's answers and puts the
// cursor on the first field left to fill in (who fills it in this year).
func (f *form) prefill(last *assessment.Answers) {
	f.inputs[engine.FieldMunicipality].SetValue(last.Municipality.Name)
	f.inputs[engine.FieldCBS].SetValue(last.Municipality.CBSCode)
	f.propose()
	f.setFocus(engine.FieldName)
}

func (f *form) labels() [engine.FieldCount]string {
	c := f.c
	return [engine.FieldCount]string{c.T(texts.SurveyFieldMunicipality), c.T(texts.SurveyFieldCBS), c.T(texts.SurveyFieldDate), c.T(texts.SurveyFieldYear), c.T(texts.SurveyFieldName), c.T(texts.SurveyFieldRole), c.T(texts.SurveyFieldFile)}
}

func (f *form) hint(i int) string {
	switch i {
	case engine.FieldCBS:
		return f.c.T(texts.SurveyHintCBS)
	case engine.FieldDate:
		return f.c.T(texts.SurveyHintDate)
	case engine.FieldFile:
		return f.c.T(texts.SurveyHintFile)
	}
	return ""
}

func (f *form) value(i int) string { return safetext.Typed(f.inputs[i].Value()) }

// values returns what was typed.
func (f *form) values() engine.NewAssessment {
	return engine.NewAssessment{
		Municipality:  f.value(engine.FieldMunicipality),
		CBSCode:       f.value(engine.FieldCBS),
		ReferenceDate: f.value(engine.FieldDate),
		Year:          f.value(engine.FieldYear),
		Name:          f.value(engine.FieldName),
		Role:          f.value(engine.FieldRole),
		File:          f.value(engine.FieldFile),
	}
}

// propose keeps the year in step with the date and the file name in step
// with the code and year, until the user types their own.
func (f *form) propose() {
	if !f.yearEdited {
		if d := strings.TrimSpace(f.value(engine.FieldDate)); len(d) >= 4 {
			if _, err := engine.ParseYear(d[:4]); err == nil {
				f.inputs[engine.FieldYear].SetValue(d[:4])
			}
		}
	}
	if !f.fileFixed && !f.fileEdited {
		// No name from a code not typed yet (it would say GM0000).
		name := ""
		if y, _ := engine.ParseYear(f.value(engine.FieldYear)); strings.TrimSpace(f.value(engine.FieldCBS)) != "" {
			name = engine.ProposedName(f.value(engine.FieldCBS), y)
		}
		f.inputs[engine.FieldFile].SetValue(name)
	}
}

func (f *form) setWidth(w int) {
	for i := range f.inputs {
		f.inputs[i].Width = max(10, w-20)
	}
}

func (f *form) setFocus(i int) {
	f.inputs[f.focus].Blur()
	f.focus = (i + engine.FieldCount) % engine.FieldCount
	f.inputs[f.focus].Focus()
	f.inputs[f.focus].CursorEnd()
}

// update passes a message to the focused input and keeps the proposals up
// to date.
func (f *form) update(msg tea.Msg) tea.Cmd {
	before := f.value(f.focus)
	var cmd tea.Cmd
	f.inputs[f.focus], cmd = f.inputs[f.focus].Update(msg)
	if f.value(f.focus) != before {
		switch f.focus {
		case engine.FieldYear:
			f.yearEdited = true
		case engine.FieldFile:
			f.fileEdited = true
		}
		f.propose()
		if f.tried {
			f.check()
		}
	}
	return cmd
}

// check fills errs; it reports whether the form is fine.
func (f *form) check() bool {
	f.errs = map[int]string{}
	for _, e := range f.values().Check(f.c, func(string) bool { return false }) {
		f.errs[e.Field] = e.Msg
	}
	return len(f.errs) == 0
}

// openDetails opens the form on the details of the running assessment, to
// change them (g); the file stays.
func (m *Model) openDetails() {
	d := m.sess.Details()
	m.form = newForm(m.c, m.opts.defaults(m.sess.Path))
	vals := [engine.FieldCount]string{d.Municipality, d.CBSCode, d.ReferenceDate, d.Year, d.Name, d.Role, d.File}
	for i, v := range vals {
		m.form.inputs[i].SetValue(v)
	}
	m.form.yearEdited = true // the year typed stays, whatever the date
	m.form.setWidth(m.mainWidth())
	m.form.editing = true
	m.setStatus("", false)
	m.setScreen(screenForm)
}

// submitDetails stores the changed details and goes back to the question.
func (m *Model) submitDetails() {
	f := &m.form
	f.tried = true
	if !f.check() {
		m.setStatus(m.c.T(texts.SurveyErrFixForm), true)
		return
	}
	m.sess.SetDetails(f.values())
	m.setScreen(screenQuestion)
	m.setStatus(m.c.T(texts.SurveyDetailsSaved), false)
}

func (m *Model) formKey(msg tea.KeyMsg) tea.Cmd {
	f := &m.form
	switch {
	case msg.String() == "esc" && f.editing:
		m.setScreen(screenQuestion) // nothing changed
		m.setStatus("", false)
		return nil
	case msg.String() == "enter" && f.focus == engine.FieldCount-1 && f.editing:
		m.submitDetails()
		return nil
	case msg.String() == "esc":
		if len(m.files) > 0 {
			m.opts.Path, m.missing = "", "" // a file picked instead of the one named
			m.setScreen(screenPick)
			return nil
		}
		// Nothing to go back to: esc leaves, as on the start screen.
		return m.stop(false)
	case msg.String() == "enter" && f.focus == engine.FieldCount-1:
		return m.submitForm()
	case key.Matches(msg, m.keys.Field):
		f.setFocus(f.focus + 1)
		return nil
	case key.Matches(msg, m.keys.PrevFld):
		f.setFocus(f.focus - 1)
		return nil
	}
	cmd := f.update(msg)
	if f.tried && len(f.errs) == 0 && m.statusErr && m.status == m.c.T(texts.SurveyErrFixForm) {
		m.setStatus("", false) // fixed: the complaint goes too
	}
	return cmd
}

func (m *Model) submitForm() tea.Cmd {
	f := &m.form
	f.tried = true
	if m.pending != nil {
		return nil
	}
	if !f.check() {
		m.setStatus(m.c.T(texts.SurveyErrFixForm), true)
		for i := 0; i < engine.FieldCount; i++ {
			if _, bad := f.errs[i]; bad {
				f.setFocus(i)
				break
			}
		}
		return nil
	}
	n := f.values()
	path := strings.TrimSpace(n.File)
	a := n.Answers(m.q)
	if m.last != nil {
		a = n.CarryForward(m.q, m.last, m.opts.From, path)
	}
	sess := engine.NewSession(m.q, a, path, m.opts.Lang, m.opts.Now)
	if m.last != nil {
		sess.SetLast(m.last)
	}
	sn, err := sess.Snapshot()
	if err != nil {
		m.setStatus(texts.Message(m.c, err), true)
		return nil
	}
	m.pending = sess
	sv := m.saver
	return func() tea.Msg {
		// Never overwrite an existing file with a new assessment.
		if exists(path) {
			return createdMsg{sn: sn, exists: true}
		}
		return createdMsg{sn: sn, err: sv.Write(sn)}
	}
}

func (m *Model) handleCreated(msg createdMsg) tea.Cmd {
	sess := m.pending
	m.pending = nil
	if msg.exists {
		m.form.errs = map[int]string{engine.FieldFile: m.c.T(texts.SurveyErrFileExists, texts.A("file", msg.sn.Path))}
		m.form.setFocus(engine.FieldFile)
		m.setStatus(m.c.T(texts.SurveyErrFixForm), true)
		return nil
	}
	sess.Saved(msg.sn, msg.err)
	m.begin(sess, nil)
	if m.last != nil {
		m.setStatus(sess.StartFrom(m.opts.From), false)
	}
	if msg.err != nil {
		m.setStatus(m.c.T(texts.SurveySaveFailed, texts.A("error", texts.Message(m.c, msg.err))), true)
	}
	return nil
}

func (m *Model) pickKey(msg tea.KeyMsg) tea.Cmd {
	n := len(m.files) + 1 // the files and "new"
	switch {
	case key.Matches(msg, m.keys.Up):
		m.pickCursor = (m.pickCursor - 1 + n) % n
	case key.Matches(msg, m.keys.Down):
		m.pickCursor = (m.pickCursor + 1) % n
	case key.Matches(msg, m.keys.Quit), msg.String() == "esc":
		return m.stop(false)
	case key.Matches(msg, m.keys.NextYear) && m.scanned && m.pickCursor < len(m.files):
		return m.startNextYear(m.files[m.pickCursor].Path)
	case key.Matches(msg, m.keys.Start) && m.scanned:
		if m.pickCursor < len(m.files) {
			path := m.files[m.pickCursor].Path
			m.setStatus(m.c.T(texts.SurveyLoading, texts.A("file", path)), false)
			return m.openCmd(path)
		}
		m.form = newForm(m.c, m.opts.defaults(""))
		m.form.setWidth(m.mainWidth())
		m.setStatus("", false)
		m.setScreen(screenForm)
	}
	return nil
}

// startNextYear opens the form of a new assessment that starts from the
// answers of path, as --from does.
func (m *Model) startNextYear(path string) tea.Cmd {
	last, err := LoadLast(path)
	if err != nil {
		m.setStatus(m.c.T(texts.SurveyLoadFailed, texts.A("error", texts.Message(m.c, err))), true)
		return nil
	}
	m.opts.From, m.last = path, last
	m.form = newForm(m.c, m.opts.defaults(""))
	m.form.prefill(last)
	m.form.setWidth(m.mainWidth())
	m.setStatus("", false)
	m.setScreen(screenForm)
	return nil
}

func (m *Model) viewPick(w int) string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.c.T(texts.SurveyStartTitle)) + "\n\n")
	b.WriteString(wrap(m.c.T(texts.SurveyStartIntro), w) + "\n\n")
	if !m.scanned {
		return b.String() + "…"
	}
	rows := make([]string, 0, len(m.files)+1)
	for _, f := range m.files {
		state := m.c.T(texts.SurveyStartDraft, texts.Int("answered", f.Answered), texts.Int("total", f.Total))
		if f.Finished {
			state = m.c.T(texts.SurveyStartFinished)
		}
		if !f.Modified.IsZero() {
			state += " · " + m.c.T(texts.SurveyStartEdited, texts.A("when", f.Modified.Local().Format("2006-01-02")))
		}
		rows = append(rows, truncate(safetext.Terminal(filepath.Base(f.Path)), w-2)+"\n    "+
			m.st.Muted.Render(truncate(safetext.Terminal(fmt.Sprintf("%s (%s) %d", f.Municipality, f.CBSCode, f.Year)), w-4))+"\n    "+
			m.st.Muted.Render(truncate(state, w-4)))
	}
	rows = append(rows, m.c.T(texts.SurveyStartNew))
	for i, r := range rows {
		marker := "  "
		if i == m.pickCursor {
			marker = m.st.Cursor.Render("› ")
			r = m.st.Selected.Render(r)
		}
		b.WriteString(marker + r + "\n")
	}
	return b.String()
}

// viewForm draws the form; lines from..to are the focused field with its
// hint or error, to keep in view.
func (m *Model) viewForm(w int) (content string, from, to int) {
	f := &m.form
	var lines []string
	add := func(s string) { lines = append(lines, strings.Split(s, "\n")...) }
	if f.editing {
		add(m.st.Title.Render(m.c.T(texts.SurveyDetailsTitle)))
		add(m.st.Muted.Render(wrap(m.c.T(texts.SurveyDetailsIntro), w)))
	} else {
		add(m.st.Title.Render(m.c.T(texts.SurveyFormTitle)))
		add(m.st.Muted.Render(wrap(m.c.T(texts.SurveyFormIntro), w)))
	}
	if m.last != nil {
		add(m.st.Warn.Render(wrap(m.c.T(texts.SurveyFormFrom, texts.A("file", filepath.Base(m.opts.From))), w)))
	}
	if m.missing != "" {
		text := m.c.T(texts.SurveyFormMissing, texts.A("file", m.missing))
		if len(m.files) > 0 {
			text += " " + m.c.T(texts.SurveyFormMissingPick, texts.Int("count", len(m.files)))
		}
		add(m.st.Warn.Render(wrap(text, w)))
	}
	add("")
	labels := f.labels()
	lw := 0
	for _, l := range labels {
		lw = max(lw, len([]rune(l)))
	}
	for i := range f.inputs {
		marker := "  "
		label := m.st.Bold.Render(padRight(labels[i], lw))
		if i == f.focus {
			marker = m.st.Cursor.Render("› ")
			from = len(lines)
		}
		add(truncate(fmt.Sprintf("%s%s  %s", marker, label, f.inputs[i].View()), w))
		indent := strings.Repeat(" ", lw+4)
		switch {
		case f.errs[i] != "":
			add(indentLines(m.st.Error.Render(wrap("! "+f.errs[i], w-lw-4)), indent))
		case i == f.focus && f.hint(i) != "":
			add(indentLines(m.st.Muted.Render(wrap(f.hint(i), w-lw-4)), indent))
		}
		if i == f.focus {
			to = len(lines) - 1
		}
	}
	return strings.Join(lines, "\n"), from, to
}
