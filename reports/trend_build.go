package reports

import (
	"fmt"
	"math"
	"strings"

	"soeverein/compare"
	docm "soeverein/document"
	"soeverein/scoring"
	"soeverein/texts"
)

// BuildTrend builds the trend report of a comparison of several years as
// one document, from which every format is written (the same formats as
// the report): the scores like for like per year and theme, what caused
// each change, the answers that changed, what stays weak and how the
// questionnaire changed. It holds the notes of every year, so it is
// classified internal. The same comparison always gives the same document.
func BuildTrend(t *compare.Trend, opts TrendOptions) (*docm.Document, error) {
	w, err := wordsFor(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("trend report: %w", err)
	}
	opts.Lang = w.lang
	if t == nil || len(t.Years) < 2 {
		return nil, fmt.Errorf("trend report: a comparison of at least two years is needed")
	}
	d := newTrendDoc(t, opts.Lang)
	title := w.s("trend.title", arg("first", d.First.Label), arg("last", d.Last.Label))
	if d.Municipality != "" {
		title = w.s("title.municipality", arg("title", title), arg("municipality", d.Municipality))
	}
	date := ""
	if r := t.Years[len(t.Years)-1].Result; r != nil {
		date = assessmentDate(r)
	}
	out := &docm.Document{Meta: docm.Meta{
		Title:          title,
		Municipality:   d.Municipality,
		Date:           date,
		Lang:           texts.Lang(opts.Lang).Tag(),
		Classification: w.s("classification.internal"),
	}}
	b := &trendBuilder{builder: &builder{w: w, lang: opts.Lang, out: out}, d: d}
	b.front()
	b.summary()
	b.reported()
	b.explain()
	b.stillWeak()
	b.gone()
	b.accountability()
	neutral(out)
	return out, nil
}

// trendBuilder turns the view of a comparison into a document; it shares
// the report builder's helpers (chapters, words, numbers, dates).
type trendBuilder struct {
	*builder
	d *trendDoc
}

// years lists what f makes of each year: "2025 (…), 2026 (…) en 2027 (…)".
func (b *trendBuilder) years(ys []*trendYear, f func(*trendYear) []docm.Inline) []docm.Inline {
	var parts [][]docm.Inline
	for _, y := range ys {
		parts = append(parts, f(y))
	}
	return b.joinIn(parts)
}

func (b *trendBuilder) labels(ys []*trendYear) []docm.Inline {
	return b.years(ys, func(y *trendYear) []docm.Inline { return txt(y.Label) })
}

func (b *trendBuilder) version() wordArg { return arg("version", b.d.Questionnaire.Version) }

func (b *trendBuilder) signed(x float64) string { return signed(b.lang, x) }

// front is what stands under the title: the notices and the facts.
func (b *trendBuilder) front() {
	d, w := b.d, b.w
	if len(d.Incomplete) > 0 {
		years := b.years(d.Incomplete, func(y *trendYear) []docm.Inline {
			return w.in("trend.incomplete.year", arg("year", y.Label), argN("open", y.Total-y.Answered), argN("total", y.Total))
		})
		b.add(docm.Notice{Title: w.s("trend.incomplete.title"), Text: w.n("trend.incomplete", len(d.Incomplete), argIn("years", years))})
	}
	if len(d.Carried) > 0 {
		years := b.years(d.Carried, func(y *trendYear) []docm.Inline {
			return w.n("trend.carried.year", y.Carried, arg("year", y.Label))
		})
		b.add(docm.Notice{Title: w.s("trend.carried.title"), Text: w.in("trend.carried", argIn("years", years))})
	}
	m := w.in("facts.not_filled")
	if d.Municipality != "" {
		m = txt(d.Municipality)
	}
	if d.CBSCode != "" {
		m = cat(m, w.in("facts.cbs", arg("code", d.CBSCode)))
	}
	compared := b.years(d.Years, func(y *trendYear) []docm.Inline {
		out := txt(y.Label)
		if y.ReferenceDate != "" {
			out = cat(out, w.in("prev.reference_date", arg("date", b.date(y.ReferenceDate))))
		}
		return out
	})
	q := d.Questionnaire
	b.add(docm.List{Items: [][]docm.Inline{
		w.in("facts.municipality", argIn("value", m)),
		w.in("trend.facts.compared", argIn("years", compared)),
		w.in("trend.facts.yardstick", arg("title", q.Title), arg("version", q.Version), arg("id", q.ID)),
	}})
}

