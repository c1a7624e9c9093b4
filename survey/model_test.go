package survey

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"soeverein/assessment"
)

func TestAnswerSingleChoiceAndMoveOn(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	mustContain(t, m, "Waar staat de e-mail van de gemeente?", "vraag 1 van 4", "1 ( ) Bij een Amerikaanse aanbieder", "w ( ) Weet ik niet")

	press(m, "down", "enter")
	mustContain(t, m, "Voor welk percentage van de kritieke diensten is er een exitplan?", "vraag 3 van 4", "1 van 3 beantwoord")

	a := loadAnswers(t, path, q)
	if got := a.Get("cloud.mail").Choice; got != "eu" {
		t.Errorf("saved cloud.mail = %q, want eu", got)
	}
	if got := a.Get("cloud.mail").AnsweredAt; got != "2026-11-20T14:05:00Z" {
		t.Errorf("answered_at = %q, want the clock's time", got)
	}
	if a.Current != "exit.share" {
		t.Errorf("saved current = %q, want exit.share", a.Current)
	}
}

func TestNumberKeysSpaceAndBuiltInAnswers(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	tests := []struct {
		name   string
		keys   []string
		id     string
		choice string
		multi  []string
	}{
		{"number key picks an option and goes on", []string{"1"}, "cloud.mail", "us", nil},
		{"w is don't know", []string{"left", "w"}, "cloud.mail", assessment.DontKnow, nil},
		{"number key again", []string{"left", "left", "1"}, "cloud.mail", "us", nil},
		{"multi: numbers and space toggle", []string{"1", "2", "up", "space"}, "cloud.tools", "", []string{"exit"}},
		// Geen (3) excludes the others: it switches them off
		{"multi: an exclusive option stands alone", []string{"3"}, "cloud.tools", "", []string{"none"}},
		{"multi: don't know replaces the options", []string{"down", "space"}, "cloud.tools", assessment.DontKnow, nil},
		{"multi: an option replaces don't know", []string{"2"}, "cloud.tools", "", []string{"exit"}},
		{"n is not applicable where allowed", []string{"n"}, "cloud.tools", assessment.NotApplicable, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			press(m, tt.keys...)
			ans := m.Session().A.Get(tt.id)
			if ans.Choice != tt.choice || !slices.Equal(ans.Choices, tt.multi) {
				t.Errorf("%s = %q %v, want %q %v", tt.id, ans.Choice, ans.Choices, tt.choice, tt.multi)
			}
		})
	}
	t.Run("n where not allowed says so", func(t *testing.T) {
		press(m, "left", "left", "n")
		mustContain(t, m, "n.v.t. kan bij deze vraag niet")
		if got := m.Session().A.Get("cloud.mail").Choice; got != "us" {
			t.Errorf("cloud.mail = %q after a refused n, want us", got)
		}
	})
}

// TestExclusiveOptionClearsTheOthers: "Geen" excludes the other options of
// cloud.tools; choosing it switches them off, and choosing another switches
// it off, each time with a note on the status line.
func TestExclusiveOptionClearsTheOthers(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, func(a *assessment.Answers) {
		a.Answers = map[string]*assessment.Answer{"cloud.mail": {Choice: "us"}}
		a.Current = "cloud.tools"
	})
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "1", "2")
	press(m, "3")
	if got := m.Session().A.Get("cloud.tools").Choices; !slices.Equal(got, []string{"none"}) {
		t.Errorf("after Geen: cloud.tools = %v, want [none] alone", got)
	}
	mustContain(t, m, "‘Geen’ sluit de andere keuzes uit; uitgezet: ‘Eigen sleutels’, ‘Exitplan’.")
	press(m, "2")
	if got := m.Session().A.Get("cloud.tools").Choices; !slices.Equal(got, []string{"exit"}) {
		t.Errorf("after Exitplan: cloud.tools = %v, want [exit], Geen switched off", got)
	}
	mustContain(t, m, "Uitgezet: ‘Geen’, want dat sluit deze keuze uit.")
	press(m, "1")
	mustNotContain(t, m, "Uitgezet")
	if got := loadAnswers(t, path, q).Get("cloud.tools").Choices; !slices.Equal(got, []string{"keys", "exit"}) {
		t.Errorf("saved cloud.tools = %v, want [keys exit]", got)
	}
}

