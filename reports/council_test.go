package reports

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/scoring"
)

// answerFixtures are every answers file of the default questionnaire in the
// project's testdata, so that a fixture added there is checked here too.
func answerFixtures(t testing.TB) []fixture {
	t.Helper()
	paths, err := filepath.Glob("../testdata/answers/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// The seed-letter fixtures: the project's (testdata/seeds) and this
	// package's, which add council texts in the college's own words.
	seeds, err := filepath.Glob("../testdata/seeds/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	own, err := filepath.Glob("testdata/seeds/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	seeds = append(seeds, own...)
	if len(paths) < 4 || len(seeds) < 6 {
		t.Fatalf("found %d answers fixtures and %d seed fixtures, want at least 4 and 3", len(paths), len(seeds))
	}
	var out []fixture
	for _, p := range append(paths, seeds...) {
		out = append(out, fixture{strings.TrimSuffix(filepath.Base(p), ".yaml"), "../questions.yaml", p})
	}
	return out
}

func defaultQuestionnaire(t testing.TB) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, "questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// Every council answer of every fixture, in both languages, is paste-ready.
func TestCouncilAnswersArePasteReady(t *testing.T) {
	// Last year's files (2026.1) too: their answers carry over to 2026.2.
	old, err := filepath.Glob("../testdata/answers-2026.1/*.yaml")
	if err != nil || len(old) == 0 {
		t.Fatalf("no 2026.1 answers fixtures (%v)", err)
	}
	all := answerFixtures(t)
	for _, p := range old {
		all = append(all, fixture{"2026.1-" + strings.TrimSuffix(filepath.Base(p), ".yaml"), "../questions.yaml", p})
	}
	for _, f := range all {
		s := load(t, f)
		for _, lang := range languages() {
			t.Run(f.name+"/"+lang, func(t *testing.T) {
				checkPasteReady(t, s.q, s.result, lang)
			})
		}
	}
}

// So are the answers to random answer sets: every status, every option,
// council texts that repeat each other and run long.
func TestCouncilAnswersOfRandomAnswersArePasteReady(t *testing.T) {
	q := defaultQuestionnaire(t)
	rng := rand.New(rand.NewPCG(12, 2026))
	for i := range 300 {
		a := randomAnswers(q, rng)
		r := scoring.Evaluate(q, a)
		for _, lang := range languages() {
			checkPasteReady(t, q, r, lang)
		}
		if t.Failed() {
			t.Fatalf("random answer set %d fails", i)
		}
	}
}

// councilTexts are what a respondent might write for the council: short,
// repeated across questions, and too long for one answer.
var councilTexts = []string{
	"Wij hebben dit in 2025 met de VNG afgestemd.",
	"Wij hebben dit in 2025 met de VNG afgestemd. Daarnaast volgen wij het advies van de IBD.",
	strings.Repeat("Dit is een lange toelichting van het college voor de raad, in gewone woorden geschreven. ", 20),
}

func randomAnswers(q *assessment.Questionnaire, rng *rand.Rand) *assessment.Answers {
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
	for _, qu := range q.Questions() {
		ans := &assessment.Answer{}
		switch n := rng.IntN(10); {
		case n == 0:
			continue
		case n == 1:
			ans.Choice = assessment.DontKnow
		case n == 2 && qu.NotApplicable:
			ans.Choice = assessment.NotApplicable
		case qu.Type == assessment.Number:
			v := float64(rng.IntN(101))
			if qu.Min != nil && qu.Max != nil {
				v = *qu.Min + rng.Float64()*(*qu.Max-*qu.Min)
			}
			ans.Value = &v
		case qu.Type == assessment.Single:
			ans.Choice = qu.Options[rng.IntN(len(qu.Options))].ID
		default:
			for _, o := range qu.Options {
				if !o.Exclusive && rng.IntN(2) == 0 {
					ans.Choices = append(ans.Choices, o.ID)
				}
			}
			if len(ans.Choices) == 0 {
				ans.Choices = []string{qu.Options[rng.IntN(len(qu.Options))].ID}
			}
		}
		if rng.IntN(8) == 0 {
			ans.CouncilText = councilTexts[rng.IntN(len(councilTexts))]
		}
		a.Answers[qu.ID] = ans
	}
	return a
}

var (
	// scoreWords are words that give away a score, level or count of
	// findings.
	scoreWords = regexp.MustCompile(`(?i)\b(score|scores|scoort|punten|points)\b|\b(niveau|level) [0-9]|[0-9]+ (bevinding|finding)|van de 100|out of 100`)
	// crossRefs are references to other parts of the report.
	crossRefs = regexp.MustCompile(`(?i)\b(zie|see|hoofdstuk|chapter|paragraaf|section|hieronder|hierboven|below|above|actieplan|action plan)\b`)
)

// checkPasteReady checks the council answers of one result in one language.
func checkPasteReady(t *testing.T, q *assessment.Questionnaire, r *scoring.Result, lang string) {
	t.Helper()
	answers := CouncilAnswers(r, q, CouncilOptions{Lang: lang})
	again := CouncilAnswers(r, q, CouncilOptions{Lang: lang})
	if len(answers) != len(q.CouncilQuestions) {
		t.Fatalf("%d council answers, want %d", len(answers), len(q.CouncilQuestions))
	}
	var labels, advice []string
	for _, qu := range q.Questions() {
		for _, o := range qu.Options {
			if l := strings.TrimRight(o.Label.In(lang), "."); len(strings.Fields(l)) >= 4 {
				labels = append(labels, l)
			}
		}
	}
	for _, rule := range q.Rules {
		advice = append(advice, sentences(rule.Recommendation.In(lang))...)
	}
	seen := map[string]int{}
	for i, c := range answers {
		text := strings.Join(c.Paragraphs, "\n")
		if strings.Join(again[i].Paragraphs, "\n") != text {
			t.Errorf("%s: the same answers give another text", c.ID)
		}
		if n := c.Words(); n > DefaultCouncilWords {
			t.Errorf("%s (%s): %d words, want at most %d:\n%s", c.ID, lang, n, DefaultCouncilWords, text)
		}
		cq := q.CouncilQuestions[i]
		if ss := c.Sentences(); len(ss) == 0 || !isLead(cq, lang, ss[0]) {
			t.Errorf("%s (%s): does not open with a lead sentence:\n%s", c.ID, lang, text)
		}
		for _, l := range labels {
			if strings.Contains(text, l) {
				t.Errorf("%s (%s): quotes the option label %q:\n%s", c.ID, lang, l, text)
			}
		}
		for _, a := range advice {
			if strings.Contains(text, a) {
				t.Errorf("%s (%s): holds the to-do %q:\n%s", c.ID, lang, a, text)
			}
		}
		if m := scoreWords.FindString(text); m != "" {
			t.Errorf("%s (%s): speaks of a score (%q):\n%s", c.ID, lang, m, text)
		}
		if m := crossRefs.FindString(text); m != "" {
			t.Errorf("%s (%s): refers to another part of the report (%q):\n%s", c.ID, lang, m, text)
		}
		for _, s := range c.Sentences() {
			key := strings.ToLower(s)
			if j, dup := seen[key]; dup {
				t.Errorf("%s (%s): the sentence %q also stands in the answer to %s", c.ID, lang, s, answers[j].ID)
			}
			seen[key] = i
		}
	}
}

func isLead(cq *assessment.CouncilQuestion, lang, s string) bool {
	for _, l := range cq.Leads {
		if l.Text.In(lang) == s {
			return true
		}
	}
	return false
}

// The default questionnaire answers all ten council questions, each with
// listed questions and a lead without a condition at the end; no statement
// is written twice.
func TestDefaultCouncilQuestions(t *testing.T) {
	q := defaultQuestionnaire(t)
	want := []string{"dependency", "exit", "privacy", "copilot", "messaging", "approach", "cooperation", "sustainability", "social", "open_archiving"}
	var got []string
	texts := map[string]string{}
	for _, cq := range q.CouncilQuestions {
		got = append(got, cq.ID)
		if len(cq.Questions) == 0 || len(cq.Leads) < 2 {
			t.Errorf("%s: %d questions and %d leads, want answer texts", cq.ID, len(cq.Questions), len(cq.Leads))
		}
		for _, lang := range languages() {
			var all []string
			for _, l := range cq.Leads {
				all = append(all, l.Text.In(lang))
			}
			for _, s := range cq.Questions {
				for _, st := range s.Statements {
					all = append(all, st.In(lang))
				}
				all = append(all, s.Value.In(lang))
			}
			for _, s := range all {
				if s == "" {
					continue
				}
				if other, dup := texts[s]; dup {
					t.Errorf("%s: %q is written twice (also in %s)", cq.ID, s, other)
				}
				texts[s] = cq.ID
			}
		}
	}
	used := map[string]bool{}
	for _, cq := range q.CouncilQuestions {
		for _, s := range cq.Questions {
			used[s.Question] = true
		}
		for _, id := range cq.LeadQuestions() {
			used[id] = true
		}
	}
	for _, qu := range q.Questions() {
		if !used[qu.ID] {
			t.Errorf("question %s answers no council question: list it, or let a lead look at it", qu.ID)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("council questions = %v, want %v", got, want)
	}
}

// A council text replaces the statements of its question; a long one is
// cut at a sentence so that the answer keeps to its words; the not-known
// sentence names the unknown topics in order (the re-assessment of an own
// DPIA is not asked without one).
func TestCouncilTextAndUnknown(t *testing.T) {
	q := defaultQuestionnaire(t)
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{
		"ai.copilot_use":    {Choice: "in_use"},
		"ai.copilot_dpia":   {Choice: "relies_national", CouncilText: "Wij hebben de DPIA van SLM Rijk en SURF gelezen en de risico's besproken in het college."},
		"ai.literacy":       {Choice: assessment.DontKnow},
		"ai.ai_policy":      {Choice: "adopted"},
		"ai.eu_alternative": {Choice: assessment.DontKnow},
	}}
	r := scoring.Evaluate(q, a)
	c := CouncilAnswers(r, q, CouncilOptions{})[3]
	want := []string{
		"Ja, wij gebruiken Microsoft 365 Copilot, met toegang tot gegevens van de organisatie. " +
			"Wij hebben de DPIA van SLM Rijk en SURF gelezen en de risico's besproken in het college. " +
			"Ons vastgestelde AI-beleid zegt welke tools voor welke taken en met welke gegevens gebruikt mogen worden.",
		"Wij hebben nog geen volledig beeld van de kennis van medewerkers over wat AI wel en niet kan, de regels voor welke gegevens in Copilot mogen, " +
			"het gebruik van gratis AI-chatbots voor het werk en Europese of zelf gehoste alternatieven voor generatieve AI.",
	}
	if strings.Join(c.Paragraphs, "\n") != strings.Join(want, "\n") {
		t.Errorf("copilot answer =\n%s\nwant\n%s", strings.Join(c.Paragraphs, "\n"), strings.Join(want, "\n"))
	}
	a.Answers["ai.copilot_dpia"].CouncilText = councilTexts[2]
	c = CouncilAnswers(scoring.Evaluate(q, a), q, CouncilOptions{MaxWords: 100})[3]
	if n := c.Words(); n > 100 || n < 80 {
		t.Errorf("answer with a long council text has %d words, want 80 to 100:\n%s", n, strings.Join(c.Paragraphs, "\n"))
	}
	if !strings.HasPrefix(c.Paragraphs[len(c.Paragraphs)-1], "Wij hebben nog geen volledig beeld van") {
		t.Errorf("the not-known sentence is lost to a long council text:\n%s", strings.Join(c.Paragraphs, "\n"))
	}
}

// --with-scores adds one sentence per scored answer; without it none of
// the answers holds a score.
func TestCouncilWithScores(t *testing.T) {
	s := load(t, fixtures[0])
	plain := CouncilAnswers(s.result, s.q, CouncilOptions{Lang: "nl"})
	scored := CouncilAnswers(s.result, s.q, CouncilOptions{Lang: "nl", WithScores: true})
	for i := range plain {
		if got, want := len(scored[i].Sentences()), len(plain[i].Sentences())+1; got != want && scored[i].Words() <= DefaultCouncilWords-20 {
			t.Errorf("%s: %d sentences with scores, want %d", plain[i].ID, got, want)
		}
		last := scored[i].Sentences()[len(scored[i].Sentences())-1]
		if !strings.HasPrefix(last, "In onze zelfevaluatie scoort het thema ‘") {
			t.Errorf("%s: last sentence with scores = %q", plain[i].ID, last)
		}
	}
}

// A questionnaire without answer texts (before 2026.2) still gives a
// chapter: every question says that there is no text yet.
func TestCouncilQuestionWithoutTexts(t *testing.T) {
	s := load(t, fixtures[3])
	d, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks[:2] {
		switch b := b.(type) {
		case docm.Heading:
			got = append(got, fmt.Sprintf("h%d %s", b.Level, plain(b.Text)))
		case docm.Paragraph:
			got = append(got, plain(b.Text))
		}
	}
	want := []string{"h1 1. " + s.result.CouncilQuestions[0].Text.In("en"), "This questionnaire gives no answer text for this council question yet."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("council answers without texts (-want +got):\n%s", diff)
	}
}

// Golden council answers of every fixture, in both languages: read them as
// a council member would.
func TestCouncilGolden(t *testing.T) {
	for _, f := range answerFixtures(t) {
		s := load(t, f)
		for _, lang := range languages() {
			t.Run(f.name+"/"+lang, func(t *testing.T) {
				var buf bytes.Buffer
				if err := CouncilMarkdown(&buf, s.result, s.q, CouncilOptions{Lang: lang}); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, filepath.Join("testdata", "council", f.name+"."+lang+".md"), buf.Bytes())
			})
		}
	}
}

// The report's chapter holds the same texts as `soeverein council`, and so
// does the council document, paragraph for paragraph.
func TestReportChapterIsTheCouncilAnswers(t *testing.T) {
	s := load(t, fixtures[1])
	for _, lang := range languages() {
		report, err := Build(s.result, s.q, Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		council, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, c := range CouncilAnswers(s.result, s.q, CouncilOptions{Lang: lang}) {
			want = append(want, itoa(c.Number)+". "+c.Question)
			want = append(want, c.Paragraphs...)
		}
		if diff := cmp.Diff(want, chapterTexts(report, true)); diff != "" {
			t.Errorf("%s: the report's chapter differs from the council answers (-want +got):\n%s", lang, diff)
		}
		if diff := cmp.Diff(want, chapterTexts(council, false)); diff != "" {
			t.Errorf("%s: the council document differs from the council answers (-want +got):\n%s", lang, diff)
		}
	}
}

// chapterTexts are the question headings and paragraphs of the council
// answers in a document: in the report, those of its council chapter
// (after the chapter's introduction).
func chapterTexts(d *docm.Document, inChapter bool) []string {
	var out []string
	in := !inChapter
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case docm.Heading:
			if inChapter && b.Level == 1 {
				in = b.ID == "council"
				continue
			}
			if in {
				out = append(out, plain(b.Text))
			}
		case docm.Paragraph:
			if in && (!inChapter || len(out) > 0) {
				out = append(out, plain(b.Text))
			}
		}
	}
	return out
}

