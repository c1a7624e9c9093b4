package reports

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"soeverein/texts"
)

// The report has no list of languages of its own: its languages are the
// texts catalog's (texts.Languages), and each needs its files, no Go code:
// texts/catalogs/<lang>.yaml, reports/words/<lang>.yaml and the
// questionnaire's texts.

// TestReportLanguagesAreTheCatalogs: the report speaks exactly the
// languages of the texts catalog, and has a words file for each and for no
// other.
func TestReportLanguagesAreTheCatalogs(t *testing.T) {
	var want []string
	for _, l := range texts.Languages() {
		want = append(want, string(l))
	}
	if got := languages(); !slices.Equal(got, want) {
		t.Errorf("languages() = %v, want texts.Languages() %v", got, want)
	}
	for _, tt := range []struct{ glob, prefix, suffix string }{
		{"words/*.yaml", "", ".yaml"},
	} {
		files, err := fs.Glob(wordFiles, tt.glob)
		if err != nil {
			t.Fatal(err)
		}
		var langs []string
		for _, f := range files {
			langs = append(langs, strings.TrimSuffix(strings.TrimPrefix(path.Base(f), tt.prefix), tt.suffix))
		}
		slices.Sort(langs)
		if sorted := slices.Sorted(slices.Values(want)); !slices.Equal(langs, sorted) {
			t.Errorf("%s are for %v, want one for each language of texts/catalogs: %v", tt.glob, langs, sorted)
		}
	}
	if _, err := allWords(); err != nil {
		t.Error(err)
	}
}

// TestThirdLanguageNeedsNoCode adds Frisian as files only (a texts catalog
// and a words file, both copies of the English ones under another
// language) and writes the report, the council answers, the trend report
// and the score table in it.
func TestThirdLanguageNeedsNoCode(t *testing.T) {
	s := load(t, fixtures[0])
	useFrisian(t, true)
	if got := languages(); !slices.Contains(got, "fy") {
		t.Fatalf("languages() = %v, want fy among them", got)
	}
	opts := s.options
	opts.Lang = "fy"
	d, err := Build(s.result, s.q, opts)
	if err != nil {
		t.Fatalf("Build(fy): %v", err)
	}
	if d.Meta.Lang != "fy-NL" || !strings.HasPrefix(d.Meta.Title, "Selsevaluaasje") {
		t.Errorf("the fy report has lang %q and title %q, want fy-NL and the fy title", d.Meta.Lang, d.Meta.Title)
	}
	var md bytes.Buffer
	if err := Markdown(&md, s.result, s.q, opts); err != nil || !strings.Contains(md.String(), "Selsevaluaasje") {
		t.Errorf("Markdown(fy): %v, title not in it", err)
	}
	if key := regexp.MustCompile(`\b(severity|priority|effort|evidence|month|council)\.[a-z0-9_.]+`).FindString(md.String()); key != "" {
		t.Errorf("the fy report shows the key %s instead of its word", key)
	}
	var council bytes.Buffer
	if err := CouncilMarkdown(&council, s.result, s.q, CouncilOptions{Lang: "fy"}); err != nil || !strings.Contains(council.String(), "lang: fy-NL") {
		t.Errorf("CouncilMarkdown(fy): %v, %d bytes", err, council.Len())
	}
	trend, err := BuildTrend(loadTrend(t), TrendOptions{Lang: "fy"})
	if err != nil || trend.Meta.Lang != "fy-NL" || len(trend.Blocks) < 20 {
		t.Errorf("BuildTrend(fy): %v", err)
	}
	var table bytes.Buffer
	if err := ScoreText(&table, s.result, "fy"); err != nil || table.Len() == 0 {
		t.Errorf("ScoreText(fy): %v", err)
	}
}

