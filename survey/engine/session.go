package engine

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/texts"
)

// Session is one sitting of the survey: the questionnaire, the answers being
// given, the file they are saved to and the question the user is at. The
// terminal screens and the accessible mode both drive a Session; it changes
// the answers only through assessment's methods and does no I/O itself.
type Session struct {
	Q    *assessment.Questionnaire
	A    *assessment.Answers
	Path string // the answers file
	Lang string // nl or en
	// Last holds last year's answers under this questionnaire's ids
	// (through its replaces mappings), to show beside each question; nil
	// when the assessment was not started from last year's.
	Last *assessment.Answers
	now  func() time.Time
	cat  texts.Lang

	// rev counts changes; savedRev is the last change known to be on disk.
	rev, savedRev int
	failedRev     int // the revision whose save failed last
	saveErr       error
	note          string // see Note
	// onDisk is the digest of the file as it was loaded, "" for a new
	// file: the Saver refuses to write over anything else.
	onDisk string
	// base is the file as the session last knew it on disk (loaded or
	// saved), to tell the user's changes from someone else's (see Reload).
	base []byte
}

// NewSession starts a session on answers a, saved to path. now is the clock
// for the answered_at stamps (time.Now outside tests).
func NewSession(q *assessment.Questionnaire, a *assessment.Answers, path, lang string, now func() time.Time) *Session {
	if now == nil {
		now = time.Now
	}
	s := &Session{Q: q, A: a, Path: path, Lang: lang, now: now, cat: texts.Lang(lang), onDisk: a.LoadedDigest(), base: a.Source()}
	// A fresh session has never been written by us: the first Snapshot
	// records where the user is, so resuming works even before an answer.
	s.rev = 1
	if cur := s.Current(); cur != nil && s.onDisk == "" {
		// Not for a loaded file: opening it and quitting must leave it
		// as it was (Current finds the question without it).
		s.A.Current = cur.ID
	}
	return s
}

// Visible returns the questions asked given the answers so far.
func (s *Session) Visible() []*assessment.Question { return s.InPart(s.Q.VisibleQuestions(s.A)) }

// Current returns the question the user is at. When the recorded question
// is hidden or unknown (the file came from another questionnaire), it is the
// first visible question after it in file order, or the first question.
// In a valid questionnaire the first question is always visible (a show_if
// may only name earlier questions), so Current is never nil there.
func (s *Session) Current() *assessment.Question {
	vis := s.Visible()
	if len(vis) == 0 {
		return nil
	}
	if qu := s.Q.Question(s.A.Current); qu != nil {
		at := s.Q.Index(qu.ID)
		for _, v := range vis {
			if s.Q.Index(v.ID) >= at {
				return v
			}
		}
	}
	return vis[0]
}

// Position returns the place of the current question in the questionnaire
// (from 0) and the number of its questions. Both stay the same while
// answering: follow-up questions that appear or disappear do not renumber
// the others (Hidden says how many are hidden).
func (s *Session) Position() (int, int) {
	if s.IsPart() {
		return s.PartPosition()
	}
	cur := s.Current()
	if cur == nil {
		return -1, len(s.Q.Questions())
	}
	return s.Q.Index(cur.ID), len(s.Q.Questions())
}

// Hidden returns how many follow-up questions are not asked, given the
// answers so far.
func (s *Session) Hidden() int { return s.Asked() - len(s.Visible()) }

// Goto makes the question with id the current one, if it is visible.
func (s *Session) Goto(id string) bool {
	qu := s.Q.Question(id)
	if qu == nil || !s.Q.Visible(qu, s.A) || s.IsPart() && !s.A.Part.InScope(id) {
		return false
	}
	s.setCurrent(id)
	return true
}

func (s *Session) setCurrent(id string) {
	if s.A.Current != id {
		s.A.Current = id
		s.rev++
	}
}

// Next moves to the next visible question; it reports false at the end.
func (s *Session) Next() bool { return s.step(1) }

// Prev moves to the previous visible question; it reports false at the
// start.
func (s *Session) Prev() bool { return s.step(-1) }

