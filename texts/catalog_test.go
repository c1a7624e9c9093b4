package texts

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEmbeddedCatalogsAreComplete(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatalf("catalogs:\n%v", err)
	}
}

// TestKeysAreTheReferenceKeys checks that the constants of keys.go are
// exactly the keys of the reference catalog, so that code can name every
// text and no text is named that does not exist.
func TestKeysAreTheReferenceKeys(t *testing.T) {
	declared := declaredKeys(t)
	cs, _ := catalogs()
	ref := cs[Reference]
	for k := range ref.texts {
		if _, ok := declared[k]; !ok {
			p := ref.keyPos[k]
			t.Errorf("%s:%d:%d: text %s has no constant in keys.go", ref.file, p.line, p.col, k)
		}
	}
	for k, pos := range declared {
		if ref.texts[k] == nil {
			t.Errorf("%s: constant for %s, which %s does not have", pos, k, ref.file)
		}
	}
}

// declaredKeys reads the Key constants of keys.go with their positions.
func declaredKeys(t *testing.T) map[Key]token.Position {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "keys.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[Key]token.Position{}
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || vs.Type == nil || len(vs.Values) != 1 {
			return true
		}
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok {
			t.Errorf("%s: a Key constant must be a string literal", fset.Position(vs.Pos()))
			return true
		}
		s, _ := strconv.Unquote(lit.Value)
		if prev, dup := out[Key(s)]; dup {
			t.Errorf("%s: key %s declared twice (also %s)", fset.Position(vs.Pos()), s, prev)
		}
		out[Key(s)] = fset.Position(vs.Pos())
		return true
	})
	if len(out) == 0 {
		t.Fatal("no Key constants found in keys.go")
	}
	return out
}

