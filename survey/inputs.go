package survey

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
)

// The inputs use a steady cursor: a blinking one redraws the screen twice a
// second for nothing and makes screen tests depend on timing.

func newLineInput() textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 200
	in.Cursor.SetMode(cursor.CursorStatic)
	return in
}

func newNumberInput() textinput.Model {
	in := newLineInput()
	in.CharLimit = 20
	in.Width = 12
	return in
}

func newTextArea() textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.CharLimit = 0
	ta.MaxHeight = 0
	ta.Cursor.SetMode(cursor.CursorStatic)
	return ta
}
