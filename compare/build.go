package compare

import (
	"slices"

	"soeverein/assessment"
	"soeverein/scoring"
)

// newTrend puts the scored years together: the series, the steps between
// consecutive years, what stays weak and what no longer exists.
func newTrend(q *assessment.Questionnaire, years []*year) *Trend {
	newest := years[len(years)-1]
	t := &Trend{
		Municipality:  newest.in.Answers.Municipality.Name,
		Questionnaire: newest.result.Subject.Questionnaire,
		Levels:        newest.result.Levels,
		Overall:       &Series{Title: assessment.Text{}},
		Themes:        make([]*Series, 0, len(q.Themes)),
		Steps:         make([]*Step, 0, len(years)-1),
	}
	for _, y := range years {
		t.Years = append(t.Years, y.view)
		if t.CBSCode == "" {
			t.CBSCode = y.in.Answers.Municipality.CBSCode
		}
	}
	for _, th := range q.Themes {
		t.Themes = append(t.Themes, &Series{ID: th.ID, Title: th.Title, Critical: th.Critical})
	}
	all := append([]*Series{t.Overall}, t.Themes...)
	for _, s := range all {
		s.Points = make([]*Point, 0, len(years))
		s.Changes = make([]*Change, 0, len(years)-1)
		for _, y := range years {
			s.Points = append(s.Points, newPoint(s.ID, y))
		}
	}
	for i := 1; i < len(years); i++ {
		prev, next := years[i-1], years[i]
		r := attribute(q, prev, next)
		for idx, s := range all {
			s.Changes = append(s.Changes, newChange(s.ID, idx, prev, next, r))
		}
		t.Steps = append(t.Steps, newStep(q, prev, next, r))
	}
	t.StillWeak = stillWeak(q, years)
	t.Gone = gone(q, years)
	return t
}

// score is a series' score in one result: ok is false when the result has
// no such theme.
type score struct {
	ok, scored bool
	tenths     int
	level      int
}

func scoreOf(res *scoring.Result, themeID string) score {
	if themeID == "" {
		o := res.Overall
		return score{ok: true, scored: o.Scored, tenths: tenths(o.Score), level: levelOf(o.Level)}
	}
	tr := res.Theme(themeID)
	if tr == nil {
		return score{}
	}
	return score{ok: true, scored: tr.Scored, tenths: tenths(tr.Score), level: levelOf(tr.Level)}
}

func newPoint(themeID string, y *year) *Point {
	s := scoreOf(y.result, themeID)
	p := &Point{Scored: s.scored, Score: points(s.tenths), Level: s.level}
	if y.reported == nil {
		return p
	}
	if r := scoreOf(y.reported, themeID); r.ok {
		p.Reported = &Reported{
			Scored: r.scored, Score: points(r.tenths), Level: r.level,
			Differs: r.scored != s.scored || r.tenths != s.tenths || r.level != s.level,
		}
	}
	return p
}

// newChange splits the change of one series from prev to next.
func newChange(themeID string, idx int, prev, next *year, r *replay) *Change {
	p, n := scoreOf(prev.result, themeID), scoreOf(next.result, themeID)
	c := &Change{}
	if !p.scored || !n.scored {
		return c
	}
	c.Comparable = true
	likeForLike := n.tenths - p.tenths
	questionnaire := 0
	if prev.reported != nil && next.reported != nil {
		rp, rn := scoreOf(prev.reported, themeID), scoreOf(next.reported, themeID)
		if rp.scored && rn.scored {
			c.QuestionnaireKnown = true
			questionnaire = (rn.tenths - n.tenths) - (rp.tenths - p.tenths)
		}
	}
	c.LikeForLike = points(likeForLike)
	c.Better, c.Worse, c.NewlyAnswered = points(r.better[idx]), points(r.worse[idx]), points(r.newly[idx])
	c.Questionnaire = points(questionnaire)
	c.Total = points(likeForLike + questionnaire)
	return c
}

// newStep lists the answers and findings that changed from prev to next.
func newStep(q *assessment.Questionnaire, prev, next *year, r *replay) *Step {
	s := &Step{From: prev.view.Label, To: next.view.Label, Answers: []*AnswerChange{}}
	for _, qu := range q.Questions() {
		id := qu.ID
		if sameAnswer(prev.carried.Answers[id], next.carried.Answers[id]) {
			continue
		}
		pq, nq := prev.result.Question(id), next.result.Question(id)
		if pq.Status == scoring.Hidden && nq.Status == scoring.Hidden {
			continue // not asked in either year: the change cannot matter
		}
		s.Answers = append(s.Answers, &AnswerChange{
			Question: id, Theme: q.ThemeOf(id).ID, Text: qu.Text,
			Kind:   changeKind(pq, nq, r.newlyAnswered[id], r.effect[id]),
			Effect: points(r.effect[id]),
			Old:    prev.answer(pq), New: next.answer(nq),
		})
	}
	for _, id := range goneIDs(q, []*year{prev, next}) {
		if sameAnswer(prev.in.Answers.Answers[id], next.in.Answers.Answers[id]) {
			continue
		}
		s.Answers = append(s.Answers, &AnswerChange{
			Question: id, Text: goneText(id, []*year{prev, next}), Kind: KindGone,
			Old: prev.rawAnswer(id), New: next.rawAnswer(id),
		})
	}
	s.Resolved = findingsNotIn(prev.result.Findings, next.result.Findings, next.result)
	s.New = findingsNotIn(next.result.Findings, prev.result.Findings, nil)
	return s
}

