package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/assessment"
	"soeverein/scoring"
)

const mainFile = `format: 1
kind: soeverein-answers
questionnaire:
  id: gemeente-soevereiniteit
  version: "2026.1"
municipality:
  name: Gemeente Voorbeeld
  cbs_code: GM9999
period:
  reference_date: "2026-11-01"
  year: 2026
respondent:
  name: Coördinator
  role: informatiemanager
answers: {}
`

func TestParseRespondentOptions(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want runner
		err  string
	}{
		{"assign", []string{"assign", "m.yaml", "cloud", "exit", "--to", "A. de Vries", "--role", "CISO"},
			&assignOptions{File: "m.yaml", IDs: []string{"cloud", "exit"}, To: "A. de Vries", Role: "CISO", Lang: "nl"}, ""},
		{"assign flags first", []string{"assign", "--to=B", "--lang", "en", "m.yaml", "archiving"},
			&assignOptions{File: "m.yaml", IDs: []string{"archiving"}, To: "B", Lang: "en"}, ""},
		{"assign without theme", []string{"assign", "m.yaml", "--to", "B"}, nil, "assign needs an answers file and one or more themes"},
		{"assign without --to", []string{"assign", "m.yaml", "cloud"}, nil, "say who answers with --to NAME"},
		{"split", []string{"split", "m.yaml", "--dir", "delen"}, &splitOptions{File: "m.yaml", Dir: "delen", Lang: "nl"}, ""},
		{"split two files", []string{"split", "m.yaml", "n.yaml"}, nil, "split needs one answers file"},
		{"merge", []string{"merge", "m.yaml", "a.yaml", "b.yaml", "--prefer", "part"},
			&mergeOptions{File: "m.yaml", Parts: []string{"a.yaml", "b.yaml"}, Prefer: assessment.TakePart, Lang: "nl"}, ""},
		{"merge prefer main", []string{"merge", "--prefer=main", "m.yaml", "a.yaml"},
			&mergeOptions{File: "m.yaml", Parts: []string{"a.yaml"}, Prefer: assessment.KeepMain, Lang: "nl"}, ""},
		{"merge bad prefer", []string{"merge", "m.yaml", "a.yaml", "--prefer", "mine"}, nil, `--prefer must be main or part, not "mine"`},
		{"merge no parts", []string{"merge", "m.yaml"}, nil, "merge needs the main file and one or more parts"},
		{"merge itself", []string{"merge", "m.yaml", "./m.yaml"}, nil, "is the main file itself"},
		{"status", []string{"status", "m.yaml", "a.yaml"}, &statusOptions{File: "m.yaml", Parts: []string{"a.yaml"}, Lang: "nl"}, ""},
		{"status nothing", []string{"status"}, nil, "status needs the main file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCommandLine(tt.args, nil)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("parse(%v) error = %v, want %q", tt.args, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parse(%v) (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

// colleagues and their themes, as a coordinator would divide them.
var colleagues = []struct {
	name, role string
	themes     []string
}{
	{"A. de Vries", "CISO", []string{"cloud", "exit"}},
	{"B. Bakker", "archivaris", []string{"archiving"}},
	{"C. Smit", "communicatie", []string{"messaging", "social"}},
	{"D. Jansen", "inkoop", []string{"ai", "open", "europe", "cooperation", "sustainability"}},
}

// answerAll is accessible-mode input giving option 2 (or the value 2) and
// no note to up to n questions.
func answerAll(n int) string { return strings.Repeat("2\n\n", n) }

func mustRun(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	stdout, stderr, code := runSurveyArgs(t, stdin, nil, args...)
	if code != exitOK {
		t.Fatalf("soeverein %s: exit code %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, stdout, stderr)
	}
	return stdout + stderr
}

// TestSplitAnswerMerge: a coordinator splits over four colleagues, each
// answers their part in the accessible mode and marks it done, and the merge
// gives the same answers and score as answering everything in one file.
func TestSplitAnswerMerge(t *testing.T) {
	t.Chdir(t.TempDir())
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile("main.yaml", []byte(mainFile), 0o600))
	must(os.WriteFile("one.yaml", []byte(mainFile), 0o600))
	for _, c := range colleagues {
		mustRun(t, "", append(append([]string{"assign", "main.yaml"}, c.themes...), "--to", c.name, "--role", c.role)...)
	}
	out := mustRun(t, "", "split", "main.yaml", "--dir", "delen")
	parts, _ := filepath.Glob(filepath.Join("delen", "*.yaml"))
	sort.Strings(parts)
	if len(parts) != 4 || !strings.Contains(out, "delen/main.deel-b-bakker.yaml: B. Bakker (archivaris), 5 vragen (archiving)") {
		t.Fatalf("split wrote %v:\n%s", parts, out)
	}
	if _, _, code := runSurveyArgs(t, "", nil, "split", "main.yaml", "--dir", "delen"); code != exitError {
		t.Errorf("a second split over existing parts: exit code %d, want 1", code)
	}
	for _, p := range parts {
		out := mustRun(t, answerAll(60), "survey", p)
		if !strings.Contains(out, "Dit is het deel van") || strings.Contains(out, "Vraag 1 van 5") != strings.Contains(p, "bakker") {
			t.Errorf("%s: the survey does not ask only the part's questions:\n%.600s", p, out)
		}
		// Reopened at its last question: keep it, then mark the part done.
		if out := mustRun(t, "\nj\n", "survey", p); !strings.Contains(out, "Deel gemarkeerd als klaar.") {
			t.Errorf("%s: not marked done:\n%s", p, out)
		}
	}
	status := mustRun(t, "", append([]string{"status", "main.yaml"}, parts...)...)
	if !strings.Contains(status, "B. Bakker (archivaris)  5/5         0          ja     0") {
		t.Errorf("status before the merge:\n%s", status)
	}
	mustRun(t, answerAll(120), "survey", "one.yaml")
	merged := mustRun(t, "", append([]string{"merge", "main.yaml"}, parts...)...)
	if !strings.Contains(merged, "0 conflicten") {
		t.Errorf("merge: %s", merged)
	}
	q, err := loadQuestionnaire(nil, "")
	must(err)
	m, _, err := assessment.LoadAnswers("main.yaml", q)
	must(err)
	one, _, err := assessment.LoadAnswers("one.yaml", q)
	must(err)
	if len(m.Answers) == 0 {
		t.Fatal("nothing merged")
	}
	for id, ans := range one.Answers {
		got := m.Answers[id]
		if !assessment.SameContent(ans, got) {
			t.Errorf("%s: merged %+v, one file %+v", id, got, ans)
			continue
		}
		if owner := m.Owner(q, id); got.AnsweredBy != owner.Name {
			t.Errorf("%s: answered_by %q, want %q", id, got.AnsweredBy, owner.Name)
		}
	}
	if len(m.Answers) != len(one.Answers) {
		t.Errorf("merged %d answers, one file %d", len(m.Answers), len(one.Answers))
	}
	if a, b := scoring.Evaluate(q, m).Overall.Score, scoring.Evaluate(q, one).Overall.Score; a != b || a == 0 {
		t.Errorf("score merged %v, one file %v", a, b)
	}
	before, _ := os.ReadFile("main.yaml")
	mustRun(t, "", append([]string{"merge", "main.yaml"}, parts...)...)
	if after, _ := os.ReadFile("main.yaml"); string(after) != string(before) {
		t.Errorf("merging twice changed the file:\n%s", cmp.Diff(string(before), string(after)))
	}
}

// TestMergeConflictInAScript: without --prefer, a script gets the conflicts
// listed and exit code 1, and nothing is written; --prefer decides.
func TestMergeConflictInAScript(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("main.yaml", []byte(mainFile), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "", "assign", "main.yaml", "cloud", "--to", "B. Bakker")
	mustRun(t, answerAll(1), "survey", "main.yaml")
	mustRun(t, "", "split", "main.yaml")
	part := "main.deel-b-bakker.yaml"
	mustRun(t, "3\n\n", "survey", part)
	// The coordinator changes the same answer after the split.
	mustRun(t, "-\n1\nnieuw\n", "survey", "main.yaml")
	before, _ := os.ReadFile("main.yaml")
	stdout, stderr, code := runSurveyArgs(t, "", nil, "merge", "main.yaml", part)
	if code != exitError || !strings.Contains(stderr, "Het hoofdbestand is na het splitsen gewijzigd") || !strings.Contains(stderr, "1 conflict: main.yaml is niet gewijzigd") {
		t.Fatalf("merge with a conflict: exit code %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if after, _ := os.ReadFile("main.yaml"); string(after) != string(before) {
		t.Fatal("a merge with undecided conflicts wrote the main file")
	}
	mustRun(t, "", "merge", "main.yaml", part, "--prefer", "part")
	data, _ := os.ReadFile("main.yaml")
	if !strings.Contains(string(data), "superseded:") || !strings.Contains(string(data), "note: nieuw") {
		t.Errorf("the main file's answer is not kept under superseded:\n%s", data)
	}
	_, stderr, code = runSurveyArgs(t, "", nil, "merge", "main.yaml", part, "--lang", "en")
	if code != exitOK {
		t.Errorf("merging again after the decision: exit code %d, %s", code, stderr)
	}
}

func TestMergeRefusesAForeignPart(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("main.yaml", []byte(mainFile), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "", "assign", "main.yaml", "archiving", "--to", "B. Bakker")
	mustRun(t, "", "split", "main.yaml")
	data, _ := os.ReadFile("main.deel-b-bakker.yaml")
	if err := os.WriteFile("elders.yaml", []byte(strings.Replace(string(data), "GM9999", "GM0001", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runSurveyArgs(t, "", nil, "merge", "main.yaml", "elders.yaml")
	if code != exitError || !strings.Contains(stderr, "elders.yaml is een deel van een andere gemeente (Gemeente Voorbeeld GM0001, niet Gemeente Voorbeeld GM9999)") {
		t.Errorf("exit code %d, stderr %s", code, stderr)
	}
	_, stderr, code = runSurveyArgs(t, "", nil, "merge", "main.yaml", "main.deel-b-bakker.yaml", "main.yaml")
	if code != exitUsage {
		t.Errorf("merging the main file into itself: exit code %d, %s", code, stderr)
	}
	_, stderr, _ = runSurveyArgs(t, "", nil, "assign", "main.yaml", "clouds", "--to", "X", "--lang", "en")
	if !strings.Contains(stderr, `"clouds" is not a theme or question of the questionnaire; themes: cloud, exit`) {
		t.Errorf("assign of an unknown theme: %s", stderr)
	}
}

func TestReportOnAPartWarns(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("main.yaml", []byte(mainFile), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "", "assign", "main.yaml", "archiving", "--to", "B. Bakker")
	mustRun(t, "", "split", "main.yaml")
	_, stderr, code := runSurveyArgs(t, "", nil, "report", "main.deel-b-bakker.yaml")
	if code != exitOK || !strings.Contains(stderr, "let op: main.deel-b-bakker.yaml is het deel van B. Bakker, niet de hele zelfevaluatie: voeg het eerst samen in main.yaml") {
		t.Errorf("exit code %d, stderr %s", code, stderr)
	}
}

// TestMergeRespectsTheLock: the main file open in a survey refuses a merge;
// a part open in a survey is merged with a note.
func TestMergeRespectsTheLock(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("main.yaml", []byte(mainFile), 0o600); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "", "assign", "main.yaml", "archiving", "--to", "B. Bakker")
	mustRun(t, "", "split", "main.yaml")
	part := "main.deel-b-bakker.yaml"
	// A lock of another computer: as if a colleague had the file open.
	other := "# soeverein: this answers file is open in a survey\nhost: elders\npid: 1\nuser: collega\nsince: 2026-11-20T10:00:00+01:00\n"
	if err := os.WriteFile(assessment.LockPath("main.yaml"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runSurveyArgs(t, "", nil, "merge", "main.yaml", part)
	if code != exitError || !strings.Contains(stderr, "geopend in een andere vragenlijst: collega op elders") {
		t.Errorf("merge into a main file open elsewhere: exit code %d, %s", code, stderr)
	}
	_, stderr, code = runSurveyArgs(t, "", nil, "assign", "main.yaml", "cloud", "--to", "X")
	if code != exitError {
		t.Errorf("assign on a main file open elsewhere: exit code %d, %s", code, stderr)
	}
	os.Remove(assessment.LockPath("main.yaml"))
	if err := os.WriteFile(assessment.LockPath(part), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runSurveyArgs(t, "", nil, "merge", "main.yaml", part)
	if code != exitOK || !strings.Contains(stderr, "let op: "+part+" is geopend in een vragenlijst (collega op elders") {
		t.Errorf("merge of a part open elsewhere: exit code %d, %s", code, stderr)
	}
	if _, err := os.Stat(assessment.LockPath("main.yaml")); err == nil {
		t.Error("merge left its lock behind")
	}
}
