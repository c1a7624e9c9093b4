package reports

import (
	"soeverein/figure"

	"cmp"
	"math"
	"slices"
	"strings"

	"soeverein/compare"
	"soeverein/scoring"
)

// trendDoc is what BuildTrend builds from: a comparison resolved to one
// language. Strings are raw; the document's writers escape them.
type trendDoc struct {
	Lang          string
	Municipality  string
	CBSCode       string
	First, Last   *trendYear
	Years         []*trendYear
	Questionnaire questionnaireRef
	Levels        map[int]string // level number → name
	Overall       *trendSeries
	Themes        []*trendSeries
	Steps         []*trendStep
	StillWeak     []*trendWeak
	Gone          []*trendGone

	Incomplete []*trendYear // years not fully answered
	Carried    []*trendYear // years with carried-over answers not confirmed
	Unknown    []*trendYear // years whose own questionnaire version is not known
	Differs    []*trendYear // years whose reported score differs from like for like
	Rising     *trendSeries // the theme that rose most from first to last, or nil
	Falling    *trendSeries // the theme that fell most, or nil
}

type trendYear struct {
	Label, File, ReferenceDate string
	Year                       int
	// Version is the questionnaire version the file was answered against,
	// ID its questionnaire id; Known says whether the tool knows it.
	Version, ID, SHA256 string
	Known               bool
	MatchedBy           string
	Point               *trendPoint // overall score like for like
	// Complete, Answered and Total are about the version the year was
	// answered against when that is known (questions added later do not
	// make an old year incomplete), else like for like.
	Complete          bool
	Answered, Total   int
	DontKnow, Carried int
	Compat            compare.Compatibility
}

type trendPoint struct {
	Scored   bool
	Score    float64
	Level    int
	Reported *compare.Reported
}

type trendSeries struct {
	Number   int // theme number; 0 for the overall score
	ID       string
	Title    string
	Critical bool
	Points   []*trendPoint
	Spark    string
	// Delta is the change like for like from the first to the last year;
	// HasDelta is false when either has no score.
	Delta    float64
	HasDelta bool
	Changes  []*compare.Change
}

type trendStep struct {
	From, To *trendYear
	Overall  *compare.Change
	Rows     []*trendRow // themes whose score changed in any way
	Still    int         // themes without any change
	Answers  []*trendChange
	Resolved []*trendFinding
	New      []*trendFinding
}

type trendRow struct {
	Theme  *trendSeries
	Change *compare.Change
}

type trendChange struct {
	Number string // "2.3", or "" for a question that no longer exists
	ID     string
	Text   string
	Theme  *trendSeries // nil for a question that no longer exists
	Kind   string
	Effect float64
	Old    *trendAnswer
	New    *trendAnswer
}

type trendAnswer struct {
	Status      string // a scoring.Status, or compare.Absent
	Labels      []string
	Value       *float64
	Unit        string
	Note        string
	CarriedFrom string
	Lost        []string
	CarriedOver bool
	withheld    bool // public version: the answer to a sensitive question
}

type trendFinding struct {
	Title    string
	Severity string
	Theme    *trendSeries
	DontKnow bool
}

type trendWeak struct {
	Number  string
	Text    string
	Theme   *trendSeries
	Answers []*trendAnswer // one per year
	Same    bool           // every year gave the same answer
}

type trendGone struct {
	ID      string
	Text    string
	Answers []*trendAnswer
}

