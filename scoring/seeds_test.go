package scoring

import (
	"maps"
	"testing"

	"soeverein/assessment"
)

// The three seed fixtures in testdata/seeds are answered as the kinds of
// municipality in the seed letters would answer (where a letter is silent:
// "weet ik niet"). These tests check the orderings the letters justify,
// and say which facts decide each: put the weaker municipality's answers
// to those questions into the stronger one's file, and the ordering must
// no longer hold. Without the deciding facts the ordering has no ground.

func loadSeed(t *testing.T, q *assessment.Questionnaire, name string) *assessment.Answers {
	t.Helper()
	a, warnings, err := assessment.LoadAnswers("../testdata/seeds/"+name+".yaml", q)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warnings {
		t.Errorf("%s: warning: %v", name, w)
	}
	return a
}

func TestSeedOrderings(t *testing.T) {
	q := defaultQuestionnaire(t)
	for _, tt := range []struct {
		name             string
		theme            string
		stronger, weaker string
		deciding         []string // the facts the letters draw that decide the ordering
	}{
		{
			// WhatsApp only through a managed contact-centre account routed
			// into the case system, Teams internally and a written
			// "practical messages only" rule, against chat with residents
			// from staff's own accounts, Signal allowed for substance and
			// archiving left to each user.
			name: "messaging: managed contact-centre account above archiving left to each user", theme: "messaging",
			stronger: "heidebroek", weaker: "duinhaven",
			deciding: []string{"messaging.resident_channels", "messaging.internal_chat", "messaging.practical_rule"},
		},
		{
			name: "messaging: managed contact-centre account above WhatsApp and Signal on own accounts", theme: "messaging",
			// WhatsApp and Signal internally also bring up the question on
			// disappearing messages, which that letter leaves open.
			stronger: "heidebroek", weaker: "rivierstad",
			deciding: []string{"messaging.resident_channels", "messaging.internal_chat", "messaging.practical_rule", "messaging.disappearing"},
		},
		{
			// Spread over several providers with an own weighing per purchase,
			// against mostly one vendor and "stored in the EU, so safe".
			name: "cloud: spread with an own assessment above EU storage at one vendor", theme: "cloud",
			stronger: "rivierstad", weaker: "duinhaven",
			deciding: []string{"cloud.vendor_concentration", "cloud.cloud_act_basis"},
		},
		{
			// Recorded platform decisions (controlled exit from X, Meta
			// reviewed under the DSA, a pilot) against a letter silent on
			// social media.
			name: "social: documented platform decisions above none known", theme: "social",
			stronger: "heidebroek", weaker: "duinhaven",
			deciding: []string{"social.platform_decisions"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			strong, weak := loadSeed(t, q, tt.stronger), loadSeed(t, q, tt.weaker)
			hi, lo := Evaluate(q, strong).Theme(tt.theme).Score, Evaluate(q, weak).Theme(tt.theme).Score
			if hi <= lo {
				t.Fatalf("%s %s = %v, %s = %v; want %s above %s", tt.theme, tt.stronger, hi, tt.weaker, lo, tt.stronger, tt.weaker)
			}
			swapped := *strong
			swapped.Answers = maps.Clone(strong.Answers)
			for _, id := range tt.deciding {
				if weak.Answers[id] == nil {
					delete(swapped.Answers, id)
				} else {
					swapped.Answers[id] = weak.Answers[id]
				}
			}
			if got := Evaluate(q, &swapped).Theme(tt.theme).Score; got > lo {
				t.Errorf("with %s's answers to %v, %s still scores %v on %s, above %s's %v: these are not the facts that decide",
					tt.weaker, tt.deciding, tt.stronger, got, tt.theme, tt.weaker, lo)
			}
			t.Logf("%s: %s %.1f > %s %.1f, decided by %v", tt.theme, tt.stronger, hi, tt.weaker, lo, tt.deciding)
		})
	}
}

// The "stored in the EU, so safe" finding shows for the municipality whose
// letter relies on EU storage, at level 1, and not for those who do not say so.
func TestSeedStoredInEUFinding(t *testing.T) {
	q := defaultQuestionnaire(t)
	for name, want := range map[string]bool{"duinhaven": true, "rivierstad": false, "heidebroek": false} {
		res := Evaluate(q, loadSeed(t, q, name))
		got := false
		for _, f := range res.Findings {
			if f.Source == FromRule && f.Rule == "eu_storage_assumed_safe" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s (overall level %v): finding 'stored in the EU, so safe' = %v, want %v", name, res.Overall.Level, got, want)
		}
	}
}

// "Stored in the EU, so safe" is a finding at every level, not only a cap
// that does nothing below it: the belief set into a high-scoring and a
// low-scoring file gives the finding in both.
func TestStoredInEUFindingAtEveryLevel(t *testing.T) {
	q := defaultQuestionnaire(t)
	levels := map[int]bool{}
	for _, name := range []string{"cautious", "microsoft", "incomplete"} {
		a, _, err := assessment.LoadAnswers("../testdata/answers/"+name+".yaml", q)
		if err != nil {
			t.Fatal(err)
		}
		a.Answers["cloud.cloud_act_basis"] = &assessment.Answer{Choice: "eu_storage"}
		res := Evaluate(q, a)
		found := false
		for _, f := range res.Findings {
			found = found || (f.Source == FromRule && f.Rule == "eu_storage_assumed_safe")
		}
		level := 0
		if res.Overall.Level != nil {
			level = res.Overall.Level.Level
		}
		levels[level] = true
		if !found {
			t.Errorf("%s with 'we rely on EU storage' (overall level %d): no finding 'stored in the EU, so safe'", name, level)
		}
	}
	if len(levels) < 2 {
		t.Errorf("levels %v: want files at different levels", levels)
	}
}
