package survey

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"soeverein"
	"soeverein/assessment"
	"soeverein/scoring"
	"soeverein/texts"
)

// Tests of issue 14: the survey as a new respondent meets it.

// TestPositionAndTotalStayPut: a follow-up that appears does not renumber
// the questions, and the footer says how many follow-ups are hidden
// (item 3).
func TestPositionAndTotalStayPut(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	mustContain(t, m, "vraag 1 van 4", "0 van 3 beantwoord · 1 vervolgvraag verborgen")
	press(m, "1") // a US provider: the follow-up appears
	mustContain(t, m, "vraag 2 van 4", "1 van 4 beantwoord")
	mustNotContain(t, m, "verborgen")
	press(m, "left", "2") // a European one: it goes, exit.share keeps its number
	mustContain(t, m, "Voor welk percentage", "vraag 3 van 4", "1 vervolgvraag verborgen")
}

// TestHeadKeepsTheQuestionNumber: in a narrow pane the theme name is cut,
// never the number (item 7).
func TestHeadKeepsTheQuestionNumber(t *testing.T) {
	for _, size := range [][2]int{{60, 15}, {80, 24}, {120, 40}} {
		m := startFromCautious(t, "nl", size[0], size[1])
		press(m, "t")
		for range 7 { // "Samenwerking met VNG en andere gemeenten", the longest name
			press(m, "down")
		}
		press(m, "enter")
		head := strings.Split(screenText(m), "\n")[2] // under the title and its rule
		if _, right, ok := strings.Cut(head, "│ "); ok {
			head = right
		}
		if !strings.Contains(head, "· vraag ") || !strings.Contains(head, " van 66") {
			t.Errorf("%dx%d: head %q lost the question number", size[0], size[1], head)
		}
	}
}

// TestThemePaneShowsTheStandingFromScoring: under the theme list, the theme
// under the cursor and the total as scoring.Evaluate gives them, or "nog
// geen niveau" (item 11).
func TestThemePaneShowsTheStandingFromScoring(t *testing.T) {
	q := testQuestionnaire(t)
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), q, nil)}, 100, 30)
	mustContain(t, m, "Stand nu", "│", "nog geen niveau", "Totaal: nog geen niveau")
	press(m, "2") // a European provider
	res := scoring.Evaluate(q, m.Session().A)
	score, level, ok := levelOf(res.Theme("cloud"))
	if !ok || level == nil {
		t.Fatalf("scoring gives cloud no level after both answers: %+v", res.Theme("cloud"))
	}
	// The cursor is on exit.share now: the pane shows Exit, still without a level.
	mustContain(t, m, "nog geen niveau")
	press(m, "t") // the chooser: the cursor on Exit, up to Clouddiensten
	press(m, "up")
	want := m.standingText("", 100, score, level, ok)
	mustContain(t, m, want)
	if !strings.Contains(want, "niveau "+strconv.Itoa(level.Level)) {
		t.Errorf("standing %q does not name level %d", want, level.Level)
	}
}

// TestThemeNamesFit: the chooser (t) shows whole theme names at 80
// columns, and at 120 the side pane widens to the longest name (item 7).
func TestThemeNamesFit(t *testing.T) {
	longest := "Samenwerking met VNG en andere gemeenten"
	m := startFromCautious(t, "nl", 120, 40)
	mustContain(t, m, "  "+longest+" ")
	m = startFromCautious(t, "nl", 80, 24)
	mustNotContain(t, m, longest)
	press(m, "t")
	mustContain(t, m, "  "+longest+" ")
	checkFits(t, m, 80, 24)
}

// TestFinishFromAnyQuestion: f on a question asks first, on the overview
// of what is open; f again finishes. ? lists f (item 5).
func TestFinishFromAnyQuestion(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	press(m, "?")
	mustContain(t, m, "f afronden")
	press(m, "?", "2", "f")
	mustContain(t, m, "Overzicht voor het afronden", "Onbeantwoord (2)", "Afronden? Hierboven staat wat nog open is")
	mustNotContain(t, m, "Zelfevaluatie als CONCEPT opgeslagen")
	press(m, "esc")
	mustContain(t, m, "Voor welk percentage")
	press(m, "f", "f")
	mustContain(t, m, "Zelfevaluatie als CONCEPT opgeslagen")
}

// TestHelpFoldsInASmallWindow: at 60x15 the key line and the full help
// fold instead of being cut, so w, n, o, b, m and q can be seen (item 7).
func TestHelpFoldsInASmallWindow(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 60, 15)
	mustContain(t, m, "? meer")
	press(m, "?")
	mustContain(t, m, "w weet ik niet", "n n.v.t.", "o notitie", "b bewijs", "m markeren", "q stop", "f afronden")
	checkFits(t, m, 60, 15)
}

