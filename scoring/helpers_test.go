package scoring

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"soeverein/assessment"
)

// load parses a questionnaire from testdata.
func load(t testing.TB, name string) *assessment.Questionnaire {
	t.Helper()
	path := "testdata/" + name
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, path)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return q
}

// answers builds an answers file from a compact notation: "=60" is a value,
// "a,c" the choices of a multi question (also "a" alone), anything else the
// choice of a single question or a built-in answer (dont_know,
// not_applicable) for any question.
func answers(t testing.TB, q *assessment.Questionnaire, given map[string]string) *assessment.Answers {
	t.Helper()
	a := &assessment.Answers{
		Format:        assessment.AnswersFormat,
		Kind:          assessment.AnswersKind,
		Questionnaire: assessment.QuestionnaireRef{ID: q.ID, Version: q.Version, SHA256: q.SHA256},
		Answers:       map[string]*assessment.Answer{},
	}
	for id, s := range given {
		ans := &assessment.Answer{}
		qu := q.Question(id)
		switch {
		case strings.HasPrefix(s, "="):
			v, err := strconv.ParseFloat(s[1:], 64)
			if err != nil {
				t.Fatalf("answer %s: %v", id, err)
			}
			ans.Value = &v
		case s == assessment.DontKnow || s == assessment.NotApplicable:
			ans.Choice = s
		case qu != nil && qu.Type == assessment.Multi:
			ans.Choices = strings.Split(s, ",")
		default:
			ans.Choice = s
		}
		a.Answers[id] = ans
	}
	return a
}