// catalogFS is a folder of catalogs: the embedded en.yaml as reference
// and the given files beside it.
func catalogFS(t *testing.T, files map[string]string) fstest.MapFS {
	t.Helper()
	en, err := catalogFiles.ReadFile("catalogs/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	fs := fstest.MapFS{"c/en.yaml": {Data: en}}
	for name, data := range files {
		fs["c/"+name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fs
}

// dutchWith is the embedded nl.yaml with one line replaced (old must
// occur once) or, with old "", one line added at the end.
func dutchWith(t *testing.T, old, repl string) string {
	t.Helper()
	nl, err := os.ReadFile("catalogs/nl.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(nl)
	if old == "" {
		return s + repl + "\n"
	}
	if strings.Count(s, old) != 1 {
		t.Fatalf("nl.yaml has %q %d times, want once", old, strings.Count(s, old))
	}
	return strings.Replace(s, old, repl, 1)
}

func lineOf(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in catalog", sub)
	}
	return strings.Count(s[:i], "\n") + 1
}

func TestStrictDecoding(t *testing.T) {
	tests := []struct {
		name, old, repl string
		// want is the error, with LINE for the line of repl (or of the
		// texts: line when repl is "").
		want string
	}{
		{"missing key", `  compare.no_name: "(naam niet ingevuld)"` + "\n", "",
			`c/nl.yaml:LINE:1: missing text compare.no_name (c/en.yaml: "(name not filled in)")`},
		{"unknown key", "", `  compare.no_nam: "?"`,
			"c/nl.yaml:LINE:3: unknown text compare.no_nam: c/en.yaml has no such key; remove it or add it there first"},
		{"missing plural form", `    one: "{count} probleem gevonden"` + "\n", "",
			"c/nl.yaml:LINE:5: problem.summary: missing plural form one"},
		{"plural form the rule lacks", `    one: "{count} probleem gevonden"`, `    few: "{count} probleem gevonden"`,
			"c/nl.yaml:LINE:5: problem.summary: plural form few is not used in nl (forms: one, other)"},
		{"misspelled plural form", `    one: "{count} probleem gevonden"`, `    ones: "{count} probleem gevonden"`,
			`c/nl.yaml:LINE:5: problem.summary: unknown plural form "ones"; forms are zero, one, two, few, many, other`},
		{"no plural forms", "  problem.summary:\n    one: \"{count} probleem gevonden\"\n    other: \"{count} problemen gevonden\"", `  problem.summary: "{count} problemen"`,
			"c/nl.yaml:LINE:20: problem.summary: give the plural forms one and other"},
		{"unknown parameter", `  compare.no_name: "(naam niet ingevuld)"`, `  compare.no_name: "(naam van {file} niet ingevuld)"`,
			"c/nl.yaml:LINE:20: compare.no_name: unknown parameter {file}; this text has no parameters"},
		{"positional parameter", `  period.date: "peildatum {date}"`, `  period.date: "peildatum %s"`,
			"c/nl.yaml:LINE:16: period.date: %s is a positional parameter: name it, as in {count} or {file}"},
		{"a percent is not a parameter", `  compare.no_name: "(naam niet ingevuld)"`, `  compare.no_name: "(100% niet ingevuld)"`, ""},
		{"stray brace", `  period.date: "peildatum {date}"`, `  period.date: "peildatum {date"`,
			"c/nl.yaml:LINE:16: period.date: a { without }: write named parameters as {count}"},
		{"bad parameter name", `  period.date: "peildatum {date}"`, `  period.date: "peildatum {Date}"`,
			"c/nl.yaml:LINE:16: period.date: {Date} is not a parameter name: use lower-case letters and _, as in {count} or {file}"},
		{"unknown field", "", "plurals: one-other",
			`c/nl.yaml:LINE:1: unknown field "plurals"; known fields: language, tag, name, plural, texts`},
		{"unknown plural rule", "plural: one-other", "plural: one-two",
			`c/nl.yaml:LINE:9: unknown plural rule "one-two"; known rules: one-other, zero-one-other`},
		{"empty text", `  compare.no_name: "(naam niet ingevuld)"`, `  compare.no_name: ""`,
			`c/nl.yaml:LINE:20: compare.no_name: the text is empty: translate it (c/en.yaml: "(name not filled in)")`},
		{"duplicate key", "", `  compare.no_name: "?"`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := dutchWith(t, tt.old, tt.repl)
			if tt.name == "duplicate key" {
				data = strings.Replace(data, "  compare.no_name: \"?\"\n", "", 1)
				data = strings.Replace(data, "texts:\n", "texts:\n  compare.no_name: \"?\"\n", 1)
				tt.want = "c/nl.yaml:LINE:3: text compare.no_name appears twice; keep one"
			}
			line := 0
			switch {
			case tt.repl != "":
				line = lineOf(t, data, tt.repl)
				if tt.name == "duplicate key" {
					line = lineOf(t, data, "  compare.no_name: \"(naam") // the second one
				}
			case strings.HasPrefix(tt.old, "    "):
				line = lineOf(t, data, "  problem.summary:") + 1
			default:
				line = lineOf(t, data, "texts:")
			}
			_, err := load(catalogFS(t, map[string]string{"nl.yaml": data}), "c")
			want := strings.ReplaceAll(tt.want, "LINE", strconv.Itoa(line))
			if tt.want == "" {
				if err != nil {
					t.Errorf("load: %v, want no error", err)
				}
				return
			}
			if err == nil || !slices.Contains(strings.Split(err.Error(), "\n"), want) {
				t.Errorf("load: %v\nwant the line %s", err, want)
			}
		})
	}
}

func TestWrongFileNameAndMissingHeader(t *testing.T) {
	_, err := load(catalogFS(t, map[string]string{"nl.yaml": "language: fy\ntag: fy-NL\nname: Frysk\ntexts: {}\n"}), "c")
	for _, want := range []string{"c/nl.yaml:1:1: missing field plural", "c/nl.yaml:1:1: language fy must be in the file fy.yaml"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("load: %v\nwant %s", err, want)
		}
	}
}

// TestANewLanguageIsOneFile adds Frisian as a file beside the others:
// without Go code it is a language with its tag, name and plural forms.
func TestANewLanguageIsOneFile(t *testing.T) {
	fy := dutchWith(t, "language: nl\ntag: nl-NL\nname: Nederlands", "language: fy\ntag: fy-NL\nname: Frysk")
	fy = strings.Replace(fy, `    one: "{count} probleem gevonden"`, `    one: "{count} probleem fûn"`, 1)
	cs, err := load(catalogFS(t, map[string]string{"fy.yaml": fy, "nl.yaml": dutchWith(t, "", "")}), "c")
	if err != nil {
		t.Fatal(err)
	}
	c := cs["fy"]
	if c == nil || c.tag != "fy-NL" || c.name != "Frysk" {
		t.Fatalf("fy = %+v, want a catalog with tag fy-NL and name Frysk", c)
	}
	if got := fill("", c.texts[ProblemSummary].forms[c.rule.form(1)], []Arg{Int("count", 1)}); got != "1 probleem fûn" {
		t.Errorf("fy problem.summary for 1 = %q", got)
	}
	if got := slices.Sorted(maps.Keys(cs)); !slices.Equal(got, []Lang{"en", "fy", "nl", "xx"}) {
		t.Errorf("languages = %v", got)
	}
}