// TestNamedFileThatDoesNotExist: a typo in the file name says so and
// offers the files that exist; esc goes there, or leaves when there are
// none (item 1).
func TestNamedFileThatDoesNotExist(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	existing := newAnswersFile(t, dir, q, nil)
	typo := filepath.Join(dir, "soeverein-GM0361-2052.yaml")
	m := newModel(t, Options{Questionnaire: q, Path: typo, Dir: dir}, 100, 30)
	flat := strings.Join(strings.Fields(screenText(m)), " ")
	for _, want := range []string{"Nieuwe zelfevaluatie", "soeverein-GM0361-2052.yaml bestaat niet", "Druk esc om er een te kiezen (1 in deze map)"} {
		if !strings.Contains(flat, want) {
			t.Errorf("screen does not say %q:\n%s", want, screenText(m))
		}
	}
	press(m, "esc")
	mustContain(t, m, filepath.Base(existing))
	press(m, "enter")
	mustContain(t, m, "Waar staat de e-mail")
	if got := m.Session().Path; got != existing {
		t.Errorf("opened %s, want %s", got, existing)
	}

	empty := t.TempDir()
	m = newModel(t, Options{Questionnaire: q, Path: filepath.Join(empty, "nieuw.yaml"), Dir: empty}, 100, 30)
	mustContain(t, m, "nieuw.yaml bestaat niet")
	mustNotContain(t, m, "Druk", "esc om")
	if quit := press(m, "esc"); !quit {
		t.Error("esc on the form with no file to go back to did nothing")
	}
}

// TestAccessibleScriptsStayInStep: a script is never asked to pick a file
// or to name one after a failed save; its lines stay answers (item 15).
func TestAccessibleScriptsStayInStep(t *testing.T) {
	q := testQuestionnaire(t)
	t.Run("the README's script in a folder with answers files", func(t *testing.T) {
		dir := t.TempDir()
		t.Chdir(dir)
		newAnswersFile(t, dir, q, nil)
		out := runScript(t, Options{Questionnaire: q, Dir: dir, Echo: true},
			"Gemeente Alkmaar", "GM0361", "2026-11-01", "", "Eva Voorbeeld", "CISO", "", "2", "")
		if strings.Contains(out, "Antwoordenbestanden in deze map:") {
			t.Errorf("a script was shown the file picker:\n%s", out)
		}
		if got := loadAnswers(t, filepath.Join(dir, "soeverein-GM0361-2026.yaml"), q).Get("cloud.mail").Choice; got != "eu" {
			t.Errorf("cloud.mail = %q, want eu from the script", got)
		}
	})
	t.Run("a failed save", func(t *testing.T) {
		path := newAnswersFile(t, t.TempDir(), q, nil)
		fw := &failingWrite{broken: true}
		var out strings.Builder
		in := strings.NewReader("2\n\n50\n\n")
		err := RunAccessible(context.Background(), &out, in, Options{Questionnaire: q, Path: path, Write: fw.write, Echo: true, Now: fixedNow})
		if err == nil {
			t.Errorf("nothing could be saved, but RunAccessible returned nil:\n%s", out.String())
		}
		if strings.Contains(out.String(), "Typ een andere bestandsnaam") {
			t.Errorf("a script was asked for a file name:\n%s", out.String())
		}
		if !strings.Contains(out.String(), "Vraag 4 van 4: Is het exitplan getest?") {
			t.Errorf("the answers after the failed save were not taken as answers:\n%s", out.String())
		}
	})
}

// TestAccessibleLinesBreakAtWords: at the default width of 80 no line is
// longer (but for a single long word, such as a path), words stay whole, and "Bronnen:" comes once per question
// (item 14).
func TestAccessibleLinesBreakAtWords(t *testing.T) {
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	path := newAnswersFile(t, t.TempDir(), q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path, Echo: true}, "?", "q")
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.Join(strings.Fields(q.Questions()[0].Help.In("nl")), " ")) {
		words[w] = true
	}
	for _, line := range strings.Split(out, "\n") {
		if n := ansi.StringWidth(line); n > 80 && len(strings.Fields(line)) > 1 {
			t.Errorf("line of %d columns: %q", n, line)
		}
	}
	help := out[strings.Index(out, "Toelichting: "):strings.Index(out, "Bronnen:")]
	for _, w := range strings.Fields(strings.TrimPrefix(help, "Toelichting: ")) {
		if !words[w] {
			t.Errorf("the explanation has %q, not a word of the text: broken mid-word?", w)
		}
	}
	if n := strings.Count(out, "Bronnen:"); n != 1 {
		t.Errorf(`"Bronnen:" %d times for one question, want once`, n)
	}
}