func (b *trendBuilder) summary() {
	d, w := b.d, b.w
	b.chapter("summary", w.in("summary.heading"))
	o := d.Overall
	first, last := o.Points[0], o.Points[len(o.Points)-1]
	var text []docm.Inline
	if o.HasDelta {
		who := w.in("summary.the_municipality")
		if d.Municipality != "" {
			who = txt(d.Municipality)
		}
		change := w.in("trend.same")
		switch {
		case o.Delta > 0:
			change = w.in("trend.rise", arg("delta", b.score(math.Abs(o.Delta))))
		case o.Delta < 0:
			change = w.in("trend.fall", arg("delta", b.score(math.Abs(o.Delta))))
		}
		text = w.in("trend.summary.score", argIn("who", who), arg("last", d.Last.Label), arg("score", b.score(last.Score)),
			argIn("level", b.levelText(last.Level)), arg("first", d.First.Label), arg("first_score", b.score(first.Score)), argIn("change", change))
		if first.Level != 0 && last.Level != 0 && first.Level != last.Level {
			text = joinSentences(text, w.in("trend.levels", argN("from", first.Level), arg("from_name", d.Levels[first.Level]),
				argN("to", last.Level), arg("to_name", d.Levels[last.Level])))
		}
	} else {
		year := d.Last.Label
		if !first.Scored {
			year = d.First.Label
		}
		text = w.in("trend.not_comparable", arg("year", year))
	}
	switch r, f := d.Rising, d.Falling; {
	case r != nil && f != nil:
		text = joinSentences(text, w.in("trend.rising_falling", arg("rising", r.Title), arg("rising_delta", b.signed(r.Delta)),
			arg("falling", f.Title), arg("falling_delta", b.signed(f.Delta))))
	case r != nil:
		text = joinSentences(text, w.in("trend.rising", arg("theme", r.Title), arg("delta", b.signed(r.Delta))))
	case f != nil:
		text = joinSentences(text, w.in("trend.falling", arg("theme", f.Title), arg("delta", b.signed(f.Delta))))
	}
	b.para(text)

	t := docm.Table{Header: [][]docm.Inline{w.in("col.theme")}, Align: []docm.Align{docm.AlignLeft}}
	for _, y := range d.Years {
		t.Header = append(t.Header, txt(y.Label))
		t.Align = append(t.Align, docm.AlignRight)
	}
	t.Header = append(t.Header, w.in("trend.col.trend"), w.in("trend.col.change"))
	t.Align = append(t.Align, docm.AlignLeft, docm.AlignRight)
	t.Rows = append(t.Rows, b.seriesRow(d.Overall))
	for _, s := range d.Themes {
		t.Rows = append(t.Rows, b.seriesRow(s))
	}
	b.add(t)
	b.para(w.in("trend.summary.legend", b.version(), arg("first", d.First.Label), arg("last", d.Last.Label)))
}

// levelText is "niveau 1, Ad hoc", or "nog geen niveau" for level 0.
func (b *trendBuilder) levelText(level int) []docm.Inline {
	if level == 0 {
		return b.w.in("trend.no_level")
	}
	return b.w.in("trend.level", argN("level", level), arg("name", b.d.Levels[level]))
}

// seriesName is a theme's number and title, or "Totaal" in bold.
func (b *trendBuilder) seriesName(s *trendSeries, critical bool) []docm.Inline {
	if s.Number == 0 {
		return []docm.Inline{docm.Strong(b.w.s("prev.total"))}
	}
	name := txt(itoa(s.Number) + ". " + s.Title)
	if critical && s.Critical {
		name = cat(name, b.w.in("summary.critical"))
	}
	return name
}

func (b *trendBuilder) seriesRow(s *trendSeries) [][]docm.Inline {
	row := [][]docm.Inline{b.seriesName(s, true)}
	for _, p := range s.Points {
		if p.Scored {
			row = append(row, txt(b.score(p.Score)))
		} else {
			row = append(row, txt("–"))
		}
	}
	delta := "–"
	if s.HasDelta {
		delta = b.signed(s.Delta)
	}
	return append(row, txt(s.Spark), txt(delta))
}

