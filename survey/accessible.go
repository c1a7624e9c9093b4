package survey

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"soeverein/figure"
	"soeverein/reports"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/scoring"
)

// RunAccessible runs the survey as plain numbered prompts on w and r, one
// line at a time: for screen readers, for scripts (answers piped in), and
// for terminals that cannot draw screens. It drives the same Session as the
// full-screen survey: the same start and resume, the same file, a save
// after every answer. At the end of the input it saves and returns nil;
// when ctx is cancelled (ctrl+c) it saves and returns ErrAborted.
func RunAccessible(ctx context.Context, w io.Writer, r io.Reader, opts Options) error {
	opts.fill()
	done := make(chan struct{})
	defer close(done)
	out := &outWriter{w: safetext.NewWriter(w)}
	a := &lineMode{ctx: ctx, w: out, out: out, lines: readLines(r, done), opts: opts, q: opts.Questionnaire,
		c: catalogFor(opts.Lang), saver: NewSaver(opts.Write), width: lineWidth(w)}
	defer a.saver.Close()
	a.say(a.c.AccIntro, "")
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
	c         *catalog
	saver     *Saver
	sess      *Session
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
	aside, serr := a.sess.SaveFinal(a.saver)
	for _, n := range a.saver.Notes() {
		fmt.Fprintln(a.w, n)
	}
	if serr != nil {
		fmt.Fprintln(a.w, a.c.f(a.c.AccSaveFailed, serr))
		return fmt.Errorf("%w; the last answers could not be saved", serr)
	}
	if aside != "" {
		fmt.Fprintf(a.w, "%v; your answers are saved in %s\n", assessment.ErrChangedOnDisk, aside)
	}
	switch {
	case a.out.err != nil:
		// Nobody reads any more; say it where the caller prints errors.
		return fmt.Errorf("write output: %w; the answers are saved in %s", a.out.err, a.sess.Path)
	case errors.Is(err, io.EOF):
		a.say(a.c.f(a.c.AccEOF, a.sess.Path), "")
		return nil
	case errors.Is(err, errStop), errors.Is(err, ErrAborted):
		a.say(a.c.f(a.c.AccStopped, a.sess.Path), "")
		if errors.Is(err, errStop) {
			return nil
		}
	}
	return err
}

// save writes the answers; when that fails it says so and offers another
// file name, and the answers stay in memory either way.
func (a *lineMode) save() error {
	for {
		err := a.sess.Save(a.saver)
		if err == nil {
			return nil
		}
		fmt.Fprintln(a.w, a.c.f(a.c.AccSaveFailed, err))
		if a.scripted() {
			// The next lines of a script are answers, never a file name:
			// every answer tries again, and the end says if none could be.
			return nil
		}
		line, rerr := a.read(a.c.AccSaveAsPrompt)
		if rerr != nil {
			return rerr
		}
		if line == "" {
			return nil
		}
		// The TUI's rule: the same file may be tried again, another
		// existing file is never overwritten.
		if line != a.sess.Path && exists(line) {
			fmt.Fprintln(a.w, a.c.f(a.c.ErrPathTaken, line))
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
		fmt.Fprintln(a.w, c.f(c.AccTheme, t.Title.In(lang), done, total))
	}
	i, n := a.sess.Position()
	fmt.Fprintln(a.w)
	a.say(c.f(c.AccQuestion, i+1, n)+": "+qu.Text.In(lang), "")
	ans := a.sess.A.Get(qu.ID)
	a.showAnswer(qu, ans)
	if ans != nil && ans.Review {
		fmt.Fprintln(a.w, "! "+c.Marked)
	}
	if qu.Type == assessment.Number {
		return
	}
	for k, o := range qu.Options {
		num := fmt.Sprintf("  %d. ", k+1)
		a.say(num+o.Label.In(lang), strings.Repeat(" ", len(num)))
	}
	fmt.Fprintf(a.w, "  %d. %s (w)\n", len(qu.Options)+1, c.DontKnow)
	if qu.NotApplicable {
		fmt.Fprintf(a.w, "  %d. %s (n)\n", len(qu.Options)+2, c.NotApplicable)
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
		fmt.Fprintf(a.w, "%s %s; %s\n", c.f(c.LastYear, describe(prev)), c.CarriedPending, c.AccConfirmHint)
		return
	case a.sess.IsUnconfirmed(qu):
		fmt.Fprintf(a.w, "%s; %s\n", c.f(c.CarriedEarlier, describe(ans)), c.AccConfirmHint)
		return
	case ans.HasAnswer():
		fmt.Fprintln(a.w, c.f(c.AccCurrent, describe(ans)))
	}
	switch {
	case prev == nil:
	case sameAnswer(prev, ans):
		fmt.Fprintln(a.w, c.f(c.LastYear, describe(prev))+" "+c.LastYearSame)
	default:
		fmt.Fprintln(a.w, c.f(c.LastYear, describe(prev))+" "+c.LastYearChanged)
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
				fmt.Fprintln(a.w, a.c.MarkedOn)
			} else {
				fmt.Fprintln(a.w, a.c.MarkedOff)
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
				fmt.Fprintln(a.w, a.c.FirstQuestion)
			}
			return true, nil
		case "":
			a.sess.Confirm()
			return false, nil
		}
		if err := a.apply(qu, line); err != nil {
			fmt.Fprintln(a.w, a.c.f(a.c.AccInvalid, err))
			continue
		}
		return false, a.askNote(qu)
	}
}

