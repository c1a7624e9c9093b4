package scoring

import (
	"cmp"
	"math"
	"slices"

	"soeverein/assessment"
)

// Evaluate scores answers against a questionnaire. It never fails: answers
// to questions or options the questionnaire replaces are carried over
// through its replaces mappings, other answers it does not know are left
// out, and what is missing makes the result incomplete rather than wrong.
// q must be a validated questionnaire (assessment.Parse); a nil a scores as
// an empty answers file.
func Evaluate(q *assessment.Questionnaire, a *assessment.Answers) *Result {
	if a == nil {
		a = &assessment.Answers{}
	}
	// Answers to questions or options this questionnaire replaces count as
	// answers to their successors (a no-op for answers of this version).
	a, _ = q.Carried(a)
	n := len(q.Questions())
	e := &evaluation{
		q:         q,
		a:         a,
		questions: make(map[string]*QuestionResult, n),
		themes:    make(map[string]*ThemeResult, len(q.Themes)),
		results:   make([]QuestionResult, n),
		visible:   q.Visibility(a),
	}
	res := &Result{
		Subject:          subject(q, a),
		Levels:           levelRefs(q),
		CouncilQuestions: councilQuestions(q),
		References:       references(q),
	}
	e.levels = res.Levels
	for _, t := range q.Themes {
		res.Themes = append(res.Themes, e.theme(t))
	}
	res.Rules = e.rules()
	e.applyCaps(res.Themes, res.Rules)
	res.Overall = e.overall(res.Themes)
	res.Completeness = e.completeness()
	res.Findings = e.findings(res.Rules)
	e.councilLeads(res.CouncilQuestions)
	res.SOV = e.sov()
	return res
}

// evaluation holds what Evaluate has worked out so far.
type evaluation struct {
	q         *assessment.Questionnaire
	a         *assessment.Answers
	levels    []*LevelRef
	questions map[string]*QuestionResult
	themes    map[string]*ThemeResult
	results   []QuestionResult // backing store of the question results, one allocation
	visible   assessment.Visibility
}

func subject(q *assessment.Questionnaire, a *assessment.Answers) Subject {
	against := a.Questionnaire
	return Subject{
		Municipality:    a.Municipality.Name,
		CBSCode:         a.Municipality.CBSCode,
		ReferenceDate:   a.Period.ReferenceDate,
		Year:            a.Period.Year,
		Respondent:      Respondent{Name: a.Respondent.Name, Role: a.Respondent.Role},
		Questionnaire:   QuestionnaireRef{ID: q.ID, Version: q.Version, SHA256: q.SHA256, Title: q.Title},
		AnsweredAgainst: QuestionnaireRef{ID: against.ID, Version: against.Version, SHA256: against.SHA256, Title: assessment.Text{}},
		// Like assessment.CheckAnswers: a changed digest under the same
		// version is a fix of wording, not another questionnaire.
		VersionMismatch: against.ID != "" && against.ID != q.ID || against.Version != "" && against.Version != q.Version,
		Assigned:        assigned(a),
	}
}

// assigned lists the people of the file's assignments, in file order.
func assigned(a *assessment.Answers) []Respondent {
	var out []Respondent
	for _, as := range a.Assignments {
		out = append(out, Respondent{Name: as.Name, Role: as.Role})
	}
	return out
}

func levelRefs(q *assessment.Questionnaire) []*LevelRef {
	store := make([]LevelRef, len(q.Levels))
	out := make([]*LevelRef, len(q.Levels))
	for i, l := range q.Levels {
		store[i] = LevelRef{Level: l.Level, MinScore: l.MinScore, Name: l.Name, Description: l.Description}
		out[i] = &store[i]
	}
	return out
}

// levelFor returns the band of a score, from the questionnaire's levels.
func (e *evaluation) levelFor(score float64) *LevelRef {
	if l := e.q.LevelFor(score); l != nil {
		return e.level(l.Level)
	}
	return nil
}

// level returns the band with number n, or nil.
func (e *evaluation) level(n int) *LevelRef {
	for _, l := range e.levels {
		if l.Level == n {
			return l
		}
	}
	return nil
}

