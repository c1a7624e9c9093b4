package survey

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"soeverein/assessment"
	"soeverein/figure"
	"soeverein/reports"
	"soeverein/safetext"
	"soeverein/scoring"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// RunAccessible runs the survey as plain numbered prompts on w and r, one
// line at a time: for screen readers, for scripts (answers piped in), and
// for terminals that cannot draw screens. It drives the same Session as the
// full-screen survey: the same start and resume, the same file, a save
// after every answer. At the end of the input it saves and returns nil;
// when ctx is cancelled (ctrl+c) it saves and returns ErrAborted.
func RunAccessible(ctx context.Context, w io.Writer, r io.Reader, opts Options) error {
	if err := opts.fill(); err != nil {
		return err
	}
	done := make(chan struct{})
	defer close(done)
	out := &outWriter{w: safetext.NewWriter(w)}
	a := &lineMode{ctx: ctx, w: out, out: out, lines: readLines(r, done), opts: opts, q: opts.Questionnaire,
		c: texts.Lang(opts.Lang), saver: NewSaver(opts.Write), width: lineWidth(w)}
	defer a.saver.Close()
	a.say(a.c.T(texts.SurveyAccIntro), "")
	err := a.start()
	a.partIntro()
	if err == nil {
		err = a.loop()
	}
	err = a.end(err)
	out.w.Flush()
	return err
}

// lineMode is the state of the accessible survey.
type lineMode struct {
	ctx       context.Context
	w         io.Writer  // out, for fmt.Fprint
	out       *outWriter // everything shown goes through safetext.Terminal
	lines     <-chan string
	opts      Options
	q         *assessment.Questionnaire
	c         texts.Lang
	saver     *Saver
	sess      *engine.Session
	lastTheme *assessment.Theme
	last      *assessment.Answers // last year's answers (--from), for the new assessment
	width     int                 // lines break at words to fit it
}

// lineWidth is the width of the terminal w writes to, or 80 when it is not
// a terminal (a file, a pipe, a screen reader's log).
func lineWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width >= 20 {
			return width - 1
		}
	}
	return 80
}

// wrapWords breaks text into lines of at most w cells at spaces only: a
// word longer than w (a path, a link) stays whole, to be read and copied.
func wrapWords(text string, w int) string {
	var b strings.Builder
	for i, para := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		col := 0
		for j, word := range strings.Split(para, " ") {
			n := ansi.StringWidth(word)
			if j > 0 {
				if col+1+n > w && col > 0 {
					b.WriteByte('\n')
					col = 0
				} else {
					b.WriteByte(' ')
					col++
				}
			}
			b.WriteString(word)
			col += n
		}
	}
	return b.String()
}

// scripted reports whether the input is a script rather than typed on a
// terminal (Echo is set exactly then): the survey then never asks
// anything a script cannot know is coming.
func (a *lineMode) scripted() bool { return a.opts.Echo }

// say prints text broken at words to the line width; lines after the
// first start with indent (a hanging indent under "  1. ").
func (a *lineMode) say(text, indent string) {
	w := a.width - ansi.StringWidth(indent)
	lines := strings.Split(wrapWords(text, max(w, 20)), "\n")
	fmt.Fprintln(a.w, strings.Join(lines, "\n"+indent))
}

// errStop means the user typed q.
var errStop = errors.New("stopped by the user")

