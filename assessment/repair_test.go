package assessment

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestMarshalRepairsText: text that reached the answers by any path (a
// paste, a program) is saved with its bad bytes replaced, never refused.
func TestMarshalRepairsText(t *testing.T) {
	extra := Extra{{Key: "x_tool", Value: &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "bad \xff"}}}
	a := &Answers{
		Municipality: Municipality{Name: "Gemeente M\xfcnster"},
		Answers: map[string]*Answer{
			"q.\xe9": {Note: "caf\xe9", Evidence: []string{"dpia\xe9"}},
		},
		Extra: extra,
	}
	data, err := MarshalAnswers(a)
	if err != nil {
		t.Fatalf("MarshalAnswers: %v", err)
	}
	back, _, err := ParseAnswers(data, "a.yaml")
	if err != nil {
		t.Fatalf("ParseAnswers of saved bytes: %v\n%s", err, data)
	}
	if got, want := back.Municipality.Name, "Gemeente M\uFFFDnster"; got != want {
		t.Errorf("municipality = %q, want %q", got, want)
	}
	if ans := back.Answers["q.\uFFFD"]; ans == nil || ans.Note != "caf\uFFFD" || ans.Evidence[0] != "dpia\uFFFD" {
		t.Errorf("answer not repaired: %+v", back.Answers)
	}
	if !strings.Contains(string(data), "bad \uFFFD") {
		t.Errorf("unknown field not repaired:\n%s", data)
	}
}

func TestHiddenCharacterWarning(t *testing.T) {
	data := "format: 1\nkind: soeverein-answers\nmunicipality:\n  name: \"Gemeente \u202eX\"\nanswers:\n  a.b:\n    note: ok\u200bok\n"
	_, warns, err := ParseAnswers([]byte(data), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		if strings.Contains(w.Msg, "hidden character") {
			got = append(got, w.Error())
		}
	}
	want := []string{
		"a.yaml:4:19: warning: hidden character [U+202E] (a writing-direction control) in the text; it can make the text read differently from what it says: remove it",
		"a.yaml:7:13: warning: hidden character [U+200B] (a zero-width character) in the text; it can make the text read differently from what it says: remove it",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