func (b *trendBuilder) reported() {
	d, w := b.d, b.w
	b.chapter("reported", w.in("trend.reported.heading"))
	b.para(w.in("trend.reported.intro", b.version()))
	t := docm.Table{
		Header: [][]docm.Inline{w.in("trend.col.year"), w.in("trend.col.answered_with"), w.in("trend.col.reported"),
			w.in("trend.col.with_version", b.version()), w.in("trend.col.questions_answered")},
		Align: []docm.Align{docm.AlignLeft, docm.AlignLeft, docm.AlignRight, docm.AlignRight, docm.AlignLeft},
	}
	for _, y := range d.Years {
		with := w.in("trend.version.unknown")
		if y.Version != "" {
			with = w.in("trend.version", arg("version", y.Version))
		}
		reported := w.in("trend.unknown")
		if r := y.Point.Reported; r != nil {
			reported = b.point(r.Scored, r.Score, r.Level)
		}
		c := y.Compat
		compat := w.in("trend.compat", argN("answered", c.Answered), argN("asked", c.Asked), arg("percent", texts.Lang(b.lang).PercentOf(c.Answered, c.Asked)))
		if c.ThroughReplaces > 0 {
			compat = cat(compat, w.in("trend.compat.replaces", argN("count", c.ThroughReplaces)))
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(y.Label), with, reported, b.point(y.Point.Scored, y.Point.Score, y.Point.Level), compat})
	}
	b.add(t)
	var text []docm.Inline
	switch {
	case len(d.Differs) > 0:
		text = w.in("trend.reported.differs", argIn("years", b.labels(d.Differs)), b.version())
	case len(d.Unknown) == 0:
		text = w.in("trend.reported.same", b.version())
	case len(d.Unknown) < len(d.Years):
		text = w.in("trend.reported.same_known", b.version())
	}
	if len(d.Unknown) > 0 {
		text = joinSentences(text, w.in("trend.reported.unknown", argIn("years", b.labels(d.Unknown))))
	}
	b.para(text)
	b.para(w.in("trend.reported.explain", b.version()))
}

// point is a score with its level: "17,2 (niveau 1)", or "geen score".
func (b *trendBuilder) point(scored bool, score float64, level int) []docm.Inline {
	if !scored {
		return b.w.in("trend.no_score")
	}
	lvl := b.w.in("trend.no_level")
	if level != 0 {
		lvl = b.w.in("trend.point.level", argN("level", level))
	}
	return b.w.in("trend.point", arg("score", b.score(score)), argIn("level", lvl))
}

func (b *trendBuilder) explain() {
	d, w := b.d, b.w
	b.chapter("explain", w.in("trend.explain.heading"))
	b.para(w.in("trend.explain.intro"))
	for _, s := range d.Steps {
		b.step(s)
	}
}

func (b *trendBuilder) step(s *trendStep) {
	w := b.w
	b.section(w.in("trend.step.heading", arg("from", s.From.Label), arg("to", s.To.Label)))
	if o := s.Overall; o.Comparable {
		from, to := arg("from", b.score(s.From.Point.Score)), arg("to", b.score(s.To.Point.Score))
		lfl := arg("like_for_like", b.signed(o.LikeForLike))
		if o.QuestionnaireKnown && s.From.Point.Reported != nil && s.To.Point.Reported != nil {
			b.para(w.in("trend.step.reported", arg("reported_from", b.score(s.From.Point.Reported.Score)), arg("reported_to", b.score(s.To.Point.Reported.Score)),
				arg("total", b.signed(o.Total)), from, to, lfl))
		} else {
			b.para(w.in("trend.step.like_for_like", from, to, lfl))
		}
	}
	t := docm.Table{
		Header: [][]docm.Inline{w.in("col.theme"), w.in("trend.col.total_change"), w.in("trend.col.better"), w.in("trend.col.worse"),
			w.in("trend.col.newly_answered"), w.in("trend.col.questionnaire")},
		Align: []docm.Align{docm.AlignLeft, docm.AlignRight, docm.AlignRight, docm.AlignRight, docm.AlignRight, docm.AlignRight},
	}
	t.Rows = append(t.Rows, append([][]docm.Inline{b.seriesName(b.d.Overall, false)}, b.changeCells(s.Overall)...))
	for _, r := range s.Rows {
		t.Rows = append(t.Rows, append([][]docm.Inline{b.seriesName(r.Theme, false)}, b.changeCells(r.Change)...))
	}
	b.add(t)
	if s.Still > 0 {
		b.para(w.n("trend.step.still", s.Still))
	}

	b.sub(w.in("trend.answers.heading"))
	if len(s.Answers) == 0 {
		b.para(w.in("trend.answers.none"))
	}
	for _, c := range s.Answers {
		title := b.questionTitle(c.Number, c.Text, c.ID)
		var theme, effect []docm.Inline
		if c.Theme != nil {
			theme = txt(", " + c.Theme.Title)
		}
		if c.Effect != 0 {
			effect = w.in("trend.change.effect", arg("effect", b.signed(c.Effect)))
		}
		b.para(cat(title, w.in("trend.change", arg("kind", kindText(b.lang, c.Kind)), argIn("theme", theme), argIn("effect", effect))))
		b.add(docm.List{Items: [][]docm.Inline{b.answerLine(s.From.Label, c.Old), b.answerLine(s.To.Label, c.New)}})
	}
	b.sub(w.in("trend.resolved.heading"))
	b.findings(s.Resolved)
	b.sub(w.in("trend.new.heading"))
	b.findings(s.New)
}

