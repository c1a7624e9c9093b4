package scoring

import (
	"encoding/json"
	"os"
	"testing"

	"soeverein/assessment"
)

// FuzzEvaluate feeds arbitrary answers files through ParseAnswers and
// Evaluate: whatever a user's file holds, scoring must not panic, and the
// result must encode as JSON with scores in 0..100.
func FuzzEvaluate(f *testing.F) {
	for _, seed := range []string{
		"../cmd/soeverein/testdata/score/complete.yaml",
		"../cmd/soeverein/testdata/score/incomplete.yaml",
		"../cmd/soeverein/testdata/score/weakest.yaml",
	} {
		data, err := os.ReadFile(seed)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("format: 1\nkind: soeverein-answers\nanswers:\n  cloud.tools: {choices: [a, a, zz]}\n  cloud.share: {value: -1}\n  exit.plan: {choice: not_applicable}\n"))
	q := load(f, "paths.yaml")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := assessment.ParseAnswers(data, "fuzz.yaml")
		if err != nil {
			return
		}
		res := Evaluate(q, a)
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("result does not encode: %v", err)
		}
		scores := []float64{res.Overall.Score, res.SOV.Score}
		for _, th := range res.Themes {
			scores = append(scores, th.Score)
			for _, qr := range th.Questions {
				scores = append(scores, qr.Score)
			}
		}
		for _, s := range scores {
			if s < 0 || s > 100 {
				t.Fatalf("score %v outside 0..100", s)
			}
		}
	})
}
