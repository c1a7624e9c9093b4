package survey

import tea "github.com/charmbracelet/bubbletea"

// A screenPage is a screen of the survey that owns its state, its view and its
// keys, after soft-serve's common.Component and pkg/ui/pages: the Model
// keeps what every screen shares (the session, the texts, styles, the key
// map, the size, the status line) and hands key presses and drawing to the
// page of the current screen, which gets the Model as its context.
//
// The note and evidence editors (editors.go), "save as" (saveas.go), the
// question about a file changed on disk (changed.go), the review
// (review.go) and finish (finish.go) are pages; the start, form,
// question and themes screens still keep their state in the Model and are
// to follow the same shape.
type screenPage interface {
	// update handles a key on this screen.
	update(m *Model, msg tea.KeyMsg) tea.Cmd
	// view draws the screen in w×h cells.
	view(m *Model, w, h int) string
}