// The council answers of the seed-letter fixtures agree with what the
// letters say: each opens as the college answered, holds what the letter
// states, and holds nothing the letter contradicts.
func TestCouncilAnswersAgreeWithTheSeedLetters(t *testing.T) {
	type expect struct{ opens, holds, never []string }
	alkmaar := map[string]expect{
		"dependency":     {opens: []string{"Ja, voor e-mail en bestanden zijn wij afhankelijk van een Amerikaanse clouddienst"}, never: []string{"niet afhankelijk"}},
		"exit":           {never: []string{"Ja, in ons continuïteitsplan", "exitplannen, met een alternatief"}},
		"copilot":        {opens: []string{"Ja, wij gebruiken Microsoft 365 Copilot"}, never: []string{"Nee,", "eigen DPIA"}},
		"messaging":      {never: []string{"geen WhatsApp of Signal", "automatisch vast"}},
		"cooperation":    {opens: []string{"Ja, wij staan ervoor open"}},
		"sustainability": {opens: []string{"Nog niet:"}},
	}
	nijmegen := map[string]expect{
		"exit":           {opens: []string{"Nee, scenario's"}, never: []string{"exitplannen, met een alternatief"}},
		"copilot":        {opens: []string{"Nee, wij zetten Copilot bewust niet in"}, never: []string{"Ja, wij gebruiken", "in een pilot"}},
		"messaging":      {opens: []string{"Ja, naast onze zakelijke middelen worden bij ons voor werkberichten ook WhatsApp en Signal gebruikt."}},
		"approach":       {holds: []string{"tenzij"}, never: []string{"Gaia-X kennen wij, maar"}},
		"sustainability": {opens: []string{"Deels:"}},
	}
	hilversum := map[string]expect{
		"privacy":        {opens: []string{"Voor de gegevens van inwoners beperken wij die afhankelijkheid: ons zaaksysteem draait bij een Nederlandse of Europese partij"}},
		"copilot":        {never: []string{"Ja, wij gebruiken", "Nee,"}},
		"messaging":      {opens: []string{"Voor inhoudelijke werkberichten gebruiken wij geen WhatsApp of Signal"}, holds: []string{"klantcontactcentrum", "praktische berichten"}},
		"approach":       {holds: []string{"Pleio"}},
		"social":         {holds: []string{"Met X stoppen wij gecontroleerd", "Digital Services Act"}, never: []string{"Ons belangrijkste kanaal voor nieuws en mededelingen is op dit moment X"}},
		"open_archiving": {opens: []string{"In elke aanbesteding waarvoor een standaard van de lijst ‘pas toe of leg uit’"}},
	}
	for _, tt := range []struct {
		file string
		want map[string]expect
	}{
		{"../testdata/seeds/duinhaven.yaml", alkmaar},
		{"testdata/seeds/alkmaar-like.yaml", alkmaar},
		{"../testdata/seeds/rivierstad.yaml", nijmegen},
		{"testdata/seeds/nijmegen-like.yaml", nijmegen},
		{"../testdata/seeds/heidebroek.yaml", hilversum},
		{"testdata/seeds/hilversum-like.yaml", hilversum},
	} {
		s := load(t, fixture{filepath.Base(tt.file), "../questions.yaml", tt.file})
		for _, c := range CouncilAnswers(s.result, s.q, CouncilOptions{Lang: "nl"}) {
			e, ok := tt.want[c.ID]
			if !ok {
				continue
			}
			text := strings.Join(c.Paragraphs, " ")
			for _, w := range e.opens {
				if !strings.HasPrefix(text, w) {
					t.Errorf("%s, %s: answer does not open with %q:\n%s", tt.file, c.ID, w, text)
				}
			}
			for _, w := range e.holds {
				if !strings.Contains(text, w) {
					t.Errorf("%s, %s: answer does not say %q:\n%s", tt.file, c.ID, w, text)
				}
			}
			for _, w := range e.never {
				if strings.Contains(text, w) {
					t.Errorf("%s, %s: answer says %q, which the letter contradicts:\n%s", tt.file, c.ID, w, text)
				}
			}
		}
	}
}