func TestNumberQuestionChecksTheRange(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, func(a *assessment.Answers) { a.Current = "exit.share" })
	m := newModel(t, Options{Path: path}, 100, 30)
	mustContain(t, m, "Waarde (0 tot 100 procent):")

	press(m, "type:120", "enter")
	mustContain(t, m, "geef een getal van 0 tot 100", "vraag 3 van 4")
	press(m, "backspace", "backspace", "backspace", "type:z")
	if v := m.number.Value(); v != "" {
		t.Errorf("letters went into the number field: %q", v)
	}
	press(m, "type:62,5", "enter")
	mustContain(t, m, "Is het exitplan getest?")
	if v := m.Session().A.Get("exit.share").Value; v == nil || *v != 62.5 {
		t.Errorf("exit.share = %v, want 62.5", v)
	}
	press(m, "left")
	mustContain(t, m, "Waarde (0 tot 100 procent): 62.5")
}

func TestBackAndNext(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	steps := []struct {
		key, want string
	}{
		{"right", "Voor welk percentage"},
		{"right", "Is het exitplan getest?"},
		{"right", "Dit was de laatste vraag"},
		{"left", "Voor welk percentage"},
		{"h", "Waar staat de e-mail"},
		{"left", "Dit is de eerste vraag."},
		{"tab", "Voor welk percentage"},
	}
	for _, s := range steps {
		press(m, s.key)
		mustContain(t, m, s.want)
	}
}

func TestConditionalQuestionKeepsItsAnswerWhileHidden(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)

	press(m, "1") // US provider: the measures question appears
	mustContain(t, m, "Welke maatregelen beperken de afhankelijkheid?", "vraag 2 van 4", "Clouddiensten        1/2")
	press(m, "1", "2", "enter")

	press(m, "left", "left", "2", "left") // European provider: it disappears
	mustContain(t, m, "vraag 1 van 4", "Clouddiensten        1/1")
	press(m, "enter")
	mustContain(t, m, "Voor welk percentage")
	if got := m.Session().A.Get("cloud.tools").Choices; !slices.Equal(got, []string{"keys", "exit"}) {
		t.Errorf("hidden cloud.tools = %v, want its answer kept", got)
	}
	if got := loadAnswers(t, path, q).Get("cloud.tools").Choices; !slices.Equal(got, []string{"keys", "exit"}) {
		t.Errorf("saved hidden cloud.tools = %v, want its answer kept", got)
	}

	press(m, "left", "w") // don't know: it is back, answered
	mustContain(t, m, "Welke maatregelen", "[x] Eigen sleutels", "[x] Exitplan", "[ ] Geen")
}

func TestReviewListsOpenQuestionsAndJumps(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "w", "1", "enter", "m", "r")
	mustContain(t, m, "Overzicht voor het afronden",
		"Onbeantwoord (2)", "Exit en continuïteit · Voor welk percentage",
		"Weet ik niet (1)", "Clouddiensten · Waar staat de e-mail",
		"Gemarkeerd (1)", "Exit en continuïteit · Voor welk percentage")

	press(m, "down", "enter")
	mustContain(t, m, "Is het exitplan getest?")
	press(m, "r", "down", "down", "enter")
	mustContain(t, m, "Waar staat de e-mail")

	press(m, "r", "esc")
	mustContain(t, m, "Waar staat de e-mail")
}

func TestEnterAfterTheLastQuestionOpensTheReview(t *testing.T) {
	q := testQuestionnaire(t)
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), q, nil)}, 100, 30)
	press(m, "2", "type:100", "enter", "2")
	mustContain(t, m, "Overzicht voor het afronden", "Alle vragen zijn beantwoord en er is niets gemarkeerd.")
}

func TestQuitMidwayAndResumeAtTheSameQuestion(t *testing.T) {
	for _, quitKey := range []string{"q", "ctrl+c"} {
		t.Run(quitKey, func(t *testing.T) {
			q := testQuestionnaire(t)
			path := newAnswersFile(t, t.TempDir(), q, nil)
			m := newModel(t, Options{Path: path}, 100, 30)
			press(m, "2", "type:40", "enter")
			mustContain(t, m, "Is het exitplan getest?")
			if quit := press(m, quitKey); !quit {
				t.Fatalf("%s did not quit", quitKey)
			}
			if got, want := m.Aborted(), quitKey == "ctrl+c"; got != want {
				t.Errorf("Aborted() = %v, want %v", got, want)
			}
			if err := m.FinalSave(); err != nil {
				t.Fatal(err)
			}

			again := newModel(t, Options{Path: path}, 100, 30)
			mustContain(t, again, "Is het exitplan getest?", "2 van 3 beantwoord")
			press(again, "left")
			mustContain(t, again, "Waarde (0 tot 100 procent): 40")
		})
	}
}

