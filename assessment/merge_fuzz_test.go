package assessment

import (
	"testing"
)

// FuzzMerge merges two arbitrary answers files of one questionnaire, the
// second made a part of the first, with each policy: no panic, and no answer
// present in either input (current or superseded) is absent from the output.
func FuzzMerge(f *testing.F) {
	q := minimalQuestionnaire(f)
	min := string(readTestdata(f, "answers-minimal.yaml"))
	f.Add(min, min)
	f.Add(min, "format: 1\nkind: soeverein-answers\nanswers:\n  cloud.mail: {choice: eu, answered_by: X}\n  cloud.share: {value: 0}\n")
	f.Add("format: 1\nkind: soeverein-answers\nanswers:\n  cloud.mail: {choice: eu, superseded: [{choice: us, answered_by: A}]}\n",
		"format: 1\nkind: soeverein-answers\npart: {name: B, questions: [cloud.mail], base: {cloud.mail: x}}\nanswers:\n  cloud.mail: {note: n, superseded: [{choice: eu}]}\n")
	f.Fuzz(func(t *testing.T, mainText, partText string) {
		main, _, err := ParseAnswers([]byte(mainText), "main.yaml")
		if err != nil {
			return
		}
		part, _, err := ParseAnswers([]byte(partText), "part.yaml")
		if err != nil {
			return
		}
		part.Municipality, part.Period, part.Questionnaire = main.Municipality, main.Period, main.Questionnaire
		if part.Part == nil {
			part.Part = &Part{Name: "B", Questions: sortedKeys(part.Answers)}
		}
		for _, prefer := range []Resolution{Unresolved, KeepMain, TakePart} {
			res, err := Merge(q, main, []PartFile{{Name: "part.yaml", Answers: part}}, MergeOptions{Prefer: prefer})
			if err != nil {
				t.Fatalf("Merge refused a part made to fit: %v", err)
			}
			if prefer == Unresolved {
				continue
			}
			for _, in := range []*Answers{main, part} {
				for id, ans := range in.Answers {
					assertKept(t, res.Answers, id, ans.content(), ans.HasContent())
					for _, s := range ans.Superseded {
						assertKept(t, res.Answers, id, s.content(), true)
					}
				}
			}
			if _, err := MarshalAnswers(res.Answers); err != nil {
				t.Fatalf("the merged answers do not save: %v", err)
			}
		}
	})
}

func assertKept(t *testing.T, out *Answers, id, c string, has bool) {
	t.Helper()
	if !has {
		return
	}
	got := out.Answers[id]
	if got == nil {
		t.Fatalf("answer %s is gone", id)
	}
	if got.content() == c {
		return
	}
	for _, s := range got.Superseded {
		if s.content() == c {
			return
		}
	}
	t.Fatalf("answer %s lost %q: now %q, superseded %d", id, c, got.content(), len(got.Superseded))
}

// TestEmptyBaseSurvivesSave: an empty text in part.base reads back as one.
func TestEmptyBaseSurvivesSave(t *testing.T) {
	data := "format: 1\nkind: soeverein-answers\npart:\n  base: {cloud.mail: \"\"}\nanswers:\n  cloud.mail:\n    superseded: [{}]\n"
	a, _, err := ParseAnswers([]byte(data), "a.yaml")
	must(t, err)
	saved, err := MarshalAnswers(a)
	must(t, err)
	if _, _, err := ParseAnswers(saved, "saved.yaml"); err != nil {
		t.Fatalf("saved file does not load: %v\n%s", err, saved)
	}
}
