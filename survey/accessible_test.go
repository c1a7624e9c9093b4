package survey

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein"
	"soeverein/assessment"
	"soeverein/survey/engine"
)

// runScript runs the accessible survey on a script of input lines and
// returns what it printed.
func runScript(t *testing.T, opts Options, lines ...string) string {
	t.Helper()
	if opts.Questionnaire == nil {
		opts.Questionnaire = testQuestionnaire(t)
	}
	opts.Now = fixedNow
	var out strings.Builder
	in := strings.NewReader(strings.Join(lines, "\n") + "\n")
	if err := RunAccessible(context.Background(), &out, in, opts); err != nil {
		t.Fatalf("RunAccessible: %v\noutput:\n%s", err, out.String())
	}
	return out.String()
}

func TestAccessibleNewAssessmentWithMistakes(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	out := runScript(t, Options{Questionnaire: q, Dir: "."},
		"",                 // municipality: required
		"Gemeente Alkmaar", //
		"GM36",             // not a CBS code
		"GM0361",           //
		"",                 // reference date: today (the clock)
		"",                 // year: from the date
		"Eva Voorbeeld",    //
		"",                 // role: optional
		"",                 // file: the proposed name
		"?",                // cloud.mail: explanation
		"3",                // don't know is number 3
		"Nog navragen bij de leverancier",
		"1,x",  // cloud.tools: not a number
		"1,4",  // don't know does not go with an option
		"1, 2", //
		"",     // no note
		"120",  // exit.share: out of range
		"62,5", // decimal comma
		"",     //
		"-",    // back to exit.share
		"",     // keep it
		"n",    // exit.tested: not applicable
		"",     //
		"j",    // finish
	)
	for _, want := range []string{
		"Gemeente: ",
		"Dat begrijp ik niet: vul dit in",
		`Dat begrijp ik niet: "GM36" is geen CBS-gemeentecode`,
		"Peildatum (JJJJ-MM-DD: de dag waarop de antwoorden slaan) [2026-11-20]: ",
		"Jaar [2026]: ",
		"Bestand [soeverein-GM0361-2026.yaml]: ",
		"Thema: Clouddiensten (0 van 1 beantwoord)",
		"Vraag 1 van 4: Waar staat de e-mail van de gemeente?\n  1. Bij een Amerikaanse aanbieder\n  2. Bij een Europese aanbieder\n  3. Weet ik niet (w)\n",
		"Toelichting: Een Amerikaanse aanbieder kan onder de CLOUD Act",
		"Bronnen:\n  - CLOUD Act (US Congress)",
		"Vraag 2 van 4: Welke maatregelen beperken de afhankelijkheid?",
		"  5. N.v.t. (niet van toepassing) (n)",
		`Dat begrijp ik niet: "x" is geen nummer van 1 tot 5`,
		"Dat begrijp ik niet: weet ik niet en n.v.t. gaan niet samen met andere antwoorden",
		"Dat begrijp ik niet: geef een getal van 0 tot 100",
		"Huidig antwoord: 62,5", // the Dutch decimal comma, as typed
		"Overzicht: 0 onbeantwoord, 1 weet ik niet, 0 gemarkeerd.",
		"Zelfevaluatie afgerond",
		"Totaal: ",
		"Antwoorden: soeverein-GM0361-2026.yaml",
		"Rapport:    soeverein-GM0361-2026.docx, soeverein-GM0361-2026.md",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q; output:\n%s", want, out)
		}
	}

	a := loadAnswers(t, "soeverein-GM0361-2026.yaml", q)
	got := map[string]string{}
	for id, ans := range a.Answers {
		got[id] = fmt.Sprintf("%s%v%v %s", ans.Choice, ans.Choices, deref(ans.Value), ans.Note)
	}
	want := map[string]string{
		"cloud.mail":  "dont_know[]<nil> Nog navragen bij de leverancier",
		"cloud.tools": "[keys exit]<nil> ",
		"exit.share":  "[]62.5 ",
		"exit.tested": "not_applicable[]<nil> ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("saved answers (-want +got):\n%s", diff)
	}
	if a.Municipality.Name != "Gemeente Alkmaar" || a.Period.ReferenceDate != "2026-11-20" || a.Respondent.Name != "Eva Voorbeeld" {
		t.Errorf("saved header: %+v %+v %+v", a.Municipality, a.Period, a.Respondent)
	}
	if _, err := os.Stat("soeverein-GM0361-2026.md"); err != nil {
		t.Errorf("no report: %v", err)
	}
}

