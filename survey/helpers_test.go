package survey

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"soeverein/assessment"
	"soeverein/survey/engine"
)

// packageDir is the folder of this package, where testdata is.
var packageDir string

func TestMain(m *testing.M) {
	// Screens in tests are drawn without colour, like NO_COLOR.
	lipgloss.SetColorProfile(termenv.Ascii)
	packageDir, _ = os.Getwd()
	os.Exit(m.Run())
}

// clock is the fixed time of every test.
var clock = time.Date(2026, 11, 20, 14, 5, 0, 0, time.UTC)

func fixedNow() time.Time { return clock }

func loadQuestionnaire(t testing.TB, path string) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, path)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func testQuestionnaire(t testing.TB) *assessment.Questionnaire {
	return loadQuestionnaire(t, filepath.Join("testdata", "questions.yaml"))
}

// newAnswersFile writes a fresh answers file for the test questionnaire and
// returns its path.
func newAnswersFile(t testing.TB, dir string, q *assessment.Questionnaire, edit func(a *assessment.Answers)) string {
	t.Helper()
	a := engine.NewAssessment{Municipality: "Gemeente Voorbeeldstad", CBSCode: "GM9991", ReferenceDate: "2026-11-01",
		Year: "2026", Name: "Eva Voorbeeld", Role: "CISO"}.Answers(q)
	if edit != nil {
		edit(a)
	}
	path := filepath.Join(dir, "soeverein-GM9991-2026.yaml")
	if err := assessment.SaveAnswers(path, a); err != nil {
		t.Fatal(err)
	}
	return path
}

// newModel builds a model at a window size, as the program would.
func newModel(t testing.TB, opts Options, w, h int) *Model {
	t.Helper()
	if opts.Questionnaire == nil {
		opts.Questionnaire = testQuestionnaire(t)
	}
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	run(m, m.Init())
	run(m, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h} })
	return m
}

// run executes a command and feeds what it returns back to the model, as
// the bubbletea runtime does, until nothing is left; it reports whether
// the model asked to quit.
func run(m *Model, cmd tea.Cmd) (quit bool) {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		for _, c := range msg {
			quit = run(m, c) || quit
		}
	default:
		if cmds, ok := sequence(msg); ok {
			for _, c := range cmds {
				quit = run(m, c) || quit
			}
			return quit
		}
		_, next := m.Update(msg)
		quit = run(m, next)
	}
	return quit
}

// sequence unpacks the message of tea.Sequence, an unexported []tea.Cmd,
// whose commands the runtime runs in order.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// keyMsg turns a key name into the message bubbletea sends for it.
func keyMsg(k string) tea.KeyMsg {
	types := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "up": tea.KeyUp, "down": tea.KeyDown,
		"left": tea.KeyLeft, "right": tea.KeyRight, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"ctrl+c": tea.KeyCtrlC, "ctrl+s": tea.KeyCtrlS, "backspace": tea.KeyBackspace,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "ctrl+u": tea.KeyCtrlU,
	}
	if k == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := types[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys one by one; "type:text" types text rune by rune. It
// reports whether the model asked to quit.
func press(m *Model, keys ...string) (quit bool) {
	for _, k := range keys {
		if text, ok := strings.CutPrefix(k, "type:"); ok {
			for _, r := range text {
				_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
				quit = run(m, cmd) || quit
			}
			continue
		}
		_, cmd := m.Update(keyMsg(k))
		quit = run(m, cmd) || quit
	}
	return quit
}

// screenText is the screen as a person reads it: no colours, no trailing
// spaces.
func screenText(m *Model) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func mustContain(t *testing.T, m *Model, want ...string) {
	t.Helper()
	s := screenText(m)
	for _, w := range want {
		if !strings.Contains(s, w) {
			t.Errorf("screen does not show %q; screen:\n%s", w, s)
		}
	}
}

func mustNotContain(t *testing.T, m *Model, notWant ...string) {
	t.Helper()
	s := screenText(m)
	for _, w := range notWant {
		if strings.Contains(s, w) {
			t.Errorf("screen shows %q but should not; screen:\n%s", w, s)
		}
	}
}

func loadAnswers(t *testing.T, path string, q *assessment.Questionnaire) *assessment.Answers {
	t.Helper()
	a, _, err := assessment.LoadAnswers(path, q)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func resizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func displayWidth(s string) int { return ansi.StringWidth(s) }