// theme scores a theme's questions. Caps come later, once the rules are known.
func (e *evaluation) theme(t *assessment.Theme) *ThemeResult {
	tr := &ThemeResult{
		ID:               t.ID,
		Title:            t.Title,
		Weight:           t.Weight,
		Critical:         t.Critical,
		Caps:             []*AppliedCap{},
		CouncilQuestions: shared(t.CouncilQuestions),
		Questions:        make([]*QuestionResult, 0, len(t.Questions)),
		Explanation:      []*Contribution{},
	}
	var weight, sum, visible, answered float64
	for _, qu := range t.Questions {
		qr := e.question(qu)
		e.questions[qu.ID] = qr
		tr.Questions = append(tr.Questions, qr)
		switch qr.Status {
		case Hidden:
			continue
		case Answered, DontKnow, NotApplicable:
			tr.Answered++
			answered += qr.Weight
		}
		visible += qr.Weight
		tr.Total++
		if qr.Status == DontKnow {
			tr.DontKnow++
		}
		if qr.Status.Counted() {
			weight += qr.Weight
			sum += qr.Weight * qr.Score
		}
	}
	if visible > 0 {
		tr.AnsweredShare = round(answered/visible, 3)
	}
	enough := visible > 0 && answered/visible >= e.q.LevelShare()
	if weight > 0 {
		tr.Scored = true
		tr.Score = round(sum/weight, 1)
		tr.Explanation = explain(tr.Questions, weight)
		if enough {
			tr.ScoreLevel = e.levelFor(tr.Score)
			tr.Level = tr.ScoreLevel
		}
	}
	if !enough && visible > 0 {
		tr.NoLevel = e.tooFew(tr.Answered, tr.Total, answered/visible)
	}
	e.themes[t.ID] = tr
	return tr
}

// tooFew is the reason for a level withheld while too little is answered.
func (e *evaluation) tooFew(answered, total int, share float64) *NoLevel {
	return &NoLevel{Reason: TooFewAnswered, Answered: answered, Total: total, Share: round(share, 3), Needed: e.q.LevelShare(), Themes: []string{}}
}

// explain fills in each counted question's contribution and points lost and
// returns them ordered by points lost, most first, then in question order.
func explain(questions []*QuestionResult, weight float64) []*Contribution {
	type line struct {
		c    *Contribution
		lost float64
	}
	lines := make([]line, 0, len(questions))
	store := make([]Contribution, 0, len(questions))
	for _, qr := range questions {
		if !qr.Status.Counted() {
			continue
		}
		share := qr.Weight / weight
		lost := share * (100 - qr.Score)
		qr.Contribution = round(share*qr.Score, 1)
		qr.PointsLost = round(lost, 1)
		store = append(store, Contribution{
			Question:     qr.ID,
			Status:       qr.Status,
			Score:        qr.Score,
			Share:        round(share, 3),
			Contribution: qr.Contribution,
			PointsLost:   qr.PointsLost,
		})
		lines = append(lines, line{&store[len(store)-1], lost})
	}
	slices.SortStableFunc(lines, func(a, b line) int { return cmp.Compare(b.lost, a.lost) })
	out := make([]*Contribution, len(lines))
	for i, l := range lines {
		out[i] = l.c
	}
	return out
}

// question works out what became of one question's answer.
func (e *evaluation) question(qu *assessment.Question) *QuestionResult {
	ans := e.a.Get(qu.ID)
	_, hi := qu.ScoreRange()
	qr := &e.results[e.q.Index(qu.ID)]
	*qr = QuestionResult{
		ID:       qu.ID,
		Text:     qu.Text,
		Type:     qu.Type,
		Weight:   qu.Weight,
		Selected: []*SelectedOption{},
		Unit:     qu.Unit,
		MaxScore: hi,
		Evidence: []string{},
		Refs:     shared(qu.Refs),
		SOV:      shared(qu.SOV),
	}
	if ans != nil {
		qr.Note = ans.Note
		qr.CouncilText = ans.CouncilText
		qr.Evidence = orEmpty(ans.Evidence)
		qr.EvidenceLevel = ans.EvidenceLevel
		qr.AnsweredBy = ans.AnsweredBy
		qr.AnsweredAt = ans.AnsweredAt
		qr.Review = ans.Review
		qr.CarriedOver = ans.CarriedOver && ans.HasAnswer()
	}
	switch {
	case !e.visible.Of(e.q, qu.ID):
		qr.Status = Hidden
	case !ans.HasAnswer():
		qr.Status = Unanswered
	case !usable(qu, ans):
		qr.Status = Invalid
	case ans.IsDontKnow():
		qr.Status = DontKnow
	case ans.IsNotApplicable():
		qr.Status = NotApplicable
	default:
		qr.Status = Answered
		qr.Score = answerScore(qu, ans, qr)
	}
	return qr
}

// usable is qu.Usable, and also rejects a value given to a multi question
// (no options chosen), which Usable lets through.
func usable(qu *assessment.Question, ans *assessment.Answer) bool {
	if qu.Type == assessment.Multi && ans.Choice == "" && len(ans.Choices) == 0 {
		return false
	}
	return qu.Usable(ans)
}