func deref(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}

func TestAccessibleEndOfInputSavesAndResumes(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path}, "2", "met sleutels")
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "Einde van de invoer. Antwoorden opgeslagen in "+path) {
		t.Errorf("no end-of-input message; output:\n%s", out)
	}
	a := loadAnswers(t, path, q)
	if a.Get("cloud.mail").Choice != "eu" || a.Get("cloud.mail").Note != "met sleutels" || a.Current != "exit.share" {
		t.Errorf("after end of input: cloud.mail %+v, current %q", a.Get("cloud.mail"), a.Current)
	}

	out = runScript(t, Options{Questionnaire: q, Path: path}, "q")
	if !strings.Contains(out, "Vraag 3 van 4: Voor welk percentage") || !strings.Contains(out, "Gestopt. Antwoorden opgeslagen in") {
		t.Errorf("resume did not start at the saved question; output:\n%s", out)
	}
}

func TestAccessibleEchoMakesATranscript(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	out := runScript(t, Options{Questionnaire: q, Path: path, Echo: true}, "2", "zie register", "q")
	for _, want := range []string{"q = stoppen): 2\n", "Notitie (optioneel; Enter = geen): zie register\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q; output:\n%s", want, out)
		}
	}
}

func TestAccessibleEnglishAndPickingAFile(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	newAnswersFile(t, dir, q, func(a *assessment.Answers) { a.Current = "exit.tested" })
	out := runScript(t, Options{Questionnaire: q, Dir: dir, Lang: "en"}, "7", "1", "q")
	for _, want := range []string{
		"Answers files in this folder:\n  1. " + filepath.Join(dir, "soeverein-GM9991-2026.yaml") + ": Gemeente Voorbeeldstad (GM9991) 2026, 0 of 3 answered\n  2. Start a new self-assessment\n",
		`I do not understand that: "7" is not a number from 1 to 2`,
		"Question 4 of 4: Has the exit plan been tested?",
		"Stopped. Answers saved in",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q; output:\n%s", want, out)
		}
	}
}

func TestAccessibleFailingSaveOffersAnotherName(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	fw := &failingWrite{broken: true}
	other := filepath.Join(dir, "elders.yaml")
	// The first save fails: the survey offers another name; then it works.
	write := func(p string, data []byte) error {
		if p == other {
			fw.mu.Lock()
			fw.broken = false
			fw.mu.Unlock()
		}
		return fw.write(p, data)
	}
	out := runScript(t, Options{Questionnaire: q, Path: path, Write: write}, "2", "", other, "q")
	// Broken at words to the line width, like every message.
	if !strings.Contains(strings.Join(strings.Fields(out), " "), "Opslaan mislukt: save "+path+": permission denied. De antwoorden staan nog in het geheugen.") {
		t.Errorf("no save failure message; output:\n%s", out)
	}
	if got := loadAnswers(t, other, q).Get("cloud.mail").Choice; got != "eu" {
		t.Errorf("saved under the other name: cloud.mail = %q, want eu", got)
	}
}

// TestAccessibleWholeDefaultQuestionnaire answers every question of the
// built-in questionnaire through the accessible mode, and checks the file
// against the same answers given through the assessment methods.
func TestAccessibleWholeDefaultQuestionnaire(t *testing.T) {
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "soeverein-GM0361-2026.yaml")
	lines := []string{"Gemeente Alkmaar", "GM0361", "2026-11-01", "", "Eva Voorbeeld", "CISO"} // the file is named: not asked

	// The same answers, given directly: each visible question in turn gets
	// an answer that depends on its position, so that every kind of input
	// (one number, several, a value, w, n) is used.
	want := engine.NewAssessment{Municipality: "Gemeente Alkmaar", CBSCode: "GM0361", ReferenceDate: "2026-11-01",
		Year: "2026", Name: "Eva Voorbeeld", Role: "CISO"}.Answers(q)
	stamp := assessment.Stamp{By: "Eva Voorbeeld", At: clock}
	asked := 0
	for qu := firstVisible(q, want, -1); qu != nil; qu = firstVisible(q, want, q.Index(qu.ID)) {
		line := scriptAnswer(t, qu, asked, want, stamp)
		lines = append(lines, line, "")
		asked++
	}
	lines = append(lines, "j")
	out := runScript(t, Options{Questionnaire: q, Path: path}, lines...)

	got := loadAnswers(t, path, q)
	for id, w := range want.Answers {
		g := got.Get(id)
		if g == nil || g.Choice != w.Choice || !slices.Equal(g.Choices, w.Choices) || fmt.Sprint(deref(g.Value)) != fmt.Sprint(deref(w.Value)) {
			t.Errorf("answer %s = %+v, want %+v", id, g, w)
		}
	}
	if len(got.Answers) != len(want.Answers) {
		t.Errorf("%d answers saved, want %d", len(got.Answers), len(want.Answers))
	}
	t.Logf("asked %d questions, %d answers", asked, len(got.Answers))
	if asked < 40 {
		t.Errorf("only %d questions asked; the built-in questionnaire has more", asked)
	}
	if !strings.Contains(out, "Overzicht: 0 onbeantwoord") || !strings.Contains(out, "Rapport:") {
		t.Errorf("did not finish with every question answered; output tail:\n%s", out[max(0, len(out)-2000):])
	}
	checkAccessibleScores(t, out, q, got, "nl")
}

