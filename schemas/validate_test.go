package schemas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"soeverein/assessment"
	"soeverein/scoring"
)

// compile compiles one of the embedded schemas.
func compile(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	// From the folder, not the embedded copy, so that a run with -update
	// checks the schemas it has just written.
	data, err := os.ReadFile(name + ".schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if embedded, ok := Lookup(name); !ok || !*update && !bytes.Equal(embedded, data) {
		t.Fatalf("Lookup(%q) does not return schemas/%s.schema.json", name, name)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s schema is not JSON: %v", name, err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	url := "file:///" + FileName(name)
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile the %s schema: %v", name, err)
	}
	return s
}

// instance converts YAML to the JSON value an editor checks against the
// schema: yaml.v3 to map[string]any, then through JSON so that numbers and
// keys have JSON's types.
func instance(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatalf("not YAML: %v", err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("YAML to JSON: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// fixtures returns every YAML file of the repository with kind, by kind,
// apart from the broken questionnaires and the fuzz corpus.
func fixtures(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); strings.HasPrefix(n, ".") && n != ".." || n == "broken" || n == "fuzz" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".yaml") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var head struct{ Kind string }
		if yaml.Unmarshal(data, &head) != nil {
			return nil
		}
		switch head.Kind {
		case assessment.QuestionnaireKind:
			out["questionnaire"] = append(out["questionnaire"], path)
		case assessment.AnswersKind:
			out["answers"] = append(out["answers"], path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFixturesValidate checks every questionnaire and answers file in the
// repository against its schema; soeverein itself reads them all.
func TestFixturesValidate(t *testing.T) {
	all := fixtures(t)
	for _, want := range []string{"../questions.yaml", "../questionnaires/2026.1.yaml", "../assessment/testdata/answers-minimal.yaml", "../testdata/seeds/duinhaven.yaml", "../cmd/soeverein/testdata/score/questions.yaml"} {
		if !slices.Contains(all["questionnaire"], want) && !slices.Contains(all["answers"], want) {
			t.Errorf("fixture %s was not found: the walk misses files", want)
		}
	}
	if len(all["questionnaire"]) < 10 || len(all["answers"]) < 15 {
		t.Fatalf("found %d questionnaires and %d answers files, want at least 10 and 15", len(all["questionnaire"]), len(all["answers"]))
	}
	for _, kind := range []string{"questionnaire", "answers"} {
		s := compile(t, kind)
		for _, path := range all[kind] {
			t.Run(kind+"/"+path, func(t *testing.T) {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := s.Validate(instance(t, data)); err != nil {
					t.Errorf("%s does not validate against the %s schema:\n%v", path, kind, err)
				}
			})
		}
	}
}

// TestStructurallyBrokenDoNotValidate checks that the broken questionnaires
// whose fault is structural (a field soeverein does not know, a value of the
// wrong kind, a type or severity that does not exist, a condition with two
// forms) fail the schema too. The others (ids that refer to nothing, scores
// out of order) pass: only soeverein's own validation finds those.
func TestStructurallyBrokenDoNotValidate(t *testing.T) {
	s := compile(t, "questionnaire")
	structural := []string{
		"unknown_field.yaml",
		"wrong_value_kind.yaml",
		"unknown_type.yaml",
		"rule_bad_severity_effort.yaml",
		"condition_two_forms.yaml",
		"missing_format_and_kind.yaml",
	}
	for _, name := range structural {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../assessment/testdata/broken", name))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := assessment.Parse(data, name); err == nil {
				t.Fatalf("soeverein reads %s without an error; it is no longer a broken fixture", name)
			}
			if err := s.Validate(instance(t, data)); err == nil {
				t.Errorf("%s validates against the questionnaire schema; want an error for its structural fault", name)
			}
		})
	}
}

// TestScoreOutputValidates scores every answers fixture, with the built-in
// questionnaire and with the questionnaires beside it, and checks what
// `score --json` would print against the score schema.
func TestScoreOutputValidates(t *testing.T) {
	s := compile(t, "score")
	all := fixtures(t)
	var qs []*assessment.Questionnaire
	for _, path := range all["questionnaire"] {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		q, err := assessment.Parse(data, path)
		if err != nil {
			continue // reports/testdata holds questionnaires that are hostile on purpose
		}
		qs = append(qs, q)
	}
	n := 0
	for _, path := range all["answers"] {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := assessment.ParseAnswers(data, path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		for _, q := range qs {
			if filepath.Dir(q.File) != filepath.Dir(path) && q.File != "../questions.yaml" {
				continue
			}
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			if err := enc.Encode(NewScore(scoring.Evaluate(q, a))); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(&b)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(inst); err != nil {
				t.Errorf("score of %s with %s does not validate against the score schema:\n%v", path, q.File, err)
			}
			n++
		}
	}
	if n < 20 {
		t.Errorf("scored %d pairs of answers and questionnaire, want at least 20", n)
	}
}

// TestScoreSchemaRejects checks that the score schema is not a schema that
// takes anything: a missing field, a list that is null and a wrong kind fail.
func TestScoreSchemaRejects(t *testing.T) {
	s := compile(t, "score")
	data, err := os.ReadFile("../testdata/answers/cautious.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(mustRead(t, "../questions.yaml"), "questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := assessment.ParseAnswers(data, "cautious.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(m map[string]any){
		"no kind":       func(m map[string]any) { delete(m, "kind") },
		"other kind":    func(m map[string]any) { m["kind"] = "soeverein-answers" },
		"findings null": func(m map[string]any) { m["findings"] = nil },
		"unknown field": func(m map[string]any) { m["extra"] = 1 },
		"status not known": func(m map[string]any) {
			m["themes"].([]any)[0].(map[string]any)["questions"].([]any)[0].(map[string]any)["status"] = "maybe"
		},
	} {
		t.Run(name, func(t *testing.T) {
			j, _ := json.Marshal(NewScore(scoring.Evaluate(q, a)))
			var m map[string]any
			if err := json.Unmarshal(j, &m); err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(m); err != nil {
				t.Fatalf("the unchanged result does not validate: %v", err)
			}
			change(m)
			if err := s.Validate(m); err == nil {
				t.Errorf("validates after the change %q", name)
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestSchemasWorkInDraft7Editors: the YAML extension of VS Code
// (yaml-language-server) checks files by JSON Schema draft 7. The schemas
// are draft 2020-12 but use only keywords that mean the same in draft 7, and
// never put other keywords beside $ref (draft 7 ignores those), so that the
// editor checks what these tests check.
func TestSchemasWorkInDraft7Editors(t *testing.T) {
	allowed := []string{"$schema", "$defs", "$ref", "title", "description", "type", "properties", "additionalProperties",
		"items", "required", "enum", "const", "pattern", "propertyNames", "oneOf", "anyOf", "not"}
	for _, name := range Names {
		data, _ := Lookup(name)
		var root any
		if err := json.Unmarshal(data, &root); err != nil {
			t.Fatal(err)
		}
		var walk func(v any, at string)
		walk = func(v any, at string) {
			m, ok := v.(map[string]any)
			if !ok {
				return
			}
			if _, ok := m["$ref"]; ok && len(m) > 1 {
				t.Errorf("%s schema, %s: keywords beside $ref, which draft 7 ignores", name, at)
			}
			for k, sub := range m {
				if !slices.Contains(allowed, k) {
					t.Errorf("%s schema, %s: keyword %q is not one that draft 7 editors understand the same way", name, at, k)
				}
				switch k {
				case "properties", "$defs":
					for pk, p := range sub.(map[string]any) {
						walk(p, at+"/"+k+"/"+pk)
					}
				case "oneOf", "anyOf":
					for i, p := range sub.([]any) {
						walk(p, fmt.Sprintf("%s/%s/%d", at, k, i))
					}
				case "items", "additionalProperties", "not", "propertyNames":
					walk(sub, at+"/"+k)
				}
			}
		}
		walk(root, "#")
	}
}

// TestAnswersSchemaRejects: the answers schema allows unknown fields (soeverein
// keeps them) but not values of the wrong kind, nor a wrong kind or format.
func TestAnswersSchemaRejects(t *testing.T) {
	s := compile(t, "answers")
	good := "format: 1\nkind: soeverein-answers\nperiod: {year: 2026}\nanswers:\n  cloud.mail: {choice: eu, evidence: [dpia.pdf]}\n"
	if err := s.Validate(instance(t, []byte(good))); err != nil {
		t.Fatalf("a good file does not validate: %v", err)
	}
	for name, data := range map[string]string{
		"year as a word":       strings.Replace(good, "year: 2026", "year: twenty", 1),
		"evidence not a list":  strings.Replace(good, "[dpia.pdf]", "dpia.pdf", 1),
		"answer not a mapping": strings.Replace(good, "{choice: eu, evidence: [dpia.pdf]}", "eu", 1),
		"choice and choices":   strings.Replace(good, "choice: eu,", "choice: eu, choices: [eu],", 1),
		"no evidence level":    strings.Replace(good, "choice: eu,", "choice: eu, evidence_level: audit,", 1),
		"questionnaire kind":   strings.Replace(good, "soeverein-answers", "soeverein-questionnaire", 1),
		"format 2":             strings.Replace(good, "format: 1", "format: 2", 1),
		"no kind":              strings.Replace(good, "kind: soeverein-answers\n", "", 1),
	} {
		t.Run(name, func(t *testing.T) {
			if data == good {
				t.Fatal("the case changes nothing")
			}
			if err := s.Validate(instance(t, []byte(data))); err == nil {
				t.Errorf("validates:\n%s", data)
			}
		})
	}
}
