package reports

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"soeverein/assessment"
)

// TestWordFilesAreStrict: every mistake in a words file is an error with
// the file, line and column.
func TestWordFilesAreStrict(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"duplicate key", "a: \"x\"\nb: \"y\"\na: \"z\"\n", []string{"nl.yaml:3:1: a appears twice (also at line 1)"}},
		{"unknown plural form", "a:\n  one: \"x\"\n  others: \"y\"\n", []string{`nl.yaml:3:3: a: unknown plural form "others"`, "nl.yaml:2:3: a: a plural text needs both one and other; other is missing"}},
		{"plural form twice", "a:\n  one: \"x\"\n  other: \"y\"\n  one: \"z\"\n", []string{"nl.yaml:4:3: a: the form one appears twice"}},
		{"empty text", "a: \"\"\n", []string{"nl.yaml:1:4: a: the text is empty"}},
		{"empty plural form", "a:\n  one: \"\"\n  other: \"y\"\n", []string{"nl.yaml:2:3: a: the text is empty"}},
		{"open strong", "a: \"x **y\"\n", []string{"nl.yaml:1:4: a: a ** without its closing **"}},
		{"open emphasis", "a: \"x *y\"\n", []string{"nl.yaml:1:4: a: a * without its closing *"}},
		{"open code", "a: \"x `y\"\n", []string{"nl.yaml:1:4: a: a ` without its closing `"}},
		{"open brace", "a: \"x {y\"\n", []string{"nl.yaml:1:4: a: a { without }"}},
		{"close brace", "a: \"x y}\"\n", []string{"nl.yaml:1:4: a: a } without {"}},
		{"bad parameter", "a: \"{Name}\"\n", []string{"nl.yaml:1:4: a: {Name} is not a parameter name"}},
		{"a list", "a: [\"x\"]\n", []string{"nl.yaml:1:4: a: expected a text, or the plural forms one and other"}},
		{"not a mapping", "- a\n", []string{"nl.yaml: expected a mapping of keys to texts"}},
		{"not YAML", "a: \"x\n", []string{"nl.yaml: not valid YAML"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeWords("reports/words/nl.yaml", []byte(tt.data))
			if err == nil {
				t.Fatalf("decodeWords(%q) = nil error, want %q", tt.data, tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), "reports/words/"+w) {
					t.Errorf("decodeWords(%q) = %v\nwant %q", tt.data, err, w)
				}
			}
		})
	}
	if f, err := decodeWords("en.yaml", []byte("# a comment\na: \"x {n} **y**\"\nb:\n  one: \"{count} z\"\n  other: \"{count} zs\"\n")); err != nil {
		t.Errorf("a good file: %v", err)
	} else if e := f.entries["b"]; !e.plural || e.One != "{count} z" || e.line != 3 || !slices.Equal(f.entries["a"].params, []string{"n"}) {
		t.Errorf("a good file decoded as %+v, %+v", f.entries["a"], e)
	}
}

