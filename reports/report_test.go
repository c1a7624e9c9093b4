package reports

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"soeverein/assessment"
	"soeverein/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata/golden")

// fixture is an answers file scored against a questionnaire.
type fixture struct {
	name          string // golden files are testdata/golden/NAME.LANG.md
	questionnaire string
	answers       string
}

// fixtures are the shared answer files of the default questionnaire, a
// seed letter, and a small file full of hostile text against the minimal
// test questionnaire.
var fixtures = []fixture{
	{"cautious", "../questions.yaml", "../testdata/answers/cautious.yaml"},
	{"microsoft", "../questions.yaml", "../testdata/answers/microsoft.yaml"},
	{"incomplete", "../questions.yaml", "../testdata/answers/incomplete.yaml"},
	{"hostile", "testdata/hostile-questions.yaml", "testdata/hostile-answers.yaml"},
	{"draft", "../questions.yaml", "../testdata/answers/draft.yaml"},
	// A seed letter answered honestly: "weet ik niet" where the letter is
	// silent, so that most themes have one don't-know finding for several
	// questions.
	{"seed-duinhaven", "../questions.yaml", "../testdata/seeds/duinhaven.yaml"},
}

// scored is a fixture loaded and scored, with the options the CLI would pass.
type scored struct {
	q       *assessment.Questionnaire
	a       *assessment.Answers
	result  *scoring.Result
	options Options
}

func load(t testing.TB, f fixture) *scored {
	t.Helper()
	data, err := os.ReadFile(f.answers)
	if os.IsNotExist(err) {
		t.Skipf("fixture %s is not there yet", f.answers)
	}
	if err != nil {
		t.Fatal(err)
	}
	qdata, err := os.ReadFile(f.questionnaire)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(qdata, filepath.Base(f.questionnaire))
	if err != nil {
		t.Fatalf("questionnaire %s: %v", f.questionnaire, err)
	}
	a, _, err := assessment.ParseAnswers(data, f.answers)
	if err != nil {
		t.Fatalf("answers %s: %v", f.answers, err)
	}
	sum := sha256.Sum256(data)
	return &scored{q: q, a: a, result: scoring.Evaluate(q, a), options: Options{
		AnswersFile: filepath.Base(f.answers), AnswersSHA256: hex.EncodeToString(sum[:]),
	}}
}

func (s *scored) render(t testing.TB, lang string) []byte {
	t.Helper()
	opts := s.options
	opts.Lang = lang
	var buf bytes.Buffer
	if err := Markdown(&buf, s.result, s.q, opts); err != nil {
		t.Fatalf("Markdown(%s): %v", lang, err)
	}
	return buf.Bytes()
}

// checkGolden compares got with a golden file; -update rewrites the file
// first, to be reviewed like code.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./reports -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./reports -update and review the diff)", path)
	}
}

func TestGolden(t *testing.T) {
	for _, f := range fixtures {
		for _, lang := range languages() {
			t.Run(f.name+"/"+lang, func(t *testing.T) {
				got := load(t, f).render(t, lang)
				checkGolden(t, filepath.Join("testdata", "golden", f.name+"."+lang+".md"), got)
			})
		}
	}
}

func TestMarkdownIsDeterministic(t *testing.T) {
	s := load(t, fixtures[len(fixtures)-1])
	first := s.render(t, "nl")
	for range 5 {
		if got := s.render(t, "nl"); !bytes.Equal(got, first) {
			t.Fatal("two renders of the same result differ")
		}
	}
}

func TestMarkdownDefaultsToDutch(t *testing.T) {
	s := load(t, fixtures[len(fixtures)-1])
	if got, want := s.render(t, ""), s.render(t, "nl"); !bytes.Equal(got, want) {
		t.Error("Markdown with Lang \"\" differs from Lang \"nl\"")
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, s.result, s.q, Options{Lang: "de"}); err == nil {
		t.Error("Markdown with Lang \"de\": no error, want one")
	}
}

func BenchmarkMarkdown(b *testing.B) {
	s := load(b, fixtures[1])
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Markdown(&buf, s.result, s.q, s.options); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