// newTrendDoc builds the view of a comparison in one language.
func newTrendDoc(t *compare.Trend, lang string) *trendDoc {
	d := &trendDoc{
		Lang: lang, Municipality: t.Municipality, CBSCode: t.CBSCode,
		Questionnaire: questionnaireRef{Title: t.Questionnaire.Title.In(lang), ID: t.Questionnaire.ID, Version: t.Questionnaire.Version, SHA256: t.Questionnaire.SHA256},
		Levels:        map[int]string{},
	}
	for _, l := range t.Levels {
		d.Levels[l.Level] = l.Name.In(lang)
	}
	for i, y := range t.Years {
		c := y.Completeness
		if y.ReportedCompleteness != nil {
			c = *y.ReportedCompleteness
		}
		ty := &trendYear{
			Label: y.Label, File: y.File, ReferenceDate: y.ReferenceDate, Year: y.Year,
			Version: y.AnsweredAgainst.Version, ID: y.AnsweredAgainst.ID, SHA256: y.AnsweredAgainst.SHA256,
			Known: y.OwnVersion != nil, MatchedBy: y.MatchedBy, Point: newTrendPoint(t.Overall.Points[i]),
			Complete: c.Complete, Answered: c.Answered, Total: c.Total,
			DontKnow: c.DontKnow, Carried: c.CarriedOver, Compat: y.Compatibility,
		}
		d.Years = append(d.Years, ty)
		if !ty.Complete {
			d.Incomplete = append(d.Incomplete, ty)
		}
		if ty.Carried > 0 {
			d.Carried = append(d.Carried, ty)
		}
		if !ty.Known {
			d.Unknown = append(d.Unknown, ty)
		} else if y.Differs {
			d.Differs = append(d.Differs, ty)
		}
	}
	d.First, d.Last = d.Years[0], d.Years[len(d.Years)-1]
	d.Overall = newTrendSeries(t.Overall, 0, lang)
	themes := map[string]*trendSeries{}
	for i, s := range t.Themes {
		ts := newTrendSeries(s, i+1, lang)
		themes[s.ID] = ts
		d.Themes = append(d.Themes, ts)
	}
	d.Rising, d.Falling = extremes(d.Themes)
	numbers := questionNumbers(t)
	for i, s := range t.Steps {
		d.Steps = append(d.Steps, newTrendStep(d, s, i, themes, numbers, lang))
	}
	for _, w := range t.StillWeak {
		tw := &trendWeak{Number: numbers[w.Question], Text: w.Text.In(lang), Theme: themes[w.Theme], Same: true}
		for _, a := range w.Answers {
			ta := newTrendAnswer(a, lang)
			if len(tw.Answers) > 0 && (ta.Status != tw.Answers[0].Status || !slices.Equal(ta.Labels, tw.Answers[0].Labels)) {
				tw.Same = false
			}
			tw.Answers = append(tw.Answers, ta)
		}
		d.StillWeak = append(d.StillWeak, tw)
	}
	for _, g := range t.Gone {
		tg := &trendGone{ID: g.Question, Text: g.Text.In(lang)}
		for _, a := range g.Answers {
			tg.Answers = append(tg.Answers, newTrendAnswer(a, lang))
		}
		d.Gone = append(d.Gone, tg)
	}
	return d
}

func newTrendPoint(p *compare.Point) *trendPoint {
	return &trendPoint{Scored: p.Scored, Score: p.Score, Level: p.Level, Reported: p.Reported}
}

func newTrendSeries(s *compare.Series, number int, lang string) *trendSeries {
	ts := &trendSeries{Number: number, ID: s.ID, Title: s.Title.In(lang), Critical: s.Critical, Changes: s.Changes}
	var scores []*float64
	for _, p := range s.Points {
		ts.Points = append(ts.Points, newTrendPoint(p))
		if p.Scored {
			scores = append(scores, &p.Score)
		} else {
			scores = append(scores, nil)
		}
	}
	ts.Spark = Sparkline(scores)
	first, last := s.Points[0], s.Points[len(s.Points)-1]
	if first.Scored && last.Scored {
		ts.HasDelta = true
		ts.Delta = math.Round((last.Score-first.Score)*10) / 10
	}
	return ts
}

// extremes returns the themes that rose and fell most from the first year
// to the last (the first of equals), or nil where none did.
func extremes(themes []*trendSeries) (rising, falling *trendSeries) {
	for _, t := range themes {
		if !t.HasDelta {
			continue
		}
		if t.Delta > 0 && (rising == nil || t.Delta > rising.Delta) {
			rising = t
		}
		if t.Delta < 0 && (falling == nil || t.Delta < falling.Delta) {
			falling = t
		}
	}
	return rising, falling
}