// outWriter remembers the first write error: when the output is gone (a
// closed pipe, as in `| head`, or a closed terminal) the session ends at
// the next prompt, after saving. It writes through safetext.Writer, so no
// text from a file (a note, a municipality's name) can send a control
// sequence to the terminal.
type outWriter struct {
	w   *safetext.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// readLines sends the lines of r until it ends or done is closed.
func readLines(r io.Reader, done <-chan struct{}) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		br := bufio.NewReader(r)
		for {
			s, err := br.ReadString('\n')
			if s != "" || err == nil {
				select {
				case ch <- safetext.Typed(strings.TrimRight(s, "\r\n")):
				case <-done:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return ch
}

// read prints a prompt and returns the next line, trimmed; io.EOF at the
// end of the input, ErrAborted when ctx is cancelled.
//
// What was answered is saved before the prompt is written: writing can end
// the program (SIGPIPE, when the signal is not handled) or fail, and the
// answer just given must be on disk by then. A save that fails here is
// reported by the caller's save, after the question.
func (a *lineMode) read(prompt string) (string, error) {
	if a.sess != nil && a.sess.NeedsSave() {
		a.sess.Save(a.saver)
	}
	if a.out.err != nil {
		return "", fmt.Errorf("write output: %w", a.out.err)
	}
	// Broken at words like the rest; the answer goes after the last line.
	if ansi.StringWidth(prompt) > a.width {
		prompt = wrapWords(strings.TrimRight(prompt, " "), a.width) + " "
	}
	fmt.Fprint(a.w, prompt)
	if a.out.err != nil {
		return "", fmt.Errorf("write output: %w", a.out.err)
	}
	select {
	case <-a.ctx.Done():
		fmt.Fprintln(a.w)
		return "", ErrAborted
	case s, ok := <-a.lines:
		if !ok {
			fmt.Fprintln(a.w)
			return "", io.EOF
		}
		if a.opts.Echo {
			fmt.Fprintln(a.w, s)
		}
		return strings.TrimSpace(s), nil
	}
}

// end saves what is not saved and says where the answers are.
func (a *lineMode) end(err error) error {
	if a.sess == nil {
		if errors.Is(err, io.EOF) || errors.Is(err, errStop) {
			return nil
		}
		return err
	}
	aside, serr := SaveFinal(a.sess, a.saver)
	for _, n := range a.saver.Notes(a.c) {
		fmt.Fprintln(a.w, n)
	}
	if serr != nil {
		a.say(a.c.T(texts.SurveyAccSaveFailed, texts.A("error", texts.Message(a.c, serr))), "")
		return &FinalSaveError{Err: serr}
	}
	if aside != "" {
		fmt.Fprintln(a.w, savedAside(a.c, aside))
	}
	switch {
	case a.out.err != nil:
		// Nobody reads any more; say it where the caller prints errors.
		return &OutputGoneError{Err: a.out.err, Path: a.sess.Path}
	case errors.Is(err, io.EOF):
		a.say(a.c.T(texts.SurveyAccEOF, texts.A("file", a.sess.Path)), "")
		return nil
	case errors.Is(err, errStop), errors.Is(err, ErrAborted):
		a.say(a.c.T(texts.SurveyAccStopped, texts.A("file", a.sess.Path)), "")
		if errors.Is(err, errStop) {
			return nil
		}
	}
	return err
}

// save writes the answers; when that fails it says so and offers another
// file name, and the answers stay in memory either way.
func (a *lineMode) save() error {
	if !a.sess.Dirty() {
		return nil
	}
	for {
		err := a.sess.Save(a.saver)
		if err == nil {
			return nil
		}
		a.say(a.c.T(texts.SurveyAccSaveFailed, texts.A("error", texts.Message(a.c, err))), "")
		if a.scripted() {
			// The next lines of a script are answers, never a file name:
			// every answer tries again, and the end says if none could be.
			// A file changed on disk is never overwritten: the answers go
			// beside it at the end (SaveFinal).
			return nil
		}
		var ce *ChangedError
		if errors.As(err, &ce) {
			choice, rerr := a.askChanged()
			switch {
			case rerr != nil:
				return rerr
			case choice == changedRetry:
				continue
			case choice == changedLater:
				return nil
			}
		}
		line, rerr := a.read(a.c.T(texts.SurveyAccSaveAsPrompt))
		if rerr != nil {
			return rerr
		}
		if line == "" {
			return nil
		}
		// The TUI's rule: the same file may be tried again, another
		// existing file is never overwritten.
		if line != a.sess.Path && exists(line) {
			fmt.Fprintln(a.w, a.c.T(texts.SurveyErrPathTaken, texts.A("file", line)))
			continue
		}
		a.sess.SetPath(line)
	}
}

// loop asks the questions from the current one on, until the end of the
// input, q, or finishing.
func (a *lineMode) loop() error {
	for {
		qu := a.sess.Current()
		if qu == nil {
			return errStop
		}
		a.show(qu)
		moved, err := a.ask(qu)
		if err != nil {
			return err
		}
		if !moved && !a.sess.Next() {
			// The last answer is saved (or its failure said) before the
			// overview asks to finish.
			if err := a.save(); err != nil {
				return err
			}
			finished, err := a.review()
			if err != nil || finished {
				return err
			}
		}
		if err := a.save(); err != nil {
			return err
		}
	}
}

// show prints the question and its numbered answers.
func (a *lineMode) show(qu *assessment.Question) {
	lang, c := a.opts.Lang, a.c
	if t := a.q.ThemeOf(qu.ID); t != a.lastTheme {
		a.lastTheme = t
		done, total := a.sess.Progress(t)
		fmt.Fprintln(a.w)
		fmt.Fprintln(a.w, c.T(texts.SurveyAccTheme, texts.A("theme", t.Title.In(lang)), texts.Int("answered", done), texts.Int("total", total)))
	}
	i, n := a.sess.Position()
	fmt.Fprintln(a.w)
	a.say(c.T(texts.SurveyAccQuestion, texts.Int("number", i+1), texts.Int("total", n))+": "+qu.Text.In(lang), "")
	ans := a.sess.A.Get(qu.ID)
	a.showAnswer(qu, ans)
	if ans != nil && ans.Review {
		fmt.Fprintln(a.w, "! "+c.T(texts.SurveyMarked))
	}
	if qu.Type == assessment.Number {
		return
	}
	for k, o := range qu.Options {
		num := fmt.Sprintf("  %d. ", k+1)
		a.say(num+o.Label.In(lang), strings.Repeat(" ", len(num)))
	}
	fmt.Fprintf(a.w, "  %d. %s (w)\n", len(qu.Options)+1, c.T(texts.SurveyDontKnow))
	if qu.NotApplicable {
		fmt.Fprintf(a.w, "  %d. %s (n)\n", len(qu.Options)+2, c.T(texts.SurveyNotApplicable))
	}
}

// showAnswer prints the current answer and last year's: a carried-over
// answer waits for Enter to be confirmed.
func (a *lineMode) showAnswer(qu *assessment.Question, ans *assessment.Answer) {
	c := a.c
	describe := func(x *assessment.Answer) string { return describeAnswer(c, a.opts.Lang, qu, x) }
	prev := a.sess.Previous(qu)
	switch {
	case a.sess.IsUnconfirmed(qu) && prev != nil:
		fmt.Fprintf(a.w, "%s %s; %s\n", c.T(texts.SurveyLastYear, texts.A("answer", describe(prev))), c.T(texts.SurveyCarriedPending), c.T(texts.SurveyAccConfirmHint))
		return
	case a.sess.IsUnconfirmed(qu):
		fmt.Fprintf(a.w, "%s; %s\n", c.T(texts.SurveyCarriedEarlier, texts.A("answer", describe(ans))), c.T(texts.SurveyAccConfirmHint))
		return
	case ans.HasAnswer():
		fmt.Fprintln(a.w, c.T(texts.SurveyAccCurrent, texts.A("answer", describe(ans))))
	}
	switch {
	case prev == nil:
	case engine.SameAnswer(prev, ans):
		fmt.Fprintln(a.w, c.T(texts.SurveyLastYear, texts.A("answer", describe(prev)))+" "+c.T(texts.SurveyLastYearSame))
	default:
		fmt.Fprintln(a.w, c.T(texts.SurveyLastYear, texts.A("answer", describe(prev)))+" "+c.T(texts.SurveyLastYearChanged))
	}
}

// ask reads answers to one question until one is valid. moved reports
// that the user went back (-), so the caller does not step forward.
func (a *lineMode) ask(qu *assessment.Question) (moved bool, err error) {
	for {
		line, err := a.read(a.prompt(qu))
		if err != nil {
			return false, err
		}
		switch strings.ToLower(line) {
		case "q":
			return false, errStop
		case "?":
			a.explain(qu)
			continue
		case "m":
			a.sess.ToggleReview()
			if ans := a.sess.A.Get(qu.ID); ans != nil && ans.Review {
				fmt.Fprintln(a.w, a.c.T(texts.SurveyMarkedOn))
			} else {
				fmt.Fprintln(a.w, a.c.T(texts.SurveyMarkedOff))
			}
			continue
		case "b":
			if err := a.askEvidence(qu); err != nil {
				return false, err
			}
			continue
		case "p":
			if err := a.askCouncilText(qu); err != nil {
				return false, err
			}
			continue
		case "-":
			if !a.sess.Prev() {
				fmt.Fprintln(a.w, a.c.T(texts.SurveyFirstQuestion))
			}
			return true, nil
		case "":
			a.sess.Confirm()
			return false, nil
		}
		if err := a.apply(qu, line); err != nil {
			fmt.Fprintln(a.w, a.c.T(texts.SurveyAccInvalid, texts.A("problem", texts.Message(a.c, err))))
			continue
		}
		return false, a.askNote(qu)
	}
}

func (a *lineMode) prompt(qu *assessment.Question) string { return kindOf(qu).prompt(a.c, qu) }

func (a *lineMode) explain(qu *assessment.Question) {
	a.say(a.c.T(texts.SurveyHelpTitle)+": "+strings.Join(strings.Fields(qu.Help.In(a.opts.Lang)), " "), "")
	first := true
	for _, id := range qu.Refs {
		if ref := a.q.Reference(id); ref != nil {
			if first {
				fmt.Fprintln(a.w, a.c.T(texts.SurveyRefs)+":")
				first = false
			}
			text := ref.Title
			if ref.Publisher != "" {
				text += " (" + ref.Publisher + ")"
			}
			a.say("  - "+text, "    ")
		}
	}
}

// apply answers the question with a typed line: option numbers (comma
// separated for multi), w or n, or a value.
func (a *lineMode) apply(qu *assessment.Question, line string) error {
	switch strings.ToLower(line) {
	case "w":
		return a.sess.Choose(assessment.DontKnow)
	case "n":
		return a.sess.Choose(assessment.NotApplicable)
	}
	return kindOf(qu).apply(a, qu, line)
}

// parseChoices turns "1, 3" into option ids; the built-in answers come
// after the options.
func (a *lineMode) parseChoices(qu *assessment.Question, line string) ([]string, error) {
	all := qu.OptionIDs()
	var ids []string
	for _, part := range strings.Split(line, ",") {
		part = strings.TrimSpace(part)
		k, err := strconv.Atoi(part)
		if err != nil || k < 1 || k > len(all) {
			return nil, errors.New(a.c.T(texts.SurveyAccBadNumber, texts.A("value", strconv.Quote(part)), texts.Int("max", len(all))))
		}
		if !slices.Contains(ids, all[k-1]) {
			ids = append(ids, all[k-1])
		}
	}
	return ids, nil
}

func (a *lineMode) askNote(qu *assessment.Question) error {
	prompt := a.c.T(texts.SurveyAccNotePrompt)
	ans := a.sess.A.Get(qu.ID)
	if ans != nil && ans.Note != "" {
		prompt = a.c.T(texts.SurveyAccNoteCurrent, texts.A("note", strconv.Quote(ans.Note)))
	}
	line, err := a.read(prompt)
	switch {
	case err != nil:
		return err
	case line == "-":
		a.sess.SetNote("")
	case line != "":
		a.sess.SetNote(line)
	}
	return nil
}

// askEvidence asks for the evidence of a question (documents or links,
// separated by ;) and its level, as b does on the screen.
func (a *lineMode) askEvidence(qu *assessment.Question) error {
	c := a.c
	ans := a.sess.A.Get(qu.ID)
	var have []string
	level := ""
	if ans != nil {
		have, level = ans.Evidence, ans.EvidenceLevel
	}
	prompt := c.T(texts.SurveyAccEvidencePrompt)
	if len(have) > 0 {
		prompt = c.T(texts.SurveyAccEvidenceCurrent, texts.A("evidence", strings.Join(have, "; ")))
	}
	line, err := a.read(prompt)
	if err != nil {
		return err
	}
	items := have
	switch line {
	case "":
	case "-":
		items, level = nil, ""
	default:
		items = strings.Split(line, ";")
	}
	levels := make([]string, len(assessment.EvidenceLevels()))
	for i, l := range assessment.EvidenceLevels() {
		levels[i] = fmt.Sprintf("%d = %s", i+1, levelName(c, l))
	}
	for len(items) > 0 {
		current := levelName(c, level)
		line, err := a.read(c.T(texts.SurveyAccEvidenceLevelPrompt, texts.A("levels", strings.Join(levels, ", ")), texts.A("current", current)))
		if err != nil {
			return err
		}
		if k, convErr := strconv.Atoi(line); line == "" || convErr == nil && k >= 1 && k <= len(assessment.EvidenceLevels()) {
			if line != "" {
				level = assessment.EvidenceLevels()[k-1]
			}
			break
		}
		fmt.Fprintln(a.w, c.T(texts.SurveyAccInvalid, texts.A("problem", c.T(texts.SurveyAccBadNumber, texts.A("value", strconv.Quote(line)), texts.Int("max", len(assessment.EvidenceLevels()))))))
	}
	if err := a.sess.SetEvidence(strings.Join(items, "\n"), level); err != nil {
		return err
	}
	if ans := a.sess.A.Get(qu.ID); ans != nil && len(ans.Evidence) > 0 {
		fmt.Fprintln(a.w, c.N(texts.SurveyAccEvidenceSaved, len(ans.Evidence), texts.A("level", levelName(c, ans.EvidenceLevel))))
	}
	return nil
}

// askCouncilText reads the public text for the council answer (command p).
func (a *lineMode) askCouncilText(qu *assessment.Question) error {
	prompt := a.c.T(texts.SurveyAccCouncilPrompt)
	if ans := a.sess.A.Get(qu.ID); ans != nil && ans.CouncilText != "" {
		prompt = a.c.T(texts.SurveyAccCouncilCurrent, texts.A("text", strconv.Quote(ans.CouncilText)))
	}
	line, err := a.read(prompt)
	switch {
	case err != nil:
		return err
	case line == "-":
		a.sess.SetCouncilText("")
	case line != "":
		a.sess.SetCouncilText(line)
	}
	return nil
}

// levelName is an evidence level in words, the report's words; "" (no
// level given) is "no level".
func levelName(c texts.Lang, level string) string {
	if k, ok := evidenceKeys[level]; ok {
		return c.T(k)
	}
	return c.T(texts.SurveyNoEvidenceLevel)
}

// evidenceKeys are the words of assessment.EvidenceLevels().
var evidenceKeys = map[string]texts.Key{
	assessment.SelfDeclared: texts.EvidenceSelfDeclared,
	assessment.Documented:   texts.EvidenceDocumented,
	assessment.Audited:      texts.EvidenceAudited,
}

// review shows what is open after the last question and asks whether to
// finish; finished is true when the survey is over.
func (a *lineMode) review() (finished bool, err error) {
	c := a.c
	r := a.sess.Review()
	fmt.Fprintln(a.w)
	fmt.Fprintln(a.w, c.T(texts.SurveyAccReviewSummary, texts.Int("unanswered", len(r.Unanswered)), texts.Int("dont_know", len(r.DontKnow)), texts.Int("marked", len(r.Marked))))
	// Every question listed gets a number: typing it goes there.
	var listed []*assessment.Question
	list := func(qs []*assessment.Question) {
		for _, qu := range qs {
			listed = append(listed, qu)
			num := fmt.Sprintf("  %d. ", len(listed))
			a.say(num+a.q.ThemeOf(qu.ID).Title.In(a.opts.Lang)+": "+qu.Text.In(a.opts.Lang), strings.Repeat(" ", len(num)))
		}
	}
	if len(r.Unanswered)+len(r.Marked) > 0 {
		fmt.Fprintln(a.w, c.T(texts.SurveyAccQuestionNames))
		list(append(slices.Clone(r.Unanswered), r.Marked...))
	}
	if len(r.Unconfirmed) > 0 {
		fmt.Fprintln(a.w, c.N(texts.SurveyAccUnconfirmed, len(r.Unconfirmed)))
		list(r.Unconfirmed)
	}
	if len(r.Gone) > 0 {
		fmt.Fprintln(a.w, c.T(texts.SurveyAccGone))
		for _, g := range r.Gone {
			id := g.ID
			if g.LastYear {
				id += " (" + c.T(texts.SurveyGoneLastYear) + ")"
			}
			fmt.Fprintf(a.w, "  - %s: %s\n", id, describeRaw(g.Answer))
		}
	}
	if a.sess.IsPart() {
		return a.partDone()
	}
	fmt.Fprintln(a.w, texts.Lang(a.opts.Lang).T(texts.SurveyRespAssignHint))
	line, err := a.read(c.T(texts.SurveyAccFinishPrompt))
	if err != nil {
		return false, err
	}
	if strings.EqualFold(line, "t") {
		return false, a.assignThemes()
	}
	if slices.Contains([]string{"j", "ja", "y", "yes"}, strings.ToLower(line)) {
		return true, a.finish()
	}
	if k, err := strconv.Atoi(line); err == nil && k >= 1 && k <= len(listed) {
		a.sess.Goto(listed[k-1].ID)
		return false, nil
	}
	if !a.sess.NextOpen() {
		return true, errStop
	}
	return false, nil
}

// finish writes the answers and the report and prints the scores.
func (a *lineMode) finish() error {
	j, err := prepareFinish(a.sess, a.opts)
	if err != nil {
		return err
	}
	saveErr, reportErr := j.run(a.saver)
	a.sess.Saved(j.sn, saveErr)
	res, c, lang := j.res, a.c, a.opts.Lang
	fmt.Fprintln(a.w)
	// A report with open questions is a draft (CONCEPT): said as plainly
	// as on the finish screen, with how many are answered.
	if cp := res.Completeness; !cp.Complete {
		fmt.Fprintln(a.w, c.T(texts.SurveyFinishDraftTitle))
		a.say(c.N(texts.SurveyAccFinishIncomplete, len(cp.Missing), texts.Int("total", cp.Total), texts.Int("answered", cp.Answered)), "")
	} else {
		fmt.Fprintln(a.w, c.T(texts.SurveyFinishTitle))
	}
	fmt.Fprintf(a.w, "%s: %s\n", c.T(texts.SurveyFinishOverall), a.scoreText(res, res.Overall.Score, res.Overall.Scored, res.Overall.Level, res.Overall.NoLevel))
	for _, t := range res.Themes {
		fmt.Fprintf(a.w, "%s: %s\n", t.Title.In(lang), a.scoreText(res, t.Score, t.Scored, t.Level, t.NoLevel))
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		fmt.Fprintln(a.w, c.N(texts.SurveyFinishUnconfirmed, n))
	}
	if saveErr != nil {
		a.say(c.T(texts.SurveyAccSaveFailed, texts.A("error", texts.Message(c, saveErr))), "")
		if err := a.save(); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(a.w, c.T(texts.SurveyFinishAnswers, texts.A("file", j.sn.Path)))
	}
	if reportErr != nil {
		a.say(c.T(texts.SurveyFinishFailed, texts.A("error", texts.Message(c, reportErr))), "")
		return nil
	}
	fmt.Fprintln(a.w, c.T(texts.SurveyFinishReport, texts.A("file", j.reportPaths())))
	return nil
}

// scoreText is "29,8 (niveau 1: Ad hoc)", or the score with why it has no
// level yet, in the same words and figures as the report.
func (a *lineMode) scoreText(res *scoring.Result, score float64, scored bool, l *scoring.LevelRef, n *scoring.NoLevel) string {
	lang := a.opts.Lang
	switch {
	case !scored && n != nil:
		return a.c.T(texts.SurveyAccNoScore) + " (" + reports.NoLevelText(lang, res, n) + ")"
	case !scored:
		return a.c.T(texts.SurveyAccNoScore)
	case l == nil:
		return fmt.Sprintf("%s %s (%s)", figure.Score(lang, score), figure.OverWhatWasAnswered(lang), reports.NoLevelText(lang, res, n))
	}
	return fmt.Sprintf("%s (%s)", figure.Score(lang, score), a.c.T(texts.SurveyFinishLevel, texts.Int("level", l.Level), texts.A("name", l.Name.In(lang))))
}
