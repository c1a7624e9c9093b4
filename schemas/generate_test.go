package schemas

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/scoring"
)

var update = flag.Bool("update", false, "write the schemas again from the Go types")

const draft = "https://json-schema.org/draft/2020-12/schema"

// authority is said in every schema's description.
const authority = "It checks field names and value types only; what refers to what (ids that exist, options of the question, unique ids) is checked by soeverein itself: `soeverein validate` names file, line and column and stays the authority."

// spec describes how one schema is generated from a Go type.
type spec struct {
	name        string
	root        reflect.Type
	tag         string // the struct tag that names fields: yaml or json
	title       string
	description string
	// fields replaces the generated schema of a field, keyed "Type.field",
	// for what the Go type cannot say (enums, patterns, constants).
	fields map[string]map[string]any
	// types adds keywords to a type's schema, keyed by type name.
	types map[string]map[string]any
	// strictJSON: every field is always present (required) and lists are
	// never null, as the JSON encoders of soeverein promise. Without it the
	// schema takes what the YAML decoder takes: a field left empty (null),
	// a text written unquoted as a number (version: 2026.1), and unknown
	// fields where the type keeps them (Extra).
	strictJSON bool
}

func enum[S ~string](values ...S) map[string]any {
	out := make([]any, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return map[string]any{"type": "string", "enum": out}
}

func str(kw string, v any) map[string]any { return map[string]any{"type": "string", kw: v} }

// only is a condition form: these keys and no others, the first required.
func only(keys ...string) map[string]any {
	names := make([]any, len(keys))
	for i, k := range keys {
		names[i] = k
	}
	return map[string]any{"required": []any{keys[0]}, "propertyNames": map[string]any{"enum": names}}
}

func specs() []spec {
	textDesc := "A text in every language of the questionnaire, keyed by language code: {nl: ..., en: ...}."
	return []spec{{
		name:  "questionnaire",
		root:  reflect.TypeOf(assessment.Questionnaire{}),
		tag:   "yaml",
		title: "soeverein questionnaire",
		description: "A questionnaire of soeverein (kind: soeverein-questionnaire, format 1), as `soeverein questions` prints it; docs/questionnaire-format.md explains every field. " +
			"Generated from the Go types of package assessment (go test ./schemas -update). " + authority,
		fields: map[string]map[string]any{
			"Questionnaire.format":    {"const": assessment.QuestionnaireFormat},
			"Questionnaire.kind":      {"const": assessment.QuestionnaireKind},
			"Questionnaire.languages": {"type": "array", "items": str("pattern", "^[a-z]{2}$")},
			"Question.type":           enum(assessment.Single, assessment.Multi, assessment.Number),
			"Question.multi_score":    enum(assessment.MultiBest, assessment.MultiMean, assessment.MultiWorst),
			"Question.applies_from":   str("pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`),
			"Rule.applies_from":       str("pattern", `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`),
			"Rule.severity":           enum(assessment.Severities()...),
			"Rule.effort":             enum(assessment.Efforts()...),
			"SOVObjective.id":         str("pattern", "^SOV-[0-9]+$"),
		},
		types: map[string]map[string]any{
			"Questionnaire": {"required": []any{"format", "kind"}},
			"Text":          {"description": textDesc, "propertyNames": map[string]any{"pattern": "^[a-z]{2}$"}},
			"Plural": {
				"description":   "A text that depends on a count, per language code the forms one (a count of 1) and other: {nl: {one: ..., other: ...}, en: {...}}. {count}, {theme} and, in one only, {question} are filled in.",
				"propertyNames": map[string]any{"pattern": "^[a-z]{2}$"},
			},
			"PluralForms": {"required": []any{"one", "other"}},
			"Condition": {
				"description": "A condition in one of its forms: all (every one holds), any (one holds), not, unknown (one of the listed questions is answered \"weet ik niet\"), a question with is, answered or score_below, or a theme with score_below.",
				"oneOf": []any{
					only("all"), only("any"), only("not"), only("unknown"),
					mergeKeys(only("question", "is"), map[string]any{"required": []any{"question", "is"}}),
					mergeKeys(only("question", "answered"), map[string]any{"required": []any{"question", "answered"}}),
					mergeKeys(only("question", "score_below"), map[string]any{"required": []any{"question", "score_below"}}),
					mergeKeys(only("theme", "score_below"), map[string]any{"required": []any{"theme", "score_below"}}),
				},
			},
		},
	}, {
		name:  "answers",
		root:  reflect.TypeOf(assessment.Answers{}),
		tag:   "yaml",
		title: "soeverein answers file",
		description: "A municipality's answers to one questionnaire (kind: soeverein-answers, format 1), as `soeverein survey` writes it. " +
			"soeverein keeps fields it does not know, with a warning, so that a file from a newer version loses nothing; this schema allows them too (soeverein's warning names them). " +
			"Generated from the Go types of package assessment (go test ./schemas -update). " + authority,
		fields: map[string]map[string]any{
			"Answers.format":        {"const": assessment.AnswersFormat},
			"Answers.kind":          {"const": assessment.AnswersKind},
			"Municipality.cbs_code": str("pattern", "^(GM[0-9]{4})?$"),
			"Period.reference_date": str("pattern", `^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`),
			"Answer.evidence_level": enum(append([]string{""}, assessment.EvidenceLevels()...)...),
		},
		types: map[string]map[string]any{
			"Answers": {"required": []any{"format", "kind"}},
			"Answer": {
				"description": "The answer to one question: one of choice (single, or dont_know / not_applicable), choices (multi) or value (number), with what backs it up.",
				"not": map[string]any{"anyOf": []any{
					map[string]any{"required": []any{"choice", "choices"}},
					map[string]any{"required": []any{"choice", "value"}},
					map[string]any{"required": []any{"choices", "value"}},
				}},
			},
		},
	}, {
		name:  "score",
		root:  reflect.TypeOf(Score{}),
		tag:   "json",
		title: "soeverein score --json",
		description: "What `soeverein score --json` prints (kind: soeverein-score, format 1); docs/scoring.md explains every field. Every field is always present; lists are [] and never null. " +
			"Generated from the Go types of package scoring (go test ./schemas -update).",
		fields: map[string]map[string]any{
			"Score.format":                  {"const": ScoreFormat},
			"Score.kind":                    {"const": ScoreKind},
			"QuestionResult.type":           enum(assessment.Single, assessment.Multi, assessment.Number),
			"QuestionResult.evidence_level": enum(append([]string{""}, assessment.EvidenceLevels()...)...),
		},
		types: map[string]map[string]any{
			"Text":          {"description": "A text per language: {\"nl\": ..., \"en\": ...}."},
			"Status":        enum(scoring.Answered, scoring.DontKnow, scoring.NotApplicable, scoring.Unanswered, scoring.Hidden, scoring.Invalid),
			"Outcome":       enum(scoring.Met, scoring.NotMet, scoring.RuleNotApplicable, scoring.Unknown),
			"Severity":      enum(scoring.Low, scoring.Medium, scoring.High, scoring.Critical),
			"Effort":        enum(scoring.Small, scoring.MediumWork, scoring.Large),
			"NoLevelReason": enum(scoring.TooFewAnswered, scoring.CriticalThemeWithoutLevel),
		},
		strictJSON: true,
	}}
}

func mergeKeys(a, b map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

var (
	locationType = reflect.TypeOf(assessment.Location{})
	extraType    = reflect.TypeOf(assessment.Extra(nil))
)

// field is one field of a struct as the decoder (yaml) or encoder (json)
// sees it.
type field struct {
	name      string
	typ       reflect.Type
	omitempty bool // json: left out when empty, so never required
}

// fieldsOf lists the fields the decoder in package assessment fills, by the
// same rules: the yaml tag's name, not "-", exported, not At or Extra. For
// json, embedded structs are flattened as encoding/json does.
func fieldsOf(t reflect.Type, tag string) (fields []field, extra bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if tag == "yaml" && (f.Type == locationType && f.Name == "At" || f.Type == extraType) {
			extra = extra || f.Type == extraType
			continue
		}
		if tag == "json" && f.Anonymous {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			sub, _ := fieldsOf(et, tag)
			fields = append(fields, sub...)
			continue
		}
		name := strings.Split(f.Tag.Get(tag), ",")[0]
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		fields = append(fields, field{name, f.Type, strings.Contains(f.Tag.Get(tag), ",omitempty")})
	}
	return fields, extra
}

// generator builds one schema.
type generator struct {
	spec
	defs    map[string]any
	named   map[string]reflect.Type
	used    map[string]bool // keys of fields and types that were applied
	problem []string
}

func (g *generator) schema() map[string]any {
	g.defs = map[string]any{}
	g.used = map[string]bool{}
	g.named = map[string]reflect.Type{}
	root := g.object(g.root)
	root["$schema"] = draft
	root["title"] = g.title
	root["description"] = g.description
	if len(g.defs) > 0 {
		root["$defs"] = g.defs
	}
	for _, m := range []map[string]map[string]any{g.fields, g.types} {
		for k := range m {
			if !g.used[k] {
				g.problem = append(g.problem, fmt.Sprintf("schemas/generate_test.go describes %s for the %s schema, but the Go types have no such field or type any more: update the hand-written part", k, g.name))
			}
		}
	}
	sort.Strings(g.problem)
	return root
}

// object is the schema of a struct type, inline.
func (g *generator) object(t reflect.Type) map[string]any {
	fields, extra := fieldsOf(t, g.tag)
	props := map[string]any{}
	var required []any
	for _, f := range fields {
		key := t.Name() + "." + f.name
		if s, ok := g.fields[key]; ok {
			g.used[key] = true
			props[f.name] = s
		} else {
			props[f.name] = g.of(f.typ, key)
		}
		if !f.omitempty {
			required = append(required, f.name)
		}
	}
	s := map[string]any{"type": g.jsonType("object"), "properties": props}
	if !extra { // the decoder keeps unknown fields only where the type has Extra
		s["additionalProperties"] = false
	}
	if g.strictJSON {
		s["required"] = required
	}
	return g.withType(t, s)
}

// of is the schema of a value of type t, found at key (for messages).
func (g *generator) of(t reflect.Type, key string) any {
	switch t.Kind() {
	case reflect.Pointer:
		inner := g.of(t.Elem(), key)
		if g.strictJSON { // a nil pointer is encoded as null
			return map[string]any{"anyOf": []any{inner, map[string]any{"type": "null"}}}
		}
		return inner
	case reflect.Struct:
		return g.ref(t, func() map[string]any { return g.object(t) })
	case reflect.Slice:
		return map[string]any{"type": g.jsonType("array"), "items": g.of(t.Elem(), key)}
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			break
		}
		build := func() map[string]any {
			return map[string]any{"type": g.jsonType("object"), "additionalProperties": g.of(t.Elem(), key)}
		}
		if t.Name() != "" {
			return g.ref(t, func() map[string]any { return g.withType(t, build()) })
		}
		return build()
	case reflect.String:
		if t.Name() != "string" && t.Name() != "" {
			return g.ref(t, func() map[string]any { return g.withType(t, map[string]any{"type": g.jsonType("string")}) })
		}
		if !g.strictJSON { // the decoder takes any scalar as text: version: 2026.1
			return map[string]any{"type": []any{"string", "number", "boolean", "null"}}
		}
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": g.jsonType("boolean")}
	case reflect.Int, reflect.Int32, reflect.Int64:
		return map[string]any{"type": g.jsonType("integer")}
	case reflect.Float64:
		return map[string]any{"type": g.jsonType("number")}
	}
	g.problem = append(g.problem, fmt.Sprintf("%s has type %s, which the schema generator cannot describe: extend schemas/generate_test.go", key, t))
	return map[string]any{}
}

// jsonType is the JSON type of a value: in YAML also null, as the decoder
// leaves a field written without a value at its zero value.
func (g *generator) jsonType(typ string) any {
	if g.strictJSON {
		return typ
	}
	return []any{typ, "null"}
}

// withType merges the hand-written keywords of a named type into s.
func (g *generator) withType(t reflect.Type, s map[string]any) map[string]any {
	if extra, ok := g.types[t.Name()]; ok {
		g.used[t.Name()] = true
		for k, v := range extra {
			s[k] = v
		}
	}
	return s
}

// ref defines a named type once under $defs and refers to it.
func (g *generator) ref(t reflect.Type, build func() map[string]any) any {
	name := t.Name()
	if other, ok := g.named[name]; ok && other != t {
		g.problem = append(g.problem, fmt.Sprintf("types %s and %s would both be $defs/%s in the %s schema: extend schemas/generate_test.go", other, t, name, g.name))
	}
	g.named[name] = t
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // placeholder: recursive types (Condition) refer to themselves
		g.defs[name] = build()
	}
	return map[string]any{"$ref": "#/$defs/" + name}
}