// questionTitle is a question as the trend report heads it, in bold: its
// number and the question itself, or "Vraag <id>" when it has no text.
func (b *trendBuilder) questionTitle(number, text, id string) []docm.Inline {
	q := questionOnly(text)
	if text == "" {
		q = b.w.s("trend.question.id", arg("id", id))
	}
	return []docm.Inline{docm.Strong(strings.TrimSpace(number + " " + q))}
}

func (b *trendBuilder) changeCells(c *compare.Change) [][]docm.Inline {
	if !c.Comparable {
		dash := txt("–")
		return [][]docm.Inline{b.w.in("trend.step.not_comparable"), dash, dash, dash, dash}
	}
	q := b.w.in("trend.unknown")
	if c.QuestionnaireKnown {
		q = txt(b.signed(c.Questionnaire))
	}
	return [][]docm.Inline{txt(b.signed(c.Total)), txt(b.signed(c.Better)), txt(b.signed(c.Worse)), txt(b.signed(c.NewlyAnswered)), q}
}

func (b *trendBuilder) findings(fs []*trendFinding) {
	if len(fs) == 0 {
		b.para(b.w.in("trend.findings.none"))
		return
	}
	var items [][]docm.Inline
	for _, f := range fs {
		var theme []docm.Inline
		if f.Theme != nil {
			theme = txt(f.Theme.Title + ", ")
		}
		items = append(items, b.w.in("prev.finding", arg("title", f.Title), argIn("theme", theme), arg("severity", msg(b.lang, "severity."+f.Severity))))
	}
	b.add(docm.List{Items: items})
}

func (b *trendBuilder) answerLine(year string, a *trendAnswer) []docm.Inline {
	return b.w.in("trend.answer.line", arg("year", year), argIn("answer", b.answer(a)))
}

// answer is an answer in full sentences: the value or the options, what was
// carried over or lost, and the note.
func (b *trendBuilder) answer(a *trendAnswer) []docm.Inline {
	w := b.w
	var out []docm.Inline
	switch a.Status {
	case string(scoring.Answered):
		if a.Value != nil {
			out = txt(b.value(a.Value, a.Unit) + ".")
		} else {
			out = txt(period(strings.Join(trimDots(a.Labels), "; ")))
		}
	case string(scoring.DontKnow):
		out = txt(period(w.s("trend.answer.dont_know")))
	case string(scoring.NotApplicable):
		out = txt(period(w.s("trend.answer.na")))
	case string(scoring.Hidden):
		out = txt(period(w.s("trend.answer.hidden")))
	case string(scoring.Invalid):
		out = txt(period(w.s("trend.answer.invalid")))
	case string(compare.Absent):
		out = txt(period(w.s("trend.answer.absent")))
	default:
		out = txt(period(w.s("trend.answer.unanswered")))
	}
	if a.CarriedFrom != "" {
		out = joinSentences(out, w.in("trend.answer.carried_from", arg("id", a.CarriedFrom)))
	}
	if len(a.Lost) > 0 {
		var lost [][]docm.Inline
		for _, l := range a.Lost {
			lost = append(lost, txt(l))
		}
		out = joinSentences(out, w.in("trend.answer.lost", argIn("options", b.joinIn(lost))))
	}
	if a.CarriedOver {
		out = joinSentences(out, w.in("trend.answer.carried_over"))
	}
	if a.Note != "" {
		out = joinSentences(out, w.in("trend.answer.note", arg("note", period(strings.TrimSpace(a.Note)))))
	}
	return out
}

