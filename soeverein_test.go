package soeverein

import (
	"regexp"
	"slices"
	"strings"
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
	types := map[assessment.QuestionType]int{}
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
	for _, typ := range assessment.QuestionTypes() {
		if types[typ] == 0 {
			t.Errorf("no question of type %s", typ)
		}
	}
	if conditional == 0 {
		t.Error("no conditional (show_if) question")
	}
	if n := len(q.Questions()); n > 70 {
		t.Errorf("questions = %d, want at most 70 (45 minutes for the respondent)", n)
	}
	if q.Version != DefaultQuestionnaireVersion {
		t.Errorf("questions.yaml is version %s, DefaultQuestionnaireVersion says %s", q.Version, DefaultQuestionnaireVersion)
	}
}

// No fact is asked twice: a fact named in the options of one question is
// not named in the options of another (GIBIT used to count in the exit
// theme and in cooperation), and no two questions have the same text.
func TestDefaultNoDuplicateFacts(t *testing.T) {
	q, err := assessment.Parse(DefaultQuestionnaire, DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	facts := []string{"GIBIT", "Data Act", "exitplan", "DPIA op het kantoorpakket", "zakelijk WhatsApp-account", "alleen voor praktische berichten", "Common Ground", "GGI-Veilig", "ENSIA"}
	texts := map[string]string{}
	for _, fact := range facts {
		var in []string
		for _, qu := range q.Questions() {
			for _, o := range qu.Options {
				if strings.Contains(o.Label.In("nl"), fact) {
					in = append(in, qu.ID)
					break
				}
			}
		}
		if len(in) > 1 {
			t.Errorf("fact %q is in the options of %d questions: %v; ask it once", fact, len(in), in)
		}
	}
	for _, qu := range q.Questions() {
		if other, ok := texts[qu.Text.In("nl")]; ok {
			t.Errorf("questions %s and %s have the same text", other, qu.ID)
		}
		texts[qu.Text.In("nl")] = qu.ID
	}
}

// Intentions are not facts: an option that only says the municipality
// follows, keeps informed, is open to something, waits, or discussed
// something without recording it scores at most 10. Points come from what
// exists and can be shown.
func TestDefaultIntentionsScoreLittle(t *testing.T) {
	q, err := assessment.Parse(DefaultQuestionnaire, DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	intention := regexp.MustCompile(`(?i)we volgen de|laten ons informeren|staat ervoor open|we wachten op|soms besproken|informeel bekeken|niets vastgelegd|maar nog niet begonnen|nog geen besluit|wordt genoemd in een strategie|informele afspraken|mondelinge afspraak|nog niet vastgesteld`)
	found := 0
	for _, qu := range q.Questions() {
		for _, o := range qu.Options {
			if !intention.MatchString(o.Label.In("nl")) {
				continue
			}
			found++
			if o.Score > 10 {
				t.Errorf("%s option %s scores %g, want at most 10 for an intention: %q", qu.ID, o.ID, o.Score, o.Label.In("nl"))
			}
		}
	}
	if found < 10 {
		t.Errorf("%d intention options found, want at least 10 (has the wording changed?)", found)
	}
}
