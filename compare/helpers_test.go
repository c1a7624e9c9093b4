package compare

import (
	"os"
	"path/filepath"
	"testing"

	"soeverein/assessment"
)

const years = "../testdata/years/"

// readQuestionnaire parses a questionnaire file of the fixtures.
func readQuestionnaire(t testing.TB, path string) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, filepath.Base(path))
	if err != nil {
		t.Fatalf("questionnaire %s: %v", path, err)
	}
	return q
}

// readAnswers parses an answers file of the fixtures.
func readAnswers(t testing.TB, path string) *assessment.Answers {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := assessment.ParseAnswers(data, filepath.Base(path))
	if err != nil {
		t.Fatalf("answers %s: %v", path, err)
	}
	return a
}

// fixtureInputs are the three years of Gemeente Dijkhoven, newest first (the
// order must not matter).
func fixtureInputs(t testing.TB) []Input {
	var in []Input
	for _, y := range []string{"2027", "2025", "2026"} {
		name := "soeverein-GM9947-" + y + ".yaml"
		in = append(in, Input{File: name, Answers: readAnswers(t, years+name)})
	}
	return in
}

// loadYears compares the three years under questionnaire 2027.1 with
// 2025.1 known.
func loadYears(t testing.TB) *Trend {
	t.Helper()
	q := readQuestionnaire(t, years+"questions-2027.1.yaml")
	old := readQuestionnaire(t, years+"questions-2025.1.yaml")
	tr, err := Compare(q, []*assessment.Questionnaire{old}, fixtureInputs(t))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}