// changeKind says what kind of change a question's answer went through.
// The question's own score decides better or worse where it counts in both
// years; otherwise what the change did to its theme.
func changeKind(prev, next *scoring.QuestionResult, newly bool, effect int) string {
	switch {
	case newly:
		return KindNewlyAnswered
	case known(prev.Status) && next.Status == scoring.DontKnow:
		return KindWorse // not knowing any more is a finding, whatever the score
	case prev.Status.Counted() && next.Status.Counted() && next.Score > prev.Score:
		return KindBetter
	case prev.Status.Counted() && next.Status.Counted() && next.Score < prev.Score:
		return KindWorse
	case prev.Status.Counted() && next.Status.Counted():
		return KindChanged
	case effect > 0:
		return KindBetter
	case effect < 0:
		return KindWorse
	}
	return KindChanged
}

// answer shows a question's answer in this year, like for like.
func (y *year) answer(qr *scoring.QuestionResult) *Answer {
	a := &Answer{
		Status: qr.Status, Selected: qr.Selected, Value: qr.Value, Unit: qr.Unit, Score: qr.Score,
		Note: qr.Note, CarriedOver: qr.CarriedOver, Lost: []string{},
	}
	if c, ok := y.carries[qr.ID]; ok {
		if c.From != c.To {
			a.CarriedFrom = c.From
		}
		if len(c.Lost) > 0 {
			a.Lost = slices.Clone(c.Lost)
		}
	}
	return a
}

// rawAnswer shows an answer to a question that no longer exists, as the
// file holds it, with the labels of its own version when that is known.
func (y *year) rawAnswer(id string) *Answer {
	ans := y.in.Answers.Answers[id]
	a := &Answer{Status: Absent, Selected: []*scoring.SelectedOption{}, Lost: []string{}}
	if !ans.HasAnswer() {
		return a
	}
	a.Note, a.CarriedOver = ans.Note, ans.CarriedOver
	var qu *assessment.Question
	if y.own != nil {
		qu = y.own.Question(id)
	}
	if qu != nil {
		a.Unit = qu.Unit
	}
	switch {
	case ans.IsDontKnow():
		a.Status = scoring.DontKnow
	case ans.IsNotApplicable():
		a.Status = scoring.NotApplicable
	default:
		a.Status = scoring.Answered
		if ans.Value != nil {
			v := *ans.Value
			a.Value = &v
		}
		for _, o := range ans.Selected() {
			opt := &scoring.SelectedOption{ID: o, Label: assessment.Text{}}
			if qu != nil && qu.Option(o) != nil {
				opt.Label, opt.Score = qu.Option(o).Label, qu.Option(o).Score
			}
			a.Selected = append(a.Selected, opt)
		}
	}
	return a
}

// goneIDs lists, sorted, the questions the years answered that q no longer
// has, not even under another id.
func goneIDs(q *assessment.Questionnaire, years []*year) []string {
	var ids []string
	for _, y := range years {
		for id, ans := range y.in.Answers.Answers {
			if ans.HasAnswer() && q.Question(id) == nil && q.ReplacedBy(id) == nil && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

// goneText is a gone question's text from the newest known version that
// has it.
func goneText(id string, years []*year) assessment.Text {
	for i := len(years) - 1; i >= 0; i-- {
		if own := years[i].own; own != nil && own.Question(id) != nil {
			return own.Question(id).Text
		}
	}
	return assessment.Text{}
}

func gone(q *assessment.Questionnaire, years []*year) []*GoneQuestion {
	out := []*GoneQuestion{}
	for _, id := range goneIDs(q, years) {
		g := &GoneQuestion{Question: id, Text: goneText(id, years)}
		for _, y := range years {
			g.Answers = append(g.Answers, y.rawAnswer(id))
		}
		out = append(out, g)
	}
	return out
}

// stillWeak lists the questions answered at their weakest (the lowest
// option or band, or "don't know") in every year.
func stillWeak(q *assessment.Questionnaire, years []*year) []*WeakQuestion {
	out := []*WeakQuestion{}
	for _, qu := range q.Questions() {
		lo, _ := qu.ScoreRange()
		w := &WeakQuestion{Question: qu.ID, Theme: q.ThemeOf(qu.ID).ID, Text: qu.Text}
		for _, y := range years {
			qr := y.result.Question(qu.ID)
			if !qr.Status.Counted() || qr.Score > lo {
				w = nil
				break
			}
			w.Answers = append(w.Answers, y.answer(qr))
		}
		if w != nil {
			out = append(out, w)
		}
	}
	return out
}

// findingsNotIn lists the findings of a that b does not have, in a's order.
// With later set, a rule finding whose rule is unknown in later (its answer
// became "weet ik niet") is not listed: it is not resolved, only no longer
// known, and later has a finding of its own for not knowing.
func findingsNotIn(a, b []*scoring.Finding, later *scoring.Result) []*Finding {
	in := map[string]bool{}
	for _, f := range b {
		in[findingKey(f)] = true
	}
	unknown := map[string]bool{}
	if later != nil {
		for _, r := range later.Rules {
			unknown[r.ID] = r.Outcome == scoring.Unknown
		}
	}
	out := []*Finding{}
	for _, f := range a {
		if f.Source == scoring.FromRule && unknown[f.Rule] {
			continue
		}
		if !in[findingKey(f)] {
			out = append(out, &Finding{Source: f.Source, Rule: f.Rule, Questions: f.Questions, Theme: f.Theme, Severity: f.Severity, Title: f.Title})
		}
	}
	return out
}

// findingKey is what a finding is in every year: its rule (a rule finding
// and an if_unknown finding are two things), or for a theme's don't-know
// finding the theme. The questions a finding covers are left out, so that
// a question that becomes known, or unknown, does not make a theme's
// don't-know finding look resolved and new.
func findingKey(f *scoring.Finding) string {
	if f.Source == scoring.FromDontKnow {
		return string(f.Source) + "|" + f.Theme
	}
	return string(f.Source) + "|" + f.Rule
}
