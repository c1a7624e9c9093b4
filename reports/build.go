package reports

import (
	"fmt"
	"strings"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/figure"
	"soeverein/safetext"
	"soeverein/scoring"
	"soeverein/texts"
)

// Build builds the report of a scored assessment as one document, from
// which every format is written (Formats). The questionnaire adds the theme
// descriptions and the sensitive marks; it may be nil. With opts.Public it
// is the version for publication (see redact.go); otherwise it is the
// internal version, classified "Intern – niet openbaar". The same
// arguments always give the same document.
func Build(r *scoring.Result, q *assessment.Questionnaire, opts Options) (*docm.Document, error) {
	w, err := wordsFor(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	opts.Lang = w.lang
	v := newDocument(r, q, opts)
	if opts.Public {
		v.redact(r, q)
	}
	b := &builder{v: v, w: w, lang: opts.Lang}
	b.build()
	neutral(b.out)
	return b.out, nil
}

// builder turns the view of a result into a document, block by block.
type builder struct {
	v    *document
	w    *words
	lang string
	out  *docm.Document
}

func (b *builder) add(blocks ...docm.Block) { b.out.Blocks = append(b.out.Blocks, blocks...) }

func (b *builder) chapter(id string, text []docm.Inline) {
	b.add(docm.Heading{Level: 1, ID: id, Text: text, NewPage: true})
}

func (b *builder) section(text []docm.Inline) { b.add(docm.Heading{Level: 2, Text: text}) }

func (b *builder) sub(text []docm.Inline) { b.add(docm.Heading{Level: 3, Text: text}) }

func (b *builder) para(text ...[]docm.Inline) {
	if in := cat(text...); len(in) > 0 {
		b.add(docm.Paragraph{Text: in})
	}
}

// sentences joins texts with a space, leaving out empty ones.
func joinSentences(parts ...[]docm.Inline) []docm.Inline {
	var out []docm.Inline
	for _, p := range parts {
		if len(p) == 0 {
			continue
		}
		if len(out) > 0 {
			out = appendText(out, " ")
		}
		out = cat(out, p)
	}
	return out
}

func (b *builder) build() {
	v, w := b.v, b.w
	title := w.s("title")
	if v.Year != 0 {
		title = w.s("title.year", argN("year", v.Year))
	}
	if v.Municipality != "" {
		title = w.s("title.municipality", arg("title", title), arg("municipality", v.Municipality))
	}
	if v.Draft {
		title = w.s("title.draft", arg("title", title))
	}
	date := v.AssessmentDate
	b.out = &docm.Document{Meta: docm.Meta{
		Title:          title,
		Municipality:   v.Municipality,
		Date:           date,
		Lang:           texts.Lang(b.lang).Tag(),
		Classification: w.s("classification.internal"),
	}}
	if v.public {
		b.out.Meta.Classification = w.s("classification.public")
		b.out.Meta.Subtitle = w.s("subtitle.public")
	}
	if v.Questionnaire.SHA256 != "" {
		b.out.Meta.Checksums = append(b.out.Meta.Checksums, docm.Checksum{Key: "questionnaire", Label: w.s("checksum.questionnaire"), File: v.Questionnaire.File, SHA256: v.Questionnaire.SHA256})
	}
	if v.AnswersSHA256 != "" {
		b.out.Meta.Checksums = append(b.out.Meta.Checksums, docm.Checksum{Key: "answers", Label: w.s("checksum.answers"), File: v.AnswersFile, SHA256: v.AnswersSHA256})
	}
	b.front()
	b.summary()
	if v.Previous != nil {
		b.previous(v.Previous)
	}
	b.council()
	b.themes()
	b.actionPlan()
	b.sov()
	b.accountability()
	if v.public {
		b.redactionLog()
	}
}

// front is what stands under the title: the notices and the
// facts of the assessment.
func (b *builder) front() {
	v, w := b.v, b.w
	if v.public {
		b.add(docm.Notice{Title: w.s("public.notice.title"), Text: w.in("public.notice")})
	}
	if v.Draft {
		n := len(v.Completeness.Missing)
		b.add(docm.Notice{Title: w.s("draft.notice.title"), Text: w.n("draft.notice", n, argN("total", v.Completeness.Total))})
	}
	if v.Mismatch {
		b.add(docm.Notice{Title: w.s("mismatch.notice.title"), Text: w.in("mismatch.notice", argIn("given", b.qref(v.AnsweredAgainst)), argIn("used", b.qref(v.Questionnaire)))})
	}
	if n := len(v.Completeness.CarriedOver); n > 0 {
		b.add(docm.Notice{Title: w.s("carried.notice.title"), Text: w.n("carried.notice", n)})
	}
	or := func(s, key string) []docm.Inline {
		if s == "" {
			return w.in(key)
		}
		return txt(s)
	}
	var items [][]docm.Inline
	m := or(v.Municipality, "facts.not_filled")
	if v.CBSCode != "" {
		m = cat(m, w.in("facts.cbs", arg("code", v.CBSCode)))
	}
	items = append(items, w.in("facts.municipality", argIn("value", m)))
	ref := w.in("facts.not_filled")
	if v.ReferenceDate != "" {
		ref = txt(b.date(v.ReferenceDate))
	}
	if v.Year != 0 {
		ref = cat(ref, w.in("facts.year", argN("year", v.Year)))
	}
	items = append(items, w.in("facts.reference_date", argIn("value", ref)))
	items = append(items, w.in("facts.questionnaire", arg("title", v.Questionnaire.Title), arg("version", v.Questionnaire.Version), arg("id", v.Questionnaire.ID)))
	if v.AssessmentDate != "" {
		items = append(items, w.in("facts.assessment_date", arg("date", b.date(v.AssessmentDate))))
	} else {
		items = append(items, w.in("facts.assessment_date.unknown"))
	}
	items = append(items, w.in("facts.respondent", argIn("value", or(v.Respondent, "facts.not_filled"))))
	items = append(items, b.checksumFact("facts.sha_questionnaire", v.Questionnaire.File, v.Questionnaire.SHA256, "facts.unknown"))
	items = append(items, b.checksumFact("facts.sha_answers", v.AnswersFile, v.AnswersSHA256, "facts.not_given"))
	b.add(docm.List{Items: items})
}

func (b *builder) checksumFact(key, file, sum, none string) []docm.Inline {
	f := []docm.Inline(nil)
	if file != "" {
		f = txt(", " + file)
	}
	val := b.w.in(none)
	if sum != "" {
		val = b.hash(sum)
	}
	return b.w.in(key, argIn("file", f), argIn("value", val))
}

// hash is a digest as code, so that it can be copied whole.
func (b *builder) hash(s string) []docm.Inline {
	if hexDigest.MatchString(s) {
		return []docm.Inline{docm.Code(s)}
	}
	return txt(s)
}

func (b *builder) qref(r questionnaireRef) []docm.Inline {
	version := r.Version
	if version == "" {
		version = b.w.s("qref.unknown")
	}
	out := b.w.in("qref.version", arg("version", version))
	if r.ID != "" {
		out = cat(out, b.w.in("qref.of", arg("id", r.ID)))
	}
	return out
}

func (b *builder) date(s string) string { return dateText(b.lang, s) }

// dateText writes YYYY-MM-DD or YYYY-MM in words (texts.Lang.Date);
// anything else as it is.
func dateText(lang, s string) string { return texts.Lang(lang).Date(s) }

func (b *builder) score(x float64) string { return figure.Score(b.lang, x) }
func (b *builder) num(x float64) string   { return number(b.lang, x) }

// joinIn lists items: "a", "a en b", "a, b en c".
func (b *builder) joinIn(items [][]docm.Inline) []docm.Inline {
	var out []docm.Inline
	for i, it := range items {
		switch {
		case i == 0:
		case i == len(items)-1:
			out = appendText(out, " "+texts.Lang(b.lang).T(texts.FormatAnd)+" ")
		default:
			out = appendText(out, ", ")
		}
		out = cat(out, it)
	}
	return out
}

// quoted puts a text between ‘ ’, unless it is quoted already.
func quotedText(s string) []docm.Inline {
	if quoted(s) {
		return txt(s)
	}
	return txt("‘" + s + "’")
}

func (b *builder) quoteAll(items []string) []docm.Inline {
	var parts [][]docm.Inline
	for _, s := range items {
		parts = append(parts, quotedText(s))
	}
	return b.joinIn(parts)
}

func (b *builder) themeList(ts []*theme) []docm.Inline {
	var titles []string
	for _, t := range ts {
		titles = append(titles, t.Title)
	}
	return b.w.n("theme_list", len(ts), argIn("themes", b.quoteAll(titles)))
}

func (b *builder) value(x *float64, unit string) string {
	if x == nil {
		return ""
	}
	return number(b.lang, *x) + unitSuffix(b.lang, unit)
}

func trimDots(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = strings.TrimRight(strings.TrimSpace(s), ".")
	}
	return out
}

