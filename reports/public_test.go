package reports

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/scoring"
)

// docText is every text of a document, metadata included, each piece on
// its own line: what any format can show (they are all written from it).
func docText(d *docm.Document) string {
	var b strings.Builder
	m := d.Meta
	for _, s := range []string{m.Title, m.Subtitle, m.Municipality, m.Date, m.Classification} {
		b.WriteString(s + "\n")
	}
	for _, c := range m.Checksums {
		b.WriteString(c.Label + " " + c.File + " " + c.SHA256 + "\n")
	}
	in := func(xs []docm.Inline) {
		for _, x := range xs {
			switch x := x.(type) {
			case docm.Link:
				b.WriteString(x.Text + " " + x.URL)
			default:
				b.WriteString(plain([]docm.Inline{x}))
			}
		}
		b.WriteString("\n")
	}
	for _, bl := range d.Blocks {
		switch bl := bl.(type) {
		case docm.Notice:
			b.WriteString(bl.Title + "\n")
		case docm.Table:
			b.WriteString(bl.Caption + "\n")
		}
	}
	d.Runs(in)
	return b.String()
}

// secrets are the texts of an assessment the public version must not hold:
// every note, piece of evidence, the respondent's name, and the labels of
// the answers to sensitive questions that no other question shares (a label
// such as "Nee" could come from another question).
func secrets(q *assessment.Questionnaire, a *assessment.Answers) []string {
	var out []string
	shared := map[string]bool{}
	var labels []string // of questions that are not sensitive
	for _, qq := range q.Questions() {
		if !qq.Sensitive {
			for _, o := range qq.Options {
				for _, l := range o.Label {
					shared[l] = true
					labels = append(labels, l)
				}
			}
		}
	}
	add := func(s string) {
		s = strings.TrimSpace(oneLine(s))
		for _, l := range labels {
			if strings.Contains(l, s) {
				return // the hostile fixture's evidence "[x](y)" is also in a label
			}
		}
		if len(s) >= 4 && s != a.Respondent.Role { // a role ("informatiemanager") is no name
			out = append(out, s)
		}
	}
	add(a.Respondent.Name)
	for id, ans := range a.Answers {
		add(ans.Note)
		add(ans.AnsweredBy)
		for _, e := range ans.Evidence {
			add(e)
		}
		qq := q.Question(id)
		if qq == nil || !qq.Sensitive {
			continue
		}
		for _, o := range qq.Options {
			if o.ID != ans.Choice && !contains(ans.Choices, o.ID) {
				continue
			}
			for _, l := range o.Label {
				if !shared[l] {
					add(l)
				}
			}
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func checkPublic(t *testing.T, name string, q *assessment.Questionnaire, a *assessment.Answers, r *scoring.Result, lang string) {
	t.Helper()
	d, err := Build(r, q, Options{Lang: lang, Public: true, AnswersFile: "answers.yaml", AnswersSHA256: strings.Repeat("a", 64)})
	if err != nil {
		t.Fatal(err)
	}
	text := docText(d)
	for _, s := range secrets(q, a) {
		if strings.Contains(text, s) {
			t.Errorf("%s/%s: the public version holds %q", name, lang, s)
		}
	}
	if want := map[string]string{"nl": "Openbare versie", "en": "Public version"}[lang]; d.Meta.Classification != want {
		t.Errorf("%s/%s: public classification %q, want %q", name, lang, d.Meta.Classification, want)
	}
	if strings.Contains(text, "Intern – niet openbaar") || strings.Contains(text, "Internal – not public") {
		t.Errorf("%s/%s: the public version says it is internal", name, lang)
	}
	logHeading := map[string]string{"nl": "Weggelaten in deze openbare versie", "en": "Left out of this public version"}[lang]
	if !strings.Contains(text, logHeading) {
		t.Errorf("%s/%s: no redaction log", name, lang)
	}
}

// The public version of every fixture holds none of its notes, evidence,
// names or answers to sensitive questions; the internal one holds them
// (so that the check can fail) and says it is internal on its title.
func TestPublicVersionLeavesOutWhatIsNotPublic(t *testing.T) {
	for _, f := range fixtures {
		s := load(t, f)
		for _, lang := range languages() {
			checkPublic(t, f.name, s.q, s.a, s.result, lang)
			internal, err := Build(s.result, s.q, Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			if want := map[string]string{"nl": "Intern – niet openbaar", "en": "Internal – not public"}[lang]; internal.Meta.Classification != want {
				t.Errorf("%s/%s: internal classification %q, want %q", f.name, lang, internal.Meta.Classification, want)
			}
			// The check can fail: the internal version holds the notes
			// and evidence the public one must not.
			text, found := docText(internal), 0
			for _, sec := range secrets(s.q, s.a) {
				if strings.Contains(text, sec) {
					found++
				}
			}
			if found == 0 && len(secrets(s.q, s.a)) > 0 {
				t.Errorf("%s/%s: the internal version holds none of the notes and evidence", f.name, lang)
			}
		}
	}
}

// The redaction log counts what it left out: in the microsoft fixture,
// at least one note, piece of evidence and sensitive answer.
func TestRedactionLogCounts(t *testing.T) {
	s := load(t, fixtures[1])
	d, err := Build(s.result, s.q, Options{Lang: "nl", Public: true})
	if err != nil {
		t.Fatal(err)
	}
	var notes, evidence, sensitive int
	for _, ans := range s.a.Answers {
		if ans.Note != "" {
			notes++
		}
		evidence += len(ans.Evidence)
	}
	for _, qq := range s.q.Questions() {
		if qq.Sensitive && s.result.Question(qq.ID) != nil && s.result.Question(qq.ID).Status != scoring.Hidden {
			sensitive++
		}
	}
	text := docText(d)
	for _, want := range []string{
		fmt.Sprintf("%d interne notitie", notes), fmt.Sprintf("%d bewijsstuk", evidence), fmt.Sprintf("%d vertrouwelijke vra", sensitive),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("redaction log lacks %q:\n%s", want, text[strings.Index(text, "Weggelaten in deze openbare versie"):])
		}
	}
}

// A property test over generated answers: whatever is answered, noted or
// named, the public version holds none of it.
func TestPublicVersionOfGeneratedAnswers(t *testing.T) {
	base := load(t, fixtures[0])
	q := base.q
	rng := rand.New(rand.NewPCG(13, 2026))
	for i := range 40 {
		a := *base.a
		a.Respondent.Name = fmt.Sprintf("Naam%04d Achternaam", rng.IntN(10000))
		a.Answers = map[string]*assessment.Answer{}
		for _, qq := range q.Questions() {
			ans := &assessment.Answer{}
			switch {
			case len(qq.Options) > 0 && qq.Type == "multi":
				for _, o := range qq.Options {
					if rng.IntN(2) == 0 {
						ans.Choices = append(ans.Choices, o.ID)
					}
				}
			case len(qq.Options) > 0:
				ans.Choice = qq.Options[rng.IntN(len(qq.Options))].ID
			default:
				v := float64(rng.IntN(101))
				ans.Value = &v
			}
			if rng.IntN(3) == 0 {
				ans.Choice, ans.Choices, ans.Value = assessment.DontKnow, nil, nil
			}
			ans.AnsweredBy = fmt.Sprintf("Medewerker%d-%d", i, rng.IntN(3))
			if rng.IntN(2) == 0 {
				ans.Note = fmt.Sprintf("notitie-%d-%s geheim", i, qq.ID)
			}
			if rng.IntN(2) == 0 {
				ans.Evidence = []string{fmt.Sprintf("https://intranet.example/%d/%s.pdf", i, qq.ID), fmt.Sprintf("Back-upbeleid %d %s.docx", i, qq.ID)}
				ans.EvidenceLevel = "documented"
			}
			a.Answers[qq.ID] = ans
		}
		r := scoring.Evaluate(q, &a)
		for _, lang := range languages() {
			checkPublic(t, fmt.Sprintf("generated#%d", i), q, &a, r, lang)
		}
	}
}

// The public version's section on the year before names no critical
// finding and no changed answer to a sensitive question in detail.
func TestPublicVersionWithPrevious(t *testing.T) {
	tr := loadYears(t, true, "2026", "2027")
	q := readTrendQuestionnaire(t, "questions-2027.1.yaml")
	this := tr.Years[1].Result
	var critical []string
	for _, y := range tr.Years {
		for _, f := range y.Result.Findings {
			if f.Severity == scoring.Critical {
				critical = append(critical, f.Title.In("nl"))
			}
		}
	}
	internal, err := Build(this, q, Options{Lang: "nl", Previous: tr})
	if err != nil {
		t.Fatal(err)
	}
	public, err := Build(this, q, Options{Lang: "nl", Previous: tr, Public: true})
	if err != nil {
		t.Fatal(err)
	}
	in2, pub := docText(internal), docText(public)
	found := 0
	for _, title := range critical {
		if strings.Contains(in2, title) {
			found++
		}
		if strings.Contains(pub, title) {
			t.Errorf("the public version names the critical finding %q", title)
		}
	}
	if found == 0 {
		t.Skip("the trend fixture has no critical finding the internal report names")
	}
}
