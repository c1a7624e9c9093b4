package survey

import (
	"context"
	"errors"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"soeverein/assessment"
	"soeverein/texts"
)

// The conflict screen shows each merge conflict side by side, the main
// file's answer left and the part's right, and lets the user choose one.
// Nothing is decided until every conflict has a choice; stopping decides
// nothing.

// conflictKeys are the keys of the conflict screen.
type conflictKeys struct {
	Main, Part, Enter, Back, Quit key.Binding
}

func newConflictKeys(lang string) conflictKeys {
	c := texts.Lang(lang)
	b := func(h string, desc texts.Key, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(h, c.T(desc)))
	}
	return conflictKeys{
		Main:  b("←/1", texts.SurveyRespKeyMain, "left", "h", "1"),
		Part:  b("→/2", texts.SurveyRespKeyPart, "right", "l", "2"),
		Enter: b("enter", texts.SurveyKeyChoose, "enter"),
		Back:  b("shift+tab", texts.SurveyKeyPrev, "shift+tab", "up"),
		Quit:  b("q", texts.SurveyRespKeyStop, "q", "esc", "ctrl+c"),
	}
}

func (k conflictKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Main, k.Part, k.Enter, k.Back, k.Quit}
}

func (k conflictKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// ConflictModel is the bubbletea model of the conflict screen.
type ConflictModel struct {
	q         *assessment.Questionnaire
	conflicts []assessment.Conflict
	lang      string
	at        int
	choice    []assessment.Resolution // per conflict; Unresolved until chosen
	cursor    assessment.Resolution   // the side under the cursor
	keys      conflictKeys
	help      help.Model
	st        styles
	width     int
	height    int
	done      bool
	stopped   bool
}

// NewConflictModel makes the conflict screen for the conflicts of a merge.
func NewConflictModel(q *assessment.Questionnaire, conflicts []assessment.Conflict, lang string, r *lipgloss.Renderer) *ConflictModel {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	return &ConflictModel{q: q, conflicts: conflicts, lang: lang, choice: make([]assessment.Resolution, len(conflicts)),
		cursor: assessment.KeepMain, keys: newConflictKeys(lang), help: help.New(), st: newStyles(r), width: 80, height: 24}
}

// Init starts nothing.
func (m *ConflictModel) Init() tea.Cmd { return nil }

// Update handles keys and the window size.
func (m *ConflictModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyMsg:
		return m, m.handleKey(msg)
	}
	return m, nil
}

func (m *ConflictModel) handleKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		m.stopped = true
		return tea.Quit
	case key.Matches(msg, k.Main):
		m.cursor = assessment.KeepMain
	case key.Matches(msg, k.Part):
		m.cursor = assessment.TakePart
	case key.Matches(msg, k.Back):
		if m.at > 0 {
			m.at--
			m.cursor = m.choice[m.at]
		}
	case key.Matches(msg, k.Enter):
		m.choice[m.at] = m.cursor
		if m.at == len(m.conflicts)-1 {
			m.done = true
			return tea.Quit
		}
		m.at++
		m.cursor = m.choice[m.at]
		if m.cursor == assessment.Unresolved {
			m.cursor = assessment.KeepMain
		}
	}
	return nil
}

// Decisions returns the choices by conflict key, or ErrStopped when the
// user stopped before choosing for every conflict.
func (m *ConflictModel) Decisions() (map[string]assessment.Resolution, error) {
	if !m.done || m.stopped {
		return nil, ErrStopped
	}
	out := map[string]assessment.Resolution{}
	for i, c := range m.conflicts {
		out[c.Key()] = m.choice[i]
	}
	return out, nil
}

// View draws the conflict under the cursor with both answers side by side.
func (m *ConflictModel) View() string {
	if len(m.conflicts) == 0 {
		return ""
	}
	w := max(m.width-1, 20)
	v := ViewConflict(m.q, m.conflicts[m.at], m.at, len(m.conflicts), m.lang)
	var b strings.Builder
	b.WriteString(m.st.Title.Render(truncate(v.Title+" · "+v.Theme, w)) + "\n")
	b.WriteString(m.st.Rule.Render(strings.Repeat("─", w)) + "\n")
	b.WriteString(m.st.Bold.Render(wrap(v.Question, w)) + "\n")
	b.WriteString(m.st.Muted.Render(wrap(v.Kind, w)) + "\n\n")
	colW := (w - 1) / 2
	left := m.side(v.Main, m.cursor == assessment.KeepMain, colW)
	right := m.side(v.Part, m.cursor == assessment.TakePart, colW)
	b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, left, " ", right) + "\n\n")
	b.WriteString(m.st.Muted.Render(wrap(texts.Lang(m.lang).T(texts.SurveyRespKeptNote), w)) + "\n")
	body := b.String()
	footer := m.help.ShortHelpView(m.keys.ShortHelp())
	lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	room := max(1, m.height-2)
	if len(lines) > room {
		lines = lines[:room]
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n") + "\n" + truncate(footer, w)
}

// side draws one answer in a box; the chosen one has a heavy border and a
// › before its title, so that it shows without colour too.
func (m *ConflictModel) side(s ConflictSide, selected bool, w int) string {
	border := lipgloss.NormalBorder()
	marker := "  "
	style := m.st.r.NewStyle().Border(border).BorderForeground(colBorder).Padding(0, 1).Width(w - 2)
	if selected {
		border = lipgloss.ThickBorder()
		marker = "› "
		style = style.Border(border).BorderForeground(colAccent)
	}
	inner := w - 4
	var lines []string
	title := marker + s.Title
	if selected {
		title = m.st.Selected.Render(title)
	}
	lines = append(lines, truncate(title, inner))
	for _, l := range s.Lines {
		lines = append(lines, ansi.Wrap(l, max(inner, 1), ""))
	}
	return style.Render(strings.Join(lines, "\n"))
}

// ResolveTUI shows the conflict screen on in and out and returns the
// decisions by conflict key; ErrStopped when the user stopped first.
func ResolveTUI(ctx context.Context, in io.Reader, out io.Writer, q *assessment.Questionnaire, conflicts []assessment.Conflict, lang string, noColor bool) (map[string]assessment.Resolution, error) {
	r := lipgloss.NewRenderer(out)
	if noColor {
		r.SetColorProfile(termenv.Ascii)
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	m := NewConflictModel(q, conflicts, lang, r)
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out), tea.WithAltScreen())
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return nil, err
	}
	return m.Decisions()
}
