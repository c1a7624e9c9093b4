package reports

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/assessment"
	"soeverein/compare"
)

// The three years of the fictional Gemeente Dijkhoven, compared under the
// newer questionnaire version with the older one known.
const trendData = "../testdata/years/"

func loadTrend(t testing.TB) *compare.Trend {
	t.Helper()
	return loadYears(t, true, "2025", "2026", "2027")
}

// loadYears compares the given years of Gemeente Dijkhoven under the
// newer version, with the older version known or not (then the scores as
// reported that year are missing).
func loadYears(t testing.TB, knowOld bool, years ...string) *compare.Trend {
	t.Helper()
	q := readTrendQuestionnaire(t, "questions-2027.1.yaml")
	var known []*assessment.Questionnaire
	if knowOld {
		known = append(known, readTrendQuestionnaire(t, "questions-2025.1.yaml"))
	}
	var in []compare.Input
	for _, y := range years {
		name := "soeverein-GM9947-" + y + ".yaml"
		in = append(in, compare.Input{File: name, Answers: readTrendAnswers(t, name)})
	}
	tr, err := compare.Compare(q, known, in)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func renderTrend(t testing.TB, tr *compare.Trend, lang string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := TrendMarkdown(&buf, tr, TrendOptions{Lang: lang}); err != nil {
		t.Fatalf("TrendMarkdown(%s): %v", lang, err)
	}
	return buf.Bytes()
}

func TestTrendGolden(t *testing.T) {
	tr := loadTrend(t)
	for _, lang := range languages() {
		t.Run(lang, func(t *testing.T) {
			got := renderTrend(t, tr, lang)
			checkGolden(t, filepath.Join("testdata", "trend", "dijkhoven."+lang+".md"), got)
		})
	}
}

// trendLabels are the section titles the trend structure test expects.
var trendLabels = map[string]map[string]string{
	"nl": {
		"title": "Ontwikkeling digitale soevereiniteit", "summary": "Samenvatting",
		"reported": "Gerapporteerde scores en de vragenlijst", "explain": "Verklaring van de veranderingen",
		"step": "Van %s naar %s", "answers": "Gewijzigde antwoorden", "resolved": "Opgeloste bevindingen",
		"new": "Nieuwe bevindingen", "weak": "Blijft achter", "gone": "Vragen die niet meer bestaan",
		"accountability": "Verantwoording", "method": "Werkwijze", "files": "Bestanden",
	},
	"en": {
		"title": "Digital sovereignty over the years", "summary": "Summary",
		"reported": "Reported scores and the questionnaire", "explain": "What explains the changes",
		"step": "From %s to %s", "answers": "Answers that changed", "resolved": "Findings resolved",
		"new": "New findings", "weak": "What stays weak", "gone": "Questions that no longer exist",
		"accountability": "Accountability", "method": "Method", "files": "Files",
	},
}

func wantTrendHeadings(tr *compare.Trend, lang string) []heading {
	l := trendLabels[lang]
	title := l["title"] + " " + tr.Years[0].Label + "–" + tr.Years[len(tr.Years)-1].Label
	if tr.Municipality != "" {
		title += ": " + oneLine(tr.Municipality)
	}
	h := []heading{{1, title}, {2, l["summary"]}, {2, l["reported"]}, {2, l["explain"]}}
	for _, s := range tr.Steps {
		h = append(h, heading{3, fmt.Sprintf(l["step"], s.From, s.To)}, heading{4, l["answers"]}, heading{4, l["resolved"]}, heading{4, l["new"]})
	}
	return append(h, heading{2, l["weak"]}, heading{2, l["gone"]}, heading{2, l["accountability"]}, heading{3, l["method"]}, heading{3, l["files"]})
}

func TestTrendStructure(t *testing.T) {
	tr := loadTrend(t)
	for _, lang := range languages() {
		t.Run(lang, func(t *testing.T) {
			src := renderTrend(t, tr, lang)
			doc := parseMarkdown(src)
			if diff := cmp.Diff(wantTrendHeadings(tr, lang), headings(doc, src)); diff != "" {
				t.Errorf("headings (-want +got):\n%s", diff)
			}
			checkTableRows(t, src)
			tbs := tables(doc, src)
			summary := tbs[0]
			if len(summary.Header) != len(tr.Years)+3 || len(summary.Rows) != len(tr.Themes)+1 {
				t.Errorf("summary table %d columns, %d rows; want %d columns (theme, years, trend, change) and %d rows", len(summary.Header), len(summary.Rows), len(tr.Years)+3, len(tr.Themes)+1)
			}
			for i, row := range summary.Rows {
				if spark := row[len(row)-2]; len([]rune(spark)) != len(tr.Years) {
					t.Errorf("summary row %d: trend %q, want one mark per year", i, spark)
				}
			}
			// The step tables: the rendered parts add up to the rendered total.
			steps := 0
			for _, tb := range tbs {
				if len(tb.Header) != 6 || tb.Header[5] != map[string]string{"nl": "Vragenlijst", "en": "Questionnaire"}[lang] {
					continue
				}
				steps++
				for _, row := range tb.Rows {
					total := parseSigned(t, row[1], lang)
					sum := parseSigned(t, row[2], lang) + parseSigned(t, row[3], lang) + parseSigned(t, row[4], lang) + parseSigned(t, row[5], lang)
					if sum != total {
						t.Errorf("row %q: parts add up to %v tenths, the change is %v tenths", row, sum, total)
					}
				}
			}
			if steps != len(tr.Steps) {
				t.Errorf("%d step tables, want %d", steps, len(tr.Steps))
			}
		})
	}
}

// parseSigned reads a change as the report writes it (+1,5 / −0,5 / 0) in
// tenths; "onbekend"/"unknown" counts as 0.
func parseSigned(t *testing.T, s, lang string) int {
	t.Helper()
	if s == "onbekend" || s == "unknown" {
		return 0
	}
	neg := strings.HasPrefix(s, "−")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "−"), "+")
	if lang == "nl" {
		s = strings.Replace(s, ",", ".", 1)
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("change %q is not a number", s)
	}
	if neg {
		x = -x
	}
	return int(math.Round(x * 10))
}

