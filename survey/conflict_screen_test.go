package survey

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"soeverein/assessment"
)

func testConflicts() []assessment.Conflict {
	return []assessment.Conflict{
		{Question: "cloud.mail", Kind: assessment.ChangedInMain, PartFile: "soeverein-GM9991-2026.deel-a-de-vries.yaml", PartPerson: "A. de Vries",
			Main: &assessment.Answer{Choice: "us", Note: "Contract loopt tot 2028.", AnsweredBy: "Coördinator", AnsweredAt: "2026-11-21T10:00:00+01:00"},
			Part: &assessment.Answer{Choice: "eu", Note: "Sinds oktober bij een Europese aanbieder.\x1b[2J", Evidence: []string{"Contract 2026-03"}, AnsweredBy: "A. de Vries", AnsweredAt: "2026-11-22T09:30:00+01:00"}},
		{Question: "exit.tested", Kind: assessment.TwoFiles, PartFile: "deel-b.yaml", PartPerson: "B. Bakker",
			Main: &assessment.Answer{Choice: "no"}, Part: &assessment.Answer{Choice: "yes"}},
	}
}

func conflictScreen(m *ConflictModel) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func TestConflictScreenChooses(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tt := range []struct {
		name string
		keys []string
		want []assessment.Resolution
		err  bool
	}{
		{"main for both", []string{"enter", "enter"}, []assessment.Resolution{assessment.KeepMain, assessment.KeepMain}, false},
		{"part then main", []string{"2", "enter", "1", "enter"}, []assessment.Resolution{assessment.TakePart, assessment.KeepMain}, false},
		{"arrows, back and change", []string{"right", "enter", "shift+tab", "left", "enter", "right", "enter"}, []assessment.Resolution{assessment.KeepMain, assessment.TakePart}, false},
		{"stopped", []string{"2", "enter", "q"}, nil, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cs := testConflicts()
			m := NewConflictModel(q, cs, "nl", nil)
			for _, k := range tt.keys {
				m.Update(keyMsg(k))
			}
			got, err := m.Decisions()
			if tt.err {
				if err == nil {
					t.Fatalf("Decisions after stopping = %v, want ErrStopped", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for i, c := range cs {
				if got[c.Key()] != tt.want[i] {
					t.Errorf("conflict %d: %d, want %d", i, got[c.Key()], tt.want[i])
				}
			}
		})
	}
}

func TestConflictScreenShowsBothSides(t *testing.T) {
	m := NewConflictModel(testQuestionnaire(t), testConflicts(), "en", nil)
	m.Update(keyMsg("right"))
	s := conflictScreen(m)
	for _, want := range []string{"Conflict 1 of 2", "Where is the municipality's e-mail? (cloud.mail)", "The main file changed after the split",
		"Main file", "› Part of A. de Vries", "With a US provider", "With a European provider", "by Coördinator", "Contract 2026-03"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(m.View(), "\x1b[2J") {
		t.Error("an escape sequence from a note reaches the terminal")
	}
}

// TestGoldenConflict is the conflict screen at 80x24, the part's answer
// under the cursor.
func TestGoldenConflict(t *testing.T) {
	m := NewConflictModel(testQuestionnaire(t), testConflicts(), "nl", nil)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(goldenWidth, goldenHeight))
	tm.Send(keyMsg("right"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("› Deel van")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*ConflictModel)
	if err := os.Chdir(packageDir); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, []byte(conflictScreen(final)))
}
