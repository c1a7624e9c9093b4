package survey

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"soeverein"
	"soeverein/assessment"
	"soeverein/scoring"
	"soeverein/survey/engine"
)

// writeLastYear writes the 2025 answers of the test municipality, with an
// answer to a question the questionnaire no longer has, and returns the
// file's path.
func writeLastYear(t *testing.T, dir string, q *assessment.Questionnaire) string {
	t.Helper()
	a := engine.NewAssessment{Municipality: "Gemeente Voorbeeldstad", CBSCode: "GM9991", ReferenceDate: "2025-11-01",
		Year: "2025", Name: "Eva Voorbeeld", Role: "CISO"}.Answers(q)
	forty := 40.0
	a.Answers = map[string]*assessment.Answer{
		"cloud.mail": {Choice: "us", Note: "Mail bij een VS-partij", Evidence: []string{"Contract 2024-17"},
			AnsweredAt: "2025-11-10T10:00:00+01:00", AnsweredBy: "Eva Voorbeeld"},
		"cloud.tools":  {Choices: []string{"keys", "exit"}, AnsweredBy: "Eva Voorbeeld"},
		"exit.share":   {Value: &forty, AnsweredBy: "Eva Voorbeeld"},
		"exit.tested":  {Choice: "never", AnsweredBy: "Eva Voorbeeld"},
		"old.question": {Choice: "yes", Note: "vraag van vorig jaar"},
	}
	path := filepath.Join(dir, "soeverein-GM9991-2025.yaml")
	if err := assessment.SaveAnswers(path, a); err != nil {
		t.Fatal(err)
	}
	return path
}

// startFrom starts a new assessment from last year's file in a fresh
// folder, filled in by Piet, and returns the model on the first question
// and last year's path.
func startFrom(t *testing.T) (*Model, string) {
	t.Helper()
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	last := writeLastYear(t, dir, q)
	m := newModel(t, Options{Questionnaire: q, From: last, Dir: dir}, 120, 30)
	mustContain(t, m, "Nieuwe zelfevaluatie",
		"De antwoorden uit soeverein-GM9991-2025.yaml worden overgenomen",
		"Gemeente       Gemeente Voorbeeldstad", "CBS-code       GM9991",
		"Peildatum      2026-11-20", "Jaar           2026", "soeverein-GM9991-2026.yaml")
	// The cursor waits on the first empty field: who fills it in.
	press(m, "type:Piet", "enter", "type:CISO", "enter", "enter")
	mustContain(t, m, "Waar staat de e-mail van de gemeente?")
	return m, last
}

func TestFromShowsLastYearsAnswerToConfirm(t *testing.T) {
	m, _ := startFrom(t)
	mustContain(t, m,
		"◂ = het antwoord van vorig jaar (overgenomen, nog bevestigen)", "Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar",
		"c bevestigen", // the key line says what c does; the pane keeps its room for the options
		"(•) Bij een Amerikaanse aanbieder",
		"4 van 4 beantwoord · 4 nog te bevestigen",
		"4 antwoorden overgenomen uit soeverein-GM9991-2025.yaml",
		"Notitie: Mail bij een VS-partij",
		"c bevestigen")

	a := loadAnswers(t, "soeverein-GM9991-2026.yaml", m.q)
	if a.CarriedFrom != "soeverein-GM9991-2025.yaml" || a.Period.Year != 2026 || a.Respondent.Name != "Piet" {
		t.Errorf("new file: carried_from %q, year %d, respondent %q", a.CarriedFrom, a.Period.Year, a.Respondent.Name)
	}
	for _, id := range []string{"cloud.mail", "cloud.tools", "exit.share", "exit.tested"} {
		if ans := a.Get(id); ans == nil || !ans.CarriedOver || ans.AnsweredBy != "Eva Voorbeeld" {
			t.Errorf("saved %s = %+v, want last year's answer, carried over", id, ans)
		}
	}
	if a.Get("old.question") != nil {
		t.Error("the answer to a question that no longer exists was copied into the new year")
	}
}

