package survey

import (
	"slices"
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
)

// runes is the one message bubbletea sends for several runes that arrive
// together: typed fast, sent by tmux send-keys, or pasted (paste: inside
// the terminal's bracketed-paste markers).
func runes(text string, paste bool) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text), Paste: paste}
}

// sendMsg sends one message to the model and runs what it returns.
func sendMsg(m *Model, msg tea.Msg) (quit bool) {
	_, cmd := m.Update(msg)
	return run(m, cmd)
}

// TestSeveralKeysAtOnceAreCommands: outside text fields, the runes of one
// message are handled one by one, as if typed apart.
func TestSeveralKeysAtOnceAreCommands(t *testing.T) {
	t.Run("ccc confirms three questions", func(t *testing.T) {
		m, _ := startFrom(t)
		sendMsg(m, runes("ccc", false))
		mustContain(t, m, "Is het exitplan getest?", "1 nog te bevestigen")
		a := loadAnswers(t, m.Session().Path, m.q)
		for _, id := range []string{"cloud.mail", "cloud.tools", "exit.share"} {
			if ans := a.Get(id); ans.CarriedOver || ans.AnsweredBy != "Piet" {
				t.Errorf("saved %s = %+v, want it confirmed by Piet", id, ans)
			}
		}
		if a.Current != "exit.tested" {
			t.Errorf("saved current = %q, want exit.tested", a.Current)
		}
	})
	t.Run("a number and a move", func(t *testing.T) {
		m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
		sendMsg(m, runes("1", false)) // answers and goes on
		mustContain(t, m, "Welke maatregelen", "1 van 4 beantwoord")
		sendMsg(m, runes("12", false)) // a multi question: both switch on
		if got := m.Session().A.Get("cloud.tools").Choices; !slices.Equal(got, []string{"keys", "exit"}) {
			t.Errorf("cloud.tools = %v after 12, want keys and exit", got)
		}
	})
	t.Run("keys on the theme list, the help and the review", func(t *testing.T) {
		m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
		sendMsg(m, runes("tj", false))
		mustContain(t, m, "Kies een thema", "› Exit en continuïteit 0/2")
		press(m, "enter")
		sendMsg(m, runes("i?", false))
		mustContain(t, m, "Toelichting", "C thema bevestigen")
		sendMsg(m, runes("?rj", false))
		mustContain(t, m, "Overzicht voor het afronden", "  › Exit en continuïteit · Voor welk percentage")
		sendMsg(m, runes("f", false))
		mustContain(t, m, "Zelfevaluatie als CONCEPT opgeslagen")
	})
	t.Run("C then j confirms a theme", func(t *testing.T) {
		m, _ := startFrom(t)
		sendMsg(m, runes("Cj", false))
		mustContain(t, m, "2 antwoorden in Clouddiensten bevestigd.")
	})
	t.Run("q stops at once", func(t *testing.T) {
		m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
		if quit := sendMsg(m, runes("2q1", false)); !quit {
			t.Fatal("2q1 did not quit")
		}
		if got := m.Session().A.Get("cloud.mail").Choice; got != "eu" {
			t.Errorf("cloud.mail = %q, want eu: the key after q must not count", got)
		}
	})
	t.Run("on the start screen", func(t *testing.T) {
		dir := t.TempDir()
		newAnswersFile(t, dir, testQuestionnaire(t), nil)
		m := newModel(t, Options{Dir: dir}, 100, 30)
		sendMsg(m, runes("jjk", false))
		mustContain(t, m, "› Nieuwe zelfevaluatie beginnen")
	})
}

