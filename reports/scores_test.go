package reports

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"soeverein/figure"
)

// TestPrintedScoresAreTheScorers: in the summary of every golden fixture,
// the overall score and each theme's score are the scorer's at one decimal,
// and read back they fall in the band of the level printed beside them (a
// printed score never contradicts its level).
func TestPrintedScoresAreTheScorers(t *testing.T) {
	row := regexp.MustCompile(`(?m)^\| ([0-9]+)\. (?:\\\||[^|])*\| (?:[█░]+ ([0-9]+[.,][0-9])|[^|]*) \| ((?:\\\||[^|])*) \|`)
	for _, f := range fixtures {
		s := load(t, f)
		for _, lang := range []string{"nl", "en"} {
			out := string(s.render(t, lang))
			res := s.result
			o := res.Overall
			if o.Scored {
				head := map[string]string{"nl": "**%s van de 100 punten**", "en": "**%s out of 100 points**"}[lang]
				if want := strings.Replace(head, "%s", figure.Score(lang, o.Score), 1); !strings.Contains(out, want) {
					t.Errorf("%s/%s: summary does not say %s", f.name, lang, want)
				}
			}
			rows := row.FindAllStringSubmatch(out[strings.Index(out, "| :--- | :--- | :--- | :--- |"):], len(res.Themes))
			if len(rows) != len(res.Themes) {
				t.Fatalf("%s/%s: %d theme rows in the summary table, want %d", f.name, lang, len(rows), len(res.Themes))
			}
			for i, r := range rows {
				tr := res.Themes[i]
				if !tr.Scored {
					if r[2] != "" {
						t.Errorf("%s/%s: theme %s has no score but prints %s", f.name, lang, tr.ID, r[2])
					}
					continue
				}
				if want := figure.Score(lang, tr.Score); r[2] != want {
					t.Errorf("%s/%s: theme %s prints %q, want the scorer's %q", f.name, lang, tr.ID, r[2], want)
				}
				back, err := strconv.ParseFloat(strings.Replace(r[2], ",", ".", 1), 64)
				if err != nil {
					t.Fatal(err)
				}
				if tr.ScoreLevel != nil && s.q.LevelFor(back).Level != tr.ScoreLevel.Level {
					t.Errorf("%s/%s: theme %s prints %s, which is level %d, beside level %d", f.name, lang, tr.ID, r[2], s.q.LevelFor(back).Level, tr.ScoreLevel.Level)
				}
				if tr.Level == nil && !strings.Contains(r[3], figure.NoLevel(lang, tr.Answered, tr.Total)) {
					t.Errorf("%s/%s: theme %s without a level prints %q in the level column", f.name, lang, tr.ID, r[3])
				}
			}
		}
	}
}
