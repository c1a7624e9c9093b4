package reports

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"soeverein/scoring"
)

func TestNumber(t *testing.T) {
	tests := []struct {
		lang string
		in   float64
		want string
	}{
		{"nl", 54, "54"},
		{"nl", 54.3, "54,3"},
		{"en", 54.3, "54.3"},
		{"nl", 49.96, "50"},
		{"nl", 0, "0"},
		{"en", 100, "100"},
	}
	for _, tt := range tests {
		if got := number(tt.lang, tt.in); got != tt.want {
			t.Errorf("number(%s, %v) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestBar(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "░░░░░░░░░░"},
		{80, "████████░░"},
		{84.9, "████████░░"},
		{85, "█████████░"},
		{100, "██████████"},
		{-5, "░░░░░░░░░░"},
		{140, "██████████"},
	}
	for _, tt := range tests {
		if got := bar(tt.in); got != tt.want {
			t.Errorf("bar(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDate(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"nl", "2026-11-01", "1 november 2026"},
		{"en", "2026-11-01", "1 November 2026"},
		{"nl", "2025-01", "januari 2025"},
		{"en", "2025-10", "October 2025"},
		{"nl", "2022", "2022"},
		{"nl", "*ooit*", "*ooit*"}, // not a date: as typed (the document's writer escapes it)
	}
	for _, tt := range tests {
		if got := dateText(tt.lang, tt.in); got != tt.want {
			t.Errorf("dateText(%s, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestAssessmentDate(t *testing.T) {
	result := func(stamps ...string) *scoring.Result {
		th := &scoring.ThemeResult{}
		for _, s := range stamps {
			th.Questions = append(th.Questions, &scoring.QuestionResult{AnsweredAt: s})
		}
		return &scoring.Result{Themes: []*scoring.ThemeResult{th}}
	}
	tests := []struct {
		name   string
		stamps []string
		want   string
	}{
		{"none", nil, ""},
		{"unparsable ignored", []string{"gisteren", "2026-11-02T09:00:00+01:00"}, "2026-11-02"},
		{"newest wins", []string{"2026-11-20T10:15:00+01:00", "2025-11-02T09:00:00+01:00"}, "2026-11-20"},
		// 23:30 in New York is later than 10:15 in Amsterdam the next day
		// minus a bit: the newest moment counts, written in its own zone.
		{"time zones", []string{"2026-11-22T00:30:00+01:00", "2026-11-21T23:30:00-05:00"}, "2026-11-21"},
	}
	for _, tt := range tests {
		if got := assessmentDate(result(tt.stamps...)); got != tt.want {
			t.Errorf("%s: assessmentDate(%v) = %q, want %q", tt.name, tt.stamps, got, tt.want)
		}
	}
}

// A report of answers given to another version says so at the top and in
// the completeness section, and names the answers it could not use.
func TestOtherVersionIsExplained(t *testing.T) {
	s := load(t, fixtures[3])
	s.result.Subject.VersionMismatch = true
	s.result.Subject.AnsweredAgainst.Version = "2025.1"
	s.result.Completeness.Ignored = []string{"cloud.retired_question"}
	for _, tt := range []struct{ lang, top, completeness string }{
		{"nl", "Andere versie van de vragenlijst.", "De antwoorden zijn gegeven op versie 2025.1 van vragenlijst hostile, dit rapport gebruikt versie 2026.1 van vragenlijst hostile."},
		{"en", "Another version of the questionnaire.", "The answers were given to version 2025.1 of questionnaire hostile, this report uses version 2026.1 of questionnaire hostile."},
	} {
		src := s.render(t, tt.lang)
		doc := parseMarkdown(src)
		found := false
		for n := doc.FirstChild(); n != nil && n.Kind() != ast.KindHeading; n = n.NextSibling() {
			found = found || n.Kind() == ast.KindBlockquote && strings.HasPrefix(plainText(n, src), tt.top)
		}
		if !found {
			t.Errorf("%s: no note under the title starts with %q", tt.lang, tt.top)
		}
		var text []string
		for _, n := range section(doc, src, 3, labels[tt.lang]["completeness"]) {
			text = append(text, plainText(n, src))
		}
		joined := strings.Join(text, "\n")
		if !strings.Contains(joined, tt.completeness) || !strings.Contains(joined, "cloud.retired_question") {
			t.Errorf("%s: completeness section does not explain the other version:\n%s", tt.lang, joined)
		}
	}
}
