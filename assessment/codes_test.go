package assessment

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"soeverein/texts"
)

// call is one place that reports a problem: r.problem(pos, CodeX,
// texts.ProblemX, args...) or r.warning(...).
type call struct {
	at    string // file:line
	code  string // the Code constant's name
	key   string // the texts constant's name
	names []string
}

// sourceCalls reads this package's source (not its tests) and returns
// every call that reports a problem, and every texts.Problem… constant it
// names anywhere (the words of owners, values and hints too).
func sourceCalls(t *testing.T) (calls []call, used []string) {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "texts" && strings.HasPrefix(sel.Sel.Name, "Problem") {
					used = append(used, sel.Sel.Name)
				}
			}
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := c.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "problem" && sel.Sel.Name != "warning" || len(c.Args) < 3 {
				return true
			}
			code, ok1 := c.Args[1].(*ast.Ident)
			key, ok2 := c.Args[2].(*ast.SelectorExpr)
			if !ok1 || !ok2 {
				t.Errorf("%s: %s takes a Code constant and a texts constant", fset.Position(c.Pos()), sel.Sel.Name)
				return true
			}
			cl := call{at: fset.Position(c.Pos()).String(), code: code.Name, key: key.Sel.Name}
			for _, a := range c.Args[3:] {
				cl.names = append(cl.names, argName(t, fset, a))
			}
			calls = append(calls, cl)
			return true
		})
	}
	return calls, used
}

// argName is the parameter name an argument of a problem call gives: the
// first argument of texts.A, Int, Sub, Joined, OneDecimal and describe,
// "owner" for where.owner(), the name of where.arg, "suggestion", "detail"
// and "hint" for the helpers that make those, and a variable's own name
// (owner, hint).
func argName(t *testing.T, fset *token.FileSet, e ast.Expr) string {
	switch a := e.(type) {
	case *ast.Ident:
		return a.Name
	case *ast.CallExpr:
		var fn string
		switch f := a.Fun.(type) {
		case *ast.SelectorExpr:
			fn = f.Sel.Name
		case *ast.Ident:
			fn = f.Name
		}
		switch fn {
		case "owner":
			return "owner"
		case "suggest":
			return "suggestion"
		case "syntaxDetail":
			return "detail"
		case "ruleHint":
			return "hint"
		case "countWords":
			return "for"
		case "A", "Int", "Sub", "Joined", "OneDecimal", "describe", "arg":
			if lit, ok := a.Args[0].(*ast.BasicLit); ok {
				s, _ := strconv.Unquote(lit.Value)
				return s
			}
		}
	}
	t.Errorf("%s: cannot tell which parameter this argument is; give it with texts.A(\"name\", …)", fset.Position(e.Pos()))
	return "?"
}

// constants reads the string constants of a Go file: name -> value.
func constants(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i < len(vs.Values) {
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok {
						out[n.Name], _ = strconv.Unquote(lit.Value)
					}
				}
			}
		}
	}
	return out
}

var paramRE = regexp.MustCompile(`\{([a-z_]+)\}`)

