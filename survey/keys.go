package survey

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"soeverein/texts"
)

// keyMap holds every key of the survey. It implements help.KeyMap for the
// screen it is set to, so the help bar shows only what works there.
type keyMap struct {
	screen  screen
	carried bool // the current question has a carried-over answer to confirm
	marks   bool // the theme list counts answers to confirm ("·3")
	pages   bool // the finish screen is longer than the window

	Up, Down, Choose, Toggle, Number, Enter   key.Binding
	Next, Prev, DontKnow, NA, HelpText        key.Binding
	Note, Evidence, Mark, Open, Theme, Review key.Binding
	Clear, SaveAs, Quit, Abort, More, Back    key.Binding
	Finish, Done, Level, Jump, Field, PrevFld key.Binding
	Start, Move, Step, Confirm, ConfirmAll    key.Binding
	PageUp, PageDown, Page, Carried           key.Binding
	NextYear, Details                         key.Binding
	Assign                                    key.Binding // who answers a theme (part.go)
	CouncilText                               key.Binding
}

var _ help.KeyMap = keyMap{}

func newKeyMap(c texts.Lang) keyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return keyMap{
		Up:       b("↑/k", c.T(texts.SurveyKeyUp), "up", "k"),
		Down:     b("↓/j", c.T(texts.SurveyKeyDown), "down", "j"),
		Choose:   b("enter", c.T(texts.SurveyKeyChoose), "enter"),
		Toggle:   b(c.T(texts.SurveySpaceKey), c.T(texts.SurveyKeyToggle), " "),
		Enter:    b("enter", c.T(texts.SurveyKeyEnter), "enter"),
		Number:   b("1-9", c.T(texts.SurveyKeyNumber), "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Next:     b("→/l/tab", c.T(texts.SurveyKeyNext), "right", "l", "tab"),
		Prev:     b("←/h", c.T(texts.SurveyKeyPrev), "left", "h", "shift+tab"),
		DontKnow: b("w", c.T(texts.SurveyKeyDontKnow), "w"),
		NA:       b("n", c.T(texts.SurveyKeyNA), "n"),
		HelpText: b("i", c.T(texts.SurveyKeyHelpText), "i"),
		Note:     b("o", c.T(texts.SurveyKeyNote), "o"),
		Evidence: b("b", c.T(texts.SurveyKeyEvidence), "b"),
		Mark:     b("m", c.T(texts.SurveyKeyMark), "m"),
		Open:     b("u", c.T(texts.SurveyKeyOpen), "u"),
		Theme:    b("t", c.T(texts.SurveyKeyTheme), "t"),
		Review:   b("r", c.T(texts.SurveyKeyReview), "r"),
		Clear:    b("x", c.T(texts.SurveyKeyClear), "x"),
		SaveAs:   b("s", c.T(texts.SurveyKeySaveAs), "s"),
		Quit:     b("q", c.T(texts.SurveyKeyQuit), "q"),
		Abort:    b("ctrl+c", c.T(texts.SurveyKeyAbort), "ctrl+c"),
		More:     b("?", c.T(texts.SurveyKeyMore), "?"),
		Back:     b("esc", c.T(texts.SurveyKeyBack), "esc"),
		Finish:   b("f", c.T(texts.SurveyKeyFinish), "f"),
		Done:     b("esc/ctrl+s", c.T(texts.SurveyKeyDone), "esc", "ctrl+s"),
		Level:    b("tab", c.T(texts.SurveyKeyLevel), "tab"),
		Jump:     b("enter", c.T(texts.SurveyKeyJump), "enter"),
		Field:    b("tab/enter", c.T(texts.SurveyKeyField), "tab", "enter", "down"),
		PrevFld:  b("shift+tab", c.T(texts.SurveyKeyPrev), "shift+tab", "up"),
		Start:    b("enter", c.T(texts.SurveyKeyStart), "enter"),
		Confirm:  b("c", c.T(texts.SurveyKeyConfirm), "c"),
		// C confirms a whole theme, after asking: never by accident.
		ConfirmAll: b("C", c.T(texts.SurveyKeyConfirmAll), "C"),
		// Move and Step only label the help bar: ↑↓ and ←→ in one entry.
		Move: b("↑↓", c.T(texts.SurveyKeyMove), "up", "down"),
		Step: b("←→", c.T(texts.SurveyKeyStep), "left", "right"),
		// The question pane and the finish screen scroll by half a pane.
		PageUp:   b("pgup", c.T(texts.SurveyKeyPage), "pgup"),
		PageDown: b("pgdn", c.T(texts.SurveyKeyPage), "pgdown"),
		Page:     b("pg↑↓", c.T(texts.SurveyKeyPage), "pgup", "pgdown"),
		// Carried only explains the theme list's "·3" in the full help.
		Carried: b("·3", c.T(texts.SurveyKeyCarried), "·"),
		// p: the public text for the council answer, beside the note (o).
		CouncilText: b("p", c.T(texts.SurveyKeyCouncilText), "p"),
		// On the start screen: a new assessment from the file under the cursor.
		NextYear: b("v", c.T(texts.SurveyKeyNextYear), "v"),
		Details:  b("g", c.T(texts.SurveyKeyDetails), "g"),
		Assign:   b("a", c.T(texts.SurveyRespKeyAssign), "a"),
	}
}

// ShortHelp is the one-line help of the current screen.
func (k keyMap) ShortHelp() []key.Binding {
	switch k.screen {
	case screenPick:
		return []key.Binding{k.Move, k.Start, k.NextYear, k.Quit}
	case screenForm:
		return []key.Binding{k.Field, k.PrevFld, k.Back, k.Abort}
	case screenQuestion:
		// w and n are shown beside their options; ? lists the rest.
		if k.carried {
			return []key.Binding{k.Confirm, k.Move, k.Enter, k.Step, k.Quit, k.More}
		}
		return []key.Binding{k.Move, k.Enter, k.Step, k.Quit, k.More}
	case screenThemes:
		return []key.Binding{k.Move, k.Jump, k.Assign, k.Back}
	case screenNote:
		return []key.Binding{k.Done, k.Abort}
	case screenEvidence:
		return []key.Binding{k.Level, k.Done, k.Abort}
	case screenSaveAs:
		return []key.Binding{k.Choose, k.Back}
	case screenReview:
		return []key.Binding{k.Move, k.Jump, k.Finish, k.Back, k.Quit}
	case screenFinish:
		if k.pages {
			return []key.Binding{k.Back, k.Page, k.Quit}
		}
		return []key.Binding{k.Back, k.Quit}
	}
	return nil
}

// FullHelp is the help shown after pressing ?; only the question screen has
// more keys than fit on one line. Where the theme list shows "·3", the help
// says what it means.
func (k keyMap) FullHelp() [][]key.Binding {
	switch {
	case k.screen == screenThemes && k.marks:
		return [][]key.Binding{k.ShortHelp(), {k.Carried}}
	case k.screen != screenQuestion:
		return [][]key.Binding{k.ShortHelp()}
	}
	second := []key.Binding{k.Next, k.Prev, k.Open, k.Theme, k.Review, k.Details}
	if k.marks {
		second = append(second, k.Carried)
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.Enter, k.Number, k.Toggle, k.Page},
		second,
		{k.DontKnow, k.NA, k.Clear, k.HelpText, k.Mark, k.ConfirmAll, k.CouncilText},
		{k.Note, k.Evidence, k.SaveAs, k.Finish, k.Quit, k.More, k.Confirm},
	}
}
