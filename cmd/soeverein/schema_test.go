package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"soeverein"
	"soeverein/assessment"
	"soeverein/schemas"
)

func TestSchemaCommand(t *testing.T) {
	for _, name := range schemas.Names {
		t.Run(name, func(t *testing.T) {
			want, _ := schemas.Lookup(name)
			for _, args := range [][]string{{"schema", name}, {"schema", name, "--lang", "en"}, {"schema", "--lang", "en", name}} {
				stdout, stderr, code := runCmd(t, args...)
				if code != 0 || stdout != string(want) || stderr != "" {
					t.Errorf("%v: exit %d, %d bytes, stderr %q; want exit 0 and the %d bytes of schemas/%s.schema.json", args, code, len(stdout), stderr, len(want), name)
				}
			}
		})
	}
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no name", []string{"schema"}, 2, "", "soeverein: schema heeft een van questionnaire, answers, score nodig, bijvoorbeeld: soeverein schema questionnaire > soeverein-questionnaire.schema.json\n"},
		{"no name english", []string{"schema", "--lang", "en"}, 2, "", "soeverein: schema needs one of questionnaire, answers, score, for example: soeverein schema questionnaire > soeverein-questionnaire.schema.json\n"},
		{"unknown name", []string{"schema", "report", "--lang", "en"}, 2, "", "schema needs one of questionnaire, answers, score"},
		{"two names", []string{"schema", "answers", "score"}, 2, "", "schema heeft een van"},
		{"help", []string{"schema", "--help"}, 0, "Zet het schema naast het bestand", ""},
		{"help english", []string{"help", "schema", "--lang", "en"}, 0, "soeverein schema questionnaire > soeverein-questionnaire.schema.json", ""},
		{"listed in the main help", []string{"help"}, 0, "\n  schema      toon een JSON Schema", ""},
		{"its names in the usage line", []string{"help", "schema"}, 0, "Gebruik: soeverein schema " + strings.Join(schemas.Names, "|") + " [opties]\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stdout, tc.inStdout) || !strings.Contains(stderr, tc.inStderr) {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q", tc.args, code, stdout, stderr, tc.code, tc.inStdout, tc.inStderr)
			}
		})
	}
}

// TestQuestionsSchemaLine: every version `questions` prints starts with the
// line that points VS Code to the schema next to it, and is still a
// questionnaire soeverein reads, with the same content as the built-in one.
func TestQuestionsSchemaLine(t *testing.T) {
	for _, p := range soeverein.PublishedQuestionnaires() {
		t.Run(p.Version, func(t *testing.T) {
			stdout, _, code := runCmd(t, "questions", "--version", p.Version)
			first, rest, _ := strings.Cut(stdout, "\n")
			if code != 0 || first+"\n" != schemas.ModeLine || rest != string(p.Data) {
				t.Fatalf("questions --version %s: exit %d, first line %q; want the schema line %q and then %s byte for byte", p.Version, code, first, schemas.ModeLine, p.Name)
			}
			q, err := assessment.Parse([]byte(stdout), "copy.yaml")
			if err != nil {
				t.Fatalf("the printed questionnaire does not parse: %v", err)
			}
			if q.Version != p.Version {
				t.Errorf("version %q, want %q", q.Version, p.Version)
			}
			plain, _, _ := runCmd(t, "questions", "--version", p.Version, "--plain")
			if plain != string(p.Data) {
				t.Errorf("questions --version %s --plain is not %s byte for byte", p.Version, p.Name)
			}
		})
	}
	if !strings.Contains(schemas.ModeLine, schemas.FileName("questionnaire")) {
		t.Errorf("ModeLine %q does not name %s, the file the README says to save", schemas.ModeLine, schemas.FileName("questionnaire"))
	}
}

// TestScoreJSONFormatAndKind: score --json starts with format and kind and
// validates against the score schema, for every answers file here.
func TestScoreJSONFormatAndKind(t *testing.T) {
	data, _ := schemas.Lookup("score")
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///score.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("file:///score.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	questions := filepath.Join("testdata", "score", "questions.yaml")
	for _, name := range []string{"complete.yaml", "incomplete.yaml", "weakest.yaml"} {
		t.Run(name, func(t *testing.T) {
			stdout, stderr, code := runCmd(t, "score", "--json", "--questions", questions, filepath.Join("testdata", "score", name))
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(stdout, "{\n  \"format\": 1,\n  \"kind\": \"soeverein-score\",\n  \"subject\": {") {
				t.Errorf("score --json starts with %.80q; want format, kind, then subject", stdout)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("score --json does not validate against the score schema: %v", err)
			}
			var m map[string]any
			if err := json.Unmarshal([]byte(stdout), &m); err != nil || m["format"] != 1.0 || m["kind"] != schemas.ScoreKind {
				t.Errorf("format %v, kind %v (%v); want 1 and %s", m["format"], m["kind"], err, schemas.ScoreKind)
			}
		})
	}
	if _, err := os.Stat(questions); err != nil {
		t.Fatal(err)
	}
}
