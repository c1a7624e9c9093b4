package reports

import (
	"io"
	"strings"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/figure"
	"soeverein/scoring"
	"soeverein/texts"
)

// DefaultCouncilWords is the most words a council answer has unless
// CouncilOptions says otherwise: a college answers a council question in
// 30 to 100 words, and the answer must fit a letter as it is.
const DefaultCouncilWords = 150

// CouncilOptions says how to write the council answers.
type CouncilOptions struct {
	// Lang is a language of texts.Languages ("" is texts.Default), as
	// texts.Parse reads it; any other is an error.
	Lang string
	// WithScores adds one sentence with the scores of the themes the
	// answer draws on; without it the answers hold no score or level.
	WithScores bool
	// MaxWords bounds each answer; 0 means DefaultCouncilWords.
	MaxWords int
	// Public writes the answers for the public version of the report:
	// what the answers to sensitive questions state (where the back-ups
	// are, which scenarios are not covered) is left out, also when it is
	// not known. A council text the respondent wrote for the council stays.
	Public bool
	// AnswersFile and AnswersSHA256 name the answers file and its digest in
	// the document's checksums, as in the report (Options), so that verify
	// can check the council answers too. Both may be empty.
	AnswersFile   string
	AnswersSHA256 string
}

// CouncilAnswer is the answer to one council question, in the college's
// voice, ready to paste into its letter.
type CouncilAnswer struct {
	Number   int    `json:"number"`
	ID       string `json:"id"`
	Question string `json:"question"`
	// Paragraphs are the answer: the lead with what the answers state,
	// then (when something is not known) the sentence that says so.
	// Without answer texts in the questionnaire there are none.
	Paragraphs []string `json:"paragraphs"`
}

// Sentences returns the answer's sentences, in order.
func (c *CouncilAnswer) Sentences() []string {
	var out []string
	for _, p := range c.Paragraphs {
		out = append(out, sentences(p)...)
	}
	return out
}

// Words counts the words of the answer.
func (c *CouncilAnswer) Words() int {
	n := 0
	for _, p := range c.Paragraphs {
		n += len(strings.Fields(p))
	}
	return n
}

// CouncilAnswers writes the answer to every council question of the
// questionnaire: the lead whose condition holds, then per listed question
// the respondent's council text or the statements of the chosen options,
// and one sentence naming what is not known ("weet ik niet", not yet
// answered). Each answer stays within the word limit (later statements are
// left out first), and no sentence stands in two answers. It is pure: the
// same result gives the same answers.
func CouncilAnswers(r *scoring.Result, q *assessment.Questionnaire, opts CouncilOptions) []*CouncilAnswer {
	lang := opts.Lang
	if lang == "" {
		lang = assessment.DefaultLanguage
	}
	limit := opts.MaxWords
	if limit <= 0 {
		limit = DefaultCouncilWords
	}
	questions := map[string]*scoring.QuestionResult{}
	for _, t := range r.Themes {
		for _, qr := range t.Questions {
			questions[qr.ID] = qr
		}
	}
	used := map[string]bool{}
	out := make([]*CouncilAnswer, 0, len(r.CouncilQuestions))
	for i, cr := range r.CouncilQuestions {
		c := &CouncilAnswer{Number: i + 1, ID: cr.ID, Question: cr.Text.In(lang)}
		out = append(out, c)
		var cq *assessment.CouncilQuestion
		if q != nil {
			cq = q.CouncilQuestion(cr.ID)
		}
		if cq == nil || cr.Lead < 0 || cr.Lead >= len(cq.Leads) {
			continue
		}
		b := &councilBuilder{lang: lang, limit: limit, used: used}
		b.write(cq.Leads[cr.Lead].Text.In(lang), true)
		var unknown []string
		var body [][]string // per listed question, its sentences
		for _, id := range cq.LeadQuestions() {
			if qr := questions[id]; qr != nil && qr.Status != scoring.Hidden {
				body = append(body, sentences(oneLine(qr.CouncilText)))
			}
		}
		for _, s := range cq.Questions {
			if opts.Public && sensitive(q, s.Question) && oneLine(councilText(questions[s.Question])) == "" {
				continue
			}
			said, topic := statements(s, questions[s.Question], lang)
			if topic != "" {
				unknown = append(unknown, topic)
			}
			body = append(body, said)
		}
		var tail []string
		if len(unknown) > 0 {
			tail = append(tail, wordsIn(lang).s("council.answer.unknown", arg("topics", joinAnd(lang, unknown))))
		}
		if opts.WithScores {
			if s := scoreSentence(r, cr, lang); s != "" {
				tail = append(tail, s)
			}
		}
		b.reserve(tail)
		for _, said := range body {
			for _, s := range said {
				b.write(s, false)
			}
		}
		b.paragraph()
		for _, s := range tail {
			b.write(s, true)
		}
		b.paragraph()
		c.Paragraphs = b.paragraphs
	}
	return out
}