// TestTrendEscapesUserText compares two years of the hostile fixture: a
// municipality name, file names and notes full of markdown and HTML.
func TestTrendEscapesUserText(t *testing.T) {
	tr := hostileTrend(t)
	for _, lang := range languages() {
		t.Run(lang, func(t *testing.T) {
			src := renderTrend(t, tr, lang)
			doc := parseMarkdown(src)
			checkTableRows(t, src)
			k := kinds(doc)
			for _, bad := range []string{"RawHTML", "HTMLBlock", "Link", "Image", "CodeBlock", "FencedCodeBlock", "ThematicBreak", "Strikethrough", "CodeSpan", "Blockquote"} {
				want := 0
				if bad == "Blockquote" {
					want = 1 // the note on carried-over answers
				}
				if k[bad] != want {
					t.Errorf("trend report has %d %s node(s), want %d\n%s", k[bad], bad, want, src)
				}
			}
			got := headings(doc, src)
			if want := wantTrendHeadings(tr, lang); !cmp.Equal(got, want) {
				t.Errorf("headings (-want +got):\n%s", cmp.Diff(want, got))
			}
			for _, text := range []string{"Gemeente *Voorbeeld* | Noord <b>", "vorig | jaar <i>*.yaml", "<img src=x> [x](javascript:y) `code`", "x <b>"} {
				if !strings.Contains(plainText(doc, src), text) {
					t.Errorf("the report does not show %q literally", text)
				}
			}
		})
	}
}

func ptr(x float64) *float64 { return &x }

