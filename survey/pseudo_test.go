package survey

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"soeverein/assessment"
	"soeverein/texts"
	"soeverein/texts/texttest"
)

// The pseudo-language tests (issue 10, item 2): every screen and the
// accessible mode run in texts.Pseudo, where every catalog text is wrapped
// in ⟦…⟧. A letter outside the markers is a hard-coded string, unless it is
// data: the questionnaire's texts and ids, what the answers file says
// (municipality, respondent, file names), or a key's name on the keyboard
// (enter, esc, the letters that are keys).

// pseudoData is what a screen may show unmarked: the questionnaire's texts
// in every language and its ids, and the test's answers file.
func pseudoData(q *assessment.Questionnaire, extra ...string) []string {
	var out []string
	var walk func(v reflect.Value)
	seen := map[uintptr]bool{}
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if f := v.Field(i); f.CanInterface() {
					walk(f)
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Map:
			if t, ok := v.Interface().(assessment.Text); ok {
				for _, s := range t {
					out = append(out, s)
				}
				return
			}
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k))
			}
		case reflect.String:
			out = append(out, v.String())
		}
	}
	walk(reflect.ValueOf(q))
	out = append(out, extra...)
	// Longest first, so that a long text is taken out before a word in it.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// keyNames are the names of keys as the help bar and the accessible mode
// show them: what is printed on the keyboard, the same in every language.
var keyNames = map[string]bool{
	"enter": true, "esc": true, "tab": true, "ctrl+c": true, "ctrl+s": true, "shift+tab": true,
	"pgup": true, "pgdn": true, "pg↑↓": true, "↑/k": true, "↓/j": true, "→/l/tab": true, "←/h": true,
	"esc/ctrl+s": true, "tab/enter": true, "C": true,
}

func init() {
	for _, r := range "abcfghijklmnopqrstuvwx" {
		keyNames[string(r)] = true
	}
}

// checkPseudo fails for every word outside the markers that is neither data
// nor a key's name.
func checkPseudo(t *testing.T, what, out string, data []string) {
	t.Helper()
	if !strings.Contains(out, texts.MarkOpen) {
		t.Fatalf("%s: no text in the pseudo-language at all:\n%s", what, out)
	}
	for _, w := range hardCoded(out, data) {
		t.Errorf("%s: %q is not in the pseudo-language's markers (a hard-coded text?)\nscreen:\n%s", what, w, out)
	}
}

// hardCoded returns the words outside the markers that have a letter and
// are neither data nor a key's name. Data of several words is taken out
// whole first; every word of the data counts as data too, for a text the
// screen wrapped over two lines, and so does a word cut short with "…" to
// fit a column.
func hardCoded(out string, data []string) []string {
	words := map[string]bool{}
	for _, d := range data {
		for _, w := range strings.Fields(d) {
			words[trimPunct(w)] = true
		}
	}
	isData := func(word string) bool {
		w := trimPunct(word)
		if words[w] {
			return true
		}
		if cut, ok := strings.CutSuffix(word, "…"); ok {
			for d := range words {
				if strings.HasPrefix(d, trimPunct(cut)) {
					return true
				}
			}
		}
		return false
	}
	var found []string
	for _, piece := range texttest.Unmarked(closeTruncated(out)) {
		for _, d := range data {
			if strings.Contains(d, " ") {
				piece = strings.ReplaceAll(piece, d, " ")
			}
		}
		for _, word := range strings.Fields(piece) {
			w := trimPunct(word)
			if keyNames[w] || isData(word) || !strings.ContainsFunc(w, unicode.IsLetter) {
				continue
			}
			found = append(found, w)
		}
	}
	return found
}