// TestSeveralKeysAtOnceIntoTextFields: in a text field the runes go in as
// typed, also a paste with spaces, and a key that opens a field sends the
// rest into it.
func TestSeveralKeysAtOnceIntoTextFields(t *testing.T) {
	q := testQuestionnaire(t)
	t.Run("note", func(t *testing.T) {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		m := newModel(t, Options{Path: path}, 100, 30)
		sendMsg(m, runes("oZie", false)) // o opens the note; the rest is text
		sendMsg(m, runes(" het cloudregister, versie 3", true))
		sendMsg(m, runes("ccc", false))
		press(m, "esc")
		if got := loadAnswers(t, path, q).Get("cloud.mail").Note; got != "Zie het cloudregister, versie 3ccc" {
			t.Errorf("note = %q", got)
		}
		if m.Session().A.Get("cloud.mail").HasAnswer() {
			t.Error("letters typed in the note answered the question")
		}
	})
	t.Run("evidence", func(t *testing.T) {
		m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), q, nil)}, 100, 30)
		press(m, "b")
		sendMsg(m, runes("Contract 2024-17\nhttps://intranet/dpia", true))
		press(m, "esc")
		if got := m.Session().A.Get("cloud.mail").Evidence; !slices.Equal(got, []string{"Contract 2024-17", "https://intranet/dpia"}) {
			t.Errorf("evidence = %q", got)
		}
	})
	t.Run("form", func(t *testing.T) {
		t.Chdir(t.TempDir())
		m := newModel(t, Options{Questionnaire: q, Dir: "."}, 100, 30)
		sendMsg(m, runes("Gemeente Alkmaar", true))
		press(m, "tab")
		sendMsg(m, runes("GM0361", false))
		mustContain(t, m, "Gemeente       Gemeente Alkmaar", "CBS-code       GM0361", "soeverein-GM0361-2026.yaml")
	})
	t.Run("number", func(t *testing.T) {
		path := newAnswersFile(t, t.TempDir(), q, func(a *assessment.Answers) { a.Current = "exit.share" })
		m := newModel(t, Options{Path: path}, 100, 30)
		sendMsg(m, runes("62,5", false))
		mustContain(t, m, "Waarde (0 tot 100 procent): 62,5")
		press(m, "ctrl+u")
		sendMsg(m, runes("ca. 40", true)) // a paste goes in whole; enter checks it
		mustContain(t, m, "Waarde (0 tot 100 procent): ca. 40")
		press(m, "enter")
		mustContain(t, m, `"ca. 40" is geen getal`, "Voor welk percentage")
		press(m, "ctrl+u")
		sendMsg(m, runes("40l", false)) // typed fast: the value, then the next question
		mustContain(t, m, "Is het exitplan getest?")
	})
	t.Run("a paste on the options is not taken for commands", func(t *testing.T) {
		m, _ := startFrom(t)
		sendMsg(m, runes("Zie het register, c of C", true))
		mustContain(t, m, "Waar staat de e-mail", "4 nog te bevestigen", "Geplakte tekst genegeerd")
	})
}

// TestSplitKeysAreSavedInOrder: after keys sent at once the state after
// the last key is saved, and no save writes an older state after a newer.
func TestSplitKeysAreSavedInOrder(t *testing.T) {
	m, _ := startFrom(t)
	var mu sync.Mutex
	var written []string
	m.saver = NewSaver(func(path string, data []byte) error {
		mu.Lock()
		defer mu.Unlock()
		written = append(written, string(data))
		return assessment.WriteFileAtomic(path, data)
	})
	for _, keys := range []string{"cc", "hhll", "cc"} {
		sendMsg(m, runes(keys, false))
	}
	// Every snapshot confirms at least as much as the one before it.
	last := 4
	for i, data := range written {
		n := strings.Count(data, "carried_over: true")
		if n > last {
			t.Errorf("save %d has %d answers carried over, the one before %d: an older state was written", i, n, last)
		}
		last = n
	}
	if last != 0 || len(m.Session().Unconfirmed()) != 0 {
		t.Errorf("after the keys: %d carried over on disk, %d in memory, want 0", last, len(m.Session().Unconfirmed()))
	}
}