func TestConfirmClearsTheMarker(t *testing.T) {
	m, _ := startFrom(t)
	press(m, "c")
	mustContain(t, m, "Welke maatregelen", "Antwoord bevestigd.", "3 nog te bevestigen",
		"◂ = het antwoord van vorig jaar (overgenomen, nog bevestigen)", "Eigen sleutels\u00a0◂\u00a0vorig\u00a0jaar", "Exitplan\u00a0◂\u00a0vorig\u00a0jaar")
	ans := m.Session().A.Get("cloud.mail")
	if ans.CarriedOver || ans.AnsweredBy != "Piet" || ans.AnsweredAt != "2026-11-20T14:05:00Z" || ans.Choice != "us" {
		t.Errorf("confirmed cloud.mail = %+v, want us stamped by Piet now", ans)
	}
	press(m, "left")
	mustContain(t, m, "◂ = het antwoord van vorig jaar (ongewijzigd)", "Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar")
	mustNotContain(t, m, "nog bevestigen)", "c bevestigen")
	press(m, "c")
	mustContain(t, m, "Hier is geen overgenomen antwoord te bevestigen.", "Waar staat de e-mail")

	// enter on the chosen answer confirms too, and so does choosing it again.
	press(m, "right", "enter")
	press(m, "left", "left", "right", "space")
	if got := m.Session().Unconfirmed(); len(got) != 2 {
		t.Errorf("after enter: %d unconfirmed, want 2", len(got))
	}
	press(m, "right", "right")
	mustContain(t, m, "Is het exitplan getest?")
	press(m, "1", "esc") // 1 answers the last question and opens the review; esc comes back
	mustContain(t, m, "◂ = het antwoord van vorig jaar (ongewijzigd)", "Nooit\u00a0◂\u00a0vorig\u00a0jaar")
	if got := loadAnswers(t, m.Session().Path, m.q).Get("exit.tested"); got.CarriedOver {
		t.Errorf("saved exit.tested = %+v after choosing the same option, want it confirmed", got)
	}
}

func TestChangingAnAnswerConfirmsItAndKeepsLastYear(t *testing.T) {
	m, _ := startFrom(t)
	press(m, "2", "left") // a European provider now: the follow-up disappears
	mustContain(t, m, "(•) Bij een Europese aanbieder\n", "( ) Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar", "◂ = het antwoord van vorig jaar (gewijzigd)", "Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar",
		"3 van 3 beantwoord · 2 nog te bevestigen")
	if ans := m.Session().A.Get("cloud.mail"); ans.CarriedOver || ans.Choice != "eu" || ans.Note != "Mail bij een VS-partij" {
		t.Errorf("changed cloud.mail = %+v, want eu, confirmed, the note kept", ans)
	}
	press(m, "enter", "backspace", "backspace", "type:75", "c") // c stores what was typed, not last year's value
	press(m, "left")
	mustContain(t, m, "Waarde (0 tot 100 procent): 75", "Vorig jaar: 40% (gewijzigd)")
	if v := m.Session().A.Get("exit.share"); v.CarriedOver || *v.Value != 75 {
		t.Errorf("exit.share = %+v after typing 75 and c, want 75, confirmed", v)
	}

	// Back to last year's answer: unchanged after all.
	press(m, "left", "1", "left")
	mustContain(t, m, "◂ = het antwoord van vorig jaar (ongewijzigd)", "Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar")
	press(m, "right")
	mustContain(t, m, "◂ = het antwoord van vorig jaar (overgenomen, nog bevestigen)", "Eigen sleutels\u00a0◂\u00a0vorig\u00a0jaar", "Exitplan\u00a0◂\u00a0vorig\u00a0jaar")
	press(m, "3")
	mustContain(t, m, "[x] Geen", "◂ = het antwoord van vorig jaar (gewijzigd)", "Eigen sleutels\u00a0◂\u00a0vorig\u00a0jaar", "Exitplan\u00a0◂\u00a0vorig\u00a0jaar")
}

