package survey

import (
	"slices"
	"testing"

	"soeverein/assessment"
	"soeverein/safetext"
	"soeverein/survey/engine"
)

// TestFinalSaveKeepsDraft: a signal or a closed terminal ends the survey
// while text is still being typed; that text is saved with the answers.
func TestFinalSaveKeepsDraft(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		check func(a *assessment.Answers) bool
	}{
		{"open note", []string{"o", "type:Nog navragen"}, func(a *assessment.Answers) bool {
			ans := a.Get("cloud.mail")
			return ans != nil && ans.Note == "Nog navragen"
		}},
		{"open evidence", []string{"b", "type:Register 2026", "tab"}, func(a *assessment.Answers) bool {
			ans := a.Get("cloud.mail")
			return ans != nil && slices.Equal(ans.Evidence, []string{"Register 2026"}) && ans.EvidenceLevel == assessment.EvidenceLevels()[0]
		}},
		{"number without enter", []string{"1", "space", "enter", "type:62,5"}, func(a *assessment.Answers) bool {
			ans := a.Get("exit.share")
			return ans != nil && ans.Value != nil && *ans.Value == 62.5
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := testQuestionnaire(t)
			path := newAnswersFile(t, t.TempDir(), q, nil)
			m := newModel(t, Options{Path: path}, 100, 30)
			press(m, tt.keys...)
			if err := m.FinalSave(); err != nil {
				t.Fatal(err)
			}
			if a := loadAnswers(t, path, q); !tt.check(a) {
				t.Errorf("draft not saved; file holds %+v\nscreen:\n%s", a.Answers, screenText(m))
			}
		})
	}
}

// FuzzEditSave: whatever is typed into a note or evidence (pasted bytes
// included) is saved, and loads back as the same text, repaired.
func FuzzEditSave(f *testing.F) {
	for _, s := range []string{"caf\xe9", "a\x1b[2Jb", "\u202egnitsoh SU", "  twee\n\nregels  ", "\r\n", "- lijst\n# kop"} {
		f.Add(s)
	}
	q := testQuestionnaire(f)
	f.Fuzz(func(t *testing.T, typed string) {
		a := engine.NewAssessment{Municipality: typed + "x", CBSCode: "GM9991", ReferenceDate: "2026-11-01", Year: "2026", Name: "E"}.Answers(q)
		s := engine.NewSession(q, a, "x.yaml", "nl", fixedNow)
		s.SetNote(typed)
		if err := s.SetEvidence(typed, ""); err != nil {
			t.Fatal(err)
		}
		sn, err := s.Snapshot()
		if err != nil {
			t.Fatalf("Snapshot after typing %q: %v", typed, err)
		}
		back, _, err := assessment.ParseAnswers(sn.Data, "x.yaml")
		if err != nil {
			t.Fatalf("saved answers do not load after typing %q: %v\n%s", typed, err, sn.Data)
		}
		id := s.Current().ID
		got, want := back.Get(id), s.A.Get(id)
		if got == nil {
			got = &assessment.Answer{}
		}
		if want == nil {
			want = &assessment.Answer{}
		}
		if got.Note != want.Note {
			t.Errorf("note %q saved and loaded as %q", want.Note, got.Note)
		}
		if !slices.Equal(got.Evidence, want.Evidence) {
			t.Errorf("evidence %q saved and loaded as %q", want.Evidence, got.Evidence)
		}
		if got, want := back.Municipality.Name, safetext.Repair(s.A.Municipality.Name); got != want {
			t.Errorf("municipality %q saved and loaded as %q", want, got)
		}
	})
}
