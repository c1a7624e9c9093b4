package scoring

import (
	"os"
	"testing"

	"soeverein/assessment"
)

// TestEvaluateCarriesReplacedAnswers scores answers given to an older
// questionnaire under the version that renamed a question and an option.
func TestEvaluateCarriesReplacedAnswers(t *testing.T) {
	data, err := os.ReadFile("../assessment/testdata/minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, "minimal-2027.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old := &assessment.Answers{Answers: map[string]*assessment.Answer{
		"cloud.mail": {Choice: "eu"}, // now cloud.email, option kept
	}}
	res := Evaluate(q, old)
	var got *QuestionResult
	for _, qr := range res.Themes[0].Questions {
		if qr.ID == "cloud.email" {
			got = qr
		}
	}
	if got == nil || got.Status != Answered || got.Score != 100 {
		t.Fatalf("cloud.email = %+v, want answered with score 100 (carried from cloud.mail)", got)
	}
	if old.Get("cloud.email") != nil {
		t.Error("Evaluate changed the answers it was given")
	}
}