// TestLanguageWithoutWords: a catalog language without a words file is an
// error naming the file to add, and so is a words file without a catalog.
func TestLanguageWithoutWords(t *testing.T) {
	useFrisian(t, false)
	_, err := loadWords(wordFS)
	if err == nil || !strings.Contains(err.Error(), "reports/words/fy.yaml") {
		t.Errorf("a catalog fy without words/fy.yaml: %v, want an error naming the file", err)
	}
	s := load(t, fixtures[0])
	if _, err := Build(s.result, s.q, Options{Lang: "fy"}); err == nil {
		t.Error("Build(fy) without words: no error")
	}

	extra := fstest.MapFS{}
	for _, l := range languages() {
		data, _ := fs.ReadFile(wordFiles, "words/"+l+".yaml")
		extra["words/"+l+".yaml"] = &fstest.MapFile{Data: data}
	}
	extra["words/de.yaml"] = extra["words/en.yaml"]
	texts.UseCatalogs(t, os.DirFS("../texts"), "catalogs") // nl and en only
	if _, err := loadWords(extra); err == nil || !strings.Contains(err.Error(), "words/de.yaml: no texts catalog") {
		t.Errorf("words/de.yaml without a catalog: %v, want an error naming it", err)
	}
}

// TestUnknownReportLanguage: the report, the council answers and the trend
// report refuse a language the program does not speak with the catalog's
// error, which lists the languages (in the user's language via
// texts.Message).
func TestUnknownReportLanguage(t *testing.T) {
	s := load(t, fixtures[0])
	var buf bytes.Buffer
	for name, err := range map[string]error{
		"report":  Markdown(&buf, s.result, s.q, Options{Lang: "de"}),
		"council": CouncilMarkdown(&buf, s.result, s.q, CouncilOptions{Lang: "de"}),
		"trend":   TrendMarkdown(&buf, nil, TrendOptions{Lang: "de"}),
	} {
		var ue *texts.UnknownLanguageError
		if !errors.As(err, &ue) {
			t.Errorf("%s in de: %v, want a texts.UnknownLanguageError", name, err)
			continue
		}
		if got := texts.Message(texts.EN, err); !strings.Contains(got, "nl (Nederlands) or en (English)") {
			t.Errorf("%s in de: %q does not list the languages", name, got)
		}
	}
}

// useFrisian makes fy a language of the texts catalog until the test ends
// (a copy of the English catalog), with a words file (a copy of the
// English words with a Frisian title) when withWords is set.
func useFrisian(t *testing.T, withWords bool) {
	t.Helper()
	read := func(name string) []byte {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	en := read("../texts/catalogs/en.yaml")
	fy := bytes.Replace(en, []byte("language: en\ntag: en-GB\nname: English\n"), []byte("language: fy\ntag: fy-NL\nname: Frysk\n"), 1)
	if bytes.Equal(fy, en) {
		t.Fatal("the header of texts/catalogs/en.yaml is not as this test expects")
	}
	texts.UseCatalogs(t, fstest.MapFS{
		"catalogs/nl.yaml": {Data: read("../texts/catalogs/nl.yaml")},
		"catalogs/en.yaml": {Data: en},
		"catalogs/fy.yaml": {Data: fy},
	}, "catalogs")

	fsys := fstest.MapFS{}
	for _, l := range []string{"nl", "en"} {
		fsys["words/"+l+".yaml"] = &fstest.MapFile{Data: read("words/" + l + ".yaml")}
	}
	if withWords {
		fyWords := bytes.Replace(read("words/en.yaml"), []byte(`title: "Digital sovereignty self-assessment"`), []byte(`title: "Selsevaluaasje digitale soevereiniteit"`), 1)
		fyWords = bytes.Replace(fyWords, []byte(`title.year: "Digital sovereignty self-assessment {year}"`), []byte(`title.year: "Selsevaluaasje digitale soevereiniteit {year}"`), 1)
		fsys["words/fy.yaml"] = &fstest.MapFile{Data: fyWords}
	}
	useWordFiles(t, fsys)
}

// useWordFiles reads the report's words from fsys until the test ends.
func useWordFiles(t *testing.T, fsys fs.FS) {
	old, oldCache := wordFS, allWords
	wordFS, allWords = fsys, newWordCache()
	t.Cleanup(func() { wordFS, allWords = old, oldCache })
}
