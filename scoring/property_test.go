package scoring

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"soeverein"
	"soeverein/assessment"
)

// defaultQuestionnaire parses the questionnaire built into the binary.
func defaultQuestionnaire(t testing.TB) *assessment.Questionnaire {
	t.Helper()
	q, err := assessment.Parse(soeverein.DefaultQuestionnaire, soeverein.DefaultQuestionnaireName)
	if err != nil {
		t.Fatalf("parse the default questionnaire: %v", err)
	}
	return q
}

// choice is one way to answer a question, with the score it gives.
type choice struct {
	ans   *assessment.Answer
	score float64
	label string
}

// choices lists the real answers to a question: every option of a single
// question, every non-empty combination of options of a multi question (up
// to 6 options, else each option alone and all together), and for a number
// question every band's lower edge and the range's ends.
func choices(qu *assessment.Question) []choice {
	var out []choice
	score := func(ans *assessment.Answer) float64 {
		res := &QuestionResult{}
		return answerScore(qu, ans, res)
	}
	switch qu.Type {
	case assessment.Single:
		for _, o := range qu.Options {
			ans := &assessment.Answer{Choice: o.ID}
			out = append(out, choice{ans, o.Score, o.ID})
		}
	case assessment.Multi:
		for _, set := range subsets(qu.Options) {
			if qu.ExclusiveIn(set) != "" && len(set) > 1 {
				continue // not an answer: an exclusive option stands alone
			}
			ans := &assessment.Answer{Choices: set}
			out = append(out, choice{ans, score(ans), fmt.Sprint(set)})
		}
	case assessment.Number:
		values := []float64{*qu.Min, *qu.Max}
		for _, b := range qu.Bands {
			values = append(values, b.Min)
		}
		slices.Sort(values)
		for _, v := range slices.Compact(values) {
			ans := &assessment.Answer{Value: &v}
			out = append(out, choice{ans, score(ans), fmt.Sprint(v)})
		}
	}
	return out
}

func subsets(opts []*assessment.Option) [][]string {
	var out [][]string
	if len(opts) > 6 {
		var all []string
		for _, o := range opts {
			out = append(out, []string{o.ID})
			all = append(all, o.ID)
		}
		return append(out, all)
	}
	for mask := 1; mask < 1<<len(opts); mask++ {
		var set []string
		for i, o := range opts {
			if mask&(1<<i) != 0 {
				set = append(set, o.ID)
			}
		}
		out = append(out, set)
	}
	return out
}

// extreme answers every question with its best (or worst) real answer.
func extreme(q *assessment.Questionnaire, best bool) *assessment.Answers {
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
	for _, qu := range q.Questions() {
		cs := choices(qu)
		pick := cs[0]
		for _, c := range cs[1:] {
			if best && c.score > pick.score || !best && c.score < pick.score {
				pick = c
			}
		}
		a.Answers[qu.ID] = pick.ans
	}
	return a
}

// mix answers questions at random: mostly real answers, some "don't know",
// some n.v.t. where allowed, some left open.
func mix(q *assessment.Questionnaire, r *rand.Rand) *assessment.Answers {
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
	for _, qu := range q.Questions() {
		switch n := r.IntN(20); {
		case n == 0:
			continue
		case n == 1:
			a.Answers[qu.ID] = &assessment.Answer{Choice: assessment.DontKnow}
		case n == 2 && qu.NotApplicable:
			a.Answers[qu.ID] = &assessment.Answer{Choice: assessment.NotApplicable}
		default:
			cs := choices(qu)
			a.Answers[qu.ID] = cs[r.IntN(len(cs))].ans
		}
	}
	return a
}