// closeTruncated closes a marked text that a column cut short: "⟦no level
// ye…" ends at its "…" when no ⟧ follows on that line before the next ⟦.
func closeTruncated(s string) string {
	var b strings.Builder
	depth := 0
	for i, r := range s {
		b.WriteRune(r)
		switch {
		case strings.HasPrefix(s[i:], texts.MarkOpen):
			depth++
		case strings.HasPrefix(s[i:], texts.MarkClose):
			depth--
		case r == '…' && depth > 0:
			rest := s[i+len("…"):]
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[:nl]
			}
			c, o := strings.Index(rest, texts.MarkClose), strings.Index(rest, texts.MarkOpen)
			if c < 0 || o >= 0 && o < c {
				b.WriteString(texts.MarkClose)
				depth--
			}
		}
	}
	return b.String()
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '+' && r != '/' })
}

func TestPseudoLanguageScreens(t *testing.T) {
	q := testQuestionnaire(t)
	dir := t.TempDir()
	t.Chdir(dir)
	path := newAnswersFile(t, ".", q, nil)
	data := pseudoData(q, "Gemeente Voorbeeldstad", "Eva Voorbeeld", "CISO", "GM9991", filepath.Base(path),
		ReportPath(filepath.Base(path)), strings.TrimSuffix(ReportPath(filepath.Base(path)), ".md")+".docx", "Gemeente Alkmaar", "GM0361", "soeverein-GM0361-2026.yaml", "GM36", "soeverein-GM36-2026.yaml")

	screens := []struct {
		name string
		opts Options
		keys []string
	}{
		{"start", Options{}, nil},
		{"start, full help", Options{}, []string{"?"}},
		{"form", Options{}, []string{"down", "enter", "type:Gemeente Alkmaar", "tab", "type:GM36", "tab", "tab", "tab", "tab", "tab", "enter"}},
		{"question", Options{Path: path}, nil},
		{"question, full help", Options{Path: path}, []string{"?"}},
		{"help", Options{Path: path}, []string{"1", "left", "i"}},
		{"multi question", Options{Path: path}, []string{"1", "space"}},
		{"number question", Options{Path: path}, []string{"1", "1", "2", "enter", "type:500", "enter"}},
		{"themes", Options{Path: path}, []string{"t"}},
		{"note", Options{Path: path}, []string{"o"}},
		{"council text", Options{Path: path}, []string{"p"}},
		{"evidence", Options{Path: path}, []string{"b", "tab"}},
		{"marked", Options{Path: path}, []string{"m"}},
		{"review", Options{Path: path}, []string{"1", "w", "m", "right", "2"}},
		{"finish as draft", Options{Path: path, ReportFormats: []string{"md"}}, []string{"r", "f", "f"}},
		{"finish", Options{Path: path, ReportFormats: []string{"md"}}, []string{"1", "1", "2", "enter", "type:50", "enter", "2", "f"}},
		{"save as", Options{Path: path}, []string{"s"}},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			sc.opts.Lang, sc.opts.Questionnaire = string(texts.Pseudo), q
			m := newModel(t, sc.opts, 80, 24)
			press(m, sc.keys...)
			checkPseudo(t, sc.name, screenText(m), data)
		})
	}
}

func TestPseudoLanguageAccessible(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	data := pseudoData(q, "Gemeente Alkmaar", "GM0361", "GM36", "Eva Voorbeeld", "soeverein-GM0361-2026.yaml",
		"soeverein-GM0361-2026.report.md", "Register 2026", "Nog navragen")
	out := runScript(t, Options{Questionnaire: q, Dir: ".", Lang: string(texts.Pseudo)},
		"", "Gemeente Alkmaar", "GM36", "GM0361", "", "", "Eva Voorbeeld", "", "",
		"?", "3", "Nog navragen", // explanation, don't know, a note
		"b", "Register 2026", "7", "2", // evidence, a wrong level, a level
		"1,x", "1,4", "1, 2", "", // wrong answers, an answer, no note
		"m", "120", "62,5", "", // mark, out of range, a value
		"n", "", "j") // not applicable, finish
	checkPseudo(t, "accessible", out, data)
	if !strings.Contains(out, "⟦Question 1 of 4⟧") || !strings.Contains(out, "⟦Overview: ") {
		t.Errorf("the script did not reach the questions and the review:\n%s", out)
	}
	// Resuming the file: the current answers, the review and the finish.
	out = runScript(t, Options{Questionnaire: q, Path: "soeverein-GM0361-2026.yaml", Lang: string(texts.Pseudo)},
		"", "x", "", "", "", "", "", "q")
	checkPseudo(t, "accessible, resumed", out, data)
}