func (a *lineMode) prompt(qu *assessment.Question) string {
	c := a.c
	switch qu.Type {
	case assessment.Number:
		unit := ""
		if qu.Unit == "percent" {
			unit = c.UnitPercent
		}
		return c.f(c.AccNumberPrompt, fmtNum(*qu.Min), fmtNum(*qu.Max), unit)
	case assessment.Multi:
		return c.AccMultiPrompt
	}
	return c.AccChoicePrompt
}

func (a *lineMode) explain(qu *assessment.Question) {
	a.say(a.c.HelpTitle+": "+strings.Join(strings.Fields(qu.Help.In(a.opts.Lang)), " "), "")
	first := true
	for _, id := range qu.Refs {
		if ref := a.q.Reference(id); ref != nil {
			if first {
				fmt.Fprintln(a.w, a.c.Refs+":")
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
	if qu.Type == assessment.Number {
		return a.sess.SetValue(line)
	}
	ids, err := a.parseChoices(qu, line)
	if err != nil {
		return err
	}
	builtin := slices.Contains(ids, assessment.DontKnow) || slices.Contains(ids, assessment.NotApplicable)
	switch {
	case builtin && len(ids) > 1:
		return errors.New(a.c.AccAlone)
	case qu.Type == assessment.Single && len(ids) > 1:
		return errors.New(a.c.f(a.c.AccOneNumber, len(qu.OptionIDs())))
	case qu.Type == assessment.Single || builtin:
		return a.sess.Choose(ids[0])
	}
	if x := qu.ExclusiveIn(ids); x != "" && len(ids) > 1 {
		return errors.New(a.c.f(a.c.AccExclAlone, qu.Option(x).Label.In(a.opts.Lang)))
	}
	// A multi question: switch options until exactly these are chosen.
	// An exclusive option chosen now switches the others off by itself;
	// say so when that drops options chosen before.
	before := a.sess.A.Get(qu.ID).Selected()
	if ans := a.sess.A.Get(qu.ID); ans.IsDontKnow() || ans.IsNotApplicable() {
		before = nil
	}
	for _, o := range qu.Options {
		have := a.sess.A.Get(qu.ID).Selected()
		if ans := a.sess.A.Get(qu.ID); ans.IsDontKnow() || ans.IsNotApplicable() {
			have = nil
		}
		if slices.Contains(ids, o.ID) != slices.Contains(have, o.ID) {
			if err := a.sess.Choose(o.ID); err != nil {
				return err
			}
		}
	}
	a.sess.Note() // drop the notes of the single switches: one note for the answer
	if qu.ExclusiveIn(ids) != "" || qu.ExclusiveIn(before) != "" {
		if note := a.sess.exclusiveNote(qu, ids[0], before, a.sess.A.Get(qu.ID).Selected()); note != "" {
			fmt.Fprintln(a.w, note)
		}
	}
	return nil
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
			return nil, errors.New(a.c.f(a.c.AccBadNumber, part, len(all)))
		}
		if !slices.Contains(ids, all[k-1]) {
			ids = append(ids, all[k-1])
		}
	}
	return ids, nil
}

func (a *lineMode) askNote(qu *assessment.Question) error {
	prompt := a.c.AccNotePrompt
	ans := a.sess.A.Get(qu.ID)
	if ans != nil && ans.Note != "" {
		prompt = a.c.f(a.c.AccNoteCurrent, ans.Note)
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
	prompt := c.AccEvidencePrompt
	if len(have) > 0 {
		prompt = c.f(c.AccEvidenceCurrent, strings.Join(have, "; "))
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
	levels := make([]string, len(c.EvidenceLevels))
	for i, l := range c.EvidenceLevels {
		levels[i] = fmt.Sprintf("%d = %s", i+1, l)
	}
	for len(items) > 0 {
		current := c.NoEvidenceLevel
		for i, l := range assessment.EvidenceLevels {
			if l == level {
				current = c.EvidenceLevels[i]
			}
		}
		line, err := a.read(c.f(c.AccEvidenceLevelPrompt, strings.Join(levels, ", "), current))
		if err != nil {
			return err
		}
		if k, convErr := strconv.Atoi(line); line == "" || convErr == nil && k >= 1 && k <= len(assessment.EvidenceLevels) {
			if line != "" {
				level = assessment.EvidenceLevels[k-1]
			}
			break
		}
		fmt.Fprintln(a.w, c.f(c.AccInvalid, c.f(c.AccBadNumber, line, len(assessment.EvidenceLevels))))
	}
	if err := a.sess.SetEvidence(strings.Join(items, "\n"), level); err != nil {
		return err
	}
	if ans := a.sess.A.Get(qu.ID); ans != nil && len(ans.Evidence) > 0 {
		fmt.Fprintln(a.w, c.f(c.AccEvidenceSaved, len(ans.Evidence), levelName(c, ans.EvidenceLevel)))
	}
	return nil
}

// askCouncilText reads the public text for the council answer (command p).
func (a *lineMode) askCouncilText(qu *assessment.Question) error {
	prompt := a.c.AccCouncilPrompt
	if ans := a.sess.A.Get(qu.ID); ans != nil && ans.CouncilText != "" {
		prompt = a.c.f(a.c.AccCouncilCurrent, ans.CouncilText)
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

// levelName is an evidence level in words.
func levelName(c *catalog, level string) string {
	for i, l := range assessment.EvidenceLevels {
		if l == level {
			return c.EvidenceLevels[i]
		}
	}
	return c.NoEvidenceLevel
}

// review shows what is open after the last question and asks whether to
// finish; finished is true when the survey is over.
func (a *lineMode) review() (finished bool, err error) {
	c := a.c
	r := a.sess.Review()
	fmt.Fprintln(a.w)
	fmt.Fprintln(a.w, c.f(c.AccReviewSummary, len(r.Unanswered), len(r.DontKnow), len(r.Marked)))
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
		fmt.Fprintln(a.w, c.AccQuestionNames)
		list(append(slices.Clone(r.Unanswered), r.Marked...))
	}
	if len(r.Unconfirmed) > 0 {
		fmt.Fprintln(a.w, c.f(c.AccUnconfirmed, len(r.Unconfirmed)))
		list(r.Unconfirmed)
	}
	if len(r.Gone) > 0 {
		fmt.Fprintln(a.w, c.AccGone)
		for _, g := range r.Gone {
			id := g.ID
			if g.LastYear {
				id += " (" + c.GoneLastYear + ")"
			}
			fmt.Fprintf(a.w, "  - %s: %s\n", id, describeRaw(g.Answer))
		}
	}
	if a.sess.IsPart() {
		return a.partDone()
	}
	fmt.Fprintln(a.w, respondentTextsFor(a.opts.Lang).AssignHint)
	line, err := a.read(c.AccFinishPrompt)
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
	j, err := a.sess.prepareFinish()
	if err != nil {
		return err
	}
	saveErr, reportErr := j.run(a.saver)
	a.sess.Saved(j.sn, saveErr)
	res, c, lang := j.res, a.c, a.opts.Lang
	fmt.Fprintln(a.w)
	fmt.Fprintln(a.w, c.FinishTitle)
	fmt.Fprintf(a.w, "%s: %s\n", c.FinishOverall, a.scoreText(res, res.Overall.Score, res.Overall.Scored, res.Overall.Level, res.Overall.NoLevel))
	for _, t := range res.Themes {
		fmt.Fprintf(a.w, "%s: %s\n", t.Title.In(lang), a.scoreText(res, t.Score, t.Scored, t.Level, t.NoLevel))
	}
	if n := len(res.Completeness.CarriedOver); n > 0 {
		fmt.Fprintln(a.w, c.f(c.FinishUnconfirmed, n))
	}
	if saveErr != nil {
		fmt.Fprintln(a.w, c.f(c.AccSaveFailed, saveErr))
		if err := a.save(); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(a.w, c.f(c.FinishAnswers, j.sn.path))
	}
	if reportErr != nil {
		fmt.Fprintln(a.w, c.f(c.FinishFailed, reportErr))
		return nil
	}
	fmt.Fprintln(a.w, c.f(c.FinishReport, j.report))
	return nil
}

// scoreText is "29,8 (niveau 1: Ad hoc)", or the score with why it has no
// level yet, in the same words and figures as the report.
func (a *lineMode) scoreText(res *scoring.Result, score float64, scored bool, l *scoring.LevelRef, n *scoring.NoLevel) string {
	lang := a.opts.Lang
	switch {
	case !scored && n != nil:
		return a.c.AccNoScore + " (" + reports.NoLevelText(lang, res, n) + ")"
	case !scored:
		return a.c.AccNoScore
	case l == nil:
		return fmt.Sprintf("%s %s (%s)", figure.Score(lang, score), figure.OverWhatWasAnswered(lang), reports.NoLevelText(lang, res, n))
	}
	return fmt.Sprintf("%s (%s)", figure.Score(lang, score), a.c.f(a.c.FinishLevel, l.Level, l.Name.In(lang)))
}