// sensitive says whether the questionnaire marks question id sensitive.
func sensitive(q *assessment.Questionnaire, id string) bool {
	qu := q.Question(id)
	return qu != nil && qu.Sensitive
}

// councilText is the respondent's council text of a question result, or "".
func councilText(qr *scoring.QuestionResult) string {
	if qr == nil {
		return ""
	}
	return qr.CouncilText
}

// statements returns what a listed question's answer states, or the topic
// when the answer is not known; a question not asked (hidden, n.v.t.)
// states nothing.
func statements(s *assessment.CouncilSource, qr *scoring.QuestionResult, lang string) (said []string, topic string) {
	if qr == nil || qr.Status == scoring.Hidden || qr.Status == scoring.NotApplicable {
		return nil, ""
	}
	if t := oneLine(qr.CouncilText); t != "" {
		return sentences(t), ""
	}
	if qr.Status != scoring.Answered {
		return nil, s.Topic.In(lang)
	}
	if qr.Value != nil && *qr.Value == 0 && s.SilentZero {
		return nil, ""
	}
	if qr.Value != nil && *qr.Value == 0 && len(s.Zero) > 0 {
		return []string{s.Zero.In(lang)}, ""
	}
	if qr.Value != nil {
		return []string{strings.ReplaceAll(s.Value.In(lang), assessment.ValuePlaceholder, figure.Value(lang, *qr.Value))}, ""
	}
	for _, o := range qr.Selected {
		if t, ok := s.Statements[o.ID]; ok {
			said = append(said, t.In(lang))
		}
	}
	return said, ""
}

// scoreSentence names the scores of the themes a council answer draws on,
// in one sentence, or "" when none has a score.
func scoreSentence(r *scoring.Result, cr *scoring.CouncilQuestion, lang string) string {
	var parts []string
	partial := false // a theme's score is over what was answered
	for _, id := range cr.Themes {
		t := r.Theme(id)
		if t == nil || !t.Scored {
			continue
		}
		partial = partial || t.Answered < t.Total
		parts = append(parts, wordsIn(lang).s("council.answer.theme_score", arg("theme", t.Title.In(lang)), arg("score", figure.Score(lang, t.Score))))
	}
	if len(parts) == 0 {
		return ""
	}
	s := wordsIn(lang).s("council.answer.scores", arg("scores", joinAnd(lang, parts)))
	if partial {
		s = strings.TrimSuffix(s, ".") + ", " + figure.OverWhatWasAnswered(lang) + "."
	}
	return s
}

// councilBuilder collects the sentences of one answer within its word
// limit, skipping sentences that an earlier answer already holds.
type councilBuilder struct {
	lang       string
	limit      int
	words      int
	reserved   int
	used       map[string]bool // sentences of every answer so far
	current    []string
	paragraphs []string
}

// reserve keeps room for sentences that are written last but must fit.
func (b *councilBuilder) reserve(ss []string) {
	for _, s := range ss {
		b.reserved += len(strings.Fields(s))
	}
}

// write adds a sentence when it fits and is new; a must sentence (the lead,
// the reserved tail) is added whatever the limit.
func (b *councilBuilder) write(s string, must bool) {
	s = oneLine(s)
	key := strings.ToLower(s)
	if s == "" || b.used[key] {
		return
	}
	n := len(strings.Fields(s))
	if must {
		b.reserved = max(0, b.reserved-n)
	} else if b.words+n+b.reserved > b.limit {
		return
	}
	b.used[key] = true
	b.words += n
	b.current = append(b.current, s)
}

func (b *councilBuilder) paragraph() {
	if len(b.current) > 0 {
		b.paragraphs = append(b.paragraphs, strings.Join(b.current, " "))
		b.current = nil
	}
}

// sentences splits text after every full stop, question or exclamation
// mark followed by a space.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if strings.IndexByte(".!?", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ') {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// joinAnd joins parts as "a, b en c".
func joinAnd(lang string, parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + texts.Lang(lang).T(texts.FormatAnd) + " " + parts[len(parts)-1]
}

// CouncilMarkdown writes the numbered council answers alone as markdown:
// BuildCouncil, then the document package's markdown writer.
func CouncilMarkdown(w io.Writer, r *scoring.Result, q *assessment.Questionnaire, opts CouncilOptions) error {
	d, err := BuildCouncil(r, q, opts)
	if err != nil {
		return err
	}
	return docm.Markdown(w, d)
}