func TestFinalSaveWritesWhatAnAutosaveHadNotYet(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	// Answer without running the autosave command, as when the program is
	// killed while the save is still queued.
	m.Update(keyMsg("2"))
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	if got := loadAnswers(t, path, q).Get("cloud.mail").Choice; got != "eu" {
		t.Errorf("after the final save cloud.mail = %q, want eu", got)
	}
}

// failingWrite fails while broken is set and records what it wrote.
type failingWrite struct {
	mu     sync.Mutex
	broken bool
	paths  []string
}

func (f *failingWrite) write(path string, data []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.broken {
		return errors.New("save " + path + ": permission denied")
	}
	f.paths = append(f.paths, path)
	return assessment.WriteFileAtomic(path, data)
}

func TestFailingSaveKeepsAnswersAndSaysSo(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	fw := &failingWrite{broken: true}
	m := newModel(t, Options{Path: path, Write: fw.write}, 100, 30)

	press(m, "2", "type:30", "enter")
	mustContain(t, m, "NIET OPGESLAGEN", "Opslaan mislukt", "permission denied",
		"Uw antwoorden staan nog in het geheugen", "Is het exitplan getest?")
	m.Update(resizeMsg(80, 24))
	mustContain(t, m, "NIET OPGESLAGEN")
	m.Update(resizeMsg(100, 30))
	if got := m.Session().A.Get("cloud.mail").Choice; got != "eu" {
		t.Errorf("in memory cloud.mail = %q, want eu", got)
	}

	// q does not throw the answers away: it warns first.
	if quit := press(m, "q"); quit {
		t.Fatal("q quit while the answers were not saved")
	}
	mustContain(t, m, "NIET opgeslagen", "nogmaals q")

	// Another file name saves everything there.
	other := filepath.Join(dir, "elders.yaml")
	fw.mu.Lock()
	fw.broken = false
	fw.mu.Unlock()
	press(m, "s")
	// The page says why it is open; the footer no longer says to press s.
	mustContain(t, m, "Opslaan als", "Het opslaan mislukte: save ", "permission denied.")
	mustNotContain(t, m, "druk s om")
	press(m, "ctrl+u", "type:"+other, "enter")
	mustNotContain(t, m, "NIET OPGESLAGEN", "Opslaan mislukt")
	mustContain(t, m, "elders.yaml", "Is het exitplan getest?")
	a := loadAnswers(t, other, q)
	if a.Get("cloud.mail").Choice != "eu" || *a.Get("exit.share").Value != 30 {
		t.Errorf("saved under the new name: %+v, want both answers", a.Answers)
	}
}

func TestSaveAsRefusesAnExistingFile(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	taken := filepath.Join(dir, "taken.yaml")
	if err := os.WriteFile(taken, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "s", "ctrl+u", "type:"+taken, "enter")
	mustContain(t, m, "Opslaan als", "taken.yaml bestaat al")
	press(m, "esc")
	mustContain(t, m, "Waar staat de e-mail")
	if m.Session().Path != path {
		t.Errorf("path = %s after a refused save as, want %s", m.Session().Path, path)
	}
}

func TestNoteAndEvidence(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	m := newModel(t, Options{Path: path}, 100, 30)
	press(m, "o", "type:Zie het cloudregister")
	mustContain(t, m, "Notitie bij: Waar staat de e-mail")
	press(m, "esc")
	mustContain(t, m, "Notitie: Zie het cloudregister")

	press(m, "b", "type:Cloudregister 2026", "enter", "type:https://intranet/dpia", "tab", "tab")
	mustContain(t, m, "Bewijs bij:", "Bewijsniveau: ‹ vastgelegd in documenten ›")
	press(m, "ctrl+s")
	mustContain(t, m, "Bewijs: 2 stuks, vastgelegd in documenten")

	a := loadAnswers(t, path, q).Get("cloud.mail")
	if a.Note != "Zie het cloudregister" || !slices.Equal(a.Evidence, []string{"Cloudregister 2026", "https://intranet/dpia"}) || a.EvidenceLevel != assessment.Documented {
		t.Errorf("saved note/evidence = %q %q %q", a.Note, a.Evidence, a.EvidenceLevel)
	}
	if a.HasAnswer() {
		t.Errorf("a note made an answer: %+v", a)
	}
}