// params are the parameters of a catalog text, from its English template.
func params(key texts.Key) []string {
	var out []string
	for _, m := range paramRE.FindAllStringSubmatch(texts.EN.T(key), -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return out
}

// inCatalogs reports whether key has a text in every language.
func inCatalogs(key texts.Key) bool {
	for _, l := range texts.Languages() {
		if l.T(key) == string(key) {
			return false
		}
	}
	return true
}

// codeKey is the catalog name of a code: problem.unknown_field.
func codeKey(c Code) string { return "problem." + strings.ReplaceAll(string(c), "-", "_") }

// TestEveryProblemHasATextOfItsCode walks every place in this package that
// reports a problem: its code is one of Codes, its text is one of that
// code's (problem.<code>[.<variant>]) and in every catalog, and the call
// gives exactly the text's parameters. Every code in Codes is reported
// somewhere, so that the list is what the package can produce.
func TestEveryProblemHasATextOfItsCode(t *testing.T) {
	codeNames := constants(t, "codes.go")
	keyNames := constants(t, filepath.Join("..", "texts", "keys.go"))
	calls, used := sourceCalls(t)
	if len(calls) < len(Codes) {
		t.Fatalf("found %d calls that report problems, fewer than the %d codes: does the walk still see r.problem and r.warning?", len(calls), len(Codes))
	}
	reported := map[Code]bool{}
	for _, c := range calls {
		code := Code(codeNames[c.code])
		key := texts.Key(keyNames[c.key])
		switch {
		case !slices.Contains(Codes, code):
			t.Errorf("%s: code %s (%q) is not in Codes", c.at, c.code, code)
		case key == "":
			t.Errorf("%s: texts.%s is not a constant of texts/keys.go", c.at, c.key)
		case string(key) != codeKey(code) && !strings.HasPrefix(string(key), codeKey(code)+"."):
			t.Errorf("%s: code %s reported with %s; its texts are named %s or %s.…", c.at, code, key, codeKey(code), codeKey(code))
		case !inCatalogs(key):
			t.Errorf("%s: %s has no text in every catalog", c.at, key)
		}
		reported[code] = true
		names := slices.Clone(c.names)
		slices.Sort(names)
		if want := params(key); !slices.Equal(names, want) {
			t.Errorf("%s: %s gets parameters %v, its text has %v", c.at, key, names, want)
		}
	}
	for _, c := range Codes {
		if !reported[c] {
			t.Errorf("code %s is in Codes but nothing reports it", c)
		}
		if !inCatalogs(texts.Key(codeKey(c))) && !slices.ContainsFunc(calls, func(cl call) bool {
			return strings.HasPrefix(keyNames[cl.key], codeKey(c)+".")
		}) {
			t.Errorf("code %s has no text in the catalogs", c)
		}
	}
	for _, name := range used {
		if key := texts.Key(keyNames[name]); key == "" || !inCatalogs(key) {
			t.Errorf("texts.%s (%q) has no text in every catalog", name, key)
		}
	}
}

// TestCodesAreListed: every Code constant is in Codes once, and the table
// of docs/questionnaire-format.md names it.
func TestCodesAreListed(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "questionnaire-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	consts := constants(t, "codes.go")
	seen := map[Code]bool{}
	for _, c := range Codes {
		if seen[c] {
			t.Errorf("code %s twice in Codes", c)
		}
		seen[c] = true
		if !strings.Contains(string(doc), "`"+string(c)+"`") {
			t.Errorf("docs/questionnaire-format.md does not explain code %s", c)
		}
	}
	for name, v := range consts {
		if strings.HasPrefix(name, "Code") && !seen[Code(v)] {
			t.Errorf("%s (%s) is not in Codes", name, v)
		}
	}
}

// TestEntityKinds: every item with an id that a file can hold (walked from
// Questionnaire and Answers) has its word for problems (entityKinds), so
// that no problem names it by a fallback.
func TestEntityKinds(t *testing.T) {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if ty.Kind() != reflect.Struct || seen[ty] {
			return
		}
		seen[ty] = true
		for i := 0; i < ty.NumField(); i++ {
			f := ty.Field(i)
			if strings.Split(f.Tag.Get("yaml"), ",")[0] == "id" {
				if _, ok := entityKinds[ty.Name()]; !ok {
					t.Errorf("entityKinds has no word for %s, which has an id", ty.Name())
				}
			}
			if f.IsExported() {
				walk(f.Type)
			}
		}
	}
	walk(reflect.TypeOf(Questionnaire{}))
	walk(reflect.TypeOf(Answers{}))
	for name, key := range entityKinds {
		if !inCatalogs(key) || !slices.Equal(params(key), []string{"id"}) {
			t.Errorf("entityKinds[%s] = %s: want a text with {id} in every catalog", name, key)
		}
	}
}

// englishWords are words of the English messages that no Dutch message
// has (the files' own words, quoted values and field names aside).
var englishWords = regexp.MustCompile(`\b(the|must|found|expected|missing|give|kept|used|with|cannot|has|have|only|this|which|least|above|should|field|fields|known|mean|remove|add|write|it|its|are|be|or)\b`)

