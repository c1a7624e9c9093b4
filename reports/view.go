package reports

import (
	"soeverein/figure"

	"path/filepath"
	"strconv"
	"strings"
	"time"

	"soeverein/assessment"
	"soeverein/scoring"
)

// document is what Build builds from: the result, resolved to one
// language and cross-linked (a finding knows its theme, a council question
// its themes). Strings are raw; the document's writers escape them.
type document struct {
	Lang  string
	Draft bool

	Municipality string
	CBSCode      string
	Respondent   string
	Personal     personal // names of staff; left out of a public version
	Year         int
	// ReferenceDate and AssessmentDate are YYYY-MM-DD or "". The assessment
	// date is the day of the newest answered_at; without any, it is empty.
	ReferenceDate  string
	AssessmentDate string

	Questionnaire   questionnaireRef
	AnsweredAgainst questionnaireRef
	Mismatch        bool
	Ignored         []string // answers the questionnaire has no question for
	AnswersFile     string
	AnswersSHA256   string

	Overall      overall
	Completeness completeness
	Levels       []*level
	Themes       []*theme
	TopFindings  []*finding
	TopActions   []*action
	Actions      []*action  // every recommendation once, in action-plan order
	findings     []*finding // every finding, most serious first (the result's order)
	Council      []*CouncilAnswer
	SOV          sov
	References   []*reference
	Previous     *development // the section on the year before, or nil

	// public is set by redact: the view is the version for publication,
	// and redacted counts what it left out, by kind.
	public       bool
	redacted     map[string]int
	generalTitle map[string]string // public: a finding's title, and the general words it got
}

type questionnaireRef struct {
	Title, ID, Version, File, SHA256 string
}

type level struct {
	Number      int
	MinScore    float64
	Name        string
	Description string
}

type overall struct {
	Scored     bool
	Score      float64
	NoLevel    string // why there is no level yet, or ""
	Level      *level
	ScoreLevel *level
	Capped     bool
	CappedBy   []*theme
}

type completeness struct {
	Answered, Total, DontKnow, NotApplicable int
	Missing                                  []*question
	CarriedOver                              []*question
	Review                                   []*question
}

type theme struct {
	Number      int
	ID          string
	Title       string
	Description string
	Weight      float64
	Share       float64 // of the summed theme weights, 0..1
	Critical    bool
	Scored      bool
	Score       float64
	NoLevel     string // why there is no level yet, or ""
	Level       *level
	ScoreLevel  *level
	Answered    int
	Total       int
	Questions   []*question // the visible ones, in order
	Findings    []*finding
	Advice      []*advice // the findings' recommendations, each text once
	Caps        []*levelCap
	Explanation []*contribution
}

type question struct {
	Number        string // "2.3": theme number and place in the theme, hidden questions included
	index         int    // place in the questionnaire
	ID            string
	Text          string
	Theme         *theme
	Status        string // a scoring.Status
	Labels        []string
	Value         *float64
	Unit          string
	Score         float64
	MaxScore      float64
	Weight        float64
	Note          string
	Evidence      []string
	EvidenceLevel string
	CarriedOver   bool
	Review        bool
	withheld      bool // public version: a sensitive question, its answer left out
}

type finding struct {
	FromRule       bool
	Severity       string
	Effort         string
	Title          string
	Text           string
	Recommendation string
	Theme          *theme
	DontKnow       bool        // the theme's finding for its questions answered "don't know"
	Questions      []*question // the questions answered "don't know" that the finding covers
	CapLevel       int         // 0 when the finding caps nothing
	generalized    bool        // public version: put in general words
}

type levelCap struct {
	Rule      string // the rule's title
	Level     int
	Effective bool
}

type contribution struct {
	Question     *question
	Share        float64
	Score        float64
	Contribution float64
	PointsLost   float64
}

type sov struct {
	Note       string
	Scored     bool
	Score      float64
	Objectives []*sovObjective
}

type sovObjective struct {
	ID      string
	Name    string
	Weight  float64
	Scored  bool
	Score   float64
	Counted int
	Total   int
}

type reference struct {
	Number                      int
	Title, Publisher, Date, URL string
}

// topCount is how many findings and actions the summary shows.
const topCount = 3

