package survey

import (
	"context"
	"errors"
	"fmt"
	"io"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"soeverein/texts"
)

// ErrAborted means the user stopped the survey with ctrl+c, or a signal
// (SIGINT, SIGTERM, SIGHUP) ended it; the answers were saved first.
var ErrAborted = errors.New("survey stopped")

// Run runs the survey full-screen on in and out until the user quits or ctx
// is cancelled, then writes what is not saved yet and tells on msgs where
// the answers are. The error is ErrAborted after ctrl+c or a signal.
func Run(ctx context.Context, opts Options, in io.Reader, out, msgs io.Writer) error {
	opts.renderer = lipgloss.NewRenderer(out)
	if opts.NoColor {
		// The bubbles (help, inputs) draw with the default renderer.
		lipgloss.SetColorProfile(termenv.Ascii)
	}
	m, err := New(opts)
	if err != nil {
		return err
	}
	// Signals come in through ctx only: with bubbletea's own handler as well,
	// a SIGTERM both cancels ctx and queues a QuitMsg that no one receives
	// any more, and the program hangs in its shutdown (bubbletea 1.3.10).
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithAltScreen(), tea.WithoutSignalHandler())
	_, runErr := p.Run()
	defer m.saver.Close()
	// Whatever ended the program, the answers go to disk before we return.
	aside, err := SaveFinal(m.sess, m.saver)
	for _, n := range m.saver.Notes(m.c) {
		fmt.Fprintln(msgs, n)
	}
	if err != nil {
		return &FinalSaveError{Err: err}
	}
	if aside != "" {
		fmt.Fprintln(msgs, savedAside(texts.Lang(m.opts.Lang), aside))
	}
	if s := m.Session(); s != nil {
		fmt.Fprintln(msgs, m.ExitText())
	}
	switch {
	case m.Aborted(), ctx.Err() != nil, errors.Is(runErr, tea.ErrInterrupted):
		return ErrAborted
	case runErr != nil:
		return runErr
	}
	return nil
}