func (b *builder) summary() {
	v, w := b.v, b.w
	if v.Draft {
		b.chapter("not-answered", w.in("missing.heading"))
		b.para(w.in("missing.intro"))
		var items [][]docm.Inline
		for _, q := range v.Completeness.Missing {
			it := txt(q.Number + " " + q.Text)
			if q.Status == string(scoring.Invalid) {
				it = cat(it, w.in("missing.invalid"))
			}
			items = append(items, it)
		}
		b.add(docm.List{Items: items})
	}
	b.chapter("summary", w.in("summary.heading"))
	o := v.Overall
	if o.Scored {
		who := w.in("summary.the_municipality")
		if v.Municipality != "" {
			who = txt(v.Municipality)
		}
		key := "summary.score"
		if v.Draft {
			key = "summary.score.draft"
		}
		first := w.in(key, argIn("who", who), arg("score", b.score(o.Score)))
		var lvl []docm.Inline
		if o.Level != nil {
			lvl = w.in("summary.level", argN("level", o.Level.Number), argN("levels", len(v.Levels)), arg("name", o.Level.Name))
			lvl = joinSentences(lvl, txt(period(o.Level.Description)))
		} else {
			lvl = w.in("summary.no_level", arg("text", o.NoLevel))
		}
		var draft []docm.Inline
		if v.Draft {
			draft = w.in("summary.provisional")
		}
		b.para(joinSentences(first, lvl, draft))
		if o.Capped && o.ScoreLevel != nil && o.Level != nil {
			b.para(w.n("summary.capped", len(o.CappedBy), argN("score_level", o.ScoreLevel.Number), arg("score_name", o.ScoreLevel.Name),
				argIn("themes", b.themeList(o.CappedBy)), argN("level", o.Level.Number)))
		}
	} else {
		b.para(w.in("summary.too_little"))
	}
	t := docm.Table{Header: [][]docm.Inline{w.in("col.theme"), w.in("col.score"), w.in("col.level"), w.in("col.answered")}}
	for _, th := range v.Themes {
		name := txt(itoa(th.Number) + ". " + th.Title)
		if th.Critical {
			name = cat(name, w.in("summary.critical"))
		}
		score := w.in("summary.no_score")
		if th.Scored {
			score = txt(bar(th.Score) + " " + b.score(th.Score))
		}
		lvl := txt("–")
		switch {
		case th.Level != nil:
			lvl = txt(itoa(th.Level.Number) + " " + th.Level.Name)
		case th.NoLevel != "":
			lvl = txt(th.NoLevel)
		}
		if th.Level != th.ScoreLevel {
			lvl = cat(lvl, w.in("summary.capped_mark"))
		}
		t.Rows = append(t.Rows, [][]docm.Inline{name, score, lvl, w.in("of", argN("n", th.Answered), argN("total", th.Total))})
	}
	b.add(t)

	b.section(w.in("top_findings.heading"))
	if len(v.TopFindings) == 0 {
		b.para(w.in(draftKey(v.Draft, "top_findings.none")))
	} else {
		var items [][]docm.Inline
		for _, f := range v.TopFindings {
			items = append(items, w.in("top_findings.item", arg("title", f.Title), arg("theme", f.Theme.Title), arg("severity", msg(b.lang, "severity."+f.Severity)), arg("text", f.Text)))
		}
		b.add(docm.List{Numbered: true, Items: items})
	}
	b.section(w.in("top_actions.heading"))
	if len(v.TopActions) == 0 {
		b.para(w.in(draftKey(v.Draft, "top_actions.none")))
	} else {
		var items [][]docm.Inline
		for _, a := range v.TopActions {
			items = append(items, w.in("top_actions.item", arg("text", a.Recommendation), arg("effort", msg(b.lang, "effort."+a.Effort)), argIn("causes", b.causes(a))))
		}
		b.add(docm.List{Numbered: true, Items: items})
	}
}