// questionNumbers numbers the questions of the current questionnaire as the
// report does: theme number and place in the theme.
func questionNumbers(t *compare.Trend) map[string]string {
	out := map[string]string{}
	res := t.Years[len(t.Years)-1].Result
	if res == nil {
		return out
	}
	for i, tr := range res.Themes {
		for j, qr := range tr.Questions {
			out[qr.ID] = itoa(i+1) + "." + itoa(j+1)
		}
	}
	return out
}

func newTrendStep(d *trendDoc, s *compare.Step, i int, themes map[string]*trendSeries, numbers map[string]string, lang string) *trendStep {
	ts := &trendStep{From: d.Years[i], To: d.Years[i+1], Overall: d.Overall.Changes[i]}
	for _, th := range d.Themes {
		c := th.Changes[i]
		if c.Total != 0 || c.LikeForLike != 0 || c.Questionnaire != 0 || !c.Comparable {
			ts.Rows = append(ts.Rows, &trendRow{Theme: th, Change: c})
		} else {
			ts.Still++
		}
	}
	for _, a := range s.Answers {
		ts.Answers = append(ts.Answers, &trendChange{
			Number: numbers[a.Question], ID: a.Question, Text: a.Text.In(lang), Theme: themes[a.Theme],
			Kind: a.Kind, Effect: a.Effect, Old: newTrendAnswer(a.Old, lang), New: newTrendAnswer(a.New, lang),
		})
	}
	ts.Resolved = newTrendFindings(s.Resolved, themes, lang)
	ts.New = newTrendFindings(s.New, themes, lang)
	return ts
}

func newTrendFindings(fs []*compare.Finding, themes map[string]*trendSeries, lang string) []*trendFinding {
	var out []*trendFinding
	for _, f := range fs {
		out = append(out, &trendFinding{Title: f.Title.In(lang), Severity: string(f.Severity), Theme: themes[f.Theme], DontKnow: f.Source == scoring.FromDontKnow})
	}
	return out
}

func newTrendAnswer(a *compare.Answer, lang string) *trendAnswer {
	ta := &trendAnswer{
		Status: string(a.Status), Value: a.Value, Unit: a.Unit, Note: a.Note,
		CarriedFrom: a.CarriedFrom, Lost: a.Lost, CarriedOver: a.CarriedOver,
	}
	for _, o := range a.Selected {
		label := o.Label.In(lang)
		if label == "" {
			label = o.ID // the option of a version the tool does not know
		}
		ta.Labels = append(ta.Labels, label)
	}
	return ta
}

// mainChanges picks the n answer changes with the largest effect on their
// theme's score, in the order of the step.
func mainChanges(changes []*trendChange, n int) []*trendChange {
	var counted []*trendChange
	for _, c := range changes {
		if c.Effect != 0 {
			counted = append(counted, c)
		}
	}
	byEffect := slices.Clone(counted)
	slices.SortStableFunc(byEffect, func(a, b *trendChange) int { return cmp.Compare(math.Abs(b.Effect), math.Abs(a.Effect)) })
	keep := byEffect[:min(n, len(byEffect))]
	var out []*trendChange
	for _, c := range counted {
		if slices.Contains(keep, c) {
			out = append(out, c)
		}
	}
	return out
}

// Sparkline draws scores of 0..100 as blocks on one absolute scale, so that
// themes can be compared: ▁ is 0, █ is 100; a year without a score is ·.
func Sparkline(scores []*float64) string {
	blocks := []rune("▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, s := range scores {
		if s == nil {
			b.WriteRune('·')
			continue
		}
		i := int(math.Round(max(0, min(100, *s)) / 100 * float64(len(blocks)-1)))
		b.WriteRune(blocks[i])
	}
	return b.String()
}

// signed writes a change with its sign: +1,5, −0,5 (a real minus), 0.
func signed(lang string, x float64) string { return figure.Delta(lang, x) }
