package survey

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/figure"
	"soeverein/scoring"
)

// wantScores is the overall score and then each theme's, as every output
// must print them: the scorer's scores at one decimal ("" for no score).
func wantScores(res *scoring.Result, lang string) []string {
	out := []string{figure.Score(lang, res.Overall.Score)}
	for _, t := range res.Themes {
		if t.Scored {
			out = append(out, figure.Score(lang, t.Score))
		} else {
			out = append(out, "")
		}
	}
	return out
}

var barScore = regexp.MustCompile(`[█░]+\s+([0-9]+[.,][0-9])\s`)

// TestFinishPrintsTheScorersScores: the finish screen prints exactly the
// scores of the result, with one decimal (not 27 for 26,7, which could
// contradict the level: 29,8 is level 1 when level 2 starts at 30).
func TestFinishPrintsTheScorersScores(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := startFromCautious(t, lang, 100, 40)
			press(m, "r", "f")
			res := scoring.Evaluate(m.Session().Q, m.Session().A)
			var got []string
			for _, l := range strings.Split(screenText(m), "\n") {
				if s := barScore.FindStringSubmatch(l); s != nil {
					got = append(got, s[1])
				}
			}
			if want := wantScores(res, lang); !slices.Equal(got, want) {
				t.Errorf("finish screen scores = %v, want the scorer's %v", got, want)
			}
		})
	}
}

// checkAccessibleScores checks the summary lines "Title: 26,7 (niveau ...)"
// of the accessible mode against the scorer.
func checkAccessibleScores(t *testing.T, out string, q *assessment.Questionnaire, a *assessment.Answers, lang string) {
	t.Helper()
	res := scoring.Evaluate(q, a)
	_, tail, ok := strings.Cut(out, map[string]string{"nl": "Zelfevaluatie afgerond\n", "en": "Self-assessment finished\n"}[lang])
	if !ok {
		t.Fatalf("no summary in the output:\n%s", out)
	}
	lines := strings.Split(tail, "\n")
	score := regexp.MustCompile(`^[^:]+: ([0-9]+[.,][0-9]) `)
	var got []string
	for _, l := range lines[:len(res.Themes)+1] {
		if s := score.FindStringSubmatch(l); s != nil {
			got = append(got, s[1])
		} else {
			got = append(got, "")
		}
	}
	if want := wantScores(res, lang); !slices.Equal(got, want) {
		t.Errorf("accessible summary scores = %v, want the scorer's %v; summary:\n%s", got, want, strings.Join(lines[:len(res.Themes)+1], "\n"))
	}
}