// BenchmarkCouncilAnswers measures the ten answers of a full assessment.
func BenchmarkCouncilAnswers(b *testing.B) {
	s := load(b, fixtures[0])
	for b.Loop() {
		CouncilAnswers(s.result, s.q, CouncilOptions{Lang: "nl"})
	}
}

// TestPublicCouncilAnswersLeaveOutSensitiveQuestions: the public version's
// council answers state nothing that the answer to a sensitive question
// says (and name no such question as not known), while the internal
// version does; a council text written for the council stays.
func TestPublicCouncilAnswersLeaveOutSensitiveQuestions(t *testing.T) {
	for _, f := range fixtures {
		s := load(t, f)
		for _, lang := range languages() {
			internal := CouncilAnswers(s.result, s.q, CouncilOptions{Lang: lang})
			public := CouncilAnswers(s.result, s.q, CouncilOptions{Lang: lang, Public: true})
			var all, pub strings.Builder
			for i := range internal {
				all.WriteString(strings.Join(internal[i].Paragraphs, "\n") + "\n")
				pub.WriteString(strings.Join(public[i].Paragraphs, "\n") + "\n")
			}
			for _, cq := range s.q.CouncilQuestions {
				for _, src := range cq.Questions {
					qu := s.q.Question(src.Question)
					if qu == nil || !qu.Sensitive {
						continue
					}
					texts := []string{src.Topic.In(lang)}
					for _, st := range src.Statements {
						texts = append(texts, st.In(lang))
					}
					for _, text := range texts {
						if text != "" && strings.Contains(pub.String(), strings.TrimSuffix(text, ".")) {
							t.Errorf("%s/%s: the public council answers say %q, from sensitive question %s", f.name, lang, text, qu.ID)
						}
					}
				}
			}
		}
	}
}
