package survey

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"soeverein/assessment"
	"soeverein/figure"
	"soeverein/reports"
	"soeverein/scoring"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// finishPage is the finish screen (a page, see page.go): the scores (from
// scoring, never computed here) and what became of the two files.
type finishPage struct {
	res       *scoring.Result
	writing   bool
	answers   string
	report    string
	saveErr   error
	reportErr error
	scroll    int // lines scrolled down with pgdn
}

type finishedMsg struct {
	sn        engine.Snapshot
	saveErr   error
	reportErr error
}

// ReportPath is where the report of an answers file goes: next to it, with
// the extension .md. An answers file that is itself named *.md gets
// NAME.report.md, so that its report never replaces it.
func ReportPath(answersPath string) string { return assessment.ReportPath(answersPath) }

// DefaultReportFormats are the formats finishing writes when Options asks
// for none: the Word file for the secretary and the markdown.
var DefaultReportFormats = []string{"docx", "md"}

// reportOutput is one report file finishing writes.
type reportOutput struct {
	path string
	data []byte
	err  error // rendering failed (or no converter for a PDF)
}

// finishJob is what finishing writes: the answers and the report in each
// format asked for, internal and, on request, public. It is prepared
// without I/O (scoring and rendering are pure; a PDF runs its converter)
// and run in a command or, in the accessible mode, directly.
type finishJob struct {
	sn      engine.Snapshot
	res     *scoring.Result
	report  string // the markdown report's path
	outputs []reportOutput
}

// reportPaths lists where the report files go, for the finish screen.
func (j finishJob) reportPaths() string {
	var out []string
	for _, o := range j.outputs {
		out = append(out, o.path)
	}
	return strings.Join(out, ", ")
}

// reportFile is the path of the report in format f next to the answers:
// NAME.md (ReportPath), NAME.docx, and NAME.openbaar.docx (en: .public) for
// the public version.
func reportFile(answersPath string, f reports.Format, public bool, lang string) string {
	md := ReportPath(answersPath)
	stem := strings.TrimSuffix(md, ".md")
	if public {
		stem += map[bool]string{true: ".public", false: ".openbaar"}[lang == "en"]
	}
	return stem + f.Ext
}

// prepareFinish scores the session's answers and renders the report in
// the formats o asks for.
func prepareFinish(s *engine.Session, o Options) (finishJob, error) {
	sn, err := s.Snapshot()
	if err != nil {
		return finishJob{}, err
	}
	j := finishJob{sn: sn, res: scoring.Evaluate(s.Q, s.A), report: ReportPath(sn.Path)}
	sum := sha256.Sum256(sn.Data)
	opts := reports.Options{Lang: s.Lang, AnswersFile: filepath.Base(sn.Path), AnswersSHA256: hex.EncodeToString(sum[:])}
	names := o.ReportFormats
	if len(names) == 0 {
		names = DefaultReportFormats
	}
	versions := []bool{false}
	if o.PublicReport {
		versions = append(versions, true)
	}
	for _, public := range versions {
		for _, name := range names {
			f, ok := reports.FormatByName(name)
			if !ok || f.Document == nil {
				continue // cmd checked the names; JSON is not a report to hand over
			}
			out := reportOutput{path: reportFile(sn.Path, f, public, s.Lang)}
			var buf bytes.Buffer
			opts.Public = public
			out.err = f.WriteReport(&buf, j.res, s.Q, opts)
			out.data = buf.Bytes()
			j.outputs = append(j.outputs, out)
		}
	}
	return j, nil
}

// run writes the answers, then the reports; the reports are written even
// when the answers cannot be, so that the work shows somewhere.
func (j finishJob) run(sv *Saver) (saveErr, reportErr error) {
	saveErr = sv.Write(j.sn)
	for i := range j.outputs {
		o := &j.outputs[i]
		if o.err == nil && assessment.SameFile(o.path, j.sn.Path) {
			o.err = &ReportIsInputError{Report: o.path, Input: j.sn.Path}
		}
		if o.err == nil {
			o.err = sv.write(o.path, o.data)
		}
		if o.err != nil && reportErr == nil {
			reportErr = fmt.Errorf("%s: %w", o.path, o.err)
		}
	}
	return saveErr, reportErr
}

// startFinish scores the answers and renders the report, then writes both
// in a command.
func (m *Model) startFinish() tea.Cmd {
	j, err := prepareFinish(m.sess, m.opts)
	if err != nil {
		m.setStatus(texts.Message(m.c, err), true)
		return nil
	}
	m.finish = &finishPage{res: j.res, writing: true, answers: j.sn.Path, report: j.reportPaths()}
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
	text := m.c.T(texts.SurveyResume, texts.A("file", s.Path))
	if f := m.finish; f != nil && !f.writing && f.reportErr == nil {
		text += "\n" + m.c.T(texts.SurveyResumeDone, texts.A("report", f.report), texts.A("file", s.Path))
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
		m.setStatus(m.c.T(texts.SurveySaveFailed, texts.A("error", texts.Message(m.c, msg.saveErr))), true)
	}
}