// newDocument builds the view of a result in one language.
func newDocument(r *scoring.Result, q *assessment.Questionnaire, opts Options) *document {
	lang := opts.Lang
	s := r.Subject
	d := &document{
		Lang:           lang,
		Draft:          !r.Completeness.Complete,
		Municipality:   s.Municipality,
		CBSCode:        s.CBSCode,
		Respondent:     joinNonEmpty(", ", s.Respondent.Name, s.Respondent.Role),
		Personal:       personal{Contributors: contributors(r, lang)},
		Year:           s.Year,
		ReferenceDate:  s.ReferenceDate,
		AssessmentDate: assessmentDate(r),
		Questionnaire: questionnaireRef{
			Title: s.Questionnaire.Title.In(lang), ID: s.Questionnaire.ID,
			Version: s.Questionnaire.Version, SHA256: s.Questionnaire.SHA256,
		},
		AnsweredAgainst: questionnaireRef{ID: s.AnsweredAgainst.ID, Version: s.AnsweredAgainst.Version, SHA256: s.AnsweredAgainst.SHA256},
		Mismatch:        s.VersionMismatch,
		Ignored:         r.Completeness.Ignored,
		AnswersFile:     opts.AnswersFile,
		AnswersSHA256:   opts.AnswersSHA256,
	}
	if q != nil && q.File != "" {
		d.Questionnaire.File = filepath.Base(q.File)
	}
	levels := map[int]*level{}
	for _, l := range r.Levels {
		lv := &level{Number: l.Level, MinScore: l.MinScore, Name: l.Name.In(lang), Description: l.Description.In(lang)}
		levels[l.Level] = lv
		d.Levels = append(d.Levels, lv)
	}
	lvl := func(l *scoring.LevelRef) *level {
		if l == nil {
			return nil
		}
		return levels[l.Level]
	}

	themes, questions := d.addThemes(r, q, lvl)
	d.addFindings(r, themes, questions)
	d.Overall = overall{Scored: r.Overall.Scored, Score: r.Overall.Score, NoLevel: NoLevelText(lang, r, r.Overall.NoLevel), Level: lvl(r.Overall.Level), ScoreLevel: lvl(r.Overall.ScoreLevel), Capped: r.Overall.Capped}
	for _, id := range r.Overall.CappedBy {
		if t := themes[id]; t != nil {
			d.Overall.CappedBy = append(d.Overall.CappedBy, t)
		}
	}
	c := r.Completeness
	d.Completeness = completeness{
		Answered: c.Answered, Total: c.Total, DontKnow: c.DontKnow, NotApplicable: c.NotApplicable,
		Missing: pick(questions, c.Missing), CarriedOver: pick(questions, c.CarriedOver), Review: pick(questions, c.Review),
	}
	d.Council = CouncilAnswers(r, q, CouncilOptions{Lang: lang, Public: opts.Public})
	d.addSOV(r)
	d.Previous = newDevelopment(opts.Previous, lang)
	d.addReferences(r)
	return d
}

// addThemes builds the themes and their visible questions, and returns both
// by id.
func (d *document) addThemes(r *scoring.Result, q *assessment.Questionnaire, lvl func(*scoring.LevelRef) *level) (map[string]*theme, map[string]*question) {
	lang := d.Lang
	themes := map[string]*theme{}
	questions := map[string]*question{}
	var totalWeight float64
	for _, tr := range r.Themes {
		totalWeight += tr.Weight
	}
	rules := map[string]string{}
	for _, rr := range r.Rules {
		rules[rr.ID] = rr.Title.In(lang)
	}
	for i, tr := range r.Themes {
		t := &theme{
			Number: i + 1, ID: tr.ID, Title: tr.Title.In(lang), Weight: tr.Weight, Critical: tr.Critical,
			Scored: tr.Scored, Score: tr.Score, Level: lvl(tr.Level), ScoreLevel: lvl(tr.ScoreLevel),
			NoLevel: NoLevelText(lang, r, tr.NoLevel), Answered: tr.Answered, Total: tr.Total,
		}
		if totalWeight > 0 {
			t.Share = tr.Weight / totalWeight
		}
		if q != nil {
			if qt := q.Theme(tr.ID); qt != nil {
				t.Description = qt.Description.In(lang)
			}
		}
		for j, qr := range tr.Questions {
			qv := newQuestion(qr, t, j+1, lang)
			qv.index = len(questions)
			questions[qr.ID] = qv
			if qr.Status != scoring.Hidden {
				t.Questions = append(t.Questions, qv)
			}
		}
		for _, c := range tr.Caps {
			t.Caps = append(t.Caps, &levelCap{Rule: rules[c.Rule], Level: c.Level, Effective: c.Effective})
		}
		for _, c := range tr.Explanation {
			t.Explanation = append(t.Explanation, &contribution{
				Question: questions[c.Question], Share: c.Share, Score: c.Score,
				Contribution: c.Contribution, PointsLost: c.PointsLost,
			})
		}
		themes[tr.ID] = t
		d.Themes = append(d.Themes, t)
	}
	return themes, questions
}

