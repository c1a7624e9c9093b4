package reports

import (
	"bytes"
	"html"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"soeverein/assessment"
	docm "soeverein/document"
	"soeverein/texts"
	"soeverein/texts/texttest"
)

// The pseudo-language test of the report (issue 10, item 2): the report of
// every fixture in texts.Pseudo, where every word of reports/words and of
// the texts catalog is wrapped in ⟦…⟧. A word outside the markers is a
// hard-coded text, unless it is data: what the questionnaire says (its
// texts in every language, its ids) or what the answers file says (the
// municipality, names, notes, evidence, file names). Questionnaire texts
// have no xx of their own (assessment.Text.In falls back), so they show as
// they are.

func TestPseudoLanguageReport(t *testing.T) {
	xx := string(texts.Pseudo)
	for _, f := range fixtures {
		s := load(t, f)
		data := reportData(s)
		for _, public := range []bool{false, true} {
			name := f.name
			if public {
				name += "/public"
			}
			t.Run(name, func(t *testing.T) {
				opts := s.options
				opts.Lang, opts.Public = xx, public
				d, err := Build(s.result, s.q, opts)
				if err != nil {
					t.Fatalf("Build(xx): %v", err)
				}
				var md, hb bytes.Buffer
				if err := docm.Markdown(&md, d); err != nil {
					t.Fatal(err)
				}
				if err := docm.HTML(&hb, d); err != nil {
					t.Fatal(err)
				}
				checkPseudo(t, "markdown", markdownText(md.String()), data)
				checkPseudo(t, "html", htmlText(hb.String()), data)
				checkPseudo(t, "title", d.Meta.Title+"\n"+d.Meta.Classification+"\n"+d.Meta.Subtitle, data)
			})
		}
		t.Run(f.name+"/council", func(t *testing.T) {
			var b bytes.Buffer
			if err := CouncilMarkdown(&b, s.result, s.q, CouncilOptions{Lang: xx, WithScores: true}); err != nil {
				t.Fatalf("CouncilMarkdown(xx): %v", err)
			}
			if b.Len() > 0 {
				// The YAML block is the document's metadata: its title and
				// classification are checked on their own.
				checkPseudo(t, "council answers", markdownText(b.String()), data)
			}
		})
	}
}

// The trend report and the council document in the pseudo-language: both
// are built from the same words, so every word of theirs is marked too.
func TestPseudoLanguageTrendAndCouncil(t *testing.T) {
	xx := string(texts.Pseudo)
	tr := loadTrend(t)
	var data []string
	for _, name := range []string{"questions-2027.1.yaml", "questions-2025.1.yaml"} {
		q := readTrendQuestionnaire(t, name)
		data = append(data, stringsOf(q)...)
		// The trend report quotes the options chosen each year.
		for _, qu := range q.Questions() {
			for _, o := range qu.Options {
				data = append(data, strings.TrimRight(o.Label.In(xx), "."))
			}
		}
	}
	for _, y := range tr.Years {
		data = append(data, stringsOf(readTrendAnswers(t, y.File))...)
		data = append(data, y.File, y.Label, y.AnsweredAgainst.SHA256)
	}
	data = append(data, tr.Questionnaire.ID)
	slices.SortFunc(data, func(a, b string) int { return len(b) - len(a) })
	d, err := BuildTrend(tr, TrendOptions{Lang: xx})
	if err != nil {
		t.Fatalf("BuildTrend(xx): %v", err)
	}
	var md, hb bytes.Buffer
	if err := docm.Markdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := docm.HTML(&hb, d); err != nil {
		t.Fatal(err)
	}
	checkPseudo(t, "trend markdown", markdownText(md.String()), data)
	checkPseudo(t, "trend html", htmlText(hb.String()), data)
	checkPseudo(t, "trend title", d.Meta.Title+"\n"+d.Meta.Classification, data)

	s := load(t, fixtures[1])
	c, err := BuildCouncil(s.result, s.q, CouncilOptions{Lang: xx, Public: true})
	if err != nil {
		t.Fatalf("BuildCouncil(xx): %v", err)
	}
	hb.Reset()
	if err := docm.HTML(&hb, c); err != nil {
		t.Fatal(err)
	}
	checkPseudo(t, "council html", htmlText(hb.String()), reportData(s))
}

// TestPseudoCheckFindsHardCodedReportText proves the check can fail: a
// word of the report written in Go, not taken from the words, is found;
// data and marked words are not.
func TestPseudoCheckFindsHardCodedReportText(t *testing.T) {
	data := []string{"Gemeente *Voorbeeld*", "soeverein-GM0361-2026.yaml"}
	out := "# ⟦Summary⟧\n\n**⟦Municipality:⟧** Gemeente \\*Voorbeeld\\* (soeverein-GM0361-2026.yaml) 54.3 points\n"
	if got := hardCodedWords(markdownText(out), data); !slices.Equal(got, []string{"points"}) {
		t.Errorf("hard-coded words = %q, want [points]", got)
	}
	if got := strings.Join(strings.Fields(htmlText("<style>body { font: serif }</style><p title=\"Tip\">⟦Score⟧ &amp; Score</p>")), " "); got != "⟦Score⟧ & Score" {
		t.Errorf("htmlText = %q, want the text content only", got)
	}
	if got := pseudoText("**Municipality:** {value} of *{name}* in `x y`"); got != "**⟦Municipality:⟧**⟦ {value} of ⟧*{name}*⟦ in ⟧`⟦x y⟧`" {
		t.Errorf("pseudoText = %q", got)
	}
}