func TestMarkClearAndNextOpen(t *testing.T) {
	q := testQuestionnaire(t)
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), q, nil)}, 100, 30)
	press(m, "2", "left", "m")
	mustContain(t, m, "! gemarkeerd om na te kijken")
	press(m, "u")
	mustContain(t, m, "Voor welk percentage")
	press(m, "u", "u")
	mustContain(t, m, "Waar staat de e-mail") // marked, so still open
	press(m, "m", "x")
	mustContain(t, m, "Antwoord gewist")
	if m.Session().A.Get("cloud.mail").HasAnswer() {
		t.Error("x did not clear the answer")
	}
}

func TestJumpToATheme(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	press(m, "t")
	mustContain(t, m, "Kies een thema")
	press(m, "down", "enter")
	mustContain(t, m, "Voor welk percentage")

	m.Update(resizeMsg(64, 20)) // too narrow for the list beside the question
	mustNotContain(t, m, "Thema's")
	press(m, "t")
	mustContain(t, m, "Kies een thema", "› Exit en continuïteit")
	press(m, "up", "enter")
	mustContain(t, m, "Waar staat de e-mail")
}

func TestStartFormProposesTheFileNameAndCreatesIt(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	m := newModel(t, Options{Questionnaire: q, Dir: dir}, 100, 30)
	mustContain(t, m, "Nieuwe zelfevaluatie", "Peildatum      2026-11-20", "Jaar           2026", "bijv. GM0361", "(volgt uit de CBS-code)")
	mustNotContain(t, m, "GM0000")

	press(m, "type:Gemeente Alkmaar", "enter", "type:GM036", "enter", "enter", "enter", "enter", "enter", "enter")
	mustContain(t, m, `"GM036" is geen CBS-gemeentecode`, "Ingevuld door", "vul dit in")
	press(m, "type:1") // focus went to the first bad field: the code
	mustContain(t, m, "soeverein-GM0361-2026.yaml")
	mustNotContain(t, m, "geen CBS-gemeentecode")
	mustContain(t, m, "Verbeter eerst de velden met een fout.") // who fills it in is still empty
	press(m, "tab", "tab", "tab", "type:Eva Voorbeeld")
	mustNotContain(t, m, "Verbeter eerst de velden met een fout.", "vul dit in") // fixed: the complaint goes
	press(m, "tab", "type:CISO", "tab", "enter")
	mustContain(t, m, "Waar staat de e-mail", "Gemeente Alkmaar (GM0361) · 2026")

	a := loadAnswers(t, "soeverein-GM0361-2026.yaml", q)
	if a.Municipality.Name != "Gemeente Alkmaar" || a.Respondent.Role != "CISO" || a.Period.ReferenceDate != "2026-11-20" || a.Current != "cloud.mail" {
		t.Errorf("new answers file: %+v %+v %+v current %q", a.Municipality, a.Respondent, a.Period, a.Current)
	}
}

func TestStartFormNeverOverwritesAFile(t *testing.T) {
	dir := t.TempDir()
	q := testQuestionnaire(t)
	taken := filepath.Join(dir, "taken.yaml")
	if err := os.WriteFile(taken, []byte("not an answers file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Questionnaire: q, Dir: dir}, 100, 30)
	press(m, "type:Alkmaar", "tab", "type:GM0361", "tab", "tab", "tab", "type:Jan", "tab", "tab", "ctrl+u", "type:"+taken, "enter")
	mustContain(t, m, "taken.yaml bestaat al")
	if data, _ := os.ReadFile(taken); string(data) != "not an answers file\n" {
		t.Errorf("the existing file was changed: %q", data)
	}
}

func TestPickAFileToResume(t *testing.T) {
	dir := t.TempDir()
	q := testQuestionnaire(t)
	path := newAnswersFile(t, dir, q, func(a *assessment.Answers) {
		a.Answers["cloud.mail"] = &assessment.Answer{Choice: "eu"}
		a.Current = "exit.tested"
	})
	if err := os.WriteFile(filepath.Join(dir, "questions.yaml"), []byte("kind: soeverein-questionnaire\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Questionnaire: q, Dir: dir}, 100, 30)
	mustContain(t, m, "soeverein-GM9991-2026.yaml\n    Gemeente Voorbeeldstad (GM9991) 2026\n    concept: 1 van 3 beantwoord · bewerkt ",
		"Nieuwe zelfevaluatie beginnen", "v volgend jaar hiermee beginnen")
	mustNotContain(t, m, "questions.yaml")
	press(m, "enter")
	mustContain(t, m, "Is het exitplan getest?")
	if m.Session().Path != path {
		t.Errorf("resumed %s, want %s", m.Session().Path, path)
	}
	press(m, "q")

	m = newModel(t, Options{Questionnaire: q, Dir: dir}, 100, 30)
	press(m, "down", "enter")
	mustContain(t, m, "Nieuwe zelfevaluatie", "Gemeente")
	press(m, "esc")
	mustContain(t, m, "Nieuwe zelfevaluatie beginnen")
}

func TestResumeKeepsAnswersToUnknownQuestions(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	path := newAnswersFile(t, dir, q, nil)
	data, _ := os.ReadFile(path)
	data = []byte(strings.Replace(string(data), "answers: {}", "answers:\n  old.question:\n    choice: yes\n    note: from last year", 1))
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Path: path}, 100, 30)
	mustContain(t, m, "1 antwoord past niet bij deze vragenlijst")
	press(m, "2", "enter", "q")
	if err := m.FinalSave(); err != nil {
		t.Fatal(err)
	}
	a := loadAnswers(t, path, q)
	if old := a.Get("old.question"); old == nil || old.Choice != "yes" || old.Note != "from last year" {
		t.Errorf("answer to an unknown question after saving: %+v, want it kept", old)
	}
}

func TestEnglish(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil), Lang: "en"}, 100, 30)
	mustContain(t, m, "Where is the municipality's e-mail?", "question 1 of 4", "Don't know", "0 of 3 answered", "Themes")
	mustNotContain(t, m, "Weet ik niet", "beantwoord")
}

