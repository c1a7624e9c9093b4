package soeverein

import (
	"slices"
	"testing"

	"soeverein/assessment"
)

// TestDefaultQuestionnaire checks that the embedded questionnaire is valid
// and has the shape the product asks for.
func TestDefaultQuestionnaire(t *testing.T) {
	q, err := assessment.Parse(DefaultQuestionnaire, DefaultQuestionnaireName)
	if err != nil {
		t.Fatalf("default questionnaire is not valid:\n%v", err)
	}
	if n := len(q.Questions()); n < 45 {
		t.Errorf("questions = %d, want at least 45", n)
	}
	if n := len(q.Rules); n < 15 {
		t.Errorf("rules = %d, want at least 15", n)
	}
	var themeIDs []string
	for _, th := range q.Themes {
		themeIDs = append(themeIDs, th.ID)
		if n := len(th.Questions); n < 4 || n > 8 {
			t.Errorf("theme %s has %d questions, want 4 to 8", th.ID, n)
		}
	}
	for _, want := range []string{"cloud", "exit", "ai", "messaging", "open", "europe", "cooperation", "sustainability"} {
		if !slices.Contains(themeIDs, want) {
			t.Errorf("theme %q missing (themes: %v)", want, themeIDs)
		}
	}
	if n := len(q.CouncilQuestions); n != 10 {
		t.Errorf("council questions = %d, want the 8 recurring ones, social media, and open standards and archiving", n)
	}
	if n := len(q.SOVObjectives); n != 8 {
		t.Errorf("SOV objectives = %d, want 8", n)
	}
	types := map[string]int{}
	conditional := 0
	for _, qu := range q.Questions() {
		types[qu.Type]++
		if qu.ShowIf != nil {
			conditional++
		}
		if len(qu.Refs) == 0 {
			t.Errorf("question %s has no reference", qu.ID)
		}
		for i := 1; i < len(qu.Options); i++ {
			if qu.Options[i].Score < qu.Options[i-1].Score {
				t.Errorf("question %s: option %s (score %g) comes after %s (score %g); list options from least to most sovereign",
					qu.ID, qu.Options[i].ID, qu.Options[i].Score, qu.Options[i-1].ID, qu.Options[i-1].Score)
			}
		}
		if lo, hi := qu.ScoreRange(); lo != 0 || hi != 100 {
			t.Errorf("question %s: scores range %g..%g, want 0..100 so that the weakest and the best answer are clear", qu.ID, lo, hi)
		}
	}
	for _, typ := range []string{assessment.Single, assessment.Multi, assessment.Number} {
		if types[typ] == 0 {
			t.Errorf("no question of type %s", typ)
		}
	}
	if conditional == 0 {
		t.Error("no conditional (show_if) question")
	}
}