// checkPseudo fails for every word outside the markers that is not data.
func checkPseudo(t *testing.T, what, out string, data []string) {
	t.Helper()
	if !strings.Contains(out, texts.MarkOpen) {
		t.Fatalf("%s: no text in the pseudo-language at all:\n%s", what, out)
	}
	seen := map[string]bool{}
	for _, w := range hardCodedWords(out, data) {
		if !seen[w] {
			seen[w] = true
			t.Errorf("%s: %q is not in the pseudo-language's markers (a hard-coded text?) in\n%s", what, w, lineWith(out, w))
		}
	}
}

// lineWith is the line of out where word first stands outside the markers.
func lineWith(out, word string) string {
	for _, line := range strings.Split(out, "\n") {
		if slices.Contains(hardCodedWords(line, nil), word) {
			return line
		}
	}
	return "(not found)"
}

// hardCodedWords are the words of out outside the markers that have a
// letter and are not data. Data of several words is taken out whole
// first; each word of the data counts as data too (markdown escapes and
// wraps it).
func hardCodedWords(out string, data []string) []string {
	words := map[string]bool{}
	for _, d := range data {
		for _, w := range strings.Fields(d) {
			words[trimPunct(w)] = true
		}
	}
	var found []string
	for _, piece := range texttest.Unmarked(out) {
		for _, d := range data {
			if strings.Contains(d, " ") {
				piece = strings.ReplaceAll(piece, d, " ")
			}
		}
		for _, word := range strings.Fields(piece) {
			w := trimPunct(strings.ReplaceAll(word, `\`, ""))
			if words[w] || !strings.ContainsFunc(w, unicode.IsLetter) {
				continue
			}
			found = append(found, w)
		}
	}
	return found
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

// markdownText drops what a reader of the rendered markdown never sees:
// the front matter (the document's metadata, checked on its own) and link
// targets (anchors and addresses).
func markdownText(md string) string {
	if rest, ok := strings.CutPrefix(md, "---\n"); ok {
		if i := strings.Index(rest, "\n---\n"); i >= 0 {
			md = rest[i+len("\n---\n"):]
		}
	}
	return linkTarget.ReplaceAllString(md, "$1]")
}

var linkTarget = regexp.MustCompile(`(^|[^\\])\]\([^)\s]*\)`)

// htmlText is the text content of an HTML page: no style sheet, no tags
// (so no attributes), entities decoded.
func htmlText(src string) string {
	src = styleElement.ReplaceAllString(src, "")
	src = anyTag.ReplaceAllString(src, " ")
	return html.UnescapeString(src)
}

var (
	styleElement = regexp.MustCompile(`(?s)<style>.*?</style>`)
	anyTag       = regexp.MustCompile(`<[^>]*>`)
)

// reportData is what the report may show unmarked: the questionnaire's
// texts as the report in xx takes them (Text.In falls back to Dutch), its
// numbers and titles, what the answers file says, the answers file's name
// and digest. Ids that stand for words (severities, efforts, evidence
// levels, options, question types) are not data: the report must give
// their words, and an English word among the ids must not hide a
// hard-coded one.
func reportData(s *scored) []string {
	out := append(stringsOf(s.q), stringsOf(s.a)...)
	out = append(out, s.options.AnswersFile, s.options.AnswersSHA256)
	// The name of the digest's algorithm, written by the document package
	// beside each checksum, is a name like a file's: the same in every
	// language.
	out = append(out, "SHA-256")
	// Longest first, so that a long text is taken out before a word in it.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// idFields are the struct fields whose strings are ids of words, not text
// a user wrote.
var idFields = map[string]bool{"Severity": true, "Effort": true, "EvidenceLevel": true, "Type": true, "Unit": true,
	"Kind": true, "Choice": true, "Choices": true, "Current": true, "Options": true}

// stringsOf collects the strings reachable from v that can be data: an
// assessment.Text as the pseudo-language shows it, no id of a word.
func stringsOf(v any) []string {
	var out []string
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
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
				if f := v.Field(i); f.CanInterface() && !idFields[v.Type().Field(i).Name] {
					walk(f)
				}
			}
		case reflect.Slice, reflect.Array:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Map:
			if t, ok := v.Interface().(assessment.Text); ok {
				out = append(out, t.In(string(texts.Pseudo)))
				return
			}
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k))
			}
		case reflect.String:
			out = append(out, v.String())
		}
	}
	walk(reflect.ValueOf(v))
	return out
}
