package survey

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"soeverein/figure"
	"soeverein/reports"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"soeverein/assessment"
	"soeverein/scoring"
)

// finishState is the finish screen: the scores (from scoring, never
// computed here) and what became of the two files.
type finishState struct {
	res       *scoring.Result
	writing   bool
	answers   string
	report    string
	saveErr   error
	reportErr error
	scroll    int // lines scrolled down with pgdn
}

type finishedMsg struct {
	sn        snapshot
	saveErr   error
	reportErr error
}

// ReportPath is where the report of an answers file goes: next to it, with
// the extension .md. An answers file that is itself named *.md gets
// NAME.report.md, so that its report never replaces it.
func ReportPath(answersPath string) string {
	ext := filepath.Ext(answersPath)
	stem := strings.TrimSuffix(answersPath, ext)
	if strings.EqualFold(ext, ".md") {
		return stem + ".report.md"
	}
	return stem + ".md"
}

// errReportIsInput refuses to write a report over one of its inputs.
func errReportIsInput(report, input string) error {
	return fmt.Errorf("the report %s would replace %s, which it is made from; rename the answers file to NAME.yaml", report, input)
}

// finishJob is what finishing writes: the answers and the report. It is
// prepared without I/O (scoring and rendering are pure) and run in a
// command or, in the accessible mode, directly.
type finishJob struct {
	sn        snapshot
	res       *scoring.Result
	report    string
	data      []byte
	renderErr error
}

func (s *Session) prepareFinish() (finishJob, error) {
	sn, err := s.Snapshot()
	if err != nil {
		return finishJob{}, err
	}
	j := finishJob{sn: sn, res: scoring.Evaluate(s.Q, s.A), report: ReportPath(sn.path)}
	var buf bytes.Buffer
	sum := sha256.Sum256(sn.data)
	j.renderErr = renderReport(&buf, j.res, s.Q, s.Lang, filepath.Base(sn.path), hex.EncodeToString(sum[:]))
	j.data = buf.Bytes()
	return j, nil
}

// run writes the answers, then the report; the report is written even when
// the answers cannot be, so that the work shows somewhere.
func (j finishJob) run(sv *Saver) (saveErr, reportErr error) {
	saveErr = sv.Write(j.sn)
	reportErr = j.renderErr
	if reportErr == nil && assessment.SameFile(j.report, j.sn.path) {
		reportErr = errReportIsInput(j.report, j.sn.path)
	}
	if reportErr == nil {
		reportErr = sv.write(j.report, j.data)
	}
	return saveErr, reportErr
}

// startFinish scores the answers and renders the report, then writes both
// in a command.
func (m *Model) startFinish() tea.Cmd {
	j, err := m.sess.prepareFinish()
	if err != nil {
		m.setStatus(err.Error(), true)
		return nil
	}
	m.finish = &finishState{res: j.res, writing: true, answers: j.sn.path, report: j.report}
	m.setScreen(screenFinish)
	m.setStatus("", false)
	m.saving = true // the answers are written below; no autosave in between
	sv := m.saver
	return func() tea.Msg {
		saveErr, reportErr := j.run(sv)
		return finishedMsg{sn: j.sn, saveErr: saveErr, reportErr: reportErr}
	}
}

// ExitText says, after the program has ended, where every file written is:
// the answers, and the report when finishing wrote one.
func (m *Model) ExitText() string {
	s := m.sess
	if s == nil {
		return ""
	}
	text := m.c.f(m.c.Resume, s.Path, s.Path)
	if f := m.finish; f != nil && !f.writing && f.reportErr == nil {
		text += "\n" + m.c.f(m.c.ResumeDone, f.report, s.Path)
	}
	return text
}

func (m *Model) handleFinished(msg finishedMsg) {
	m.saving = false
	m.sess.Saved(msg.sn, msg.saveErr)
	if m.finish == nil {
		return
	}
	m.finish.writing = false
	m.finish.saveErr, m.finish.reportErr = msg.saveErr, msg.reportErr
	if msg.saveErr != nil {
		m.setStatus(m.c.f(m.c.SaveFailed, msg.saveErr), true)
	}
}

func (m *Model) finishKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.setScreen(screenQuestion)
	case key.Matches(msg, m.keys.Quit):
		return m.stop(false)
	case key.Matches(msg, m.keys.SaveAs):
		return m.openSaveAs()
	case key.Matches(msg, m.keys.PageDown), key.Matches(msg, m.keys.PageUp):
		d, h := 1, m.bodyHeight()
		if key.Matches(msg, m.keys.PageUp) {
			d = -1
		}
		n := strings.Count(m.finishContent(m.mainWidth()), "\n") + 1
		lo, hi := scrollRange(n, h, 0, 0)
		m.finish.scroll = scrollBy(m.finish.scroll, d, h, lo, hi)
	}
	return nil
}

