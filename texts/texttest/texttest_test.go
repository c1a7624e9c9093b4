package texttest

import (
	"slices"
	"testing"

	"soeverein/texts"
)

func TestUnmarked(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		allowed []string
		want    []string
	}{
		{"all marked", "⟦Score⟧: 54.3 ⟦of 100⟧\n", nil, nil},
		{"nested", "⟦a ⟦b⟧ c⟧ · 12 – 3%", nil, nil},
		{"hard-coded word", "⟦Score⟧ points: 54", nil, []string{"points: 54"}},
		{"user data allowed", "Gemeente Dijkhoven (GM9947): ⟦score⟧", []string{"Gemeente Dijkhoven", "GM9947"}, nil},
		{"data not allowed", "Gemeente Dijkhoven: ⟦score⟧", nil, []string{"Gemeente Dijkhoven:"}},
		{"unbalanced close", "⟦a⟧ b⟧", nil, []string{"b", "⟧ without ⟦"}},
		{"unbalanced open", "⟦a", nil, []string{"⟦ without ⟧"}},
		{"symbols only", "██░░ 80 │ ─ +1.5 −0.5", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unmarked(tt.in, tt.allowed...); !slices.Equal(got, tt.want) {
				t.Errorf("Unmarked(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPseudoTextsAreMarked is the check other packages make, on this
// package's own output.
func TestPseudoTextsAreMarked(t *testing.T) {
	l := texts.Pseudo
	out := l.N(texts.ProblemSummary, 2) + "\n" + l.Signed(-1.5) + " " + l.Date("2026-11-01") + "\n" +
		l.T(texts.ProblemNotUTF8, texts.A("byte", "0xE9")) + " " + l.T(texts.ProblemEmptyFile, texts.Sub("expected", texts.ProblemValueAQuestionnaire))
	CheckMarked(t, out, "0xE9")
	if got := Unmarked(texts.NL.T(texts.CompareNoName)); len(got) == 0 {
		t.Error("a Dutch text passes as marked")
	}
}