// firstVisible returns the first visible question after position at.
func firstVisible(q *assessment.Questionnaire, a *assessment.Answers, at int) *assessment.Question {
	for _, qu := range q.VisibleQuestions(a) {
		if q.Index(qu.ID) > at {
			return qu
		}
	}
	return nil
}

// scriptAnswer picks an answer for the k-th question asked, gives it to a,
// and returns the line that types it.
func scriptAnswer(t *testing.T, qu *assessment.Question, k int, a *assessment.Answers, s assessment.Stamp) string {
	t.Helper()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	switch {
	case k%7 == 3:
		must(a.Choose(qu, assessment.DontKnow, s))
		return "w"
	case k%7 == 5 && qu.NotApplicable:
		must(a.Choose(qu, assessment.NotApplicable, s))
		return "n"
	case qu.Type == assessment.Number:
		v := *qu.Min + float64(k%3)*(*qu.Max-*qu.Min)/2
		must(a.SetValue(qu, v, s))
		return engine.FormatNumber(v)
	case qu.Type == assessment.Multi:
		// the first and the last option that exclude nothing
		var picks []int
		for i, o := range qu.Options {
			if !o.Exclusive {
				picks = append(picks, i)
			}
		}
		first, last := picks[0], picks[len(picks)-1]
		must(a.Choose(qu, qu.Options[first].ID, s))
		must(a.Choose(qu, qu.Options[last].ID, s))
		return fmt.Sprintf("%d,%d", first+1, last+1)
	}
	i := k % len(qu.Options)
	must(a.Choose(qu, qu.Options[i].ID, s))
	return fmt.Sprint(i + 1)
}