// TestPseudoCheckFindsHardCodedText proves that the check can fail: an
// English word among the marked texts is found, data and key names are
// not.
func TestPseudoCheckFindsHardCodedText(t *testing.T) {
	data := []string{"Gemeente Alkmaar"}
	out := "⟦Theme⟧: Gemeente Alkmaar · enter ⟦next⟧ • (w) ⟦don't know⟧ · 3 saved"
	words := hardCoded(out, data)
	if !slices.Equal(words, []string{"saved"}) {
		t.Errorf("hard-coded words found = %q, want [saved]", words)
	}
}

func TestUnknownLanguageIsAnError(t *testing.T) {
	q := testQuestionnaire(t)
	if _, err := New(Options{Questionnaire: q, Lang: "de"}); err == nil {
		t.Error("New with --lang de: no error, want one (not silently Dutch)")
	}
	var out strings.Builder
	if err := RunAccessible(t.Context(), &out, strings.NewReader(""), Options{Questionnaire: q, Lang: "de"}); err == nil {
		t.Error("RunAccessible with --lang de: no error, want one")
	} else if !strings.Contains(err.Error(), "nl (Nederlands)") {
		t.Errorf("error %q does not list the languages", err)
	}
}

// TestCountUnitInBothModes: a number question that counts says so in the
// TUI and in the accessible mode alike.
func TestCountUnitInBothModes(t *testing.T) {
	q := testQuestionnaire(t)
	q.Question("exit.share").Unit = "count"
	t.Chdir(t.TempDir())
	path := newAnswersFile(t, ".", q, func(a *assessment.Answers) { a.Current = "exit.share" })
	m := newModel(t, Options{Questionnaire: q, Path: path}, 100, 30)
	mustContain(t, m, "Waarde (0 tot 100, een aantal):")
	out := runScript(t, Options{Questionnaire: q, Path: path}, "q")
	if !strings.Contains(out, "Waarde van 0 tot 100, een aantal (w = weet ik niet") {
		t.Errorf("the accessible mode does not say the unit:\n%s", out)
	}
}

// TestErrorsInTheUsersLanguage: the survey's errors that reach a user are
// texts.Localized, whole sentences from the catalog in every language.
func TestErrorsInTheUsersLanguage(t *testing.T) {
	errs := []texts.Localized{
		&FromExistsError{Path: "a.yaml"},
		&ReportIsInputError{Report: "a.md", Input: "a.md"},
		&ChangedError{Path: "a.yaml"},
	}
	for _, err := range errs {
		if got := err.Error(); !strings.Contains(got, "a.") || strings.Contains(got, "{") {
			t.Errorf("%T: Error() = %q, want the English text with the file", err, got)
		}
		if nl := err.Text(texts.NL); nl == err.Error() {
			t.Errorf("%T: the Dutch text is the English one: %q", err, nl)
		}
		checkPseudo(t, "error", err.Text(texts.Pseudo), []string{"a.yaml", "a.md"})
	}
	checkPseudo(t, "saved aside", savedAside(texts.Pseudo, "a-20261120.yaml"), []string{"a-20261120.yaml"})
}

