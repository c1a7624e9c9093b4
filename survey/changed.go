package survey

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"soeverein/assessment"
	"soeverein/safetext"
)

// DiskChange is what the survey found in its file after someone else
// changed it.
type DiskChange struct {
	Path    string
	Disk    *assessment.Answers // the file as it is now
	ModTime time.Time           // when it was last written
	Differ  []string            // questions whose answers differ from the session's
}

// CheckDisk reads the session's file as it is now, to show the user what
// changed there.
func (s *Session) CheckDisk() (*DiskChange, error) {
	info, err := os.Stat(s.Path)
	if err != nil {
		return nil, err
	}
	disk, _, err := assessment.LoadAnswers(s.Path, nil)
	if err != nil {
		return nil, err
	}
	return &DiskChange{Path: s.Path, Disk: disk, ModTime: info.ModTime(), Differ: assessment.Differ(disk, s.A)}, nil
}

// Overwrite lets the next save replace the file as ch found it with the
// session's answers: the user chose so.
func (s *Session) Overwrite(sv *Saver, ch *DiskChange) {
	sv.Accept(ch.Path, ch.Disk.LoadedDigest())
	s.onDisk = ch.Disk.LoadedDigest()
	s.rev++
	s.failedRev = 0
}

// Reload takes the file as ch found it and puts the answers changed in
// this session on top of it (see assessment.Rebase); the next save writes
// the result. Conflicts are the answers that both changed: the session's
// are kept.
func (s *Session) Reload(sv *Saver, ch *DiskChange) (conflicts []string, err error) {
	base := &assessment.Answers{}
	if s.base != nil {
		if base, _, err = assessment.ParseAnswers(s.base, s.Path); err != nil {
			return nil, err
		}
	}
	conflicts = assessment.Rebase(base, s.A, ch.Disk)
	s.A = ch.Disk
	s.Overwrite(sv, ch)
	return conflicts, nil
}

// Accept lets the next write of path replace the file whose digest it is,
// after the user chose to write over a change made on disk.
func (sv *Saver) Accept(path, digest string) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	sv.known[path] = digest
}

type diskChangedMsg struct {
	ch  *DiskChange
	err error
}

// checkChanged starts reading the file when a save was refused because
// it changed on disk, so that the user can be asked what to do; once per
// file, unless the user is typing.
func (m *Model) checkChanged(saveErr error) tea.Cmd {
	var ce *ChangedError
	if !errors.As(saveErr, &ce) || m.sess == nil || m.changedAsked[ce.Path] {
		return nil
	}
	switch m.screen {
	case screenQuestion, screenThemes, screenReview:
	default:
		return nil
	}
	if m.changedAsked == nil {
		m.changedAsked = map[string]bool{}
	}
	m.changedAsked[ce.Path] = true
	s := m.sess
	return func() tea.Msg {
		ch, err := s.CheckDisk()
		return diskChangedMsg{ch: ch, err: err}
	}
}

func (m *Model) handleDiskChanged(msg diskChangedMsg) {
	if msg.err != nil || m.sess == nil || msg.ch.Path != m.sess.Path {
		return // the save error stays in the status line
	}
	m.changed = msg.ch
	m.back = m.screen
	m.setScreen(screenChanged)
}

func (m *Model) changedKey(msg tea.KeyMsg) tea.Cmd {
	t := changedTextsFor(m.opts.Lang)
	switch msg.String() {
	case "o":
		m.sess.Overwrite(m.saver, m.changed)
		m.setStatus("", false)
	case "r":
		conflicts, err := m.sess.Reload(m.saver, m.changed)
		switch {
		case err != nil:
			m.setStatus(fmt.Sprint(err), true)
		case len(conflicts) > 0:
			m.setStatus(fmt.Sprintf(t.Conflicts, strings.Join(conflicts, ", ")), false)
		default:
			m.setStatus(t.Reloaded, false)
		}
	case "s":
		m.changed = nil
		m.saveAs.SetValue(asidePath(m.sess.Path, m.opts.Now()))
		m.saveAs.Focus()
		m.setScreen(screenSaveAs)
		return nil
	case "esc":
	default:
		return nil
	}
	m.changed = nil
	m.setScreen(m.back)
	return m.autosave()
}