func (s *Session) step(d int) bool {
	vis := s.Visible()
	i := slices.Index(vis, s.Current()) + d
	if i < 0 || i >= len(vis) {
		return false
	}
	s.setCurrent(vis[i].ID)
	return true
}

// NeedsWork reports whether a question still asks for attention: it has no
// usable answer, it is marked for review, or its answer is carried over
// and not confirmed.
func (s *Session) NeedsWork(qu *assessment.Question) bool {
	ans := s.A.Get(qu.ID)
	return !s.Q.Answered(qu, s.A) || ans != nil && (ans.Review || ans.CarriedOver)
}

// NextOpen moves to the next visible question that needs work, after the
// current one and wrapping around; it reports false when there is none.
func (s *Session) NextOpen() bool {
	vis := s.Visible()
	at := slices.Index(vis, s.Current())
	for k := 1; k <= len(vis); k++ {
		qu := vis[(at+k)%len(vis)]
		if s.NeedsWork(qu) {
			s.setCurrent(qu.ID)
			return true
		}
	}
	return false
}

// GotoTheme moves to the first visible question of a theme that needs work,
// or to its first visible question.
func (s *Session) GotoTheme(themeID string) bool {
	var first *assessment.Question
	for _, qu := range s.Visible() {
		if t := s.Q.ThemeOf(qu.ID); t == nil || t.ID != themeID {
			continue
		}
		if first == nil {
			first = qu
		}
		if s.NeedsWork(qu) {
			s.setCurrent(qu.ID)
			return true
		}
	}
	if first == nil {
		return false
	}
	s.setCurrent(first.ID)
	return true
}

func (s *Session) stamp() assessment.Stamp {
	return assessment.Stamp{By: s.A.Respondent.Name, At: s.now()}
}

// Choose answers the current question with an option, or with dont_know or
// not_applicable; for a multi question it toggles the option.
func (s *Session) Choose(option string) error {
	qu := s.Current()
	if qu == nil {
		return errors.New(s.cat.T(texts.SurveyNoQuestion))
	}
	if option == assessment.NotApplicable && !qu.NotApplicable {
		return errors.New(s.cat.T(texts.SurveyNoNotApplicable))
	}
	before := s.A.Get(qu.ID).Selected()
	if err := s.A.Choose(qu, option, s.stamp()); err != nil {
		return err
	}
	s.rev++
	s.note = s.ExclusiveNote(qu, option, before, s.A.Get(qu.ID).Selected())
	return nil
}

// Note returns, once, what the last choice did besides what was chosen:
// that an exclusive option cleared the others (or the others cleared it),
// for the TUI's status line and the accessible mode. "" when nothing.
func (s *Session) Note() string {
	n := s.note
	s.note = ""
	return n
}

// ExclusiveNote says which options choosing option switched off.
func (s *Session) ExclusiveNote(qu *assessment.Question, option string, before, after []string) string {
	var off []string
	for _, id := range before {
		if id != option && !slices.Contains(after, id) {
			if o := qu.Option(id); o != nil {
				off = append(off, "‘"+o.Label.In(s.Lang)+"’")
			}
		}
	}
	o := qu.Option(option)
	if len(off) == 0 || o == nil {
		return ""
	}
	if o.Exclusive {
		return s.cat.T(texts.SurveyExclOthers, texts.A("option", o.Label.In(s.Lang)), texts.A("off", strings.Join(off, ", ")))
	}
	return s.cat.T(texts.SurveyExclCleared, texts.A("off", strings.Join(off, ", ")))
}

// SetValue answers the current number question with text typed by the user
// ("12", "12,5", "80%"); the error says what to type instead.
func (s *Session) SetValue(text string) error {
	qu := s.Current()
	if qu == nil || qu.Type != assessment.Number {
		return errors.New(s.cat.T(texts.SurveyNotANumberQuestion))
	}
	v, err := parseNumber(text)
	if err != nil {
		return errors.New(s.cat.T(texts.SurveyNumberInvalid, texts.A("text", strconv.Quote(text))))
	}
	if v < *qu.Min || v > *qu.Max {
		return errors.New(s.cat.T(texts.SurveyNumberRange, texts.A("min", FormatNumber(*qu.Min)), texts.A("max", FormatNumber(*qu.Max))))
	}
	if err := s.A.SetValue(qu, v, s.stamp()); err != nil {
		return err
	}
	s.rev++
	return nil
}

