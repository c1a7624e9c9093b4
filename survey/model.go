package survey

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/scoring"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// screen is what the survey shows.
type screen int

const (
	screenPick     screen = iota // pick an answers file or start a new one
	screenForm                   // the new assessment form
	screenQuestion               // a question
	screenThemes                 // a question, with the theme list focused to jump
	screenNote                   // editing a question's note
	screenEvidence               // editing a question's evidence
	screenSaveAs                 // typing another file name after a failed save
	screenReview                 // what needs attention before finishing
	screenFinish                 // scores and where the files are
	screenChanged                // the file changed on disk: what to do (changed.go)
)

// Options configure a survey.
type Options struct {
	Questionnaire *assessment.Questionnaire
	// Path is the answers file named on the command line: resumed when it
	// exists, else a new assessment is saved there. Empty: pick one of the
	// answers files in Dir, or start a new one.
	Path string
	Dir  string // where to look for answers files; "" is the current folder
	// From is last year's answers file: the new assessment starts from its
	// answers, each carried over until confirmed. Path must not exist.
	From string
	// Lang is the language of every text, a --lang value: "" is Dutch;
	// a language without a catalog is an error (texts.Parse).
	Lang string
	// Now is the clock for answer stamps and the default reference date.
	Now func() time.Time
	// Write writes a file atomically; nil writes to disk. Tests inject
	// failures here.
	Write WriteFunc
	// NoColor draws without colour (NO_COLOR is set).
	NoColor bool
	// Echo repeats each input line after its prompt in the accessible mode,
	// for input that is not typed on a terminal (which echoes by itself):
	// the output of a script then reads as a transcript.
	Echo bool
	// ReportFormats are the formats finishing writes the report in (md,
	// html, docx, odt, pdf); empty is DefaultReportFormats. PublicReport
	// adds the public version of each (NAME.openbaar.docx).
	ReportFormats []string
	PublicReport  bool
	// RespondentName and RespondentRole fill in who answers on the form of
	// a new assessment (the config file's respondent); they can be changed
	// there.
	RespondentName, RespondentRole string

	renderer *lipgloss.Renderer // draws the styles; nil: lipgloss's default (stdout)
}

// defaults are the start form's values for a new assessment saved at path
// ("": a file name is proposed): today, this year, and the respondent.
func (o *Options) defaults(path string) engine.NewAssessment {
	n := engine.Defaults(o.Now(), path)
	n.Name, n.Role = o.RespondentName, o.RespondentRole
	return n
}

// fill sets the defaults and checks the language.
func (o *Options) fill() error {
	lang, err := texts.Parse(o.Lang)
	if err != nil {
		return err
	}
	o.Lang = lang.String()
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Dir == "" {
		o.Dir = "."
	}
	if o.renderer == nil {
		o.renderer = lipgloss.DefaultRenderer()
	}
	if o.NoColor {
		o.renderer.SetColorProfile(termenv.Ascii)
	}
	return nil
}

// Model is the bubbletea model of the whole survey, from the start screen
// to the finish screen.
type Model struct {
	opts   Options
	q      *assessment.Questionnaire
	c      texts.Lang
	keys   keyMap
	st     styles
	help   help.Model
	bar    progress.Model
	saver  *Saver
	width  int
	height int
	screen screen
	back   screen // where esc returns to from an overlay screen

	// start
	files      []AnswersFile
	scanned    bool
	pickCursor int
	form       form
	pending    *engine.Session     // a new assessment whose file is being created
	last       *assessment.Answers // last year's answers (--from), for the new assessment
	missing    string              // the file named on the command line, which does not exist

	// survey
	sess        *engine.Session
	cursor      int    // row of the current question the cursor is on
	cursorOf    string // the question cursor belongs to
	scroll      int    // lines the question pane is scrolled past the cursor (pgdn +, pgup -)
	showHelp    bool
	number      textinput.Model
	themeCursor int
	assign      *textinput.Model // the person typed for the theme under the cursor (part.go); nil when not assigning

	// the screens that are pages (page.go): each owns its state
	note     notePage
	evidence evidencePage
	saveAs   saveAsPage
	changed  changedPage
	review   reviewPage
	finish   *finishPage // nil until finishing starts

	confirmAll string // theme whose carried answers await a yes to be confirmed at once
	saving     bool
	status     string
	statusErr  bool
	quitArmed  bool

	// the scoring of the answers as they stand (see result)
	scored     *scoring.Result
	scoredSess *engine.Session
	scoredRev  int

	aborted bool // stopped with ctrl+c
	quit    bool
}