// TestPseudoLanguageRespondents: a part, assigning a theme and the merge
// conflicts, on the screens and in the accessible mode.
func TestPseudoLanguageRespondents(t *testing.T) {
	q := testQuestionnaire(t)
	t.Chdir(t.TempDir())
	part := newPart(t, q)
	xx := string(texts.Pseudo)
	data := pseudoData(q, "A. de Vries", "B. Bakker", "C. Smit", "communicatie", "Gemeente Voorbeeldstad", "GM9991",
		"soeverein-GM9991-2026.yaml", part, "Coördinator", "Contract loopt tot 2028.",
		"Sinds oktober bij een Europese aanbieder.", "Contract 2026-03", "deel-b.yaml",
		"soeverein-GM9991-2026.deel-a-de-vries.yaml", "soeverein-GM9991-2026.deel", "a-de-vries.yaml", // wrapped at its hyphen
		"aanbieder.␛[2J", "␛[2J") // the test note's escape sequence, made visible
	for _, sc := range []struct {
		name string
		path string
		keys []string
	}{
		{"part, themes", part, []string{"t"}},
		{"part, review", part, []string{"r"}},
		{"part, done", part, []string{"r", "f"}},
		{"assigning", "soeverein-GM9991-2026.yaml", []string{"t", "a", "type:C. Smit, communicatie"}},
		{"assigned", "soeverein-GM9991-2026.yaml", []string{"t", "a", "type:C. Smit, communicatie", "enter"}},
	} {
		t.Run(sc.name, func(t *testing.T) {
			m := newModel(t, Options{Questionnaire: q, Path: sc.path, Lang: xx}, 80, 24)
			press(m, sc.keys...)
			checkPseudo(t, sc.name, screenText(m), data)
		})
	}
	out := runScript(t, Options{Questionnaire: q, Path: part, Lang: xx}, "", "", "", "", "", "", "y")
	checkPseudo(t, "accessible part", out, data)

	cm := NewConflictModel(q, testConflicts(), xx, nil)
	checkPseudo(t, "conflict screen", conflictScreen(cm), data)
	var w strings.Builder
	if _, err := ResolveAccessible(&w, strings.NewReader("3\n2\n1\n"), q, testConflicts(), xx); err != nil {
		t.Fatal(err)
	}
	checkPseudo(t, "accessible conflicts", w.String(), data)
}

// TestPseudoLanguageChangedOnDisk: the question about a file changed on
// disk, on the screen (with what reloading says) and in the accessible
// mode at a terminal.
func TestPseudoLanguageChangedOnDisk(t *testing.T) {
	q := testQuestionnaire(t)
	xx := string(texts.Pseudo)
	path := newAnswersFile(t, t.TempDir(), q, nil)
	data := pseudoData(q, path, filepath.Base(path), "Gemeente Voorbeeldstad", "Eva Voorbeeld", "CISO", "GM9991", "Van de collega")

	m := newModel(t, Options{Questionnaire: q, Path: path, Lang: xx}, 80, 24)
	defer m.saver.Close()
	press(m, "2")
	colleagueEdits(t, path, q)
	press(m, "5", "0", "enter")
	if m.screen != screenChanged {
		t.Fatalf("no question about the changed file:\n%s", screenText(m))
	}
	checkPseudo(t, "changed on disk", screenText(m), data)
	press(m, "r")
	if !strings.Contains(screenText(m), "⟦File reloaded") {
		t.Errorf("reloading says nothing:\n%s", screenText(m))
	}
	checkPseudo(t, "reloaded", screenText(m), data)
	for _, s := range []string{reloadedText(texts.Pseudo, []string{"exit.share"}), m.c.N(texts.SurveyChangedMore, 3)} {
		checkPseudo(t, "changed texts", s, data)
	}

	path = newAnswersFile(t, t.TempDir(), q, nil)
	data = pseudoData(q, path, filepath.Base(path), "Gemeente Voorbeeldstad", "Eva Voorbeeld", "CISO", "GM9991", "Van de collega")
	out := &editingWriter{trigger: "⟦Question 3 of 4⟧", edit: func() { colleagueEdits(t, path, q) }}
	in := strings.NewReader("2\n\n40\n\n3\n\n")
	if err := RunAccessible(t.Context(), out, in, Options{Questionnaire: q, Path: path, Now: fixedNow, Lang: xx}); err != nil {
		t.Fatalf("RunAccessible: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "⟦Choose 1-3") {
		t.Fatalf("the accessible mode did not ask about the changed file:\n%s", out.String())
	}
	checkPseudo(t, "accessible, changed on disk", out.String(), data)
}
