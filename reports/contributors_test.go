package reports

import (
	"strings"
	"testing"

	"soeverein/scoring"
)

// TestMethodSaysWhoAnswered: after a merge of parts, the method section
// names each person with their role and the themes they answered, by the
// answers' answered_by; the names live only in the document's personal part.
func TestMethodSaysWhoAnswered(t *testing.T) {
	s := load(t, fixtures[1]) // microsoft: one respondent
	if strings.Contains(string(s.render(t, "nl")), "meer dan één medewerker") {
		t.Fatal("a file answered by one person lists contributors")
	}
	a := s.a
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(a.Assign(s.q, "A. de Vries", "CISO", []string{"cloud", "exit"}))
	must(a.Assign(s.q, "B. Bakker", "archivaris", []string{"archiving"}))
	for id, ans := range a.Answers {
		switch s.q.ThemeOf(id).ID {
		case "cloud", "exit":
			ans.AnsweredBy = "A. de Vries"
		case "archiving":
			ans.AnsweredBy = "B. Bakker"
		}
	}
	s.result = scoring.Evaluate(s.q, a)
	nl := string(s.render(t, "nl"))
	for _, want := range []string{
		"De antwoorden zijn gegeven door meer dan één medewerker.",
		"- **A. de Vries** (CISO): Clouddiensten en afhankelijkheid, Exit en continuïteit\n",
		"- **B. Bakker** (archivaris): Archivering en zaaksysteem\n",
		"- **informatiemanager**: Copilot en generatieve AI,",
	} {
		if !strings.Contains(nl, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	d := newDocument(s.result, s.q, Options{Lang: "en"})
	if len(d.Personal.Contributors) != 3 {
		t.Errorf("personal part has %d contributors, want 3", len(d.Personal.Contributors))
	}
}