func TestResizeKeepsTheLayoutWithinTheWindow(t *testing.T) {
	m := newModel(t, Options{Path: newAnswersFile(t, t.TempDir(), testQuestionnaire(t), nil)}, 100, 30)
	press(m, "i")
	sizes := [][2]int{{80, 24}, {120, 40}, {72, 20}, {60, 16}, {200, 60}}
	for _, size := range sizes {
		m.Update(resizeMsg(size[0], size[1]))
		lines := strings.Split(screenText(m), "\n")
		if len(lines) != size[1] {
			t.Errorf("%dx%d: %d lines, want %d", size[0], size[1], len(lines), size[1])
		}
		for i, l := range lines {
			if w := displayWidth(l); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide: %q", size[0], size[1], i, w, l)
			}
		}
	}
	m.Update(resizeMsg(50, 12))
	mustContain(t, m, "Het venster is te klein")
}

// TestStartFormTakesTheRespondentFromTheConfig: the config file's
// respondent fills in who answers a new assessment, in the TUI and the
// accessible mode; it can still be changed on the form.
func TestStartFormTakesTheRespondentFromTheConfig(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	opts := Options{Questionnaire: q, Dir: dir, RespondentName: "Eva Voorbeeld", RespondentRole: "CISO"}
	m := newModel(t, opts, 100, 30)
	mustContain(t, m, "Ingevuld door  Eva Voorbeeld", "Functie        CISO")
	press(m, "type:Gemeente Alkmaar", "enter", "type:GM0361", "enter", "enter", "enter", "enter", "enter", "enter")
	mustContain(t, m, "Waar staat de e-mail")
	if r := m.Session().A.Respondent; r.Name != "Eva Voorbeeld" || r.Role != "CISO" {
		t.Errorf("respondent = %+v, want the config's", r)
	}
}

// TestResumeSaysWhatTheFileHoldsThatIsNotUsed: a field this version does
// not know (kept in the file) is said on the status line when the file
// opens, in the user's language; several are counted.
func TestResumeSaysWhatTheFileHoldsThatIsNotUsed(t *testing.T) {
	q := testQuestionnaire(t)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, []byte("kleur: blauw\n")...), 0o600); err != nil {
		t.Fatal(err)
	}
	m := newModel(t, Options{Questionnaire: q, Path: path}, 120, 30)
	mustContain(t, m, "Let op, regel 17 van het bestand: antwoordenbestand: onbekend veld \"kleur\" blijft bewaard maar")
	mustNotContain(t, m, "En nog")

	if err := os.WriteFile(path, append(data, []byte("kleur: blauw\nvorm: rond\n")...), 0o600); err != nil {
		t.Fatal(err)
	}
	m = newModel(t, Options{Questionnaire: q, Path: path, Lang: "en"}, 220, 30)
	mustContain(t, m, "Note, line 17 of the file: answers file: unknown field \"kleur\"", "And 1 more warning: soeverein validate")
}