func draftKey(draft bool, key string) string {
	if draft {
		return key + ".draft"
	}
	return key
}

// causes names the findings an action answers, as one list: "‘A’, ‘B’ en
// ‘weet ik niet’ bij vraag 2.3".
func (b *builder) causes(a *action) []docm.Inline {
	var parts [][]docm.Inline
	for _, c := range a.Causes {
		parts = append(parts, quotedText(c))
	}
	if len(a.DontKnow) > 0 {
		var nums [][]docm.Inline
		for _, q := range a.DontKnow {
			nums = append(nums, txt(q.Number))
		}
		parts = append(parts, b.w.n("causes.dont_know", len(a.DontKnow), argIn("questions", b.joinIn(nums))))
	}
	return b.joinIn(parts)
}

// findingQuestions names the questions answered "don't know" that a
// finding covers, by number and text: "Niet bekend zijn de antwoorden op
// de vragen 2.1 ‘…’ en 2.3 ‘…’."
func (b *builder) findingQuestions(qs []*question) []docm.Inline {
	var items [][]docm.Inline
	for _, q := range qs {
		items = append(items, cat(txt(q.Number+" "), quotedText(q.Text)))
	}
	return b.w.n("theme.finding.questions", len(qs), argIn("questions", b.joinIn(items)))
}