func TestReviewListsUnconfirmedAndQuestionsThatNoLongerExist(t *testing.T) {
	m, _ := startFrom(t)
	press(m, "c", "r")
	mustContain(t, m, "Overzicht voor het afronden",
		"Overgenomen, nog bevestigen (3)",
		"Clouddiensten · Welke maatregelen",
		"Exit en continuïteit · Voor welk percentage",
		"Exit en continuïteit · Is het exitplan getest?",
		"Vraag bestaat niet meer (1); de antwoorden blijven bewaard",
		"old.question (vorig jaar): yes · vraag van vorig jaar")
	mustNotContain(t, m, "Alle vragen zijn beantwoord")
	press(m, "down", "down", "enter")
	mustContain(t, m, "Is het exitplan getest?", "◂ = het antwoord van vorig jaar (overgenomen, nog bevestigen)", "Nooit\u00a0◂\u00a0vorig\u00a0jaar")
	press(m, "u") // the next open question: one still to confirm
	mustContain(t, m, "Welke maatregelen")

	// Finishing with answers still to confirm says so.
	press(m, "r", "f")
	mustContain(t, m, "Zelfevaluatie afgerond", "3 antwoorden overgenomen en nog niet bevestigd; het rapport noemt ze niet bevestigd.")
}

func TestConfirmAllOfAThemeAsksFirst(t *testing.T) {
	m, _ := startFrom(t)
	press(m, "C")
	mustContain(t, m, "Alle 2 nog te bevestigen antwoorden in Clouddiensten bevestigen")
	press(m, "x") // any other key: no, and the key does nothing else
	mustContain(t, m, "Niets bevestigd.", "4 nog te bevestigen")
	if !m.Session().A.Get("cloud.mail").HasAnswer() {
		t.Fatal("the key that answered the question cleared the answer")
	}
	press(m, "C", "j")
	mustContain(t, m, "2 antwoorden in Clouddiensten bevestigd.", "2 nog te bevestigen", "◂ = het antwoord van vorig jaar (ongewijzigd)", "Bij een Amerikaanse aanbieder\u00a0◂\u00a0vorig\u00a0jaar")
	press(m, "C")
	mustContain(t, m, "In Clouddiensten zijn geen overgenomen antwoorden meer te bevestigen.")
	if got := len(m.Session().UnconfirmedIn("exit")); got != 2 {
		t.Errorf("confirming Clouddiensten touched Exit: %d left there, want 2", got)
	}

	// Both keys are in the full help, also in the smallest window.
	m.Update(resizeMsg(80, 24))
	press(m, "?")
	mustContain(t, m, "c bevestigen", "C thema bevestigen")
}

func TestResumeKeepsCarriedAnswersUnconfirmed(t *testing.T) {
	m, last := startFrom(t)
	press(m, "c", "3", "q") // confirm cloud.mail, change cloud.tools, stop
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	path := m.Session().Path

	again := newModel(t, Options{Questionnaire: m.q, Path: path}, 120, 30)
	mustContain(t, again, "Welke maatregelen", "◂ = het antwoord van vorig jaar (gewijzigd)", "Eigen sleutels\u00a0◂\u00a0vorig\u00a0jaar", "Exitplan\u00a0◂\u00a0vorig\u00a0jaar", "2 nog te bevestigen")
	press(again, "right")
	mustContain(t, again, "Vorig jaar: 40% (overgenomen, nog bevestigen)")

	// Without last year's file, a carried answer still shows what it is.
	if err := os.Remove(last); err != nil {
		t.Fatal(err)
	}
	third := newModel(t, Options{Questionnaire: m.q, Path: path}, 120, 30)
	mustContain(t, third, "Het bestand van vorig jaar (soeverein-GM9991-2025.yaml) is niet te openen",
		"Overgenomen antwoord: 40% (nog bevestigen)", "2 nog te bevestigen")
}

func TestFromRefusesAnExistingFile(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	last := writeLastYear(t, dir, q)
	existing := newAnswersFile(t, dir, q, nil)
	before, _ := os.ReadFile(existing)
	if _, err := New(Options{Questionnaire: q, From: last, Path: existing}); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("New with --from into an existing file: %v, want a refusal", err)
	}
	if _, err := New(Options{Questionnaire: q, From: filepath.Join(dir, "missing.yaml")}); err == nil {
		t.Error("New with a missing --from file: no error")
	}
	if after, _ := os.ReadFile(existing); string(after) != string(before) {
		t.Error("the existing file was changed")
	}
}

