package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gopkg.in/yaml.v3"
)

func minimalQuestionnaire(t testing.TB) *Questionnaire {
	t.Helper()
	q, err := Parse(readTestdata(t, "minimal.yaml"), "minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// cmpAnswers compares answers by content, ignoring positions.
var cmpAnswers = []cmp.Option{
	cmpopts.IgnoreTypes(Location{}),
	cmpopts.IgnoreUnexported(Answers{}),
	cmp.Comparer(func(a, b ExtraField) bool {
		x, _ := MarshalAnswers(&Answers{Extra: Extra{a}})
		y, _ := MarshalAnswers(&Answers{Extra: Extra{b}})
		return a.Key == b.Key && string(x) == string(y)
	}),
}

func TestAnswersRoundTrip(t *testing.T) {
	data := readTestdata(t, "answers-minimal.yaml")
	a, warnings, err := ParseAnswers(data, "a.yaml")
	if err != nil {
		t.Fatalf("ParseAnswers: %v", err)
	}
	if len(warnings) != 3 {
		t.Errorf("warnings = %v, want 3 (unknown fields source, reviewer, signed_off_by)", warnings)
	}
	if got := a.Answers["cloud.mail"].Note; got != "Mail staat bij een VS-partij.\nPlan volgt in 2027." {
		t.Errorf("note = %q", got)
	}
	if got := *a.Answers["cloud.share"].Value; got != 42.5 {
		t.Errorf("value = %v, want 42.5", got)
	}

	path := filepath.Join(t.TempDir(), "answers.yaml")
	if err := SaveAnswers(path, a); err != nil {
		t.Fatalf("SaveAnswers: %v", err)
	}
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := ParseAnswers(saved, "b.yaml")
	if err != nil {
		t.Fatalf("ParseAnswers(saved): %v\n%s", err, saved)
	}
	if diff := cmp.Diff(a, b, cmpAnswers...); diff != "" {
		t.Errorf("load, save, load changed the answers (-first +second):\n%s", diff)
	}
	for _, keep := range []string{"cloud.retired_question:", "reviewer: second opinion", "signed_off_by: directie", "source: https://example.invalid/questions.yaml"} {
		if !strings.Contains(string(saved), keep) {
			t.Errorf("saved file lost %q:\n%s", keep, saved)
		}
	}
	// Saving again gives the same bytes: the format is stable.
	again, err := MarshalAnswers(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(saved) {
		t.Errorf("second save differs:\n%s\n---\n%s", saved, again)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("file mode = %v, want 0600", perm)
	}
}

func TestAnswersKeyOrderIsStable(t *testing.T) {
	a := &Answers{Answers: map[string]*Answer{}}
	for _, id := range []string{"z.last", "a.first", "m.middle"} {
		a.Answers[id] = &Answer{Choice: "x"}
	}
	data, err := MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	if !(strings.Index(s, "a.first") < strings.Index(s, "m.middle") && strings.Index(s, "m.middle") < strings.Index(s, "z.last")) {
		t.Errorf("answers not in sorted order:\n%s", s)
	}
	if !strings.HasPrefix(s, "format: 1\nkind: soeverein-answers\n") {
		t.Errorf("file does not start with format and kind:\n%s", s)
	}
}

func TestCheckAnswersWarnsAndKeeps(t *testing.T) {
	q := minimalQuestionnaire(t)
	a, _, err := ParseAnswers(readTestdata(t, "answers-minimal.yaml"), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.Answers["cloud.mail"].Choice = "mars"
	a.Answers["cloud.share"].Value = ptr(250.0)
	var got []string
	for _, p := range q.CheckAnswers(a, "a.yaml") {
		got = append(got, p.Error())
	}
	wantMsgs := []string{
		`a.yaml:20:5: warning: answer cloud.mail: unknown option "mars" (options: us, eu, dont_know); it is kept but not used`,
		`a.yaml:33:5: warning: answer cloud.share: value 250 is outside 0..100; it is kept but not used`,
		`a.yaml:35:5: warning: answer to unknown question "cloud.retired_question" is kept but not used`,
	}
	if diff := cmp.Diff(wantMsgs, got); diff != "" {
		t.Errorf("CheckAnswers (-want +got):\n%s", diff)
	}
	if a.Answers["cloud.retired_question"] == nil {
		t.Error("answer to unknown question was dropped")
	}
}

func ptr[T any](v T) *T { return &v }

func TestParseAnswersErrors(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"questionnaire given", "format: 1\nkind: soeverein-questionnaire\n", "a.yaml:2:7: this is a questionnaire, not an answers file: give the answers file (soeverein-GM....-YYYY.yaml)"},
		{"other yaml", "name: x\n", `a.yaml:1:1: kind must be "soeverein-answers", found "": is this an answers file?`},
		{"newer format", "format: 2\nkind: soeverein-answers\n", "a.yaml:1:9: format 2 was written by a newer soeverein; this version reads format 1: upgrade soeverein"},
		{"bad cbs code", "format: 1\nkind: soeverein-answers\nmunicipality:\n  cbs_code: 0363\n", `a.yaml:4:13: municipality: cbs_code "0363" is not a CBS municipality code: write GM and four digits, for example GM0361`},
		{"bad date", "format: 1\nkind: soeverein-answers\nperiod:\n  reference_date: 1-11-2026\n", `a.yaml:4:19: period: reference_date "1-11-2026" is not a date: write YYYY-MM-DD, for example 2026-11-01`},
		{"two answers", "format: 1\nkind: soeverein-answers\nanswers:\n  a.b:\n    choice: x\n    value: 3\n", "a.yaml:5:5: answer a.b: give only one of choice, choices or value"},
		{"bad evidence level", "format: 1\nkind: soeverein-answers\nanswers:\n  a.b:\n    evidence_level: proven\n", `a.yaml:5:21: answer a.b: evidence_level "proven": use one of self_declared, documented, audited`},
		{"value not a number", "format: 1\nkind: soeverein-answers\nanswers:\n  a.b:\n    value: lots\n", `a.yaml:5:12: answers file: answers: a.b: value: expected a number, found "lots"`},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", "a.yaml: the file is binary, not an answers file (a YAML text file)"},
		{"broken yaml", "format: 1\nkind: [\n", "a.yaml:2:1: not valid YAML: did not find expected node content"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _, err := ParseAnswers([]byte(tc.data), "a.yaml")
			if a != nil {
				t.Error("ParseAnswers returned answers for a bad file")
			}
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error = %v, want Problems", err)
			}
			if got := ps[0].Error(); got != tc.want {
				t.Errorf("ParseAnswers error = %q, want %q", got, tc.want)
			}
		})
	}
}