// New builds the survey model. When opts.Path names an existing file it is
// loaded here, before the first screen, and its errors are returned.
func New(opts Options) (*Model, error) {
	if err := opts.fill(); err != nil {
		return nil, err
	}
	c := texts.Lang(opts.Lang)
	m := &Model{
		opts:  opts,
		q:     opts.Questionnaire,
		c:     c,
		keys:  newKeyMap(c),
		st:    newStyles(opts.renderer),
		help:  help.New(),
		saver: NewSaver(opts.Write),
		bar: progress.New(progress.WithSolidFill(string(colAccent.Dark)), progress.WithoutPercentage(),
			progress.WithColorProfile(opts.renderer.ColorProfile())),
	}
	m.number = newNumberInput()
	m.note.area = newTextArea()
	m.evidence.area = newTextArea()
	m.saveAs.input = newLineInput()
	switch {
	case opts.From != "":
		if opts.Path != "" && exists(opts.Path) {
			return nil, &FromExistsError{Path: opts.Path}
		}
		last, err := LoadLast(opts.From)
		if err != nil {
			return nil, err
		}
		m.last = last
		m.form = newForm(c, opts.defaults(opts.Path))
		m.form.prefill(last)
		m.screen = screenForm
	case opts.Path != "" && exists(opts.Path):
		s, _, notes, err := resume(opts.Path, opts)
		if err != nil {
			return nil, err
		}
		m.begin(s, m.openNotes(s, notes))
	case opts.Path != "":
		// A file named that does not exist may be a typo: the form says
		// so, and esc goes to the files that do exist (scanned in Init).
		m.form = newForm(c, opts.defaults(opts.Path))
		m.missing = opts.Path
		m.screen = screenForm
	default:
		m.screen = screenPick
	}
	m.keys.screen = m.screen
	return m, nil
}

// openNotes is what the status line says after opening a file.
func (m *Model) openNotes(s *engine.Session, notes []string) []string {
	if n := s.Unfit(); n > 0 {
		notes = append([]string{m.c.N(texts.SurveyWarnings, n)}, notes...)
	}
	return notes
}

// begin starts answering: from here on the session drives the screens.
// notes say what happened on opening (answers that do not fit, answers
// taken over), for the status line.
func (m *Model) begin(s *engine.Session, notes []string) {
	m.sess = s
	m.syncCursor()
	m.setScreen(screenQuestion)
	m.setStatus(strings.Join(notes, " "), false)
}

// Session returns the running session, or nil before the start screen is
// done.
func (m *Model) Session() *engine.Session { return m.sess }

// Aborted reports whether the user stopped with ctrl+c.
func (m *Model) Aborted() bool { return m.aborted }

// Init scans the folder for answers files when there is a file to pick.
func (m *Model) Init() tea.Cmd {
	switch m.screen {
	case screenPick:
		return m.scanCmd()
	case screenQuestion:
		return m.autosave()
	case screenForm:
		if m.missing != "" {
			return m.scanCmd()
		}
	}
	return nil
}

func (m *Model) setScreen(s screen) {
	m.screen = s
	m.keys.screen = s
	m.quitArmed = false
}

// setStatus shows msg on the status line; it may quote a file (an error, a
// name), so its control and hidden characters are made visible.
func (m *Model) setStatus(msg string, isErr bool) {
	m.status, m.statusErr = safetext.Terminal(msg), isErr
}