// TestResumeUnderANewerQuestionnaire resumes a file answered against the
// test questionnaire with its next version, in which cloud.mail became
// cloud.email and exit.tested is gone.
func TestResumeUnderANewerQuestionnaire(t *testing.T) {
	q26, q27 := testQuestionnaire(t), loadQuestionnaire(t, filepath.Join("testdata", "questions-2027.yaml"))
	path := newAnswersFile(t, t.TempDir(), q26, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "us", Note: "VS"}
		a.Answers["exit.tested"] = &assessment.Answer{Choice: "never"}
	})
	m := newModel(t, Options{Questionnaire: q27, Path: path}, 200, 30)
	mustContain(t, m, "Overgenomen antwoord: Bij een Amerikaanse aanbieder (nog bevestigen)", "Notitie: VS", "1 nog te bevestigen",
		"Let op: 1 antwoord past niet bij deze vragenlijst; het blijft bewaard in het bestand. "+
			"1 antwoord uit een eerdere versie van de vragenlijst overgenomen")
	press(m, "r")
	mustContain(t, m, "Overgenomen, nog bevestigen (1)", "Vraag bestaat niet meer (1)", "exit.tested: never")
	mustNotContain(t, m, "cloud.mail")
	press(m, "esc", "c", "q")
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	a := loadAnswers(t, path, q27)
	if old := a.Get("cloud.mail"); old == nil || old.Choice != "us" {
		t.Errorf("old cloud.mail = %+v, want it kept in the file", old)
	}
	if got := a.Get("cloud.email"); got == nil || got.Choice != "us_provider" || got.CarriedOver {
		t.Errorf("cloud.email = %+v, want us_provider, confirmed", got)
	}
	if a.Get("exit.tested") == nil {
		t.Error("the answer to a question that no longer exists was dropped")
	}
}

func TestSaveAsKeepsCarriedFromPointingAtLastYear(t *testing.T) {
	m, last := startFrom(t)
	other := filepath.Join(t.TempDir(), "elders", "nieuw.yaml")
	if err := os.MkdirAll(filepath.Dir(other), 0o700); err != nil {
		t.Fatal(err)
	}
	m.Session().SetPath(other)
	if got := engine.LastPathOf(other, m.Session().A.CarriedFrom); got != last {
		t.Errorf("after save as, carried_from %q leads to %s, want %s", m.Session().A.CarriedFrom, got, last)
	}
}