// TestWordFilesHaveTheReferenceKeys: a words file has exactly the keys of
// the reference (en.yaml), with plural forms where it has them and no
// parameter it lacks; each difference names its line (a missing key: the
// line after which it belongs, and where en.yaml has it).
func TestWordFilesHaveTheReferenceKeys(t *testing.T) {
	ref := mustDecode(t, "reports/words/en.yaml", "a: \"A\"\nb:\n  one: \"{count} B\"\n  other: \"{count} Bs\"\nc: \"C {n}\"\nd: \"D\"\n")
	nl := mustDecode(t, "reports/words/nl.yaml", "b: \"B\"\nc: \"C {m}\"\nx: \"X\"\ne: \"E\"\n")
	var got []string
	for _, err := range nl.against(ref) {
		got = append(got, err.Error())
	}
	want := []string{
		`reports/words/nl.yaml:1:1: missing key a (en.yaml:1: "A"); it belongs before the first key`,
		"reports/words/nl.yaml:1:1: b: give the plural forms one and other, as en.yaml:2 does",
		"reports/words/nl.yaml:2:1: c: unknown parameter {m}; en.yaml:5 has {n}",
		`reports/words/nl.yaml:2:1: missing key d (en.yaml:6: "D"); it belongs after the key on this line`,
		"reports/words/nl.yaml:3:1: unknown key x: en.yaml has no such key; remove it or add it there first",
		"reports/words/nl.yaml:4:1: unknown key e: en.yaml has no such key; remove it or add it there first",
	}
	if !slices.Equal(got, want) {
		t.Errorf("against:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	single := mustDecode(t, "reports/words/nl.yaml", "a:\n  one: \"A\"\n  other: \"As\"\nb:\n  one: \"{count} B\"\n  other: \"B\"\nc: \"C\"\nd: \"D\"\n")
	if errs := single.against(ref); len(errs) != 1 || !strings.Contains(errs[0].Error(), "nl.yaml:1:1: a: this text has no plural forms in en.yaml:1") {
		t.Errorf("plural forms where en.yaml has one text: %v", errs)
	}

	// Through loadWords, with the real files: one key dropped from nl.yaml.
	nlData, err := fs.ReadFile(wordFiles, "words/nl.yaml")
	if err != nil {
		t.Fatal(err)
	}
	enData, _ := fs.ReadFile(wordFiles, "words/en.yaml")
	broken := regexp.MustCompile(`(?m)^summary\.level: .*\n`).ReplaceAll(nlData, nil)
	_, err = loadWords(fstest.MapFS{"words/nl.yaml": {Data: broken}, "words/en.yaml": {Data: enData}})
	if err == nil || !regexp.MustCompile(`reports/words/nl\.yaml:\d+:1: missing key summary\.level \(en\.yaml:\d+: `).MatchString(err.Error()) {
		t.Errorf("nl.yaml without summary.level: %v, want the missing key with its place", err)
	}
}

func mustDecode(t *testing.T, name, data string) *wordsFile {
	t.Helper()
	f, err := decodeWords(name, []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// keyShape is what a word key looks like: dotted lower-case words.
var keyShape = regexp.MustCompile(`^[a-z_]+(\.[a-z0-9_]+)+$`)

// dynamicKeys are the keys the code builds from a prefix and an id, with
// the ids each prefix takes.
var dynamicKeys = map[string][]string{
	"severity.": assessment.Severities(),
	"priority.": assessment.Severities(),
	"effort.":   assessment.Efforts(),
	"evidence.": assessment.EvidenceLevels(),
	"redacted.": redactionKinds,
}

// notKeys are string literals of the package shaped like a key that are
// not word keys.
var notKeys = map[string]bool{}

// TestWordKeysUsed: every key the code asks for is in the words files, and
// every key of the words files is asked for. The code of the package is
// read as Go: a string literal shaped like a key (summary.score) must be a
// key unless notKeys lists it; a key is used when a literal names it, when draftKey adds .draft to
// one, or when it is a prefix and an id (severity.high) that dynamicKeys
// lists.
func TestWordKeysUsed(t *testing.T) {
	all, err := allWords()
	if err != nil {
		t.Fatal(err)
	}
	keys := all["en"].entries
	used := map[string]bool{}
	fset := token.NewFileSet()
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "draftKey" && len(n.Args) == 2 {
					if s, ok := stringLit(n.Args[1]); ok {
						used[s+".draft"] = true
					}
				}
			case *ast.BinaryExpr:
				if s, ok := stringLit(n.X); ok && n.Op == token.ADD && strings.HasSuffix(s, ".") && hasKeyWithPrefix(keys, s) {
					ids, known := dynamicKeys[s]
					if !known {
						t.Errorf("%s: a key built from %q and an id: add the ids it takes to dynamicKeys", fset.Position(n.Pos()), s)
					}
					for _, id := range ids {
						used[s+id] = true
					}
				}
			case *ast.BasicLit:
				s, ok := stringLit(n)
				if !ok {
					return true
				}
				if keys[s] != nil {
					used[s] = true // also a key without a dot: "title", "yes"
					return true
				}
				if keyShape.MatchString(s) && !notKeys[s] {
					t.Errorf("%s: %q looks like a word key but reports/words/en.yaml has no such key", fset.Position(n.Pos()), s)
				}
			}
			return true
		})
	}
	for _, key := range slices.Sorted(maps.Keys(used)) {
		if keys[key] == nil {
			t.Errorf("the code asks for %s, which reports/words/en.yaml does not have", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(keys)) {
		if !used[key] {
			t.Errorf("reports/words/en.yaml:%d: %s is never used; remove it from every words file", keys[key].line, key)
		}
	}
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func hasKeyWithPrefix(keys map[string]*wordEntry, prefix string) bool {
	for k := range keys {
		if strings.HasPrefix(k, prefix) {
			return true
		}
	}
	return false
}