func (m *Model) viewChanged(w int) string {
	t := changedTextsFor(m.opts.Lang)
	ch := m.changed
	var b strings.Builder
	b.WriteString(m.st.Title.Render(t.Title) + "\n\n")
	b.WriteString(wrap(safetext.Terminal(fmt.Sprintf(t.Intro, ch.Path, ch.ModTime.Local().Format("2006-01-02 15:04:05"))), w) + "\n\n")
	if len(ch.Differ) == 0 {
		b.WriteString(wrap(t.SameAnswers, w) + "\n")
	} else {
		b.WriteString(m.st.Header.Render(t.Differ) + "\n")
		for i, id := range ch.Differ {
			if i == 5 {
				b.WriteString("  " + fmt.Sprintf(t.More, len(ch.Differ)-5) + "\n")
				break
			}
			line := id
			if qu := m.q.Question(id); qu != nil {
				line += " · " + shown(qu.Text, m.opts.Lang)
			}
			b.WriteString("  " + truncate(safetext.Terminal(line), w-2) + "\n")
		}
	}
	b.WriteString("\n")
	for _, c := range t.Choices {
		b.WriteString(wrap(c, w) + "\n")
	}
	return b.String()
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
	t := changedTextsFor(a.opts.Lang)
	ch, err := a.sess.CheckDisk()
	if err != nil {
		return changedSaveAs, nil
	}
	a.say(fmt.Sprintf(t.Intro, ch.Path, ch.ModTime.Local().Format("2006-01-02 15:04:05")), "")
	if len(ch.Differ) > 0 {
		a.say(t.Differ+" "+strings.Join(ch.Differ, ", "), "")
	} else {
		a.say(t.SameAnswers, "")
	}
	for {
		for i, c := range t.AccChoices {
			a.say(fmt.Sprintf("  %d. %s", i+1, c), "     ")
		}
		line, err := a.read(t.AccPrompt)
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
			switch {
			case err != nil:
				a.say(err.Error(), "")
				return changedSaveAs, nil
			case len(conflicts) > 0:
				a.say(fmt.Sprintf(t.Conflicts, strings.Join(conflicts, ", ")), "")
			default:
				a.say(t.Reloaded, "")
			}
			return changedRetry, nil
		}
	}
}

// changedTexts are the texts of the question about a file changed on disk.
type changedTexts struct {
	Title, Intro, Differ, More, SameAnswers, Reloaded, Conflicts, AccPrompt string
	Choices, AccChoices                                                     []string
}

func changedTextsFor(lang string) changedTexts {
	if lang == "en" {
		return changedTexts{
			Title:       "The file was changed on disk",
			Intro:       "%s was changed at %s, after the survey opened it (by hand, or by a sync such as OneDrive). Your answers were not written over it.",
			Differ:      "Answers that differ between the file and the survey:",
			More:        "and %d more",
			SameAnswers: "The answers in the file are the same as yours; other lines differ (a comment, the order).",
			Reloaded:    "File reloaded; your answers are on top of it.",
			Conflicts:   "File reloaded; your answers are on top of it. Changed in both, yours kept: %s",
			Choices: []string{
				"o  overwrite the file with the survey's answers",
				"s  save your answers under another name",
				"r  reload the file and keep your answers on top (the file's other changes stay)",
				"esc  decide later (nothing is saved until then)",
			},
			AccChoices: []string{"overwrite the file with your answers", "save your answers under another name", "reload the file and keep your answers on top"},
			AccPrompt:  "Choose 1-3 (Enter = decide later): ",
		}
	}
	return changedTexts{
		Title:       "Het bestand is op schijf gewijzigd",
		Intro:       "%s is gewijzigd op %s, nadat de vragenlijst het opende (met de hand, of door een synchronisatie zoals OneDrive). Uw antwoorden zijn er niet overheen geschreven.",
		Differ:      "Antwoorden die verschillen tussen het bestand en de vragenlijst:",
		More:        "en nog %d",
		SameAnswers: "De antwoorden in het bestand zijn gelijk aan de uwe; andere regels verschillen (een opmerking, de volgorde).",
		Reloaded:    "Bestand opnieuw geladen; uw antwoorden staan erbovenop.",
		Conflicts:   "Bestand opnieuw geladen; uw antwoorden staan erbovenop. In beide gewijzigd, de uwe gehouden: %s",
		Choices: []string{
			"o  het bestand overschrijven met de antwoorden van de vragenlijst",
			"s  uw antwoorden onder een andere naam opslaan",
			"r  het bestand opnieuw laden en uw antwoorden erbovenop zetten (de andere wijzigingen in het bestand blijven)",
			"esc  later beslissen (tot dan wordt niets opgeslagen)",
		},
		AccChoices: []string{"het bestand overschrijven met uw antwoorden", "uw antwoorden onder een andere naam opslaan", "het bestand opnieuw laden en uw antwoorden erbovenop zetten"},
		AccPrompt:  "Kies 1-3 (Enter = later beslissen): ",
	}
}
