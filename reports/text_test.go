package reports

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"soeverein/assessment"
	"soeverein/compare"
	"soeverein/figure"
	"soeverein/schemas"
	"soeverein/scoring"
	"soeverein/texts"
)

// The tests of the score and compare tables, moved here from cmd with the
// code: the same fixtures (testdata/score is a copy of cmd's) and goldens.

const scoreData = "testdata/score/"

// scoreResult scores an answers file of testdata/score against its
// questionnaire.
func scoreResult(t testing.TB, questions, answers string) *scoring.Result {
	t.Helper()
	data, err := os.ReadFile(questions)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(data, filepath.Base(questions))
	if err != nil {
		t.Fatal(err)
	}
	data, err = os.ReadFile(answers)
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := assessment.ParseAnswers(data, filepath.Base(answers))
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Evaluate(q, a)
}

func scoreText(t testing.TB, r *scoring.Result, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := ScoreText(&buf, r, lang); err != nil {
		t.Fatalf("ScoreText(%s): %v", lang, err)
	}
	return buf.String()
}

func TestScoreTextGolden(t *testing.T) {
	for _, tt := range []struct{ answers, lang string }{
		{"complete", "nl"}, {"complete", "en"}, {"weakest", "nl"}, {"incomplete", "en"},
	} {
		t.Run(tt.answers+"/"+tt.lang, func(t *testing.T) {
			r := scoreResult(t, scoreData+"questions.yaml", scoreData+tt.answers+".yaml")
			checkGolden(t, filepath.Join("testdata", "score", tt.answers+"."+tt.lang+".txt"), []byte(scoreText(t, r, tt.lang)))
		})
	}
}

// The table prints, for each shared fixture, the scores of the result, at
// one decimal, in the column under "Score".
func TestScoreTextPrintsTheScores(t *testing.T) {
	for _, name := range []string{"cautious", "microsoft", "incomplete", "draft"} {
		r := scoreResult(t, "../questions.yaml", "../testdata/answers/"+name+".yaml")
		for _, lang := range languages() {
			table := scoreText(t, r, lang)
			// Titles may be shortened to fit 80 columns: find each theme's
			// row by its place under the header.
			rows := strings.Split(table, "\n")
			header := slices.IndexFunc(rows, func(r string) bool { return strings.Contains(r, "Score") })
			if header < 0 {
				t.Fatalf("%s/%s: no header row:\n%s", name, lang, table)
			}
			col := len([]rune(rows[header][:strings.Index(rows[header], "Score")]))
			for i, th := range r.Themes {
				want := "-"
				if th.Scored {
					want = figure.Score(lang, th.Score)
				}
				row := []rune(rows[header+1+i])
				if len(row) <= col || strings.Fields(string(row[col:]))[0] != want {
					t.Errorf("%s/%s: the row of %s does not print %s:\n%s", name, lang, th.ID, want, table)
				}
			}
		}
	}
}