// parseNumber reads a number as Dutch and English users write it: a comma
// or a point as the decimal mark, an optional percent sign.
func parseNumber(text string) (float64, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "%"))
	t = strings.ReplaceAll(t, ",", ".")
	if t == "" {
		return 0, errors.New("empty")
	}
	return strconv.ParseFloat(t, 64)
}

// FormatNumber writes a number without trailing zeros.
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Confirm accepts the current question's carried-over answer as still
// true; it reports whether there was one to confirm.
func (s *Session) Confirm() bool {
	qu := s.Current()
	if qu == nil || !s.IsUnconfirmed(qu) {
		return false
	}
	s.A.Confirm(qu.ID, s.stamp())
	s.rev++
	return true
}

// Clear removes the current question's answer, keeping note and evidence.
func (s *Session) Clear() {
	qu := s.Current()
	if s.A.Get(qu.ID).HasAnswer() {
		s.A.Clear(qu.ID)
		s.rev++
	}
}

// SetNote sets the current question's note, repaired (safetext.Typed).
func (s *Session) SetNote(note string) {
	qu := s.Current()
	note = strings.TrimSpace(safetext.Typed(note))
	if ans := s.A.Get(qu.ID); ans == nil && note == "" || ans != nil && ans.Note == note {
		return
	}
	s.A.SetNote(qu.ID, note)
	s.rev++
}

// SetCouncilText sets the current question's public text for the council
// answer.
func (s *Session) SetCouncilText(text string) {
	qu := s.Current()
	text = strings.TrimSpace(safetext.Typed(text))
	if ans := s.A.Get(qu.ID); ans == nil && text == "" || ans != nil && ans.CouncilText == text {
		return
	}
	s.A.SetCouncilText(qu.ID, text)
	s.rev++
}

// SetDetails changes who and what the assessment is about (municipality,
// CBS code, reference date, year, respondent); fields of the file this
// version does not know stay. n must have passed Check.
func (s *Session) SetDetails(n NewAssessment) {
	year, _ := ParseYear(n.Year)
	a := s.A
	a.Municipality.Name, a.Municipality.CBSCode = strings.TrimSpace(n.Municipality), NormCBS(n.CBSCode)
	a.Period.ReferenceDate, a.Period.Year = strings.TrimSpace(n.ReferenceDate), year
	a.Respondent.Name, a.Respondent.Role = strings.TrimSpace(n.Name), strings.TrimSpace(n.Role)
	s.rev++
}

// Details is what SetDetails sets, as the form shows it.
func (s *Session) Details() NewAssessment {
	a := s.A
	return NewAssessment{Municipality: a.Municipality.Name, CBSCode: a.Municipality.CBSCode,
		ReferenceDate: a.Period.ReferenceDate, Year: strconv.Itoa(a.Period.Year),
		Name: a.Respondent.Name, Role: a.Respondent.Role, File: s.Path}
}

// SetEvidence sets the current question's evidence, one item per line of
// text (repaired, safetext.Typed), and its level (one of
// assessment.EvidenceLevels(), or "").
func (s *Session) SetEvidence(text, level string) error {
	qu := s.Current()
	text = safetext.Typed(text)
	var items []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			items = append(items, line)
		}
	}
	ans := s.A.Get(qu.ID)
	if ans == nil && len(items) == 0 && level == "" ||
		ans != nil && slices.Equal(ans.Evidence, items) && ans.EvidenceLevel == level {
		return nil
	}
	if err := s.A.SetEvidence(qu.ID, items, level); err != nil {
		return err
	}
	s.rev++
	return nil
}

