package reports

import (
	"regexp"
	"strings"
	"testing"
)

// TestReportWording: the wording points of issue 14 item 18, on the real
// questionnaire and fixtures.
func TestReportWording(t *testing.T) {
	asciiQuoted := regexp.MustCompile(`(^|[\s(])'[^'\s][^'\n]*'`)
	for _, f := range fixtures[:3] {
		for _, lang := range languages() {
			t.Run(f.name+"/"+lang, func(t *testing.T) {
				text := string(load(t, f).render(t, lang))
				if lang == "nl" && strings.Contains(text, "Toelichting:") {
					t.Error("a note is labelled Toelichting (the survey's word for help text), want Notitie")
				}
				if m := asciiQuoted.FindString(text); m != "" {
					t.Errorf("straight quotes %q; the report quotes ‘…’", m)
				}
				if strings.Contains(text, ".; ") {
					t.Error(`answers joined as "….; …": the full stop of each option must go`)
				}
				plan := text[strings.Index(text, "\n# "+map[string]string{"nl": "Actieplan", "en": "Action plan"}[lang]):]
				plan = plan[:strings.Index(plan[3:], "\n# ")+3]
				seen := map[string]bool{}
				for _, line := range strings.Split(plan, "\n") {
					cells := strings.Split(line, " | ")
					if len(cells) < 6 || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Nr") || strings.HasPrefix(line, "| ---") {
						continue
					}
					k := cells[1] + " | " + cells[len(cells)-1]
					if seen[k] {
						t.Errorf("the plan gives the same action twice for one theme: %s", k)
					}
					seen[k] = true
				}
				if f.name == "microsoft" {
					// Rule "unknown answers on cloud services" already asks to
					// find out what 1.4 ("don't know") does not say: at most
					// one line names it (the scorer gives one finding per
					// unknown answer: the rule's).
					dk := map[string]string{"nl": "‘weet ik niet’ bij vraag 1.4", "en": "‘don't know’ on question 1.4"}[lang]
					if n := strings.Count(plan, dk); n > 1 {
						t.Errorf("the plan names %s %d times, want at most once, on the line of the rule", dk, n)
					}
					if strings.Contains(plan, " | "+dk+" | ") {
						t.Errorf("%s has a line of its own beside the rule's line that says the same", dk)
					}
				}
			})
		}
	}
}