// failingFS makes the write of the temporary file fail halfway, as a full
// disk would.
type failingFS struct {
	osFS
	failAt string // "write", "sync" or "rename"
}

type failingFile struct {
	*os.File
	failAt string
}

func (f failingFile) Write(p []byte) (int, error) {
	if f.failAt == "write" {
		n, _ := f.File.Write(p[:len(p)/2])
		return n, errors.New("no space left on device")
	}
	return f.File.Write(p)
}

func (f failingFile) Sync() error {
	if f.failAt == "sync" {
		return errors.New("input/output error")
	}
	return f.File.Sync()
}

func (fs failingFS) CreateTemp(dir, pattern string) (tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return failingFile{f, fs.failAt}, nil
}

func (fs failingFS) Rename(from, to string) error {
	if fs.failAt == "rename" {
		return errors.New("permission denied")
	}
	return os.Rename(from, to)
}

func TestInterruptedSaveKeepsOldFile(t *testing.T) {
	old := []byte("format: 1\nkind: soeverein-answers\nanswers:\n  cloud.mail:\n    choice: eu\n")
	newer, err := MarshalAnswers(&Answers{Answers: map[string]*Answer{"cloud.mail": {Choice: "us", Note: strings.Repeat("lang verhaal ", 1000)}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, failAt := range []string{"write", "sync", "rename"} {
		t.Run(failAt, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "answers.yaml")
			if err := os.WriteFile(path, old, 0o600); err != nil {
				t.Fatal(err)
			}
			err := writeAtomic(failingFS{failAt: failAt}, path, newer)
			if err == nil {
				t.Fatal("writeAtomic succeeded, want an error")
			}
			if !strings.HasPrefix(err.Error(), "save "+path+": ") {
				t.Errorf("error = %q, want it to name the file", err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(old) {
				t.Errorf("old file changed to:\n%.200s", got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("folder holds %d files after a failed save, want only the old file (temp file left behind)", len(entries))
			}
		})
	}
}

func TestSaveIntoMissingFolder(t *testing.T) {
	err := SaveAnswers(filepath.Join(t.TempDir(), "nope", "a.yaml"), &Answers{})
	if err == nil || !strings.Contains(err.Error(), "no such file or directory") {
		t.Errorf("SaveAnswers into a missing folder = %v, want a clear error", err)
	}
}

func TestEditing(t *testing.T) {
	q := minimalQuestionnaire(t)
	a := NewAnswers(q, Municipality{Name: "Voorbeeld", CBSCode: "GM9999"}, Period{ReferenceDate: "2026-11-01", Year: 2026}, Respondent{Name: "IM"})
	stamp := Stamp{By: "IM", At: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)}
	mail, tools, share := q.Question("cloud.mail"), q.Question("cloud.tools"), q.Question("cloud.share")

	if q.Visible(tools, a) {
		t.Error("cloud.tools visible before cloud.mail is answered")
	}
	must(t, a.Choose(mail, "us", stamp))
	if !q.Visible(tools, a) {
		t.Error("cloud.tools hidden after cloud.mail = us")
	}
	must(t, a.Choose(tools, "c", stamp))
	must(t, a.Choose(tools, "a", stamp))
	if got := a.Get("cloud.tools").Choices; !cmp.Equal(got, []string{"a", "c"}) {
		t.Errorf("choices = %v, want [a c] in option order", got)
	}
	must(t, a.Choose(tools, "c", stamp))
	if got := a.Get("cloud.tools").Choices; !cmp.Equal(got, []string{"a"}) {
		t.Errorf("choices after toggling c off = %v, want [a]", got)
	}
	must(t, a.Choose(mail, "eu", stamp))
	if q.Visible(tools, a) {
		t.Error("cloud.tools still visible after cloud.mail = eu")
	}
	if got := a.Get("cloud.tools").Choices; !cmp.Equal(got, []string{"a"}) {
		t.Errorf("hiding cloud.tools lost its answer: %v", got)
	}
	if answered, total := q.Progress(nil, a); answered != 1 || total != 2 {
		t.Errorf("Progress = %d/%d, want 1/2", answered, total)
	}
	if err := a.Choose(mail, NotApplicable, stamp); err == nil {
		t.Error("Choose(n.v.t.) on a question without n.v.t. succeeded")
	}
	if err := a.SetValue(share, 101, stamp); err == nil {
		t.Error("SetValue(101) on a 0..100 question succeeded")
	}
	must(t, a.SetValue(share, 100, stamp))
	if got := a.Get("cloud.share").AnsweredAt; got != "2026-11-20T10:00:00Z" {
		t.Errorf("AnsweredAt = %q", got)
	}
	a.SetNote("cloud.mail", "note")
	a.Clear("cloud.mail")
	if a.Get("cloud.mail").HasAnswer() || a.Get("cloud.mail").Note != "note" {
		t.Errorf("Clear: answer %+v, want no answer and the note kept", a.Get("cloud.mail"))
	}
	if err := CheckCBSCode("GM036"); err == nil {
		t.Error("CheckCBSCode(GM036) passed")
	}
	if err := CheckDate("2026-02-30"); err == nil {
		t.Error("CheckDate(2026-02-30) passed")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestZeroValueSurvivesSave(t *testing.T) {
	a := &Answers{Answers: map[string]*Answer{"cloud.share": {Value: ptr(0.0)}}}
	data, err := MarshalAnswers(a)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := ParseAnswers(data, "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if v := b.Get("cloud.share").Value; v == nil || *v != 0 {
		t.Errorf("value 0 lost on save:\n%s", data)
	}
}

func TestValueOnChoiceQuestionIsNotUsable(t *testing.T) {
	q := minimalQuestionnaire(t)
	if q.Question("cloud.tools").Usable(&Answer{Value: ptr(3.0)}) {
		t.Error("a value counts as an answer to a multi-choice question")
	}
	if q.Question("cloud.mail").Usable(&Answer{Value: ptr(3.0)}) {
		t.Error("a value counts as an answer to a single-choice question")
	}
}

// TestAwkwardNotesSurviveSave covers texts that yaml.v3's literal blocks
// lose or cannot write (found by fuzzing).
func TestAwkwardNotesSurviveSave(t *testing.T) {
	for _, note := range []string{"\n0000", " leading space", "a\n indented", "\n\nx", "x\n", "trailing  \nx", "\tx\ny", "a\r\nb", "plain\ntwo lines", "quote ' and \" in\nit"} {
		a := &Answers{Answers: map[string]*Answer{"a.b": {Note: note}}, Extra: Extra{{Key: "x", Value: &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: note, Style: yaml.LiteralStyle}}}}
		data, err := MarshalAnswers(a)
		if err != nil {
			t.Errorf("MarshalAnswers(note %q): %v", note, err)
			continue
		}
		b, _, err := ParseAnswers(data, "a.yaml")
		if err != nil {
			t.Errorf("note %q: saved file does not load: %v\n%s", note, err, data)
			continue
		}
		if got := b.Get("a.b").Note; got != note {
			t.Errorf("note %q came back as %q:\n%s", note, got, data)
		}
		if got := b.Extra[0].Value.Value; got != note {
			t.Errorf("kept field %q came back as %q:\n%s", note, got, data)
		}
	}
}

// TestExclusiveOptionInAFile: a file that holds an exclusive option beside
// others loads, with a positioned warning, and the answer is not usable
// (not scored, listed as invalid for review) until it is fixed.
func TestExclusiveOptionInAFile(t *testing.T) {
	q := minimalQuestionnaire(t)
	tools := q.Question("cloud.tools")
	tools.Option("c").Exclusive = true
	a, _, err := ParseAnswers(readTestdata(t, "answers-minimal.yaml"), "a.yaml") // cloud.tools: choices: [a, c]
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range q.CheckAnswers(a, "a.yaml") {
		if strings.Contains(p.Error(), "cloud.tools") {
			got = append(got, p.Error())
		}
	}
	want := []string{`a.yaml:31:5: warning: answer cloud.tools: option "c" excludes the other options chosen (a, c): keep it alone or remove it; until then the question is not scored and is listed for review; it is kept but not used`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckAnswers (-want +got):\n%s", diff)
	}
	if tools.Usable(a.Get("cloud.tools")) {
		t.Error("an exclusive option beside another is usable, want it not scored")
	}
	a.Answers["cloud.tools"].Choices = []string{"c"}
	if !tools.Usable(a.Get("cloud.tools")) {
		t.Error("an exclusive option alone is not usable")
	}
}

func TestChooseExclusive(t *testing.T) {
	q := minimalQuestionnaire(t)
	tools := q.Question("cloud.tools")
	tools.Option("c").Exclusive = true
	a := &Answers{}
	for _, step := range []struct {
		option string
		want   []string
	}{
		{"a", []string{"a"}},
		{"b", []string{"a", "b"}},
		{"c", []string{"c"}}, // exclusive: the others go
		{"a", []string{"a"}}, // another: the exclusive one goes
		{"a", []string{}},    // toggled off
	} {
		if err := a.Choose(tools, step.option, Stamp{}); err != nil {
			t.Fatal(err)
		}
		if got := a.Get("cloud.tools").Choices; !slices.Equal(got, step.want) && !(len(got) == 0 && len(step.want) == 0) {
			t.Errorf("after choosing %s: %v, want %v", step.option, got, step.want)
		}
	}
}

// The council text of an answer, even one to a question the questionnaire
// no longer has, survives loading and saving.
func TestCouncilTextSurvivesSave(t *testing.T) {
	a, _, err := ParseAnswers(readTestdata(t, "answers-minimal.yaml"), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.SetCouncilText("cloud.mail", "Wij bewaren onze mail: zie ‘het plan’ — 2027.\nTweede regel.")
	path := filepath.Join(t.TempDir(), "answers.yaml")
	if err := SaveAnswers(path, a); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := ParseAnswers(data, "b.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{
		"cloud.mail":             "Wij bewaren onze mail: zie ‘het plan’ — 2027.\nTweede regel.",
		"cloud.retired_question": "Wij hebben deze vraag vorig jaar beantwoord.",
	} {
		if got := b.Answers[id].CouncilText; got != want {
			t.Errorf("%s: council text after save = %q, want %q", id, got, want)
		}
	}
}

// A council text is content: parts that differ only in it are not the same
// answer, and one that holds only a council text is not empty. An answer
// without one keeps the digest it had before council texts existed.
func TestCouncilTextIsContent(t *testing.T) {
	a := &Answer{Choice: "eu", Note: "n"}
	b := &Answer{Choice: "eu", Note: "n", CouncilText: "Wij kiezen voor Europa."}
	if SameContent(a, b) {
		t.Error("answers that differ in their council text have the same content")
	}
	if !(&Answer{CouncilText: "Wij kiezen voor Europa."}).HasContent() {
		t.Error("an answer with only a council text has no content")
	}
	if got, want := a.Digest(), (&Answer{Choice: "eu", Note: "n", CouncilText: ""}).Digest(); got != want || got == b.Digest() {
		t.Errorf("digests %s, %s, %s: want the first two equal and the third different", got, want, b.Digest())
	}
}