// levelText is the level after a score, or why there is none yet.
func (m *Model) levelText(res *scoring.Result, l *scoring.LevelRef, n *scoring.NoLevel) string {
	if l == nil {
		return reports.NoLevelText(m.opts.Lang, res, n)
	}
	return m.c.f(m.c.FinishLevel, l.Level, l.Name.In(m.opts.Lang))
}

// scoreBar is "name  ████░░░░  56  level 2: Managed", the name nameW and
// the bar barW wide.
func (m *Model) scoreBar(name string, nameW, barW int, score float64, scored bool, level string) string {
	label := padRight(truncate(name, nameW), nameW)
	if !scored {
		return label + "  " + m.st.Muted.Render(m.c.FinishNotScored)
	}
	bar := m.bar
	bar.Width = barW
	return fmt.Sprintf("%s  %s %5s  %s", label, bar.ViewAs(score/100), figure.Score(m.opts.Lang, score), level)
}

func (m *Model) viewFinish(w, h int) string {
	return m.scrollTo(m.finishContent(w), w, h, 0, m.finish.scroll)
}

func (m *Model) finishContent(w int) string {
	fs := m.finish
	res := fs.res
	var b strings.Builder
	// A report with open questions is a draft (CONCEPT): the screen says so
	// as plainly as the report does, with the number still open.
	title := m.c.FinishTitle
	if !res.Completeness.Complete {
		title = m.c.FinishDraftTitle
	}
	b.WriteString(m.st.Title.Render(title) + "\n\n")
	nameW := len([]rune(m.c.FinishOverall))
	for _, t := range res.Themes {
		nameW = max(nameW, len([]rune(t.Title.In(m.opts.Lang))))
	}
	// One bar width for all rows, so that the scores line up.
	levelW := ansi.StringWidth(m.levelText(res, res.Overall.Level, res.Overall.NoLevel))
	for _, t := range res.Themes {
		levelW = max(levelW, ansi.StringWidth(m.levelText(res, t.Level, t.NoLevel)))
	}
	// Names get the room first (whole where they fit next to the shortest
	// bar); the bar takes what is left.
	nameW = min(nameW, max(12, w-levelW-8-12))
	barW := max(10, min(30, w-nameW-levelW-12))
	b.WriteString(m.st.Bold.Render(m.scoreBar(m.c.FinishOverall, nameW, barW, res.Overall.Score, res.Overall.Scored, m.levelText(res, res.Overall.Level, res.Overall.NoLevel))) + "\n")
	if res.Overall.Capped {
		var titles []string
		for _, id := range res.Overall.CappedBy {
			if t := res.Theme(id); t != nil {
				titles = append(titles, t.Title.In(m.opts.Lang))
			}
		}
		b.WriteString(m.st.Warn.Render(wrap(m.c.f(m.c.FinishCapped, strings.Join(titles, ", ")), w)) + "\n")
	}
	if c := res.Completeness; !c.Complete {
		b.WriteString(m.st.Warn.Render(wrap(m.c.f(m.c.FinishIncomplete, len(c.Missing), c.Total), w)) + "\n")
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		b.WriteString(m.st.Warn.Render(wrap(m.c.f(m.c.FinishUnconfirmed, n), w)) + "\n")
	}
	b.WriteString("\n")
	for _, t := range res.Themes {
		b.WriteString(m.scoreBar(t.Title.In(m.opts.Lang), nameW, barW, t.Score, t.Scored, m.levelText(res, t.Level, t.NoLevel)) + "\n")
	}
	b.WriteString("\n")
	switch {
	case fs.writing:
		b.WriteString(m.st.Muted.Render(m.c.FinishWriting) + "\n")
	default:
		b.WriteString(m.fileLine(m.c.FinishAnswers, fs.answers, fs.saveErr, w))
		b.WriteString(m.fileLine(m.c.FinishReport, fs.report, fs.reportErr, w))
		if fs.reportErr == nil {
			b.WriteString(m.st.Muted.Render(wrap(m.c.FinishNext, w)) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *Model) fileLine(format, path string, err error, w int) string {
	if err != nil {
		return m.st.Error.Render(wrap(m.c.f(format, path)+": "+err.Error(), w)) + "\n"
	}
	return m.st.Good.Render(wrap(m.c.f(format, path), w)) + "\n"
}
