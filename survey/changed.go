package survey

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// readDisk reads an answers file as it is now, and when it was last
// written, to show the user what changed there (the engine does no I/O).
// It touches no session: the TUI runs it in a command, beside Update.
func readDisk(path string) (*assessment.Answers, time.Time, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	disk, _, err := assessment.LoadAnswers(path, nil)
	if err != nil {
		return nil, time.Time{}, err
	}
	return disk, info.ModTime(), nil
}

// checkDisk compares the session's file as it is now with its answers.
func checkDisk(s *engine.Session) (*engine.DiskChange, error) {
	disk, mod, err := readDisk(s.Path)
	if err != nil {
		return nil, err
	}
	return s.CheckDisk(disk, mod), nil
}

// Accept lets the next write of path replace the file whose digest it is,
// after the user chose to write over a change made on disk (engine.Guard).
func (sv *Saver) Accept(path, digest string) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	sv.known[path] = digest
}

var _ engine.Guard = (*Saver)(nil)

// changedIntro says which file changed when, after the survey opened it.
func changedIntro(c texts.Lang, ch *engine.DiskChange) string {
	return c.T(texts.SurveyChangedIntro, texts.A("file", ch.Path), texts.A("time", ch.ModTime.Local().Format("2006-01-02 15:04:05")))
}

// reloadedText says that the file was reloaded, and which answers changed
// on both sides (the user's were kept).
func reloadedText(c texts.Lang, conflicts []string) string {
	if len(conflicts) == 0 {
		return c.T(texts.SurveyChangedReloaded)
	}
	return c.T(texts.SurveyChangedConflicts, texts.A("questions", strings.Join(conflicts, ", ")))
}

// changedPage is the question what to do with a file that changed on disk
// since the survey opened it (by hand, by OneDrive): overwrite it, save
// the answers under another name, reload it with the user's answers on
// top, or decide later.
type changedPage struct {
	ch    *engine.DiskChange
	asked map[string]bool // files the user was asked about already
}

var _ screenPage = (*changedPage)(nil)

// diskChangedMsg is the file at path as readDisk found it.
type diskChangedMsg struct {
	path    string
	disk    *assessment.Answers
	modTime time.Time
	err     error
}

// check starts reading the file when a save was refused because it
// changed on disk, so that the user can be asked what to do; not again
// for a file the user chose to decide about later, and not while the user
// is typing (the question waits for the next refused save on a screen
// without a text field).
func (p *changedPage) check(m *Model, saveErr error) tea.Cmd {
	var ce *ChangedError
	if !errors.As(saveErr, &ce) || m.sess == nil || p.asked[ce.Path] {
		return nil
	}
	if !askable(m.screen) {
		return nil
	}
	if p.asked == nil {
		p.asked = map[string]bool{}
	}
	p.asked[ce.Path] = true
	path := ce.Path
	return func() tea.Msg {
		disk, mod, err := readDisk(path)
		return diskChangedMsg{path: path, disk: disk, modTime: mod, err: err}
	}
}

// askable reports whether the question may take over screen s: not a
// screen with a text field being typed in, nor finish.
func askable(s screen) bool {
	return s == screenQuestion || s == screenThemes || s == screenReview
}

// open shows the question, returning to the current screen afterwards.
// The answers are compared here, in Update, where the session is not
// changing.
func (p *changedPage) open(m *Model, msg diskChangedMsg) {
	if msg.err != nil || m.sess == nil || msg.path != m.sess.Path {
		return // the save error stays in the status line
	}
	if !askable(m.screen) {
		// The user opened a text field meanwhile: ask at the next
		// refused save instead of taking the field away.
		delete(p.asked, msg.path)
		return
	}
	p.ch = m.sess.CheckDisk(msg.disk, msg.modTime)
	m.back = m.screen
	m.setScreen(screenChanged)
}