// generate returns a schema's bytes as the repository keeps them.
func generate(t *testing.T, s spec) []byte {
	t.Helper()
	g := &generator{spec: s}
	root := g.schema()
	for _, p := range g.problem {
		t.Error(p)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(root); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestSchemasMatchTheGoTypes regenerates every schema and compares it with
// the file in the repository; with -update it writes the files.
func TestSchemasMatchTheGoTypes(t *testing.T) {
	for _, s := range specs() {
		t.Run(s.name, func(t *testing.T) {
			file := s.name + ".schema.json"
			want := generate(t, s)
			if *update {
				if err := os.WriteFile(file, want, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v: run go test ./schemas -update", err)
			}
			var kept map[string]any
			if err := json.Unmarshal(got, &kept); err != nil {
				t.Fatalf("schemas/%s is not JSON (%v): run go test ./schemas -update", file, err)
			}
			drift := compareFields(s, kept)
			for _, d := range drift {
				t.Error(d)
			}
			if len(drift) == 0 && !bytes.Equal(got, want) {
				t.Errorf("schemas/%s differs from what the generator writes (a hand-written part or a field's type changed): run go test ./schemas -update and read the diff", file)
			}
		})
	}
}

// compareFields walks the Go types and names every field that is missing
// from the kept schema, and every property the Go types no longer have.
func compareFields(s spec, kept map[string]any) []string {
	defs, _ := kept["$defs"].(map[string]any)
	file := "schemas/" + s.name + ".schema.json"
	var out []string
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type, obj map[string]any)
	walk = func(t reflect.Type, obj map[string]any) {
		if seen[t] {
			return
		}
		seen[t] = true
		props, _ := obj["properties"].(map[string]any)
		fields, _ := fieldsOf(t, s.tag)
		var names []string
		for _, f := range fields {
			names = append(names, f.name)
			if _, ok := props[f.name]; !ok {
				out = append(out, fmt.Sprintf("field %s (%s) of type %s is not in %s: run go test ./schemas -update", f.name, f.typ, t.Name(), file))
			}
			for _, st := range structsIn(f.typ) {
				def, _ := defs[st.Name()].(map[string]any)
				if def == nil {
					out = append(out, fmt.Sprintf("type %s (field %s of %s) is not in %s: run go test ./schemas -update", st.Name(), f.name, t.Name(), file))
					continue
				}
				walk(st, def)
			}
		}
		for name := range props {
			if !slices.Contains(names, name) {
				out = append(out, fmt.Sprintf("%s has field %s in type %s, which the Go type no longer has: run go test ./schemas -update", file, name, t.Name()))
			}
		}
	}
	walk(s.root, kept)
	sort.Strings(out)
	return out
}

// structsIn returns the struct types a field's type holds (through
// pointers, slices and maps).
func structsIn(t reflect.Type) []reflect.Type {
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return structsIn(t.Elem())
	case reflect.Struct:
		return []reflect.Type{t}
	}
	return nil
}