// cellAnswer is an answer as a table cell: the value or the options, "weet
// ik niet", or "–".
func (b *trendBuilder) cellAnswer(a *trendAnswer) []docm.Inline {
	switch a.Status {
	case string(scoring.Answered):
		if a.Value != nil {
			return txt(b.value(a.Value, a.Unit))
		}
		return txt(strings.Join(trimDots(a.Labels), "; "))
	case string(scoring.DontKnow):
		return b.w.in("trend.answer.dont_know")
	}
	return txt("–")
}

func (b *trendBuilder) stillWeak() {
	d, w := b.d, b.w
	b.chapter("still-weak", w.in("trend.weak.heading"))
	if len(d.StillWeak) == 0 {
		b.para(w.in("trend.weak.none"))
		return
	}
	b.para(w.n("trend.weak.intro", len(d.StillWeak), argN("years", len(d.Years))))
	t := docm.Table{Header: [][]docm.Inline{w.in("col.question"), w.in("col.theme"), w.in("trend.col.answer")}}
	for _, q := range d.StillWeak {
		theme := []docm.Inline(nil)
		if q.Theme != nil {
			theme = txt(q.Theme.Title)
		}
		var answer []docm.Inline
		if q.Same {
			answer = w.in("trend.weak.every_year", argIn("answer", b.cellAnswer(q.Answers[0])))
		} else {
			for i, a := range q.Answers {
				if i > 0 {
					answer = appendText(answer, "; ")
				}
				answer = cat(answer, w.in("trend.answer.line", arg("year", d.Years[i].Label), argIn("answer", b.cellAnswer(a))))
			}
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(strings.TrimSpace(q.Number + " " + questionOnly(q.Text))), theme, answer})
	}
	b.add(t)
}

func (b *trendBuilder) gone() {
	d, w := b.d, b.w
	b.chapter("gone", w.in("trend.gone.heading"))
	if len(d.Gone) == 0 {
		b.para(w.in("trend.gone.none", b.version()))
		return
	}
	b.para(w.in("trend.gone.intro", b.version()))
	for _, g := range d.Gone {
		b.para(cat(b.questionTitle("", g.Text, g.ID), txt(" ("+g.ID+")")))
		var items [][]docm.Inline
		for i, a := range g.Answers {
			items = append(items, b.answerLine(d.Years[i].Label, a))
		}
		b.add(docm.List{Items: items})
	}
}

func (b *trendBuilder) accountability() {
	d, w := b.d, b.w
	b.chapter("accountability", w.in("acc.heading"))
	b.section(w.in("acc.method"))
	var items [][]docm.Inline
	for _, k := range []string{"trend.method.yardstick", "trend.method.reported", "trend.method.explain", "trend.method.effect", "trend.method.weak", "trend.method.carried"} {
		items = append(items, w.in(k, b.version()))
	}
	b.add(docm.List{Items: items})

	b.section(w.in("trend.files.heading"))
	t := docm.Table{Header: [][]docm.Inline{w.in("trend.col.year"), w.in("trend.col.answers_file"), w.in("trend.col.answered_with"),
		w.in("trend.col.known"), w.in("trend.col.checksum")}}
	for _, y := range d.Years {
		var with []docm.Inline
		if y.ID != "" {
			with = txt(y.ID + " ")
		}
		if y.Version != "" {
			with = cat(with, w.in("trend.version", arg("version", y.Version)))
		} else {
			with = cat(with, w.in("trend.unknown"))
		}
		known := w.in("trend.known.no")
		switch y.MatchedBy {
		case "sha256":
			known = w.in("trend.known.sha256")
		case "id_version":
			known = w.in("trend.known.id_version")
		}
		sum := w.in("trend.files.not_recorded")
		if y.SHA256 != "" {
			sum = b.hash(y.SHA256)
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(y.Label), txt(y.File), with, known, sum})
	}
	b.add(t)
}
