package assessment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPluralN(t *testing.T) {
	p := Plural{
		"nl": {One: "Onbekend: {question}", Other: "Onbekend: {count} vragen over ‘{theme}’ {missing}"},
		"en": {One: "Unknown: {question}", Other: "Unknown: {count} questions on ‘{theme}’"},
	}
	theme := Param{Name: ParamTheme, Value: Text{"nl": "Exit", "en": "Exit"}}
	question := Param{Name: ParamQuestion, Value: Text{"nl": "Is er een plan?", "en": "Is there a plan?"}}
	for _, tc := range []struct {
		n    int
		args []Param
		want Text
	}{
		{1, []Param{theme, question}, Text{"nl": "Onbekend: Is er een plan?", "en": "Unknown: Is there a plan?"}},
		{2, []Param{theme}, Text{"nl": "Onbekend: 2 vragen over ‘Exit’ {missing}", "en": "Unknown: 2 questions on ‘Exit’"}},
		{0, []Param{theme}, Text{"nl": "Onbekend: 0 vragen over ‘Exit’ {missing}", "en": "Unknown: 0 questions on ‘Exit’"}},
		{1, nil, Text{"nl": "Onbekend: {question}", "en": "Unknown: {question}"}},
	} {
		if diff := cmp.Diff(tc.want, p.N(tc.n, tc.args...)); diff != "" {
			t.Errorf("N(%d) (-want +got):\n%s", tc.n, diff)
		}
	}
}

func TestTextParams(t *testing.T) {
	for _, tc := range []struct {
		s, want, err string
	}{
		{"Op {count} vragen over {theme}", "count theme", ""},
		{"geen parameters", "", ""},
		{"Op {count vragen", "", "a { that is not closed: write a parameter as {count}"},
		{"Op count} vragen", "", "a } that closes no parameter"},
		{"Op {Count} vragen", "", "{Count} is not a parameter: a parameter is a name in lowercase letters and _, such as {count}"},
	} {
		names, err := textParams(tc.s)
		got := ""
		for i, n := range names {
			if i > 0 {
				got += " "
			}
			got += n
		}
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != tc.want || gotErr != tc.err {
			t.Errorf("textParams(%q) = %q, %q; want %q, %q", tc.s, got, gotErr, tc.want, tc.err)
		}
	}
}
