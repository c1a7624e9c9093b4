package survey

import (
	"github.com/charmbracelet/lipgloss"
)

// Colours work on light and dark backgrounds; without colour (NO_COLOR, a
// plain terminal) every state is still told by a character or by bold text,
// never by colour alone.
var (
	colAccent = lipgloss.AdaptiveColor{Light: "#1F5FAD", Dark: "#7AB8FF"}
	colMuted  = lipgloss.AdaptiveColor{Light: "#5C5C5C", Dark: "#A0A0A0"}
	colGood   = lipgloss.AdaptiveColor{Light: "#1B7A2E", Dark: "#6BD384"}
	colWarn   = lipgloss.AdaptiveColor{Light: "#9A5B00", Dark: "#F2B84B"}
	colError  = lipgloss.AdaptiveColor{Light: "#B00020", Dark: "#FF6B7A"}
	colBorder = lipgloss.AdaptiveColor{Light: "#B8B8B8", Dark: "#4A4A4A"}
)

// styles are the lipgloss styles of one renderer (one output).
type styles struct {
	r         *lipgloss.Renderer
	Title     lipgloss.Style
	Header    lipgloss.Style
	Muted     lipgloss.Style
	Accent    lipgloss.Style
	Bold      lipgloss.Style
	Selected  lipgloss.Style
	Cursor    lipgloss.Style
	Good      lipgloss.Style
	Warn      lipgloss.Style
	Error     lipgloss.Style
	Rule      lipgloss.Style
	HelpBlock lipgloss.Style
}

func newStyles(r *lipgloss.Renderer) styles {
	s := r.NewStyle
	return styles{
		r:         r,
		Title:     s().Bold(true).Foreground(colAccent),
		Header:    s().Bold(true),
		Muted:     s().Foreground(colMuted),
		Accent:    s().Foreground(colAccent),
		Bold:      s().Bold(true),
		Selected:  s().Bold(true).Foreground(colAccent),
		Cursor:    s().Bold(true).Foreground(colAccent),
		Good:      s().Foreground(colGood),
		Warn:      s().Bold(true).Foreground(colWarn),
		Error:     s().Bold(true).Foreground(colError),
		Rule:      s().Foreground(colBorder),
		HelpBlock: s().Foreground(colMuted).PaddingLeft(2),
	}
}
