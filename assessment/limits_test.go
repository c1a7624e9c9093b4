package assessment

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// bigQuestionnaire is the minimal questionnaire with n extra plain questions
// in its first theme: a real file without aliases, large in values.
func bigQuestionnaire(t testing.TB, n int) []byte {
	t.Helper()
	base := string(readTestdata(t, "minimal.yaml"))
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `      - id: cloud.q%d
        type: single
        weight: 1
        text: {nl: "Vraag %d?", en: "Question %d?"}
        help: {nl: Hulp, en: Help}
        refs: [cloud_act]
        sov: [SOV-1]
        options:
          - {id: no, label: {nl: Nee, en: No}, score: 0}
          - {id: yes, label: {nl: Ja, en: Yes}, score: 100}
`, i, i, i)
	}
	i := strings.Index(base, "      - id: cloud.mail\n")
	return []byte(base[:i] + b.String() + base[i:])
}

// aliasBomb is the minimal questionnaire with a list of questions whose
// show_if conditions double through aliases, question by question: a few
// hundred bytes that expand to billions of values inside a list.
func aliasBomb(t testing.TB) []byte {
	t.Helper()
	base := string(readTestdata(t, "minimal.yaml"))
	var b strings.Builder
	b.WriteString("      - {id: cloud.b0, show_if: &c0 {question: cloud.mail, is: [us]}}\n")
	for i := 1; i < 32; i++ {
		fmt.Fprintf(&b, "      - {id: cloud.b%d, show_if: &c%d {all: [*c%d, *c%d]}}\n", i, i, i-1, i-1)
	}
	i := strings.Index(base, "      - id: cloud.mail\n")
	return []byte(base[:i] + b.String() + base[i:])
}

func TestParseLargeOrAliased(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	t.Run("7000 plain questions", func(t *testing.T) {
		data := bigQuestionnaire(t, 7000)
		q, err := Parse(data, "big.yaml")
		if err != nil {
			t.Fatalf("Parse(%d bytes) = %v, want a questionnaire", len(data), firstLine(err))
		}
		if got := len(q.Questions()); got != 7003 {
			t.Errorf("questions = %d, want 7003", got)
		}
	})
	t.Run("alias bomb in a list", func(t *testing.T) {
		_, err := Parse(aliasBomb(t), "bomb.yaml")
		if err == nil || !strings.Contains(err.Error(), "aliases") {
			t.Fatalf("Parse(bomb) = %v, want a problem about aliases", err)
		}
	})
}

func TestParseAnswersLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	data := bigAnswers(40000)
	if len(data) > MaxFileSize {
		t.Fatalf("test file is %d bytes, above the limit", len(data))
	}
	a, _, err := ParseAnswers(data, "big.yaml")
	if err != nil {
		t.Fatalf("ParseAnswers(%d bytes) = %v", len(data), firstLine(err))
	}
	if len(a.Answers) != 40000 {
		t.Errorf("answers = %d, want 40000", len(a.Answers))
	}
}

// bigAnswers is an answers file of n answers without aliases, about 200
// bytes each (40,000 of them make 7.9 MB).
func bigAnswers(n int) []byte {
	var b bytes.Buffer
	b.WriteString("format: 1\nkind: soeverein-answers\nanswers:\n")
	for i := range n {
		fmt.Fprintf(&b, "  t.q%06d:\n    choice: yes\n    note: \"Notitie bij vraag %d, met wat tekst erbij.\"\n    evidence: [https://example.org/doc/%d]\n    answered_at: \"2026-11-20T14:05:00+01:00\"\n    answered_by: iemand\n", i, i, i)
	}
	return b.Bytes()
}

func TestFileSizeMessage(t *testing.T) {
	data := make([]byte, 40<<20)
	_, err := Parse(data, "x.yaml")
	if err == nil || !strings.Contains(err.Error(), "40.0 MiB") {
		t.Errorf("Parse(40 MiB) = %v, want the real size 40.0 MiB", err)
	}
}

func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func TestParseAnswersRefusesMoreDocuments(t *testing.T) {
	head := "format: 1\nkind: soeverein-answers\n"
	for name, tc := range map[string]struct{ data, want string }{
		"second document": {head + "---\nformat: 1\n", "x.yaml:3:1: the file holds more than one YAML document"},
		"after the end":   {head + "...\nanswers: {}\n", "x.yaml:3:1: the file holds more than one YAML document"},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := ParseAnswers([]byte(tc.data), "x.yaml")
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("ParseAnswers = %v, want %q", err, tc.want)
			}
		})
	}
	if _, _, err := ParseAnswers([]byte(head+"...\n"), "x.yaml"); err != nil {
		t.Errorf("a single document ended by ... = %v, want it accepted", err)
	}
}
