package reports

import (
	docm "soeverein/document"
	"soeverein/scoring"
)

// previous is the chapter "Ontwikkeling sinds <jaar>": this year against
// the year before, like for like.
func (b *builder) previous(dev *development) {
	w := b.w
	since := dev.Since.Label
	b.chapter("development", w.in("prev.heading", arg("since", since)))
	o := dev.Overall
	pa, pb := o.Points[0], o.Points[1]
	var first []docm.Inline
	if o.HasDelta {
		var when []docm.Inline
		if dev.Since.ReferenceDate != "" {
			when = w.in("prev.reference_date", arg("date", b.date(dev.Since.ReferenceDate)))
		}
		dir := "prev.same"
		switch {
		case o.Delta > 0:
			dir = "prev.rose"
		case o.Delta < 0:
			dir = "prev.fell"
		}
		var delta, levels []docm.Inline
		if o.Delta != 0 {
			delta = txt(" (" + signed(b.lang, o.Delta) + ")")
		}
		if pa.Level != 0 && pb.Level != 0 && pa.Level != pb.Level {
			levels = w.in("prev.levels", argN("from", pa.Level), arg("from_name", dev.Levels[pa.Level]), argN("to", pb.Level), arg("to_name", dev.Levels[pb.Level]))
		}
		first = w.in("prev.compared", arg("since", since), argIn("when", when), argIn("direction", w.in(dir)),
			arg("from", b.score(pa.Score)), arg("to", b.score(pb.Score)), argIn("delta", delta), argIn("levels", levels))
	} else {
		first = w.in("prev.not_comparable", arg("since", since))
	}
	parts := [][]docm.Inline{first, w.in("prev.version", arg("version", dev.Questionnaire.Version))}
	if rep := pa.Reported; rep != nil && rep.Scored && rep.Differs {
		parts = append(parts, w.in("prev.reported", arg("since", since), arg("score", b.score(rep.Score)), arg("version", dev.Since.Version)))
	}
	if !dev.Since.Known {
		parts = append(parts, w.in("prev.unknown_version", arg("since", since)))
	}
	b.para(joinSentences(parts...))

	t := docm.Table{
		Header: [][]docm.Inline{w.in("col.theme"), txt(since), txt(dev.This.Label), w.in("col.change")},
		Align:  []docm.Align{docm.AlignLeft, docm.AlignRight, docm.AlignRight, docm.AlignRight},
	}
	row := func(s *trendSeries) [][]docm.Inline {
		name := []docm.Inline{docm.Strong(w.s("prev.total"))}
		if s.Number != 0 {
			name = txt(itoa(s.Number) + ". " + s.Title)
		}
		out := [][]docm.Inline{name}
		for _, p := range s.Points {
			if p.Scored {
				out = append(out, txt(b.score(p.Score)))
			} else {
				out = append(out, txt("–"))
			}
		}
		if s.HasDelta {
			return append(out, txt(signed(b.lang, s.Delta)))
		}
		return append(out, txt("–"))
	}
	t.Rows = append(t.Rows, row(o))
	for _, s := range dev.Themes {
		t.Rows = append(t.Rows, row(s))
	}
	b.add(t)
	if dev.Changed > 0 {
		b.para(w.in("prev.changed", argN("changed", dev.Changed), argN("themes", len(dev.Themes))))
	} else {
		b.para(w.in("prev.unchanged"))
	}

	b.section(w.in("prev.main"))
	if len(dev.Main) == 0 {
		b.para(w.in("prev.main.none"))
	} else {
		var items [][]docm.Inline
		for _, c := range dev.Main {
			theme := ""
			if c.Theme != nil {
				theme = c.Theme.Title
			}
			items = append(items, cat([]docm.Inline{docm.Strong(c.Number + " " + questionOnly(c.Text))}, txt(" "),
				b.prevAnswer(c.Old), txt(" → "), b.prevAnswer(c.New),
				w.in("prev.effect", arg("effect", signed(b.lang, c.Effect)), arg("theme", theme))))
		}
		b.add(docm.List{Items: items})
	}
	if dev.Others > 0 {
		b.para(w.n("prev.others", dev.Others))
	}
	b.section(w.in("prev.resolved"))
	b.prevFindings(dev.Step.Resolved, w.in("prev.resolved.none", arg("since", since)))
	b.section(w.in("prev.new"))
	b.prevFindings(dev.Step.New, w.in("prev.new.none", arg("since", since)))
}

func (b *builder) prevFindings(fs []*trendFinding, none []docm.Inline) {
	if len(fs) == 0 {
		b.para(none)
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

func (b *builder) prevAnswer(a *trendAnswer) []docm.Inline {
	switch {
	case a == nil:
		return b.w.in("prev.answer.none")
	case a.withheld:
		return b.w.in("prev.answer.withheld")
	case a.Status == string(scoring.Answered):
		if a.Value != nil {
			return txt(b.value(a.Value, a.Unit))
		}
		return b.quoteAll(trimDots(a.Labels))
	case a.Status == string(scoring.DontKnow):
		return b.w.in("prev.answer.dont_know")
	case a.Status == string(scoring.NotApplicable):
		return b.w.in("prev.answer.na")
	case a.Status == string(scoring.Hidden):
		return b.w.in("prev.answer.hidden")
	}
	return b.w.in("prev.answer.none")
}