// TestProblemsInDutch parses broken files of every kind and checks that
// each problem reads in Dutch: another text than the English one, and no
// English word outside the file's quoted values and `code`.
func TestProblemsInDutch(t *testing.T) {
	var ps Problems
	add := func(err error) {
		var p Problems
		if errors.As(err, &p) {
			ps = append(ps, p...)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "broken", "*.yaml"))
	for _, f := range files {
		_, err := Parse(readTestdata(t, filepath.Join("broken", filepath.Base(f))), filepath.Base(f))
		add(err)
	}
	for _, data := range []string{
		"format: 1\nkind: soeverein-questionnaire\n",
		"name: x\n",
		"format: 2\nkind: soeverein-answers\n",
		"format: 0\nkind: soeverein-answers\n",
		"kind: soeverein-answers\n",
		"format: 1\nkind: soeverein-answers\nmunicipality:\n  cbs_code: 0363\n",
		"format: 1\nkind: soeverein-answers\nperiod:\n  reference_date: 1-11-2026\n  year: 1890\n",
		"format: 1\nkind: soeverein-answers\nanswers:\n  a.b:\n    choice: x\n    value: 3\n    evidence_level: proven\n    answered_at: gisteren\n",
		"format: 1\nkind: soeverein-answers\nanswers:\n  a.b:\n    value: lots\n    choices: x\n",
		"format: 1\nkind: soeverein-answers\nanswers: [a, , b]\n",
		"\x89PNG\r\n\x1a\n\x00\x00",
		"\xff\xfef\x00o\x00",
		"format: 1\nnote: caf\xe9\n",
		"format: 1\nnote: \"a\x07b\"\n",
		"format: 1\nkind: [\n",
		"format: 1\n---\nkind: x\n",
		"",
		"- a\n- b\n",
		"a: 1\na: 2\n",
		"a: &x [1]\nb: *y\n",
	} {
		_, _, err := ParseAnswers([]byte(data), "a.yaml")
		add(err)
	}
	q := minimalQuestionnaire(t)
	a, warnings, err := ParseAnswers([]byte("format: 1\nkind: soeverein-answers\nextra: 1\nnote: \"tekst\u202e\"\nquestionnaire:\n  id: andere\nanswers:\n  cloud.mail:\n    choice: mars\n  cloud.share:\n    value: 250\n  oud.vraag:\n    choice: x\nassignments:\n  - name: Tester\n    themes: [nergens]\n    questions: [nergens.vraag]\n"), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ps = append(ps, warnings...)
	ps = append(ps, q.CheckAnswers(a, "a.yaml")...)
	a.Questionnaire.ID = q.ID
	a.Questionnaire.Version = "2000.1"
	ps = append(ps, q.CheckAnswers(a, "a.yaml")...)

	codes := map[Code]bool{}
	quotedRE := regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`")
	for _, p := range ps {
		codes[p.Code] = true
		nl, en := p.Text(texts.NL), p.Text(texts.EN)
		if nl == en {
			t.Errorf("[%s] the same in Dutch and English: %s", p.Code, nl)
		}
		if en != p.Error() {
			t.Errorf("[%s] Error() = %q, want the English text %q", p.Code, p.Error(), en)
		}
		if w := englishWords.FindString(quotedRE.ReplaceAllString(nl, "")); w != "" {
			t.Errorf("[%s] English word %q in the Dutch text: %s", p.Code, w, nl)
		}
		for _, name := range params(p.Key) {
			if strings.Contains(nl, "{"+name+"}") {
				t.Errorf("[%s] parameter {%s} left unfilled: %s", p.Code, name, nl)
			}
		}
	}
	t.Logf("%d problems with %d of the %d codes", len(ps), len(codes), len(Codes))
	if len(codes) < 30 {
		t.Errorf("the broken files give only %d codes; want most of the %d", len(codes), len(Codes))
	}
}
