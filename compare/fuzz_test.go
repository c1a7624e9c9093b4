package compare

import (
	"bytes"
	"os"
	"testing"

	"soeverein"
	"soeverein/assessment"
)

// FuzzCompare checks that no set of answers files makes Compare panic:
// three arbitrary files (each may be empty, broken, or of another
// municipality or questionnaire), compared under the default questionnaire
// with an older version known.
func FuzzCompare(f *testing.F) {
	seed := func(name string) []byte {
		data, err := os.ReadFile(years + name)
		if err != nil {
			f.Fatal(err)
		}
		return data
	}
	y25, y26, y27 := seed("soeverein-GM9947-2025.yaml"), seed("soeverein-GM9947-2026.yaml"), seed("soeverein-GM9947-2027.yaml")
	f.Add(y25, y26, y27)
	f.Add(y25, y25, []byte(nil))
	f.Add(y26, bytes.Replace(y25, []byte("GM9947"), []byte("GM0001"), 1), y27)
	f.Add([]byte("format: 1\nkind: soeverein-answers\nanswers: {x.y: {choice: z}}\n"), y26, []byte("format: 1\nkind: soeverein-answers\n"))
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, "questions.yaml")
	if err != nil {
		f.Fatal(err)
	}
	old := readQuestionnaire(f, years+"questions-2025.1.yaml")
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		var inputs []Input
		for i, data := range [][]byte{a, b, c} {
			ans, _, err := assessment.ParseAnswers(data, "fuzz.yaml")
			if err != nil {
				continue
			}
			inputs = append(inputs, Input{File: string(rune('a' + i)), Answers: ans})
		}
		tr, err := Compare(q, []*assessment.Questionnaire{old}, inputs)
		if err == nil && tr == nil {
			t.Fatal("Compare returned neither a trend nor an error")
		}
	})
}