// The built-in questionnaire's table, notes and findings fit a standard
// terminal in both languages, also the longest theme names.
func TestScoreTextFitsEightyColumns(t *testing.T) {
	for _, name := range []string{"cautious", "incomplete", "microsoft", "draft"} {
		r := scoreResult(t, "../questions.yaml", "../testdata/answers/"+name+".yaml")
		for _, lang := range languages() {
			for _, line := range strings.Split(scoreText(t, r, lang), "\n") {
				if n := utf8.RuneCountInString(line); n > TextWidth {
					t.Errorf("%s/%s: line of %d columns, want at most %d: %q", name, lang, n, TextWidth, line)
				}
			}
		}
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"kort", 10, "kort"},
		{"precies tien", 12, "precies tien"},
		{"Onbekend: welk percentage", 12, "Onbekend: w…"},
		{"één twee drie", 6, "één t…"},
		{"trailing space cut", 10, "trailing…"},
	}
	for _, tt := range tests {
		if got := shorten(tt.in, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// A municipality's name, a theme title or a label with control characters
// (an escape sequence that would clear the terminal) or line breaks cannot
// reach the terminal: the tables show them on one line, made visible as cmd
// shows them everywhere (safetext.Terminal).
func TestTextTablesKeepUserTextOnOneLine(t *testing.T) {
	r := scoreResult(t, scoreData+"questions.yaml", scoreData+"complete.yaml")
	r.Subject.Municipality = "Gemeente\x1b[2J Noord\nZuid\u202e"
	r.Themes[0].Title = assessment.Text{"nl": "Cloud\r\nvervolg"}
	out := scoreText(t, r, "nl")
	tr := loadTrend(t)
	tr.Municipality = r.Subject.Municipality
	tr.Years[0].Label = "2025\x07"
	var buf bytes.Buffer
	if err := CompareText(&buf, tr, "nl"); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"score": out, "compare": buf.String()} {
		if strings.ContainsAny(text, "\x1b\x07\r\u202e") {
			t.Errorf("%s: a control or direction character reaches the terminal:\n%q", name, text)
		}
		if !strings.Contains(text, "Gemeente␛[2J Noord Zuid[U+202E]") {
			t.Errorf("%s: the municipality's name is not shown on one line as it is stored:\n%s", name, text)
		}
	}
	if !strings.Contains(out, "Cloud␍ vervolg *") {
		t.Errorf("score: the theme title is not on one line:\n%s", out)
	}
}

func compareText(t testing.TB, tr *compare.Trend, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := CompareText(&buf, tr, lang); err != nil {
		t.Fatalf("CompareText(%s): %v", lang, err)
	}
	return buf.String()
}

func TestCompareTextGolden(t *testing.T) {
	checkGolden(t, filepath.Join("testdata", "compare", "three-years.nl.txt"), []byte(compareText(t, loadTrend(t), "nl")))
	// The older version not known: the reported scores are missing.
	tr := loadYears(t, false, "2026", "2027")
	checkGolden(t, filepath.Join("testdata", "compare", "unknown-version.en.txt"), []byte(compareText(t, tr, "en")))
}

func TestTextErrors(t *testing.T) {
	r := scoreResult(t, scoreData+"questions.yaml", scoreData+"complete.yaml")
	var buf bytes.Buffer
	var unknown *texts.UnknownLanguageError
	if err := ScoreText(&buf, r, "de"); !errors.As(err, &unknown) || unknown.Value != "de" {
		t.Errorf("ScoreText in German: %v, want an UnknownLanguageError", err)
	}
	if err := CompareText(&buf, loadTrend(t), "de"); err == nil {
		t.Error("CompareText in German: no error")
	}
	if err := CompareText(&buf, &compare.Trend{}, "nl"); err == nil {
		t.Error("CompareText of an empty comparison: no error")
	}
	if buf.Len() != 0 {
		t.Errorf("a failed table wrote %q", buf.String())
	}
	if scoreText(t, r, "") != scoreText(t, r, "nl") {
		t.Error(`ScoreText in "" differs from Dutch`)
	}
}

// score --json and report --format json: the result with format and kind
// first, every field of the result, notes as written.
func TestScoreJSON(t *testing.T) {
	r := scoreResult(t, scoreData+"questions.yaml", scoreData+"weakest.yaml")
	r.Themes[0].Questions[0].Note = "<b>M365</b> & co"
	var buf bytes.Buffer
	if err := ScoreJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "{\n  \"format\": 1,\n  \"kind\": \""+schemas.ScoreKind+"\",\n") {
		t.Errorf("JSON does not start with format and kind:\n%.200s", out)
	}
	var back scoring.Result
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if o := back.Overall; o.Score != 83.3 || !o.Capped || len(back.Themes) != 2 || len(back.Rules) != 4 {
		t.Errorf("overall %+v, %d themes, %d rules; want the result", o, len(back.Themes), len(back.Rules))
	}
	if !strings.Contains(out, `"note": "<b>M365</b> & co"`) {
		t.Error("JSON does not hold the note as written")
	}
}

func TestCompareJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := CompareJSON(&buf, loadTrend(t)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Format  int    `json:"format"`
		Kind    string `json:"kind"`
		CBSCode string `json:"cbs_code"`
		Years   []struct {
			Label string `json:"label"`
		} `json:"years"`
		Overall struct {
			Changes []struct {
				Total, Questionnaire float64
				Better               float64 `json:"answers_better"`
				Worse                float64 `json:"answers_worse"`
				NewlyAnswered        float64 `json:"newly_answered"`
			} `json:"changes"`
		} `json:"overall"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Format != CompareFormat || got.Kind != CompareKind || got.CBSCode != "GM9947" || len(got.Years) != 3 || len(got.Overall.Changes) != 2 {
		t.Errorf("format %d, kind %q, cbs %q, %d years, %d changes", got.Format, got.Kind, got.CBSCode, len(got.Years), len(got.Overall.Changes))
	}
	for i, c := range got.Overall.Changes {
		if sum := c.Better + c.Worse + c.NewlyAnswered + c.Questionnaire; math.Round(sum*10) != math.Round(c.Total*10) {
			t.Errorf("step %d: parts add up to %v, total %v", i, sum, c.Total)
		}
	}
	if !strings.HasPrefix(buf.String(), "{\n  \"format\": 1,\n  \"kind\": \"soeverein-compare\",\n") {
		t.Errorf("JSON does not start with format and kind:\n%.120s", buf.String())
	}
}
