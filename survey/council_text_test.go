package survey

import (
	"strings"
	"testing"
)

// p opens an editor like the note editor for the public council text; the
// note stays apart, and the file keeps both.
func TestCouncilTextEditor(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "o", "type:intern: navragen bij inkoop", "esc")
	press(m, "p", "type:Wij bewaren onze e-mail bij een Europese aanbieder.")
	mustContain(t, m, "Tekst voor de raad bij: Waar staat de e-mail", "stem van het college")
	press(m, "esc")
	mustContain(t, m, "Tekst voor de raad: Wij bewaren onze e-mail", "Notitie: intern: navragen bij inkoop")
	press(m, "p")
	mustContain(t, m, "Wij bewaren onze e-mail bij een Europese aanbieder.")
	press(m, "ctrl+s")

	a := loadAnswers(t, path, q).Get("cloud.mail")
	if a.CouncilText != "Wij bewaren onze e-mail bij een Europese aanbieder." || a.Note != "intern: navragen bij inkoop" {
		t.Errorf("saved council text %q, note %q", a.CouncilText, a.Note)
	}
	if a.HasAnswer() {
		t.Errorf("a council text made an answer: %+v", a)
	}
}

// In the accessible mode, p at a question asks for the council text and
// then asks the question again; - removes it.
func TestAccessibleCouncilText(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path}, "p", "Wij kiezen bewust voor Europa.", "2", "", "q")
	if !strings.Contains(out, "Tekst voor de raad, openbaar, in de stem van het college") {
		t.Errorf("no council text prompt; output:\n%s", out)
	}
	a := loadAnswers(t, path, q).Get("cloud.mail")
	if a.CouncilText != "Wij kiezen bewust voor Europa." || a.Choice != "eu" || a.Note != "" {
		t.Errorf("cloud.mail = %+v, want choice eu with the council text and no note", a)
	}

	out = runScript(t, Options{Questionnaire: q, Path: path}, "-", "p", "-", "q") // back to the first question
	if !strings.Contains(out, "Tekst voor de raad (Enter = houden: \"Wij kiezen bewust voor Europa.\"") {
		t.Errorf("the prompt does not show the current council text; output:\n%s", out)
	}
	if got := loadAnswers(t, path, q).Get("cloud.mail").CouncilText; got != "" {
		t.Errorf("council text after - = %q, want it removed", got)
	}
}