var _ screenPage = (*finishPage)(nil)

func (p *finishPage) update(m *Model, msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.setScreen(screenQuestion)
	case key.Matches(msg, m.keys.Quit):
		return m.stop(false)
	case key.Matches(msg, m.keys.SaveAs):
		return m.saveAs.open(m)
	case key.Matches(msg, m.keys.PageDown), key.Matches(msg, m.keys.PageUp):
		d, h := 1, m.bodyHeight()
		if key.Matches(msg, m.keys.PageUp) {
			d = -1
		}
		n := strings.Count(p.content(m, m.mainWidth()), "\n") + 1
		lo, hi := scrollRange(n, h, 0, 0)
		p.scroll = scrollBy(p.scroll, d, h, lo, hi)
	}
	return nil
}

// levelText is the level after a score, or why there is none yet.
func (m *Model) levelText(res *scoring.Result, l *scoring.LevelRef, n *scoring.NoLevel) string {
	if l == nil {
		return reports.NoLevelText(m.opts.Lang, res, n)
	}
	return m.c.T(texts.SurveyFinishLevel, texts.Int("level", l.Level), texts.A("name", shown(l.Name, m.opts.Lang)))
}

// scoreBar is "name  ████░░░░  56  level 2: Managed", the name nameW and
// the bar barW wide.
func (m *Model) scoreBar(name string, nameW, barW int, score float64, scored bool, level string) string {
	label := padRight(truncate(name, nameW), nameW)
	if !scored {
		return label + "  " + m.st.Muted.Render(m.c.T(texts.SurveyFinishNotScored))
	}
	bar := m.bar
	bar.Width = barW
	return fmt.Sprintf("%s  %s %5s  %s", label, bar.ViewAs(score/100), figure.Score(m.opts.Lang, score), level)
}

func (p *finishPage) view(m *Model, w, h int) string {
	return m.scrollTo(p.content(m, w), w, h, 0, p.scroll)
}

func (p *finishPage) content(m *Model, w int) string {
	fs := p
	res := fs.res
	var b strings.Builder
	// A report with open questions is a draft (CONCEPT): the screen says so
	// as plainly as the report does, with the number still open.
	title := m.c.T(texts.SurveyFinishTitle)
	if !res.Completeness.Complete {
		title = m.c.T(texts.SurveyFinishDraftTitle)
	}
	b.WriteString(m.st.Title.Render(title) + "\n\n")
	nameW := len([]rune(m.c.T(texts.SurveyFinishOverall)))
	for _, t := range res.Themes {
		nameW = max(nameW, len([]rune(shown(t.Title, m.opts.Lang))))
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
	b.WriteString(m.st.Bold.Render(m.scoreBar(m.c.T(texts.SurveyFinishOverall), nameW, barW, res.Overall.Score, res.Overall.Scored, m.levelText(res, res.Overall.Level, res.Overall.NoLevel))) + "\n")
	if res.Overall.Capped {
		var titles []string
		for _, id := range res.Overall.CappedBy {
			if t := res.Theme(id); t != nil {
				titles = append(titles, shown(t.Title, m.opts.Lang))
			}
		}
		b.WriteString(m.st.Warn.Render(wrap(m.c.T(texts.SurveyFinishCapped, texts.A("themes", strings.Join(titles, ", "))), w)) + "\n")
	}
	if c := res.Completeness; !c.Complete {
		b.WriteString(m.st.Warn.Render(wrap(m.c.N(texts.SurveyFinishIncomplete, len(c.Missing), texts.Int("total", c.Total)), w)) + "\n")
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		b.WriteString(m.st.Warn.Render(wrap(m.c.N(texts.SurveyFinishUnconfirmed, n), w)) + "\n")
	}
	b.WriteString("\n")
	for _, t := range res.Themes {
		b.WriteString(m.scoreBar(shown(t.Title, m.opts.Lang), nameW, barW, t.Score, t.Scored, m.levelText(res, t.Level, t.NoLevel)) + "\n")
	}
	b.WriteString("\n")
	switch {
	case fs.writing:
		b.WriteString(m.st.Muted.Render(m.c.T(texts.SurveyFinishWriting)) + "\n")
	default:
		b.WriteString(m.fileLine(texts.SurveyFinishAnswers, fs.answers, fs.saveErr, w))
		b.WriteString(m.fileLine(texts.SurveyFinishReport, fs.report, fs.reportErr, w))
		if fs.reportErr == nil {
			b.WriteString(m.st.Muted.Render(wrap(m.c.T(texts.SurveyFinishNext), w)) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func (m *Model) fileLine(key texts.Key, path string, err error, w int) string {
	if err != nil {
		return m.st.Error.Render(wrap(m.c.T(key, texts.A("file", path))+": "+texts.Message(m.c, err), w)) + "\n"
	}
	return m.st.Good.Render(wrap(m.c.T(key, texts.A("file", path)), w)) + "\n"
}