func TestSameAnswer(t *testing.T) {
	one, two := 1.0, 2.0
	tests := []struct {
		a, b *assessment.Answer
		want bool
	}{
		{&assessment.Answer{Choice: "us"}, &assessment.Answer{Choice: "us", Note: "x"}, true},
		{&assessment.Answer{Choice: "us"}, &assessment.Answer{Choice: "eu"}, false},
		{&assessment.Answer{Choices: []string{"a", "b"}}, &assessment.Answer{Choices: []string{"a", "b"}}, true},
		{&assessment.Answer{Choices: []string{"a"}}, &assessment.Answer{Choices: []string{"a", "b"}}, false},
		{&assessment.Answer{Value: &one}, &assessment.Answer{Value: &one}, true},
		{&assessment.Answer{Value: &one}, &assessment.Answer{Value: &two}, false},
		{&assessment.Answer{Value: &one}, &assessment.Answer{}, false},
		{&assessment.Answer{Choice: "us"}, nil, false},
	}
	for _, tt := range tests {
		if got := engine.SameAnswer(tt.a, tt.b); got != tt.want {
			t.Errorf("engine.SameAnswer(%+v, %+v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFromAndConfirmingEverythingGivesLastYearsScores starts from a shared
// fixture under the built-in questionnaire, confirms every carried answer
// without a change, and scores both years: the scores must be the same.
func TestFromAndConfirmingEverythingGivesLastYearsScores(t *testing.T) {
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	lastPath, err := filepath.Abs(filepath.Join("..", "testdata", "answers", "cautious.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := scoring.Evaluate(q, loadAnswers(t, lastPath, q))
	tests := []struct {
		name    string
		confirm func(m *Model)
	}{
		{"c on every question", func(m *Model) {
			for i := 0; i < 300 && len(m.Session().Unconfirmed()) > 0; i++ {
				if m.Session().IsUnconfirmed(m.Session().Current()) {
					press(m, "c")
				} else {
					press(m, "right")
				}
			}
		}},
		{"C on every theme", func(m *Model) {
			for i := range q.Themes {
				if i > 0 {
					press(m, "t", "down", "enter")
				}
				press(m, "C", "j")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			m := newModel(t, Options{Questionnaire: q, From: lastPath, Dir: dir}, 120, 40)
			press(m, "type:Piet", "enter", "type:CISO", "enter", "enter")
			carried := scoring.Evaluate(q, m.Session().A).Completeness.CarriedOver
			if len(carried) < 40 {
				t.Fatalf("%d answers carried over and not confirmed before confirming, want every answer", len(carried))
			}
			tt.confirm(m)
			if n := len(m.Session().Unconfirmed()); n > 0 {
				t.Fatalf("%d answers still to confirm", n)
			}
			if err := m.FinalSave(); err != nil {
				t.Fatal(err)
			}
			got := scoring.Evaluate(q, loadAnswers(t, m.Session().Path, q))
			if got.Overall.Score != want.Overall.Score || got.Overall.Level.Level != want.Overall.Level.Level {
				t.Errorf("overall = %v (level %d), want last year's %v (level %d)",
					got.Overall.Score, got.Overall.Level.Level, want.Overall.Score, want.Overall.Level.Level)
			}
			for i, th := range got.Themes {
				w := want.Themes[i]
				if th.ID != w.ID || th.Score != w.Score || th.Scored != w.Scored || th.Level.Level != w.Level.Level {
					t.Errorf("theme %s = %v (level %d), want last year's %v (level %d)", th.ID, th.Score, th.Level.Level, w.Score, w.Level.Level)
				}
			}
			if n := len(got.Completeness.CarriedOver); n > 0 {
				t.Errorf("%d answers still counted as carried over after confirming", n)
			}
		})
	}
}

// TestThemeListCountsAnswersToConfirm: after answered/total, a theme with
// carried-over answers not confirmed yet shows how many ("·2"), in
// characters so that it reads without colour; the column goes away when
// everything is confirmed, and the full help explains it.
func TestThemeListCountsAnswersToConfirm(t *testing.T) {
	m, _ := startFrom(t)
	mustContain(t, m, "› Clouddiensten        2/2 ·2 │", "  Exit en continuïteit 2/2 ·2 │")
	press(m, "?")
	mustContain(t, m, "·3      te bevestigen")
	press(m, "?")

	press(m, "c")
	mustContain(t, m, "› Clouddiensten        2/2 ·1 │", "  Exit en continuïteit 2/2 ·2 │")
	press(m, "c")
	mustContain(t, m, "  Clouddiensten        2/2    │", "› Exit en continuïteit 2/2 ·2 │")

	press(m, "C", "j")
	mustContain(t, m, "  Clouddiensten        2/2 │", "› Exit en continuïteit 2/2 │")
	press(m, "?")
	mustNotContain(t, m, "·1", "·2", "·3", "te bevestigen")
}

// TestThemeListMarksKeepNamesReadable: at 80 columns the theme names are
// cut as far with the marks as without them; the list grows instead.
func TestThemeListMarksKeepNamesReadable(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			// 40 rows: the first question fits beside the list (at 24 it
			// takes the whole width, see fitsBeside).
			carried := startFromCautious(t, lang, 80, 40)
			q := carried.q
			plain := newModel(t, Options{Questionnaire: q, Lang: lang, Path: newAnswersFile(t, t.TempDir(), q, nil)}, 80, 40)
			for i, theme := range q.Themes {
				title := theme.Title.In(lang)
				withMarks, without := sidebarName(carried, title), sidebarName(plain, title)
				if withMarks != without || len([]rune(withMarks)) < 12 {
					t.Errorf("theme %d: %q with marks, %q without; want the same, readable", i, withMarks, without)
				}
			}
			checkFits(t, carried, 80, 40)
		})
	}
}

// sidebarName finds how the theme list shows a theme title: the text from
// its start up to the count.
func sidebarName(m *Model, title string) string {
	first := strings.Fields(title)[0]
	for _, l := range strings.Split(screenText(m), "\n") {
		left, _, ok := strings.Cut(l, "│")
		if !ok {
			continue
		}
		left = strings.TrimLeft(left, "› ")
		if strings.HasPrefix(left, first) {
			if i := strings.IndexAny(left, "0123456789"); i > 0 {
				return strings.TrimSpace(left[:i])
			}
		}
	}
	return ""
}