func (b *builder) council() {
	v, w := b.v, b.w
	b.chapter("council", w.in("council.heading"))
	when := []docm.Inline(nil)
	if v.AssessmentDate != "" {
		when = w.in("council.of_date", arg("date", b.date(v.AssessmentDate)))
	}
	b.para(w.in("council.intro", argIn("when", when)))
	for _, c := range v.Council {
		b.section(txt(itoa(c.Number) + ". " + c.Question))
		if len(c.Paragraphs) == 0 {
			b.para(w.in("council.no_text"))
		}
		for _, p := range c.Paragraphs {
			b.para(txt(p))
		}
	}
}

func (b *builder) themes() {
	v, w := b.v, b.w
	b.chapter("themes", w.in("themes.heading"))
	for _, t := range v.Themes {
		b.section(txt(itoa(t.Number) + ". " + t.Title))
		var head []docm.Inline
		if t.Scored {
			key := "theme.score"
			if t.Answered < t.Total {
				key = "theme.score.partial"
			}
			var lvl []docm.Inline
			if t.Level != nil {
				lvl = w.in("theme.level", argN("level", t.Level.Number), arg("name", t.Level.Name))
			} else {
				lvl = txt(t.NoLevel)
			}
			head = w.in(key, arg("score", b.score(t.Score)), argIn("level", lvl))
			if t.Level != t.ScoreLevel && t.ScoreLevel != nil {
				head = joinSentences(head, w.in("theme.capped", argN("level", t.ScoreLevel.Number), arg("name", t.ScoreLevel.Name)))
			}
		} else {
			head = w.in("theme.no_score")
		}
		head = joinSentences(head, w.in("theme.answered", argN("n", t.Answered), argN("total", t.Total)))
		if t.Critical {
			head = joinSentences(head, w.in("theme.critical"))
		}
		b.para(head)
		if t.Description != "" {
			b.para(txt(t.Description))
		}
		b.sub(w.in("theme.questions"))
		for _, q := range t.Questions {
			b.para([]docm.Inline{docm.Strong(q.Number + " " + q.Text)})
			b.add(docm.List{Items: b.questionLines(q)})
		}
		b.sub(w.in("theme.findings"))
		if len(t.Findings) == 0 {
			b.para(w.in("theme.findings.none"))
		} else {
			var items [][]docm.Inline
			for _, f := range t.Findings {
				title := f.Title
				if f.DontKnow && len(f.Questions) > 0 && !f.generalized {
					title = w.sn("theme.finding.dont_know", len(f.Questions), arg("questions", f.Questions[0].Number))
				}
				it := cat([]docm.Inline{docm.Strong(title)}, w.in("theme.finding.severity", arg("severity", msg(b.lang, "severity."+f.Severity))), txt(" "+f.Text))
				if len(f.Questions) > 0 && !f.generalized {
					it = cat(it, txt(" "), b.findingQuestions(f.Questions))
				}
				if f.CapLevel > 0 {
					it = cat(it, txt(" "), w.in("theme.finding.cap", argN("level", f.CapLevel)))
				}
				items = append(items, it)
			}
			b.add(docm.List{Items: items})
		}
		b.sub(w.in("theme.advice"))
		if len(t.Advice) == 0 {
			b.para(w.in("theme.advice.none"))
		} else {
			var items [][]docm.Inline
			for _, a := range t.Advice {
				var count []docm.Inline
				if a.Count > 1 {
					count = w.in("theme.advice.count", argN("count", a.Count))
				}
				items = append(items, w.in("theme.advice.item", arg("text", a.Text), arg("effort", msg(b.lang, "effort."+a.Effort)), argIn("count", count)))
			}
			b.add(docm.List{Items: items})
		}
		b.sub(w.in("theme.explanation"))
		if !t.Scored {
			b.para(w.in("theme.explanation.none"))
			continue
		}
		b.para(w.n("theme.explanation.intro", len(t.Explanation), arg("score", b.score(t.Score))))
		tab := docm.Table{
			Header: [][]docm.Inline{w.in("col.question"), w.in("col.weight"), w.in("col.score"), w.in("col.contribution"), w.in("col.lost")},
			Align:  []docm.Align{docm.AlignLeft, docm.AlignRight, docm.AlignRight, docm.AlignRight, docm.AlignRight},
		}
		for _, c := range t.Explanation {
			row := [][]docm.Inline{txt(c.Question.Number + " " + c.Question.Text), txt(figure.Percent(b.lang, c.Share))}
			if c.Question.withheld {
				row = append(row, txt("–"), txt("–"), txt("–"))
			} else {
				row = append(row, txt(b.score(c.Score)), txt(b.score(c.Contribution)), txt(b.score(c.PointsLost)))
			}
			tab.Rows = append(tab.Rows, row)
		}
		b.add(tab)
		for _, c := range t.Caps {
			if c.Effective && t.ScoreLevel != nil {
				b.para(w.in("theme.cap", argN("score_level", t.ScoreLevel.Number), argIn("rule", quotedText(c.Rule)), argN("level", c.Level)))
			}
		}
	}
}

