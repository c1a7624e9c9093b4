package survey

import (
	"strings"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// LoadLast reads last year's answers file for --from. Its answers need not
// fit this questionnaire: they are mapped through its replaces mappings.
func LoadLast(path string) (*assessment.Answers, error) {
	a, _, err := assessment.LoadAnswers(path, nil)
	return a, err
}

// describeAnswer says in words what an answer to a question is: the option
// labels, a value, or one of the built-in answers.
func describeAnswer(c texts.Lang, lang string, qu *assessment.Question, ans *assessment.Answer) string {
	switch {
	case ans.IsDontKnow():
		return c.T(texts.SurveyDontKnow)
	case ans.IsNotApplicable():
		return c.T(texts.SurveyNotApplicable)
	case ans != nil && ans.Value != nil:
		v := exactNumber(c, *ans.Value)
		if qu.Unit == "percent" {
			v += "%"
		}
		return v
	}
	var labels []string
	for _, id := range ans.Selected() {
		if o := qu.Option(id); o != nil {
			labels = append(labels, o.Label.In(lang))
		}
	}
	// Option labels come from the questionnaire file.
	return safetext.Terminal(strings.Join(labels, ", "))
}

// describeRaw says what an answer to a question that no longer exists was:
// its option ids or value, as in the file.
func describeRaw(ans *assessment.Answer) string {
	var parts []string
	switch {
	case ans.Value != nil:
		parts = append(parts, engine.FormatNumber(*ans.Value))
	case ans.HasAnswer():
		parts = append(parts, strings.Join(ans.Selected(), ", "))
	}
	if ans.Note != "" {
		parts = append(parts, strings.ReplaceAll(ans.Note, "\n", " "))
	}
	return safetext.Terminal(strings.Join(parts, " · "))
}

// resume opens an answers file to continue it. Answers given under an
// older version of the questionnaire are taken over under the current ids
// (the old entries stay in the file), and when the file was started from
// last year's, that file is read again to show last year's answers.
// Warnings are answers that do not fit the questionnaire (kept in the
// file); notes say what else happened on opening.
func resume(path string, opts Options) (s *engine.Session, warnings assessment.Problems, notes []string, err error) {
	q, c := opts.Questionnaire, texts.Lang(opts.Lang)
	a, warnings, err := Open(path, q)
	if err != nil {
		return nil, nil, nil, err
	}
	taken := q.TakeOver(a)
	s = engine.NewSession(q, a, path, opts.Lang, opts.Now)
	if len(taken) > 0 {
		notes = append(notes, c.N(texts.SurveyTakenOver, len(taken)))
	}
	if a.CarriedFrom != "" {
		last, err := LoadLast(engine.LastPathOf(path, a.CarriedFrom))
		if err != nil {
			notes = append(notes, c.T(texts.SurveyLastMissing, texts.A("file", a.CarriedFrom)))
		} else {
			s.SetLast(last)
		}
	}
	return s, warnings, notes, nil
}