// Messages from commands.
type (
	filesMsg  []AnswersFile
	openedMsg struct {
		sess  *engine.Session
		notes []string
		err   error
	}
	savedMsg struct {
		sn  engine.Snapshot
		err error
	}
	createdMsg struct {
		sn     engine.Snapshot
		exists bool
		err    error
	}
)

// Update handles one message; key handling is split per screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.scroll = 0 // lines wrap anew: the question pane follows the cursor again
		m.layout()
		return m, nil
	case filesMsg:
		m.scanned, m.files = true, msg
		if len(msg) == 0 && m.screen == screenPick {
			m.form = newForm(m.c, m.opts.defaults(""))
			m.setScreen(screenForm)
		}
		return m, nil
	case openedMsg:
		return m, m.handleOpened(msg)
	case createdMsg:
		return m, m.handleCreated(msg)
	case savedMsg:
		m.saving = false
		if m.sess != nil {
			m.sess.Saved(msg.sn, msg.err)
		}
		if cmd := m.changed.check(m, msg.err); cmd != nil {
			return m, cmd
		}
		return m, m.autosave()
	case diskChangedMsg:
		m.changed.open(m, msg)
		return m, nil
	case finishedMsg:
		m.handleFinished(msg)
		return m, m.autosave()
	case pathCheckedMsg:
		m.saveAs.pathChecked(m, msg)
		return m, m.autosave()
	case tea.KeyMsg:
		return m, m.handleKeys(msg)
	}
	return m, m.forward(msg)
}

// forward passes other messages (cursor blinks, pastes) to the focused input.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.screen {
	case screenNote:
		cmd = m.note.forward(msg)
	case screenEvidence:
		cmd = m.evidence.forward(msg)
	case screenSaveAs:
		cmd = m.saveAs.forward(msg)
	case screenForm:
		cmd = m.form.update(msg)
	}
	return cmd
}

// handleKeys handles a key message. Several runes typed at once (typed
// fast, sent by tmux, pasted where the terminal has no bracketed paste)
// arrive as one message: where they are commands they are handled one by
// one, in order, as if typed apart; the first that opens a text field
// sends the rest into it as typed. Their commands run in the same order
// (tea.Sequence); the autosave after them writes the state after the last
// key, and saves never overtake each other (one at a time, see Saver).
func (m *Model) handleKeys(msg tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for {
		one, split := msg, msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste && !m.takesText(msg)
		if split {
			one.Runes = []rune{msg.Runes[0]}
		}
		cmds = append(cmds, m.handleKey(one))
		if m.sess != nil {
			m.syncCursor()
		}
		if !split || m.quit {
			break
		}
		msg.Runes = msg.Runes[1:]
	}
	return tea.Batch(tea.Sequence(cmds...), m.autosave())
}

// takesText reports whether the runes of a key go into a text field (the
// form, a note, evidence, a file name, a number question's value) rather
// than being commands.
func (m *Model) takesText(msg tea.KeyMsg) bool {
	return m.typing() || m.screen == screenQuestion && m.keyForNumber(msg)
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return m.stop(true)
	}
	if msg.Paste && !m.takesText(msg) {
		// Pasted text is never taken for commands (bubbletea's rule too):
		// a sentence pasted in the wrong place would confirm, clear and
		// jump at random.
		m.setStatus(m.c.T(texts.SurveyPasteIgnored), false)
		return nil
	}
	if key.Matches(msg, m.keys.More) && !m.typing() {
		m.help.ShowAll = !m.help.ShowAll
		return nil
	}
	switch m.screen {
	case screenPick:
		return m.pickKey(msg)
	case screenForm:
		return m.formKey(msg)
	case screenQuestion:
		return m.questionKey(msg)
	case screenThemes:
		return m.themesKey(msg)
	case screenNote:
		return m.note.update(m, msg)
	case screenEvidence:
		return m.evidence.update(m, msg)
	case screenSaveAs:
		return m.saveAs.update(m, msg)
	case screenChanged:
		return m.changed.update(m, msg)
	case screenReview:
		return m.review.update(m, msg)
	case screenFinish:
		if m.finish != nil {
			return m.finish.update(m, msg)
		}
	}
	return nil
}