// questionLines are the lines under a question: the answer, the note, the
// evidence and the marks.
func (b *builder) questionLines(q *question) [][]docm.Inline {
	w := b.w
	var lines [][]docm.Inline
	switch {
	case q.withheld:
		lines = append(lines, w.in("answer.withheld"))
	case q.Status == string(scoring.Answered):
		val := b.value(q.Value, q.Unit)
		if q.Value == nil {
			if len(q.Labels) == 1 {
				val = q.Labels[0]
			} else {
				val = period(strings.Join(trimDots(q.Labels), "; "))
			}
		}
		lines = append(lines, w.in("answer.answered", arg("score", b.score(q.Score)), arg("max", b.num(q.MaxScore)), arg("value", val)))
	case q.Status == string(scoring.DontKnow):
		lines = append(lines, w.in("answer.dont_know"))
	case q.Status == string(scoring.NotApplicable):
		lines = append(lines, w.in("answer.not_applicable"))
	case q.Status == string(scoring.Invalid):
		lines = append(lines, w.in("answer.invalid"))
	default:
		lines = append(lines, w.in("answer.unanswered"))
	}
	if q.Note != "" {
		lines = append(lines, w.in("answer.note", arg("note", q.Note)))
	}
	lvl := []docm.Inline(nil)
	if q.EvidenceLevel != "" {
		lvl = w.in("answer.evidence_level", arg("level", msg(b.lang, "evidence."+q.EvidenceLevel)))
	}
	switch {
	case len(q.Evidence) > 0:
		var ev []docm.Inline
		for i, e := range q.Evidence {
			if i > 0 {
				ev = appendText(ev, "; ")
			}
			ev = cat(ev, evidenceInlines(e))
		}
		lines = append(lines, w.in("answer.evidence", argIn("level", lvl), argIn("evidence", ev)))
	case q.EvidenceLevel != "":
		lines = append(lines, w.in("answer.evidence.none", arg("level", msg(b.lang, "evidence."+q.EvidenceLevel))))
	}
	if q.CarriedOver {
		lines = append(lines, w.in("answer.carried"))
	}
	if q.Review {
		lines = append(lines, w.in("answer.review"))
	}
	return lines
}