// TestAccessibleEvidenceMarkAndJump: b takes evidence with its level, m
// marks, and a number in the overview goes to that question (item 13).
func TestAccessibleEvidenceMarkAndJump(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path},
		"b", "Contract 2025.pdf; https://example.org/exitplan", "7", "2", // evidence, a wrong level, documented
		"m",     // mark
		"2", "", // cloud.mail: eu, no note
		"", "", // skip exit.share and exit.tested
		"2",     // the overview: go to the second open question (exit.tested)
		"1", "", // answer it
		"q")
	a := loadAnswers(t, path, q)
	mail := a.Get("cloud.mail")
	if !slices.Equal(mail.Evidence, []string{"Contract 2025.pdf", "https://example.org/exitplan"}) || mail.EvidenceLevel != "documented" || !mail.Review || mail.Choice != "eu" {
		t.Errorf("cloud.mail = %+v, want two items of evidence, documented, marked, eu", mail)
	}
	for _, want := range []string{"Bewijs bewaard: 2 stuks, vastgelegd in documenten.", "gemarkeerd", "Open vragen:", "  2. Exit en continuïteit: Is het exitplan getest?"} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q:\n%s", want, out)
		}
	}
	if got := a.Get("exit.tested"); got == nil || got.Choice == "" {
		t.Errorf("exit.tested = %+v: the jump from the overview did not reach it", got)
	}
	if got := a.Get("exit.share"); got.HasAnswer() {
		t.Errorf("exit.share = %+v, want it still open", got)
	}
}

// TestFinishScreenNamesWhole: at 80 columns the finish screen shows whole
// theme names, with the bars shorter (item 7).
func TestFinishScreenNamesWhole(t *testing.T) {
	m := startFromCautious(t, "nl", 80, 24)
	press(m, "f", "f")
	mustContain(t, m, "Zelfevaluatie", "Samenwerking met VNG en andere gemeenten ", "Europese initiatieven en overheidscloud ")
	checkFits(t, m, 80, 24)
}

// TestFromExplainsTheMarkAndFillsTheBarWithConfirmed: with --from the
// theme list says what "·3" means, and the bar fills only with answers
// given or confirmed this year (item 12).
func TestFromExplainsTheMarkAndFillsTheBarWithConfirmed(t *testing.T) {
	m, _ := startFrom(t)
	mustContain(t, m, "·3 = nog te bevestigen", "4 van 4 beantwoord · 4 nog te bevestigen")
	bar := func() string {
		for _, l := range strings.Split(screenText(m), "\n") {
			if strings.Contains(l, "beantwoord") {
				return l
			}
		}
		return ""
	}
	if b := bar(); strings.Contains(b, "█") {
		t.Errorf("nothing confirmed, but the bar is filled: %q", b)
	}
	press(m, "c", "c")
	if b := bar(); !strings.Contains(b, "█") || !strings.Contains(b, "░") {
		t.Errorf("two of four confirmed, want the bar half filled: %q", b)
	}
	press(m, "C", "j", "t", "down", "enter", "C", "j")
	mustNotContain(t, m, "nog te bevestigen")
}

