package soeverein

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"soeverein/assessment"
	"soeverein/scoring"
)

// secondsPerQuestion is what one visible question costs a respondent on
// average: reading the question and the help, choosing, and now and then a
// note. It is an assumption, not a measurement; with it the survey must
// fit in 45 minutes.
const secondsPerQuestion = 40

// Every published version is built in and valid, the default is the last
// and has the version DefaultQuestionnaireVersion.
func TestPublishedQuestionnaires(t *testing.T) {
	ps := PublishedQuestionnaires()
	var versions []string
	for _, p := range ps {
		q, err := assessment.Parse(p.Data, p.Name)
		if err != nil {
			t.Fatalf("%s is not valid:\n%v", p.Name, err)
		}
		if q.Version != p.Version {
			t.Errorf("%s holds version %s, want %s (the file name)", p.Name, q.Version, p.Version)
		}
		if q.ID != "gemeente-soevereiniteit" {
			t.Errorf("%s has id %q", p.Name, q.ID)
		}
		versions = append(versions, p.Version)
	}
	if want := []string{"2026.1", DefaultQuestionnaireVersion}; !slices.Equal(versions, want) {
		t.Errorf("published versions = %v, want %v", versions, want)
	}
	if last := ps[len(ps)-1]; last.Name != DefaultQuestionnaireName {
		t.Errorf("last published = %s, want the default %s", last.Name, DefaultQuestionnaireName)
	}
	if _, ok := PublishedQuestionnaire("2025.9"); ok {
		t.Error("PublishedQuestionnaire(2025.9) found a version that was never published")
	}
}

func parsePublished(t *testing.T, version string) *assessment.Questionnaire {
	t.Helper()
	p, ok := PublishedQuestionnaire(version)
	if !ok {
		t.Fatalf("version %s not built in", version)
	}
	q, err := assessment.Parse(p.Data, p.Name)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// oldAnswersFiles lists every answers file in the project's fixtures that
// was answered against version 2026.1 of the default questionnaire.
func oldAnswersFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") || strings.Contains(path, "broken") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		s := string(data)
		if strings.Contains(s, "kind: soeverein-answers") && strings.Contains(s, "id: gemeente-soevereiniteit") && strings.Contains(s, `version: "2026.1"`) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("found %d answers files of version 2026.1 (%v), want the four in testdata/answers-2026.1 at least", len(files), files)
	}
	return files
}

// Every 2026.1 answer in the fixtures loads under 2026.2: carried over
// through replaces (and then scored as a real answer, "weet ik niet" or
// n.v.t.), or, for a question that no longer exists, kept and named in a
// warning. None is dropped.
func TestOldAnswersCarryOver(t *testing.T) {
	old, cur := parsePublished(t, "2026.1"), parsePublished(t, DefaultQuestionnaireVersion)
	for _, path := range oldAnswersFiles(t) {
		t.Run(path, func(t *testing.T) {
			a, warnings, err := assessment.LoadAnswers(path, old)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warnings {
				t.Errorf("under 2026.1 itself: %v", w)
			}
			a, warnings, err = assessment.LoadAnswers(path, cur)
			if err != nil {
				t.Fatal(err)
			}
			res := scoring.Evaluate(cur, a)
			carried, renamed := 0, 0
			for id, ans := range a.Answers {
				if !ans.HasAnswer() {
					continue
				}
				to := cur.Question(id)
				if to == nil {
					to = cur.ReplacedBy(id)
				}
				if to == nil {
					if !warned(warnings, id) {
						t.Errorf("answer to %s: the question no longer exists and no warning says so", id)
					}
					continue
				}
				qr := res.Question(to.ID)
				switch {
				case qr == nil:
					t.Errorf("answer to %s (now %s): no result", id, to.ID)
				case qr.Status == scoring.Hidden && !old.Question(id).Usable(ans):
					t.Errorf("answer to %s (now %s): hidden and not usable", id, to.ID)
				case qr.Status == scoring.Hidden:
					// a follow-up its premise hides, in both versions alike
				case qr.Status != scoring.Answered && qr.Status != scoring.DontKnow && qr.Status != scoring.NotApplicable:
					t.Errorf("answer to %s (now %s): status %s, want it carried over", id, to.ID, qr.Status)
				default:
					carried++
					if to.ID != id {
						renamed++
					}
				}
			}
			t.Logf("%d answers carried over, %d of them through replaces", carried, renamed)
		})
	}
}

func warned(ps assessment.Problems, id string) bool {
	for _, p := range ps {
		if strings.Contains(p.Error(), `"`+id+`"`) {
			return true
		}
	}
	return false
}

// visibleCounts lists how many questions are asked for the fixtures and for
// random answer sets.
func visibleCounts(t *testing.T, q *assessment.Questionnaire) []int {
	t.Helper()
	var counts []int
	count := func(a *assessment.Answers) {
		n := 0
		for _, th := range scoring.Evaluate(q, a).Themes {
			for _, qr := range th.Questions {
				if qr.Status != scoring.Hidden {
					n++
				}
			}
		}
		counts = append(counts, n)
	}
	paths, _ := filepath.Glob("testdata/answers/*.yaml")
	seeds, _ := filepath.Glob("testdata/seeds/*.yaml")
	for _, path := range append(paths, seeds...) {
		a, _, err := assessment.LoadAnswers(path, q)
		if err != nil {
			t.Fatal(err)
		}
		if path == "testdata/answers/draft.yaml" {
			continue // one answer: its follow-ups say nothing about a real survey
		}
		count(a)
	}
	r := rand.New(rand.NewPCG(11, 2026))
	for range 500 {
		a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
		for _, qu := range q.Questions() {
			ans := &assessment.Answer{}
			switch ids := qu.OptionIDs(); {
			case qu.Type == assessment.Number:
				v := float64(r.IntN(101))
				ans.Value = &v
			case qu.Type == assessment.Multi:
				ans.Choices = []string{ids[r.IntN(len(ids))]}
			default:
				ans.Choice = ids[r.IntN(len(ids))]
			}
			a.Answers[qu.ID] = ans
		}
		count(a)
	}
	return counts
}

// The respondent's work stays within 45 minutes: at most 70 questions, and
// on average (over the fixtures and random answer sets) few enough visible
// ones at secondsPerQuestion each.
func TestRespondentTime(t *testing.T) {
	q := parsePublished(t, DefaultQuestionnaireVersion)
	if n := len(q.Questions()); n > 70 {
		t.Errorf("%d questions, want at most 70", n)
	}
	counts := visibleCounts(t, q)
	total, most := 0, 0
	for _, n := range counts {
		total += n
		most = max(most, n)
	}
	avg := float64(total) / float64(len(counts))
	minutes := avg * secondsPerQuestion / 60
	t.Logf("%d questions; visible on average %.1f (at most %d) over %d answer sets: about %.0f minutes at %d s a question",
		len(q.Questions()), avg, most, len(counts), minutes, secondsPerQuestion)
	if float64(most)*secondsPerQuestion/60 > 45 {
		t.Errorf("up to %d visible questions take %.0f minutes at %d s each, want at most 45", most, float64(most)*secondsPerQuestion/60, secondsPerQuestion)
	}
}

func TestCompareVersions(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"2026.1", "2026.2", -1}, {"2026.10", "2026.9", 1}, {"2027.1", "2026.12", 1}, {"2026.2", "2026.2", 0}, {"2026.2", "2026.2.1", -1},
	} {
		if got := compareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("compareVersions(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