// answerScore scores a usable answer and records what was chosen.
func answerScore(qu *assessment.Question, ans *assessment.Answer, qr *QuestionResult) float64 {
	if qu.Type == assessment.Number {
		v := *ans.Value
		qr.Value = &v
		return qu.BandScore(v)
	}
	selected := ans.Selected()
	store := make([]SelectedOption, 0, len(selected))
	qr.Selected = make([]*SelectedOption, 0, len(selected))
	var sum, lo, hi float64
	for _, o := range qu.Options {
		if !slices.Contains(selected, o.ID) {
			continue
		}
		if len(store) == 0 || o.Score < lo {
			lo = o.Score
		}
		if len(store) == 0 || o.Score > hi {
			hi = o.Score
		}
		sum += o.Score
		store = append(store, SelectedOption{ID: o.ID, Label: o.Label, Score: o.Score})
		qr.Selected = append(qr.Selected, &store[len(store)-1])
	}
	switch {
	case qu.Type == assessment.Single:
		return hi
	case qu.MultiScore == assessment.MultiMean:
		return round(sum/float64(len(store)), 1)
	case qu.MultiScore == assessment.MultiWorst:
		return lo
	}
	return hi
}

// overall combines the theme scores and applies the weakest link.
func (e *evaluation) overall(themes []*ThemeResult) Overall {
	o := Overall{CappedBy: []string{}}
	var weight, sum, shareWeight, share float64
	answered, total := 0, 0
	var unleveled []string
	for _, t := range themes {
		if t.Scored {
			weight += t.Weight
			sum += t.Weight * t.Score
		}
		if t.Total > 0 {
			shareWeight += t.Weight
			share += t.Weight * t.AnsweredShare
		}
		answered, total = answered+t.Answered, total+t.Total
		if t.Critical && t.NoLevel != nil {
			unleveled = append(unleveled, t.ID)
		}
	}
	if shareWeight > 0 {
		o.AnsweredShare = round(share/shareWeight, 3)
	}
	switch {
	case shareWeight > 0 && share/shareWeight < e.q.LevelShare():
		o.NoLevel = e.tooFew(answered, total, share/shareWeight)
	case len(unleveled) > 0:
		o.NoLevel = e.tooFew(answered, total, share/shareWeight)
		o.NoLevel.Reason, o.NoLevel.Themes = CriticalThemeWithoutLevel, unleveled
	}
	if weight == 0 {
		return o
	}
	o.Scored = true
	o.Score = round(sum/weight, 1)
	if o.NoLevel != nil {
		return o
	}
	o.ScoreLevel = e.levelFor(o.Score)
	o.Level = o.ScoreLevel
	for _, t := range themes {
		if t.Critical && t.Scored && t.Level != nil && o.Level != nil && t.Level.Level < o.Level.Level {
			o.Level = t.Level
		}
	}
	if o.Level != o.ScoreLevel {
		o.Capped = true
		for _, t := range themes {
			if t.Critical && t.Scored && t.Level == o.Level {
				o.CappedBy = append(o.CappedBy, t.ID)
			}
		}
	}
	return o
}

func (e *evaluation) completeness() Completeness {
	c := Completeness{Missing: []string{}, Invalid: []string{}, Review: []string{}, CarriedOver: []string{}, Ignored: []string{}}
	for _, qu := range e.q.Questions() {
		qr := e.questions[qu.ID]
		if qr.Status == Hidden {
			continue
		}
		c.Total++
		switch qr.Status {
		case Unanswered:
			c.Missing = append(c.Missing, qu.ID)
		case Invalid:
			c.Missing = append(c.Missing, qu.ID)
			c.Invalid = append(c.Invalid, qu.ID)
		default:
			c.Answered++
		}
		if qr.Status == DontKnow {
			c.DontKnow++
		}
		if qr.Status == NotApplicable {
			c.NotApplicable++
		}
		if qr.Review {
			c.Review = append(c.Review, qu.ID)
		}
		if qr.CarriedOver {
			c.CarriedOver = append(c.CarriedOver, qu.ID)
		}
	}
	for id := range e.a.Answers {
		if e.q.Question(id) == nil {
			c.Ignored = append(c.Ignored, id)
		}
	}
	slices.Sort(c.Ignored)
	c.Complete = c.Answered == c.Total
	return c
}

func references(q *assessment.Questionnaire) []*Reference {
	store := make([]Reference, len(q.References))
	out := make([]*Reference, len(q.References))
	for i, r := range q.References {
		store[i] = Reference{ID: r.ID, Title: r.Title, Publisher: r.Publisher, Date: r.Date, URL: r.URL}
		out[i] = &store[i]
	}
	return out
}

// round rounds x to the given number of decimals.
func round(x float64, decimals int) float64 {
	p := math.Pow10(decimals)
	return math.Round(x*p) / p
}

// shared returns a questionnaire's list for the result without copying it:
// the questionnaire does not change after parsing, and the capacity is
// clipped so that appending to the result's list never writes into it.
func shared(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clip(s)
}

// orEmpty copies a slice so that the result never shares the caller's
// memory and never encodes as null.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return slices.Clone(s)
}