// evidenceInlines is one evidence line whose web addresses are links: evidence
// is there to be followed.
func evidenceInlines(s string) []docm.Inline {
	var out []docm.Inline
	for s != "" {
		at, end := findAddress(s)
		if at < 0 {
			return appendText(out, s)
		}
		if at > 0 {
			out = appendText(out, s[:at])
		}
		addr := s[at:end]
		url := addr
		if strings.HasPrefix(strings.ToLower(addr), "www.") {
			url = "https://" + addr
		}
		out = append(out, docm.Link{Text: addr, URL: url})
		s = s[end:]
	}
	return out
}

func (b *builder) actionPlan() {
	v, w := b.v, b.w
	b.chapter("action-plan", w.in("plan.heading"))
	if len(v.Actions) == 0 {
		b.para(w.in(draftKey(v.Draft, "plan.none")))
		return
	}
	b.para(w.in("plan.intro"))
	t := docm.Table{
		Header: [][]docm.Inline{w.in("col.number"), w.in("col.action"), w.in("col.cause"), w.in("col.priority"), w.in("col.effort"), w.in("col.theme")},
		Align:  []docm.Align{docm.AlignRight},
	}
	for _, a := range v.Actions {
		theme := ""
		if a.Theme != nil {
			theme = a.Theme.Title
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(itoa(a.Number)), txt(a.Recommendation), b.causes(a),
			txt(msg(b.lang, "priority."+a.Severity)), txt(msg(b.lang, "effort."+a.Effort)), txt(theme)})
	}
	b.add(t)
}

func (b *builder) sov() {
	v, w := b.v, b.w
	b.chapter("sov", w.in("sov.heading"))
	b.add(docm.Notice{Text: txt(v.SOV.Note)})
	t := docm.Table{
		Header: [][]docm.Inline{w.in("col.objective"), w.in("col.weight"), w.in("col.score"), w.in("col.counted")},
		Align:  []docm.Align{docm.AlignLeft, docm.AlignRight, docm.AlignLeft, docm.AlignRight},
	}
	for _, o := range v.SOV.Objectives {
		score := w.in("sov.no_score")
		if o.Scored {
			score = txt(bar(o.Score) + " " + b.score(o.Score))
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(o.ID + " " + o.Name), txt(b.num(o.Weight) + "%"), score, w.in("of", argN("n", o.Counted), argN("total", o.Total))})
	}
	b.add(t)
	if v.SOV.Scored {
		b.para(w.in("sov.total", arg("score", b.score(v.SOV.Score))))
	}
}

