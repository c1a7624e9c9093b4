package survey

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein/assessment"
)

// hostileQuestionnaire is the test questionnaire with escape sequences and
// a direction override in a theme title, a question, its help, an option
// label and a reference: a questionnaire from elsewhere may hold them.
func hostileQuestionnaire(t *testing.T) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "questions.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for old, bad := range map[string]string{
		`"Waar staat de e-mail van de gemeente?"`: `"Waar staat\e[2J de \e]0;pwned\a e-mail?"`,
		`{nl: Bij een Europese aanbieder,`:        `{nl: "Europees\e[31m \u202Ereivom",`,
		`title: {nl: Clouddiensten,`:              `title: {nl: "Cloud\e[H",`,
		`title: CLOUD Act,`:                       `title: "CLOUD\e[5m Act",`,
		`nl: "Een Amerikaanse aanbieder`:          `nl: "Een\e[8m Amerikaanse aanbieder`,
	} {
		if !strings.Contains(s, old) {
			t.Fatalf("testdata/questions.yaml no longer holds %s", old)
		}
		s = strings.Replace(s, old, bad, 1)
	}
	q, err := assessment.Parse([]byte(s), "hostile.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestHostileQuestionnaireTexts: no control character of a questionnaire's
// texts reaches the screen; they are shown as visible symbols.
func TestHostileQuestionnaireTexts(t *testing.T) {
	q := hostileQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "eu"}
	})
	m := newModel(t, Options{Questionnaire: q, Path: path, Lang: "nl"}, 80, 24)
	raw := func(where string) {
		t.Helper()
		v := m.View()
		for _, bad := range []string{"\x1b[2J", "\x1b]0;", "\a", "\x1b[31m", "\u202e", "\x1b[H", "\x1b[5m", "\x1b[8m"} {
			if strings.Contains(v, bad) {
				t.Errorf("%s: the screen holds %q from the questionnaire", where, bad)
			}
		}
	}
	raw("question")
	mustContain(t, m, "␛[2J", "[U+202E]", "CLOUD␛[5m Act")
	press(m, "i") // the help text
	raw("help")
	mustContain(t, m, "Een␛[8m")
	press(m, "i", "r") // the review list
	raw("review")
	if got := describeAnswer(m.c, "nl", q.Question("cloud.mail"), &assessment.Answer{Choice: "eu"}); strings.ContainsAny(got, "\x1b\u202e") {
		t.Errorf("describeAnswer = %q, holds control characters", got)
	}
}