// ToggleReview marks or unmarks the current question for review.
func (s *Session) ToggleReview() {
	qu := s.Current()
	ans := s.A.Get(qu.ID)
	s.A.SetReview(qu.ID, ans == nil || !ans.Review)
	s.rev++
}

// Review lists the visible questions that still need attention before
// finishing, in questionnaire order.
type Review struct {
	Unanswered  []*assessment.Question
	DontKnow    []*assessment.Question
	Marked      []*assessment.Question
	Unconfirmed []*assessment.Question // carried over, not confirmed yet
	Gone        []GoneAnswer           // answers to questions that no longer exist (shown, kept)
}

// Empty reports whether nothing needs attention. Answers to questions that
// no longer exist need none: they are only shown.
func (r Review) Empty() bool {
	return len(r.Unanswered)+len(r.DontKnow)+len(r.Marked)+len(r.Unconfirmed) == 0
}

// Review returns what needs attention before finishing.
func (s *Session) Review() Review {
	var r Review
	for _, qu := range s.Visible() {
		ans := s.A.Get(qu.ID)
		switch {
		case !s.Q.Answered(qu, s.A):
			r.Unanswered = append(r.Unanswered, qu)
		case ans.IsDontKnow():
			r.DontKnow = append(r.DontKnow, qu)
		}
		if ans != nil && ans.Review {
			r.Marked = append(r.Marked, qu)
		}
		if s.IsUnconfirmed(qu) {
			r.Unconfirmed = append(r.Unconfirmed, qu)
		}
	}
	r.Gone = s.Gone()
	return r
}

// Progress counts the answered and visible questions, of a theme or (nil)
// of the whole questionnaire.
func (s *Session) Progress(t *assessment.Theme) (answered, total int) {
	return s.PartProgress(t)
}

// Rev is the session's revision: it grows with every change, so that a
// screen can tell whether what it computed from the answers is current.
func (s *Session) Rev() int { return s.rev }

// Now is the session's clock (time.Now outside tests).
func (s *Session) Now() time.Time { return s.now() }

// Dirty reports whether there are changes not yet known to be saved.
func (s *Session) Dirty() bool { return s.rev > s.savedRev }

// NeedsSave reports whether an autosave should run: there are unsaved
// changes, and they are not exactly the ones whose save just failed (a
// failed save is retried at the next change, or after SetPath).
func (s *Session) NeedsSave() bool { return s.Dirty() && s.rev != s.failedRev }

// SaveError is the error of the last failed save, or nil once a save
// succeeded.
func (s *Session) SaveError() error { return s.saveErr }

// Snapshot encodes the answers as they are now, for a save that runs
// elsewhere (a tea.Cmd): the bytes are taken here so that the save never
// reads answers that Update is changing.
func (s *Session) Snapshot() (Snapshot, error) {
	data, err := assessment.MarshalAnswers(s.A)
	return Snapshot{Rev: s.rev, Path: s.Path, Data: data, OnDisk: s.onDisk}, err
}

// Saved records the outcome of saving a Snapshot.
func (s *Session) Saved(sn Snapshot, err error) {
	if err != nil {
		s.saveErr, s.failedRev = err, sn.Rev
		return
	}
	if sn.Path != s.Path {
		// Saved under a name the user has moved away from since.
		return
	}
	s.saveErr = nil
	s.savedRev = max(s.savedRev, sn.Rev)
	s.base = sn.Data
}

// SetPath changes where the answers are saved (after a failed save); the
// next save writes everything there.
func (s *Session) SetPath(path string) {
	if s.A.CarriedFrom != "" {
		// carried_from is relative to the answers file's folder.
		s.A.CarriedFrom = CarriedFrom(path, LastPathOf(s.Path, s.A.CarriedFrom))
	}
	s.Path = path
	s.onDisk = "" // a new name: nothing of ours there yet
	s.savedRev, s.failedRev = 0, 0
}

// Save writes the answers now, for callers without an event loop (the
// accessible mode and the final save on exit).
func (s *Session) Save(w Writer) error {
	sn, err := s.Snapshot()
	if err == nil {
		err = w.Write(sn)
	}
	s.Saved(sn, err)
	return err
}
