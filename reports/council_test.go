package reports

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"

	"soeverein/assessment"
	"soeverein/scoring"
)

// councilText is the plain text of the answer to council question i.
func councilText(t *testing.T, s *scored, lang string, i int) string {
	t.Helper()
	src := s.render(t, lang)
	doc := parseMarkdown(src)
	cq := s.result.CouncilQuestions[i]
	var parts []string
	for _, n := range section(doc, src, 3, fmt.Sprintf("%d. %s", i+1, cq.Text.In(lang))) {
		if n.Kind() != ast.KindList {
			parts = append(parts, plainText(n, src))
			continue
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			parts = append(parts, "- "+plainText(item, src))
		}
	}
	if len(parts) == 0 {
		t.Fatalf("no answer to council question %q", cq.Text.In(lang))
	}
	return strings.Join(parts, "\n")
}

// Two very different municipalities must get clearly different answers, and
// each answer must carry its own numbers, answers and findings.
func TestCouncilAnswersFollowTheAnswers(t *testing.T) {
	for _, lang := range Languages {
		t.Run(lang, func(t *testing.T) {
			a, b := load(t, fixtures[0]), load(t, fixtures[1])
			for i, cq := range a.result.CouncilQuestions {
				textA, textB := councilText(t, a, lang, i), councilText(t, b, lang, i)
				if textA == textB {
					t.Errorf("council question %s: %s and %s get the same answer:\n%s", cq.ID, fixtures[0].name, fixtures[1].name, textA)
				}
				checkCouncilFacts(t, a, lang, cq, textA)
				checkCouncilFacts(t, b, lang, cq, textB)
			}
		})
	}
}

func TestCouncilQuestionWithoutThemes(t *testing.T) {
	s := load(t, fixtures[3])
	s.result.CouncilQuestions = append(s.result.CouncilQuestions, &scoring.CouncilQuestion{
		ID: "social", Text: assessment.Text{"nl": "Zit de gemeente op X?", "en": "Is the municipality on X?"}, Themes: []string{},
	})
	for _, tt := range []struct{ lang, want string }{
		{"nl", "Deze vragenlijst bevat geen vragen over dit onderwerp."},
		{"en", "This questionnaire has no questions on this subject."},
	} {
		if got := councilText(t, s, tt.lang, 1); got != tt.want {
			t.Errorf("answer to a council question no theme names (%s) = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// checkCouncilFacts checks that an answer names every theme's score and
// level, quotes the weightiest answer of each theme, and names the most
// serious rule finding.
func checkCouncilFacts(t *testing.T, s *scored, lang string, cq *scoring.CouncilQuestion, text string) {
	t.Helper()
	var serious *scoring.Finding
	for _, id := range cq.Themes {
		th := s.result.Theme(id)
		if th.Scored {
			want := fmt.Sprintf("‘%s’", th.Title.In(lang))
			for _, w := range []string{want, number(lang, th.Score), th.Level.Name.In(lang)} {
				if !strings.Contains(text, w) {
					t.Errorf("answer to %s does not contain %q (theme %s, score %v):\n%s", cq.ID, w, id, th.Score, text)
				}
			}
		}
		if q := weightiest(th); q != nil {
			want := "- " + questionOnly(q.Text.In(lang)) + " "
			for _, o := range q.Selected {
				want += strings.TrimRight(o.Label.In(lang), ".")
				break
			}
			// Multiple answers are quoted ‘…’; an option may hold quotes itself.
			if !strings.Contains(strings.ReplaceAll(text, "‘", ""), strings.ReplaceAll(want, "‘", "")) {
				t.Errorf("answer to %s does not quote %q:\n%s", cq.ID, want, text)
			}
		}
		for _, f := range s.result.Findings {
			if f.Theme == id && f.Source == scoring.FromRule && (serious == nil || f.Severity.Rank() > serious.Severity.Rank()) {
				serious = f
			}
		}
	}
	if serious != nil && !strings.Contains(text, serious.Title.In(lang)) {
		t.Errorf("answer to %s does not name the most serious finding %q:\n%s", cq.ID, serious.Title.In(lang), text)
	}
}

// weightiest is the counted question with the most weight, the first of equals.
func weightiest(th *scoring.ThemeResult) *scoring.QuestionResult {
	var best *scoring.QuestionResult
	for _, q := range th.Questions {
		if q.Status.Counted() && (best == nil || q.Weight > best.Weight) {
			best = q
		}
	}
	return best
}