func (p *changedPage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "o", "r":
		// Decided: a later change on disk asks again (only "later" keeps
		// the question from coming back for this file).
		delete(p.asked, p.ch.Path)
	}
	switch msg.String() {
	case "o":
		m.sess.Overwrite(m.saver, p.ch)
		m.setStatus("", false)
	case "r":
		conflicts, err := m.sess.Reload(m.saver, p.ch)
		if err != nil {
			m.setStatus(texts.Message(m.c, err), true)
		} else {
			m.setStatus(reloadedText(m.c, conflicts), false)
		}
	case "s":
		p.ch = nil
		m.setScreen(m.back)
		return m.saveAs.openWith(m, asidePath(m.sess.Path, m.opts.Now()))
	case "esc":
	default:
		return nil
	}
	p.ch = nil
	m.setScreen(m.back)
	return m.autosave()
}

// maxDiffer is how many differing answers the screen lists by name.
const maxDiffer = 5

func (p *changedPage) view(m *Model, w, h int) string {
	ch := p.ch
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.c.T(texts.SurveyChangedTitle)) + "\n\n")
	b.WriteString(wrap(changedIntro(m.c, ch), w) + "\n\n")
	if len(ch.Differ) == 0 {
		b.WriteString(wrap(m.c.T(texts.SurveyChangedSameAnswers), w) + "\n")
	} else {
		b.WriteString(m.st.Header.Render(m.c.T(texts.SurveyChangedDiffer)) + "\n")
		for i, id := range ch.Differ {
			if i == maxDiffer {
				b.WriteString("  " + m.c.N(texts.SurveyChangedMore, len(ch.Differ)-maxDiffer) + "\n")
				break
			}
			line := cleanText(id)
			if qu := m.q.Question(id); qu != nil {
				line += " · " + shown(qu.Text, m.opts.Lang)
			}
			b.WriteString("  " + truncate(line, w-2) + "\n")
		}
	}
	b.WriteString("\n")
	for _, c := range []struct {
		key  string
		text texts.Key
	}{
		{"o", texts.SurveyChangedOverwrite},
		{"s", texts.SurveyChangedSaveAs},
		{"r", texts.SurveyChangedReload},
		{"esc", texts.SurveyChangedLater},
	} {
		// The key, then its text; a text that wraps stays right of the key.
		pad := strings.Repeat(" ", len(c.key)+2)
		b.WriteString(c.key + "  " + strings.ReplaceAll(wrap(m.c.T(c.text), w-len(pad)), "\n", "\n"+pad) + "\n")
	}
	return m.scrollTo(b.String(), w, h, 0, 0)
}

// What the user chose for a file changed on disk, in the accessible mode.
const (
	changedLater = iota
	changedRetry
	changedSaveAs
)

// askChanged asks in the accessible mode what to do with a file changed on
// disk: try the save again (after overwrite or reload), ask for another
// name, or decide later.
func (a *lineMode) askChanged() (int, error) {
	ch, err := checkDisk(a.sess)
	if err != nil {
		return changedSaveAs, nil
	}
	a.say(changedIntro(a.c, ch), "")
	if len(ch.Differ) > 0 {
		a.say(a.c.T(texts.SurveyChangedDiffer)+" "+strings.Join(ch.Differ, ", "), "")
	} else {
		a.say(a.c.T(texts.SurveyChangedSameAnswers), "")
	}
	for {
		for i, k := range []texts.Key{texts.SurveyChangedOverwrite, texts.SurveyChangedSaveAs, texts.SurveyChangedReload} {
			a.say(fmt.Sprintf("  %d. %s", i+1, a.c.T(k)), "     ")
		}
		line, err := a.read(a.c.T(texts.SurveyChangedAccPrompt))
		if err != nil {
			return changedLater, err
		}
		switch line {
		case "":
			return changedLater, nil
		case "1":
			a.sess.Overwrite(a.saver, ch)
			return changedRetry, nil
		case "2":
			return changedSaveAs, nil
		case "3":
			conflicts, err := a.sess.Reload(a.saver, ch)
			if err != nil {
				a.say(texts.Message(a.c, err), "")
				return changedSaveAs, nil
			}
			a.say(reloadedText(a.c, conflicts), "")
			return changedRetry, nil
		}
	}
}