func newQuestion(qr *scoring.QuestionResult, t *theme, n int, lang string) *question {
	qv := &question{
		Number: itoa(t.Number) + "." + itoa(n), ID: qr.ID, Text: qr.Text.In(lang), Theme: t,
		Status: string(qr.Status), Value: qr.Value, Unit: qr.Unit,
		Score: qr.Score, MaxScore: qr.MaxScore, Weight: qr.Weight,
		Note: qr.Note, Evidence: qr.Evidence, EvidenceLevel: qr.EvidenceLevel,
		CarriedOver: qr.CarriedOver, Review: qr.Review,
	}
	for _, o := range qr.Selected {
		qv.Labels = append(qv.Labels, o.Label.In(lang))
	}
	return qv
}

func (d *document) addSOV(r *scoring.Result) {
	d.SOV = sov{Note: r.SOV.Note.In(d.Lang), Scored: r.SOV.Scored, Score: r.SOV.Score}
	for _, o := range r.SOV.Objectives {
		d.SOV.Objectives = append(d.SOV.Objectives, &sovObjective{
			ID: o.ID, Name: o.Name.In(d.Lang), Weight: o.Weight, Scored: o.Scored, Score: o.Score,
			Counted: o.Counted, Total: o.Total,
		})
	}
}

// addReferences lists the references cited by the questions the report
// shows and by its findings, in questionnaire order.
func (d *document) addReferences(r *scoring.Result) {
	cited := map[string]bool{}
	for _, tr := range r.Themes {
		for _, qr := range tr.Questions {
			if qr.Status != scoring.Hidden {
				for _, id := range qr.Refs {
					cited[id] = true
				}
			}
		}
	}
	for _, f := range r.Findings {
		for _, id := range f.Refs {
			cited[id] = true
		}
	}
	for _, ref := range r.References {
		if cited[ref.ID] {
			d.References = append(d.References, &reference{
				Number: len(d.References) + 1, Title: ref.Title, Publisher: ref.Publisher, Date: ref.Date, URL: ref.URL,
			})
		}
	}
}

// assessmentDate is the day of the newest answered_at, in the time zone it
// was written in, or "" when no answer records a time.
func assessmentDate(r *scoring.Result) string {
	var newest time.Time
	for _, tr := range r.Themes {
		for _, qr := range tr.Questions {
			t, err := time.Parse(time.RFC3339, qr.AnsweredAt)
			if err == nil && t.After(newest) {
				newest = t
			}
		}
	}
	if newest.IsZero() {
		return ""
	}
	return newest.Format(time.DateOnly)
}

func itoa(n int) string { return strconv.Itoa(n) }

// joinNonEmpty joins the parts that are not empty.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// pick returns the questions with the given ids, skipping unknown ones.
func pick(questions map[string]*question, ids []string) []*question {
	var out []*question
	for _, id := range ids {
		if qv := questions[id]; qv != nil {
			out = append(out, qv)
		}
	}
	return out
}

// NoLevelText is what the outputs say instead of a level, or "" when there
// is a level (or nothing to answer): "nog geen niveau: te weinig beantwoord
// (N van M)"; for an overall level withheld because a critical theme has
// none yet, N and M are that theme's.
func NoLevelText(lang string, r *scoring.Result, n *scoring.NoLevel) string {
	if n == nil {
		return ""
	}
	if n.Reason == scoring.CriticalThemeWithoutLevel && len(n.Themes) > 0 {
		if t := r.Theme(n.Themes[0]); t != nil {
			return figure.NoLevelIn(lang, t.Title.In(lang), t.Answered, t.Total)
		}
	}
	return figure.NoLevel(lang, n.Answered, n.Total)
}