// TestPickerShowsStateAndStartsNextYear: each file says whether it is
// finished or a draft and when it was edited; v starts next year's
// assessment from it, as --from does (item 10).
func TestPickerShowsStateAndStartsNextYear(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	done := newAnswersFile(t, dir, q, func(a *assessment.Answers) {
		a.Municipality.CBSCode = "GM0361"
		for id, ch := range map[string]string{"cloud.mail": "eu", "exit.tested": "never"} {
			a.Answers[id] = &assessment.Answer{Choice: ch}
		}
		v := 50.0
		a.Answers["exit.share"] = &assessment.Answer{Value: &v}
	})
	done2 := filepath.Join(dir, "soeverein-GM0361-2025.yaml")
	if err := os.Rename(done, done2); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ReportPath(done2), []byte("# rapport\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	newAnswersFile(t, dir, q, nil)
	m := newModel(t, Options{Questionnaire: q, Dir: dir}, 100, 30)
	mustContain(t, m, "soeverein-GM0361-2025.yaml", "afgerond (alles beantwoord, rapport geschreven) · bewerkt ",
		"soeverein-GM9991-2026.yaml", "concept: 0 van 3 beantwoord · bewerkt ")
	press(m, "v") // on the first file, the finished one
	mustContain(t, m, "De antwoorden uit soeverein-GM0361-2025.yaml worden overgenomen", "GM0361")
	press(m, "type:Piet", "tab", "type:CISO", "tab", "enter")
	mustContain(t, m, "Waar staat de e-mail", "nog te bevestigen")
	if got := m.Session().A.Get("cloud.mail"); got == nil || got.Choice != "eu" || !got.CarriedOver {
		t.Errorf("cloud.mail = %+v, want eu carried over from last year", got)
	}
}

// TestChangeDetailsInsideTheSurvey: g opens the details of the running
// assessment; a change is saved to the same file, esc changes nothing
// (item 9).
func TestChangeDetailsInsideTheSurvey(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "2", "g")
	mustContain(t, m, "Gegevens van de zelfevaluatie", "Gemeente Voorbeeldstad", "GM9991")
	press(m, "tab", "ctrl+u", "type:GM036")
	for range 5 {
		press(m, "tab")
	}
	press(m, "enter")
	mustContain(t, m, `"GM036" is geen CBS-gemeentecode`)
	press(m, "shift+tab", "shift+tab", "shift+tab", "shift+tab", "shift+tab", "type:1")
	for range 5 {
		press(m, "tab")
	}
	press(m, "enter")
	mustContain(t, m, "Gegevens bijgewerkt.", "Voorbeeldstad (GM0361)", "Voor welk percentage")
	a := loadAnswers(t, path, q)
	if a.Municipality.CBSCode != "GM0361" || a.Get("cloud.mail").Choice != "eu" {
		t.Errorf("saved %+v, cloud.mail %+v: want the new code and the answer kept", a.Municipality, a.Get("cloud.mail"))
	}
	press(m, "g", "type: en Omstreken", "esc")
	mustContain(t, m, "Voorbeeldstad (GM0361)")
	mustNotContain(t, m, "Omstreken")
}

// TestEverythingToAnswerFitsAt80x24: on every question of the built-in
// questionnaire, resuming a year's answers with notes (the cautious
// fixture), the options down to "Weet ik niet" (and n.v.t.) and the note
// are on screen at 80x24 without scrolling; the explanation and sources may
// fold (item 6). The same with --from, where every answer is last year's,
// still to confirm: last year's answer is a mark on its option, and its
// line under the question is one short line.
func TestEverythingToAnswerFitsAt80x24(t *testing.T) {
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(packageDir, "..", "testdata", "answers", "cautious.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"nl", "en"} {
		path := filepath.Join(t.TempDir(), "soeverein-GM9991-2026.yaml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if cut := needScrolling(t, newModel(t, Options{Questionnaire: q, Path: path, Lang: lang}, 80, 24), lang); len(cut) > 0 {
			t.Errorf("%s: %d questions need scrolling to answer at 80x24: %v", lang, len(cut), cut)
		}
		m := startFromCautious(t, lang, 80, 24)
		press(m, "left", "right")
		if cut := needScrolling(t, m, lang); len(cut) > 0 {
			t.Errorf("%s, with --from: %d questions need scrolling to answer at 80x24: %v", lang, len(cut), cut)
		}
	}
}

// needScrolling lists the questions whose last option or note is off the
// screen.
func needScrolling(t *testing.T, m *Model, lang string) []string {
	c := texts.Lang(lang)
	var cut []string
	for _, qu := range m.q.Questions() {
		if !m.Session().Goto(qu.ID) {
			continue
		}
		m.syncCursor()
		screen := screenText(m)
		last := "w ( ) " + c.T(texts.SurveyDontKnow)
		if qu.NotApplicable {
			last = "n ( ) " + c.T(texts.SurveyNotApplicable)
		}
		missing := !strings.Contains(screen, last) && !strings.Contains(screen, strings.Replace(last, "( )", "(•)", 1))
		if ans := m.Session().A.Get(qu.ID); ans != nil && ans.Note != "" && !strings.Contains(screen, c.T(texts.SurveyNote)+": ") {
			missing = true
		}
		if missing {
			cut = append(cut, qu.ID)
		}
	}
	return cut
}

// TestThemePaneCountsMarksAndNotes: the theme pane says how many questions
// of the theme are marked or have a note (item 6).
func TestThemePaneCountsMarksAndNotes(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	mustNotContain(t, m, "gemarkeerd:", "met notitie:")
	press(m, "m")
	mustContain(t, m, "! gemarkeerd: 1 ")
	mustNotContain(t, m, "met notitie:")
	press(m, "o", "type:navragen bij inkoop", "esc")
	mustContain(t, m, "! gemarkeerd: 1 ", "met notitie: 1 ")
}