func TestDefaultExtremes(t *testing.T) {
	q := defaultQuestionnaire(t)
	top, bottom := q.Levels[len(q.Levels)-1], q.Levels[0]

	best := Evaluate(q, extreme(q, true))
	if o := best.Overall; o.Score != 100 || o.Level.Level != top.Level || !best.Completeness.Complete {
		t.Errorf("all best answers: overall %v at level %d (complete %v), want 100 at level %d, complete", o.Score, o.Level.Level, best.Completeness.Complete, top.Level)
	}
	for _, r := range best.Rules {
		if r.Outcome == Met {
			t.Errorf("all best answers: rule %s is met", r.ID)
		}
	}
	for _, th := range best.Themes {
		if th.Score != 100 || th.Level.Level != top.Level {
			t.Errorf("all best answers: theme %s scores %v at level %d, want 100 at level %d", th.ID, th.Score, th.Level.Level, top.Level)
		}
	}

	worst := Evaluate(q, extreme(q, false))
	if o := worst.Overall; o.Level.Level != bottom.Level || o.ScoreLevel.Level != bottom.Level {
		t.Errorf("all worst answers: overall %v at level %d (band %d), want level %d", o.Score, o.Level.Level, o.ScoreLevel.Level, bottom.Level)
	}
}

// TestDefaultMonotone checks that giving a more sovereign answer to any one
// question never lowers the overall score, starting from all-best,
// all-worst and many pseudo-random answer sets.
func TestDefaultMonotone(t *testing.T) {
	q := defaultQuestionnaire(t)
	starts := map[string]*assessment.Answers{"all best": extreme(q, true), "all worst": extreme(q, false)}
	mixes := 150
	if testing.Short() {
		mixes = 10
	}
	r := rand.New(rand.NewPCG(2026, 1))
	for i := range mixes {
		starts[fmt.Sprintf("mix %d", i)] = mix(q, r)
	}
	cs := map[string][]choice{}
	for _, qu := range q.Questions() {
		cs[qu.ID] = choices(qu)
	}
	violations := map[string][]string{} // by question: the moves that lowered the score
	names := sortedKeys(starts)
	for _, name := range names {
		a := starts[name]
		base := Evaluate(q, a)
		for _, qu := range q.Questions() {
			cur := base.Question(qu.ID)
			if !cur.Status.Counted() {
				continue // only answers can be improved; open and n.v.t. are not answers on the scale
			}
			for _, c := range cs[qu.ID] {
				if c.score <= cur.Score {
					continue
				}
				moved := withAnswer(a, qu.ID, c.ans)
				after := Evaluate(q, moved)
				if after.Overall.Score < base.Overall.Score {
					violations[qu.ID] = append(violations[qu.ID], fmt.Sprintf("%s -> %s (%s): overall %v -> %v%s",
						answerLabel(a.Answers[qu.ID]), c.label, name, base.Overall.Score, after.Overall.Score, hiddenBy(base, after)))
				}
			}
		}
	}
	for _, id := range sortedKeys(violations) {
		v := violations[id]
		t.Errorf("a more sovereign answer to %s lowers the overall score in %d case(s), for example:\n\t%s", id, len(v), strings.Join(v[:min(3, len(v))], "\n\t"))
	}
}

// withAnswer returns a copy of a with one answer replaced; answers are
// shared, not changed.
func withAnswer(a *assessment.Answers, id string, ans *assessment.Answer) *assessment.Answers {
	out := *a
	out.Answers = make(map[string]*assessment.Answer, len(a.Answers))
	for k, v := range a.Answers {
		out.Answers[k] = v
	}
	out.Answers[id] = ans
	return &out
}

func answerLabel(ans *assessment.Answer) string {
	switch {
	case ans.Value != nil:
		return fmt.Sprint(*ans.Value)
	case ans.Choice != "":
		return ans.Choice
	}
	return fmt.Sprint(ans.Choices)
}

// hiddenBy names the questions that a move hid or showed, the usual reason
// a better answer lowers a score.
func hiddenBy(before, after *Result) string {
	var changed []string
	for _, t := range before.Themes {
		for _, qr := range t.Questions {
			if (qr.Status == Hidden) != (after.Question(qr.ID).Status == Hidden) {
				changed = append(changed, fmt.Sprintf("%s %s->%s", qr.ID, qr.Status, after.Question(qr.ID).Status))
			}
		}
	}
	if len(changed) == 0 {
		return ""
	}
	return fmt.Sprintf("; visibility changed: %v", changed)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func BenchmarkEvaluate(b *testing.B) {
	q := defaultQuestionnaire(b)
	a := mix(q, rand.New(rand.NewPCG(1, 2)))
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(q, a)
	}
}