func (b *builder) accountability() {
	v, w := b.v, b.w
	b.chapter("accountability", w.in("acc.heading"))
	b.section(w.in("acc.method"))
	b.para(w.in("acc.method.1"))
	b.para(w.in("acc.method.2"))
	b.add(docm.List{Items: [][]docm.Inline{w.in("acc.method.dont_know"), w.in("acc.method.na"), w.in("acc.method.hidden"), w.in("acc.method.rules"), w.in("acc.method.critical")}})
	t := docm.Table{
		Header: [][]docm.Inline{w.in("col.theme"), w.in("col.weight"), w.in("col.share"), w.in("col.critical")},
		Align:  []docm.Align{docm.AlignLeft, docm.AlignRight, docm.AlignRight},
	}
	for _, th := range v.Themes {
		crit := w.in("no")
		if th.Critical {
			crit = w.in("yes")
		}
		t.Rows = append(t.Rows, [][]docm.Inline{txt(itoa(th.Number) + ". " + th.Title), txt(b.num(th.Weight)), txt(figure.Percent(b.lang, th.Share)), crit})
	}
	b.add(t)
	lt := docm.Table{
		Header: [][]docm.Inline{w.in("col.level"), w.in("col.from_score"), w.in("col.description")},
		Align:  []docm.Align{docm.AlignLeft, docm.AlignRight},
	}
	for _, l := range v.Levels {
		lt.Rows = append(lt.Rows, [][]docm.Inline{txt(itoa(l.Number) + " " + l.Name), txt(b.num(l.MinScore)), txt(l.Description)})
	}
	b.add(lt)
	if cs := v.Personal.Contributors; len(cs) > 0 {
		b.para(w.in("acc.contributors"))
		var items [][]docm.Inline
		for _, c := range cs {
			it := []docm.Inline{docm.Strong(c.Name)}
			if c.Role != "" {
				it = appendText(it, " ("+c.Role+")")
			}
			items = append(items, appendText(it, ": "+strings.Join(c.Themes, ", ")))
		}
		b.add(docm.List{Items: items})
	}

	b.section(w.in("acc.completeness"))
	c := v.Completeness
	var parts [][]docm.Inline
	var split []docm.Inline
	if c.DontKnow > 0 || c.NotApplicable > 0 {
		split = w.in("acc.completeness.split", argN("dont_know", c.DontKnow), argN("na", c.NotApplicable))
	}
	parts = append(parts, w.n("acc.completeness.answered", c.Answered, argN("total", c.Total), argIn("split", split)))
	if n := len(c.Missing); n > 0 {
		parts = append(parts, w.n("acc.completeness.missing", n))
	} else {
		parts = append(parts, w.in("acc.completeness.all"))
	}
	if n := len(c.CarriedOver); n > 0 {
		parts = append(parts, w.n("acc.completeness.carried", n))
	}
	if n := len(c.Review); n > 0 {
		parts = append(parts, w.n("acc.completeness.review", n))
	}
	b.para(joinSentences(parts...))
	if v.Mismatch {
		b.para(w.in("acc.mismatch", argIn("given", b.qref(v.AnsweredAgainst)), argIn("used", b.qref(v.Questionnaire))))
	}
	if n := len(v.Ignored); n > 0 {
		var ids [][]docm.Inline
		for _, id := range v.Ignored {
			ids = append(ids, txt(id))
		}
		b.para(w.n("acc.ignored", n, argIn("ids", b.joinIn(ids))))
	}
	b.para(w.in("acc.date"))

	b.section(w.in("acc.check"))
	b.para(w.in("acc.check.text"))

	b.section(w.in("acc.references"))
	if len(v.References) == 0 {
		b.para(w.in("acc.references.none"))
		return
	}
	var items [][]docm.Inline
	for _, r := range v.References {
		it := txt(period(r.Title) + " " + r.Publisher + ", " + b.date(r.Date) + ". ")
		if strings.HasPrefix(r.URL, "https://") || strings.HasPrefix(r.URL, "http://") {
			it = append(it, docm.Link{Text: r.URL, URL: r.URL})
		} else {
			it = appendText(it, r.URL)
		}
		items = append(items, it)
	}
	b.add(docm.List{Numbered: true, Items: items})
}

// neutral makes the hidden characters of every text visible as
// safetext.Neutral does ([U+202E] for a direction override, U+FFFD for bytes
// that are not UTF-8), so that every format shows text as it is stored;
// the writers would otherwise drop them without a trace.
func neutral(d *docm.Document) {
	m := &d.Meta
	for _, p := range []*string{&m.Title, &m.Subtitle, &m.Municipality, &m.Classification} {
		*p = safetext.Neutral(*p)
	}
	for i := range m.Checksums {
		m.Checksums[i].File = safetext.Neutral(m.Checksums[i].File)
	}
	fix := func(in []docm.Inline) {
		for i, x := range in {
			switch x := x.(type) {
			case docm.Text:
				in[i] = docm.Text(safetext.Neutral(string(x)))
			case docm.Strong:
				in[i] = docm.Strong(safetext.Neutral(string(x)))
			case docm.Emphasis:
				in[i] = docm.Emphasis(safetext.Neutral(string(x)))
			case docm.Code:
				in[i] = docm.Code(safetext.Neutral(string(x)))
			case docm.Link:
				in[i] = docm.Link{Text: safetext.Neutral(x.Text), URL: x.URL}
			}
		}
	}
	d.Runs(fix)
}
