package survey

import (
	"testing"

	"soeverein"
	"soeverein/assessment"
)

func defaultQuestionnaire(b *testing.B) *assessment.Questionnaire {
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		b.Fatal(err)
	}
	return q
}

// BenchmarkView draws the question screen of the built-in questionnaire at
// 120x40, half answered, with the explanation open. Aim: well under 1 ms.
func BenchmarkView(b *testing.B) {
	q := defaultQuestionnaire(b)
	path := newAnswersFile(b, b.TempDir(), q, func(a *assessment.Answers) {
		s := assessment.Stamp{By: "Jan"}
		for i, qu := range q.Questions() {
			if i%2 == 0 {
				if err := a.Choose(qu, assessment.DontKnow, s); err != nil {
					b.Fatal(err)
				}
			}
		}
		a.Current = q.Questions()[len(q.Questions())/2].ID
	})
	m := newModel(b, Options{Questionnaire: q, Path: path}, 120, 40)
	press(m, "i")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkStartup is the time to the first screen once the questionnaire
// is parsed: building the model, loading the answers file, the window size
// and the first View.
func BenchmarkStartup(b *testing.B) {
	q := defaultQuestionnaire(b)
	path := newAnswersFile(b, b.TempDir(), q, nil)
	b.ReportAllocs()
	for b.Loop() {
		m, err := New(Options{Questionnaire: q, Path: path, Now: fixedNow})
		if err != nil {
			b.Fatal(err)
		}
		m.Update(resizeMsg(120, 40))
		_ = m.View()
	}
}

// BenchmarkParseDefault is the other half of startup: parsing and
// validating the embedded questionnaire.
func BenchmarkParseDefault(b *testing.B) {
	for b.Loop() {
		defaultQuestionnaire(b)
	}
}

// BenchmarkViewCarried is BenchmarkView in a new year started from last
// year's answers (--from): every answer still to confirm, so the theme list
// counts them and last year's answer shows beside the question.
func BenchmarkViewCarried(b *testing.B) {
	m := startFromCautious(b, "nl", 120, 40)
	press(m, "i")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.View()
	}
}