func TestAccessibleFromLastYearEnterConfirms(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	last := writeLastYear(t, dir, q)
	path := filepath.Join(dir, "soeverein-GM9991-2026.yaml")
	out := runScript(t, Options{Questionnaire: q, From: last, Path: path},
		"", "", "", "", // municipality and code from last year, today's date and year
		"Piet", "CISO", // who (the file is named on the command line: not asked)
		"",    // cloud.mail: confirm
		"1,3", // cloud.tools: Geen with others is refused
		"3",   // cloud.tools: changed to Geen alone
		"",    // keep the note
		"",    // exit.share: confirm
		"-",   // back to exit.share
		"",    // Enter on a confirmed answer keeps it
		"",    // exit.tested: confirm
		"j",   // finish
	)
	for _, want := range []string{
		"De antwoorden uit soeverein-GM9991-2025.yaml worden overgenomen",
		"Gemeente [Gemeente Voorbeeldstad]: ",
		"CBS-code (GM en vier cijfers, bijvoorbeeld GM0361 voor Alkmaar) [GM9991]: ",
		"Jaar [2026]: ",
		"4 antwoorden overgenomen uit soeverein-GM9991-2025.yaml",
		"Vraag 1 van 4: Waar staat de e-mail van de gemeente?\nVorig jaar: Bij een Amerikaanse aanbieder (overgenomen, nog bevestigen); Enter = bevestigen\n",
		"Vorig jaar: Eigen sleutels, Exitplan (overgenomen, nog bevestigen); Enter = bevestigen",
		"Vorig jaar: 40% (overgenomen, nog bevestigen); Enter = bevestigen",
		"Huidig antwoord: 40%\nVorig jaar: 40% (ongewijzigd)\n",
		"Overzicht: 0 onbeantwoord, 0 weet ik niet, 0 gemarkeerd.\nVraag bestaat niet meer (de antwoorden blijven bewaard):\n  - old.question (vorig jaar): yes · vraag van vorig jaar\n",
		"Zelfevaluatie afgerond",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q; output:\n%s", want, out)
		}
	}
	a := loadAnswers(t, path, q)
	for id, ans := range a.Answers {
		if ans.CarriedOver || ans.AnsweredBy != "Piet" {
			t.Errorf("answer %s = %+v, want it confirmed by Piet", id, ans)
		}
	}
	for _, want := range []string{
		"‘Geen’ sluit de andere keuzes uit: kies het alleen, of laat het weg",
		"‘Geen’ sluit de andere keuzes uit; uitgezet: ‘Eigen sleutels’, ‘Exitplan’.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q", want)
		}
	}
	if got := a.Get("cloud.tools").Choices; !slices.Equal(got, []string{"none"}) {
		t.Errorf("cloud.tools = %v, want the changed answer", got)
	}
	if a.Get("cloud.mail").Note != "Mail bij een VS-partij" || a.CarriedFrom != "soeverein-GM9991-2025.yaml" {
		t.Errorf("cloud.mail note %q, carried_from %q: want last year's note and file", a.Get("cloud.mail").Note, a.CarriedFrom)
	}

	// Stopped at once and resumed at the last question: the answers not
	// confirmed yet are listed before finishing, and Enter goes to them.
	other := filepath.Join(dir, "ander.yaml")
	runScript(t, Options{Questionnaire: q, From: last, Path: other}, "", "", "", "", "Piet", "", "q")
	a = loadAnswers(t, other, q)
	a.Current = "exit.tested"
	if err := assessment.SaveAnswers(other, a); err != nil {
		t.Fatal(err)
	}
	out = runScript(t, Options{Questionnaire: q, Path: other}, "", "", "q")
	want := "Overzicht: 0 onbeantwoord, 0 weet ik niet, 0 gemarkeerd.\n" +
		"Nog te bevestigen: 3 overgenomen antwoorden:\n" +
		"  1. Clouddiensten: Waar staat de e-mail van de gemeente?\n" +
		"  2. Clouddiensten: Welke maatregelen beperken de afhankelijkheid?\n" +
		"  3. Exit en continuïteit: Voor welk percentage van de kritieke diensten is\n     er een exitplan?\n"
	if !strings.Contains(out, want) || !strings.Contains(out, "Vraag 1 van 4: Waar staat de e-mail van de gemeente?\nVorig jaar: Bij een Amerikaanse aanbieder (overgenomen, nog bevestigen)") {
		t.Errorf("output does not list the answers to confirm and go to the first; want %q in:\n%s", want, out)
	}
}

// TestAccessibleDraftHasNoLevel: a draft of one answer gets its score over
// what was answered, with one decimal, and no level.
func TestAccessibleDraftHasNoLevel(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	out := runScript(t, Options{Questionnaire: q, Dir: "."},
		"Gemeente Alkmaar", "GM0361", "", "", "Eva Voorbeeld", "", "",
		"2", // cloud.mail: Europe
		"",  // no note
		"",  // exit.share: skip
		"",  // exit.tested: skip
		"j", // finish as a draft
	)
	for _, want := range []string{
		"Totaal: 100,0 over wat is beantwoord (nog geen niveau: te weinig beantwoord (1 van 3))",
		"Clouddiensten: 100,0 (niveau 3: Geborgd)", // its one visible question is answered
		"Exit en continuïteit: geen score (nog geen niveau: te weinig beantwoord (0 van 2))",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output does not contain %q; output tail:\n%s", want, out[max(0, len(out)-1200):])
		}
	}
}

func TestAccessibleSaveAsNeverOverwrites(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	taken := filepath.Join(dir, "collega.yaml")
	if err := os.WriteFile(taken, []byte("van de collega\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "elders.yaml")
	fw := &failingWrite{broken: true}
	write := func(p string, data []byte) error {
		if p != path {
			fw.mu.Lock()
			fw.broken = false
			fw.mu.Unlock()
		}
		return fw.write(p, data)
	}
	out := runScript(t, Options{Questionnaire: q, Path: path, Write: write}, "2", "", taken, other, "q")
	if !strings.Contains(out, taken+" bestaat al: kies een andere naam") {
		t.Errorf("no refusal of the existing file; output:\n%s", out)
	}
	if got, _ := os.ReadFile(taken); string(got) != "van de collega\n" {
		t.Errorf("the existing file was overwritten:\n%s", got)
	}
	if got := loadAnswers(t, other, q).Get("cloud.mail").Choice; got != "eu" {
		t.Errorf("saved under the other name: cloud.mail = %q, want eu", got)
	}
}
