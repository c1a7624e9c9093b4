package assessment

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds every file matching pattern to the fuzz corpus.
func addSeeds(f *testing.F, pattern string) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzParse checks that no input makes the questionnaire parser panic, and
// that every problem it reports carries the file name.
func FuzzParse(f *testing.F) {
	addSeeds(f, "testdata/*.yaml")
	addSeeds(f, "testdata/broken/*.yaml")
	addSeeds(f, "../questions.yaml")
	f.Add([]byte("themes: &a [*a]"))
	// Inputs mutation cannot reach: many values, and aliases that expand
	// inside a list (both crashed the validator once). Generated, not kept
	// in testdata: the first is 1.5 MB.
	if !testing.Short() {
		f.Add(bigQuestionnaire(f, 7000))
	}
	f.Add(aliasBomb(f))
	f.Add([]byte("format: 1\nthemes:\n  - questions:\n      - show_if: {all: [{not: {any: []}}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := Parse(data, "fuzz.yaml")
		if q == nil && err == nil {
			t.Fatal("Parse returned neither a questionnaire nor an error")
		}
		if q != nil {
			a := &Answers{Answers: map[string]*Answer{}}
			for _, qu := range q.Questions() {
				q.Visible(qu, a)
			}
		}
	})
}

// FuzzParseAnswers checks that no input makes the answers parser panic, and
// that whatever it accepts survives a save and a load unchanged.
func FuzzParseAnswers(f *testing.F) {
	addSeeds(f, "testdata/answers-*.yaml")
	addSeeds(f, "../testdata/answers/*.yaml")
	f.Add([]byte("format: 1\nkind: soeverein-answers\nanswers:\n  a.b: {choice: x, zz: [1, {y: 2}]}\n"))
	// Many values without aliases (TestParseAnswersLarge loads 40,000;
	// a save and a load of those per fuzz run would take seconds).
	f.Add(bigAnswers(2000))
	// Comments everywhere yaml.v3 keeps them, and CR LF line ends.
	f.Add([]byte("# head\n\nformat: 1 # line\nkind: soeverein-answers\n# before answers\nanswers:\n  a.b: # on the key\n    evidence:\n      - x # item\n    # foot of a.b\n# foot\n"))
	f.Add([]byte("format: 1\r\nkind: soeverein-answers # k\r\nanswers:\r\n  a.b: {choice: x} # flow\r\n"))
	f.Add([]byte("format: 1\nkind: soeverein-answers\nx0: &a [x, x]\nx1: &b [*a, *a]\nx2: &c [*b, *b]\nx3: &d [*c, *c]\nx4: &e [*d, *d]\nx5: &f [*e, *e]\nx6: &g [*f, *f]\nx7: &h [*g, *g]\nx8: &i [*h, *h]\nx9: &j [*i, *i]\nxa: &k [*j, *j]\nxb: &l [*k, *k]\nxc: &m [*l, *l]\nxd: &n [*m, *m]\nxe: &o [*n, *n]\nxf: &p [*o, *o]\nxg: &q [*p, *p]\nanswers: {a.b: {zz: [*q, *q, *q]}}\n"))
	q := minimalQuestionnaire(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := ParseAnswers(data, "fuzz.yaml")
		if err != nil {
			return
		}
		q.CheckAnswers(a, "fuzz.yaml")
		q.Progress(nil, a)
		saved, err := MarshalAnswers(a)
		if err != nil {
			t.Fatalf("MarshalAnswers of a parsed file: %v", err)
		}
		if !bytes.Equal(saved, data) {
			t.Fatalf("saved without a change, the file changed:\n%s\n---\n%s", data, saved)
		}
		// A change: the file is encoded anew, with its comments put back.
		a.Current = "fuzz.changed"
		saved, err = MarshalAnswers(a)
		if err != nil {
			t.Fatalf("MarshalAnswers after a change: %v", err)
		}
		b, _, err := ParseAnswers(saved, "saved.yaml")
		if err != nil {
			t.Fatalf("a saved file does not load again: %v\n%s", err, saved)
		}
		b.Current = "fuzz.changed.again"
		again, err := MarshalAnswers(b)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Replace(string(saved), "current: fuzz.changed", "current: fuzz.changed.again", 1); string(again) != want {
			t.Fatalf("save, load, change, save is not stable:\n%s\n---\n%s", saved, again)
		}
	})
}

func TestAliasBombIsRefused(t *testing.T) {
	bomb := "format: 1\nkind: soeverein-answers\nx0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
	for i := 1; i <= 9; i++ {
		bomb += fmt.Sprintf("x%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	_, _, err := ParseAnswers([]byte(bomb), "bomb.yaml")
	if err == nil || !strings.Contains(err.Error(), "expands to more than") {
		t.Errorf("ParseAnswers(alias bomb) = %v, want a refusal", err)
	}
}

func TestUnknownFieldWithAliasSurvivesSave(t *testing.T) {
	data := "format: 1\nkind: soeverein-answers\nrespondent: &r {name: IM}\nextra: *r\n"
	a, _, err := ParseAnswers([]byte(data), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if saved, err := MarshalAnswers(a); err != nil || string(saved) != data {
		t.Errorf("unchanged, the file is saved as it was: %v\n%s", err, saved)
	}
	a.Respondent.Role = "CISO" // a change: the file is encoded anew
	saved, err := MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ParseAnswers(saved, "saved.yaml"); err != nil {
		t.Fatalf("saved file does not load: %v\n%s", err, saved)
	}
	if !strings.Contains(string(saved), "extra: {name: IM}\n") {
		t.Errorf("alias not expanded in saved file:\n%s", saved)
	}
}