// hostileTrend compares two years of the hostile fixture: a municipality
// name, file names and notes full of markdown and HTML.
func hostileTrend(t *testing.T) *compare.Trend {
	t.Helper()
	qdata, err := os.ReadFile("testdata/hostile-questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(qdata, "hostile-questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/hostile-answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	this, _, err := assessment.ParseAnswers(data, "hostile-answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	last := *this
	last.Period = assessment.Period{ReferenceDate: "2025-11-01"}
	last.Answers = map[string]*assessment.Answer{
		"cloud.mail":  {Choice: "eu", Note: "| a | b |\n***\n<img src=x> [x](javascript:y) `code`"},
		"cloud.share": {Value: ptr(10), Note: "1. eerste\n> quote"},
		"cloud.gone":  {Choice: "x <b>", Note: "# weg"},
	}
	tr, err := compare.Compare(q, nil, []compare.Input{
		{File: "hostile-answers.yaml", Answers: this},
		{File: "vorig | jaar <i>*.yaml", Answers: &last},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func TestTrendMarkdownErrors(t *testing.T) {
	tr := loadTrend(t)
	var buf bytes.Buffer
	if err := TrendMarkdown(&buf, tr, TrendOptions{Lang: "de"}); err == nil {
		t.Error("TrendMarkdown with Lang \"de\": no error, want one")
	}
	if err := TrendMarkdown(&buf, &compare.Trend{}, TrendOptions{}); err == nil {
		t.Error("TrendMarkdown of an empty trend: no error, want one")
	}
	if got, want := renderTrend(t, tr, ""), renderTrend(t, tr, "nl"); !bytes.Equal(got, want) {
		t.Error("TrendMarkdown with Lang \"\" differs from Lang \"nl\"")
	}
	first := renderTrend(t, tr, "en")
	for range 3 {
		if !bytes.Equal(renderTrend(t, loadTrend(t), "en"), first) {
			t.Fatal("two renders of the same comparison differ")
		}
	}
}

func TestSparkline(t *testing.T) {
	tests := []struct {
		scores []*float64
		want   string
	}{
		{[]*float64{ptr(0), ptr(50), ptr(100)}, "▁▅█"},
		{[]*float64{ptr(7), nil, ptr(93)}, "▁·█"},
		{[]*float64{ptr(-5), ptr(120)}, "▁█"},
	}
	for _, tt := range tests {
		if got := Sparkline(tt.scores); got != tt.want {
			t.Errorf("Sparkline(%v) = %q, want %q", tt.scores, got, tt.want)
		}
	}
}

func TestSigned(t *testing.T) {
	tests := []struct {
		lang string
		x    float64
		want string
	}{
		{"nl", 1.5, "+1,5"}, {"en", 1.5, "+1.5"}, {"nl", -0.5, "−0,5"}, {"nl", 0, "0,0"}, {"nl", -0.04, "0,0"}, {"en", 12, "+12.0"},
	}
	for _, tt := range tests {
		if got := signed(tt.lang, tt.x); got != tt.want {
			t.Errorf("signed(%s, %v) = %q, want %q", tt.lang, tt.x, got, tt.want)
		}
	}
}

// TestReportWithPrevious renders the 2027 report of Gemeente Dijkhoven with
// 2026 as the previous year and checks the section it adds against golden
// files (the rest of the report has goldens of its own).
func TestReportWithPrevious(t *testing.T) {
	tr := loadYears(t, true, "2026", "2027")
	q := readTrendQuestionnaire(t, "questions-2027.1.yaml")
	this := tr.Years[1].Result
	for _, lang := range languages() {
		t.Run(lang, func(t *testing.T) {
			var with, without bytes.Buffer
			if err := Markdown(&with, this, q, Options{Lang: lang, Previous: tr}); err != nil {
				t.Fatal(err)
			}
			if err := Markdown(&without, this, q, Options{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			title := map[string]string{"nl": "# Ontwikkeling sinds 2026\n", "en": "# Development since 2026\n"}[lang]
			src := with.String()
			start := strings.Index(src, title)
			if start < 0 {
				t.Fatalf("report has no section %q", strings.TrimSpace(title))
			}
			end := start + len(title) + strings.Index(src[start+len(title):], "\n# ") + 1
			got := src[start:end]
			if src[:start]+src[end:] != without.String() {
				t.Error("the report with --previous differs from the one without in more than the added section")
			}
			next := map[string]string{"nl": "# Antwoorden op raadsvragen", "en": "# Answers to council questions"}[lang]
			if !strings.HasPrefix(src[end:], next) || !strings.Contains(src[:start], "# Samenvatting\n") && lang == "nl" {
				t.Errorf("the section is not between the summary and %q", next)
			}
			checkGolden(t, filepath.Join("testdata", "trend", "previous."+lang+".md"), []byte(got))
			checkTableRows(t, with.Bytes())
		})
	}
}

func readTrendQuestionnaire(t testing.TB, name string) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(trendData + name)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return q
}

func readTrendAnswers(t testing.TB, name string) *assessment.Answers {
	t.Helper()
	data, err := os.ReadFile(trendData + name)
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := assessment.ParseAnswers(data, name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}