// typing reports whether keys go into a text field, where ? is just a
// character.
func (m *Model) typing() bool {
	switch m.screen {
	case screenForm, screenNote, screenEvidence, screenSaveAs:
		return true
	}
	return false
}

// stop quits, unless the answers could not be saved: then it warns once and
// quits only when asked again. The final save runs after the program ends
// (see Run), so a quit never waits for the disk here.
func (m *Model) stop(abort bool) tea.Cmd {
	if m.sess != nil && m.sess.SaveError() != nil && !m.quitArmed {
		m.quitArmed = true
		m.setStatus(m.c.T(texts.SurveyQuitUnsaved), true)
		return nil
	}
	m.aborted = abort
	m.quit = true
	return tea.Quit
}

// autosave starts saving when there are unsaved changes and no save is
// running; when a save ends, Update calls it again, so the last change is
// always written.
func (m *Model) autosave() tea.Cmd {
	if m.sess == nil || m.saving || m.quit || !m.sess.NeedsSave() {
		return nil
	}
	sn, err := m.sess.Snapshot()
	if err != nil {
		m.sess.Saved(sn, err)
		return nil
	}
	m.saving = true
	sv := m.saver
	return func() tea.Msg { return savedMsg{sn: sn, err: sv.Write(sn)} }
}

// FinalSave writes what is not saved yet; Run calls it when the program
// has ended (q, ctrl+c, a signal, a closed terminal). Text still being
// typed is saved too (see keepDraft).
func (m *Model) FinalSave() error {
	m.keepDraft()
	if m.sess == nil || !m.sess.Dirty() {
		return nil
	}
	return m.sess.Save(m.saver)
}

// keepDraft stores text that is still being typed into the answer it
// belongs to, as closing the field would: an open note or evidence editor,
// and a number typed without Enter (when it is a valid answer; an invalid
// one is left out, it cannot be an answer). The survey ends right after,
// so nothing on screen changes.
func (m *Model) keepDraft() {
	if m.sess == nil {
		return
	}
	switch m.screen {
	case screenNote:
		m.note.keep(m)
	case screenEvidence:
		// An error (an evidence level without evidence) keeps the rest.
		_ = m.evidence.keep(m)
	case screenQuestion:
		qu := m.sess.Current()
		v := strings.TrimSpace(m.number.Value())
		if qu == nil || qu.Type != assessment.Number || v == "" {
			return
		}
		if ans := m.sess.A.Get(qu.ID); ans == nil || ans.Value == nil || v != engine.FormatNumber(*ans.Value) {
			_ = m.sess.SetValue(v)
		}
	}
}

func (m *Model) scanCmd() tea.Cmd {
	dir, q := m.opts.Dir, m.q
	return func() tea.Msg { return filesMsg(FindAnswersFiles(dir, q)) }
}

func (m *Model) openCmd(path string) tea.Cmd {
	opts := m.opts
	return func() tea.Msg {
		s, _, notes, err := resume(path, opts)
		return openedMsg{sess: s, notes: notes, err: err}
	}
}

func (m *Model) handleOpened(msg openedMsg) tea.Cmd {
	if msg.err != nil {
		m.setStatus(m.c.T(texts.SurveyLoadFailed, texts.A("error", texts.Message(m.c, msg.err))), true)
		return nil
	}
	m.begin(msg.sess, m.openNotes(msg.sess, msg.notes))
	return nil
}

// layout sizes the inputs to the window.
func (m *Model) layout() {
	w := m.mainWidth()
	m.note.setSize(w, m.height)
	m.evidence.setSize(w, m.height)
	m.saveAs.input.Width = max(20, w-4)
	m.help.Width = m.width - 1
	m.form.setWidth(w)
}
