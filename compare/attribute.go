package compare

import (
	"maps"
	"slices"

	"soeverein/assessment"
	"soeverein/scoring"
)

// How a change is attributed.
//
// Between two years, the answers of the older year are turned into those of
// the newer one question by question, and scored with the current
// questionnaire after every step. The order is fixed: first the questions
// that have an answer in the newer year, then those whose answer was
// removed, each in questionnaire order (so that a theme keeps a score while
// an answer is replaced). Each step's change of a
// score (overall and every theme) goes to one cause:
//
//   - newly answered, when the question was unanswered, hidden or "don't
//     know" in the older year and has a real answer (or n.v.t.) now;
//   - otherwise better answers when the step raised the score, worse answers
//     when it lowered it.
//
// The steps start at the older year's score and end at the newer year's, so
// their changes add up to the change like for like. The fixed order makes
// the split deterministic; another order could move points between causes
// only where questions interact (a show_if that hides a follow-up), never
// change the total. A score that is missing halfway (every question of a
// theme n.v.t. for a moment) keeps its last value, which keeps the sum
// exact. All of it is done in tenths of a point, the precision of scores.
//
// The questionnaire's part is the rest of the reported change: how much
// each year's score under its own version differs from its score like for
// like, newer minus older.

// replay holds the changes of one step between two years, per series:
// index 0 is the overall score, index i+1 theme i of the questionnaire.
type replay struct {
	better, worse, newly []int
	effect               map[string]int  // per question: the change of its own theme's score
	newlyAnswered        map[string]bool // per question: counted as newly answered
}

// attribute replays the answers of prev into those of next.
func attribute(q *assessment.Questionnaire, prev, next *year) *replay {
	n := len(q.Themes) + 1
	r := &replay{better: make([]int, n), worse: make([]int, n), newly: make([]int, n), effect: map[string]int{}, newlyAnswered: map[string]bool{}}
	state := *prev.carried
	state.Answers = maps.Clone(prev.carried.Answers)
	// prev.carried already holds the answers of replaced questions under
	// their new ids; drop the old entries, or scoring would carry them in
	// again after a step removed the new one.
	for id := range state.Answers {
		if q.Question(id) == nil {
			delete(state.Answers, id)
		}
	}
	last := seriesTenths(prev.result, nil)
	for _, id := range replayOrder(q, prev, next) {
		after := next.carried.Answers[id]
		if after == nil {
			delete(state.Answers, id)
		} else {
			state.Answers[id] = after
		}
		cur := seriesTenths(scoring.Evaluate(q, &state), last)
		newly := isNewlyAnswered(prev.result.Question(id), next.result.Question(id))
		for i := range cur {
			switch d := cur[i] - last[i]; {
			case d == 0:
			case newly:
				r.newly[i] += d
			case d > 0:
				r.better[i] += d
			default:
				r.worse[i] += d
			}
		}
		theme := themeIndex(q, id) + 1
		r.effect[id] = cur[theme] - last[theme]
		r.newlyAnswered[id] = newly
		last = cur
	}
	return r
}

// replayOrder lists the questions whose answer changed: first those
// answered in next, then those whose answer was removed.
func replayOrder(q *assessment.Questionnaire, prev, next *year) []string {
	var given, removed []string
	for _, qu := range q.Questions() {
		before, after := prev.carried.Answers[qu.ID], next.carried.Answers[qu.ID]
		switch {
		case sameAnswer(before, after):
		case after.HasAnswer():
			given = append(given, qu.ID)
		default:
			removed = append(removed, qu.ID)
		}
	}
	return append(given, removed...)
}

// seriesTenths lists the overall and theme scores of a result in tenths; a
// score that is missing keeps its value in last (0 without last).
func seriesTenths(res *scoring.Result, last []int) []int {
	out := make([]int, len(res.Themes)+1)
	if last != nil {
		copy(out, last)
	}
	if res.Overall.Scored {
		out[0] = tenths(res.Overall.Score)
	}
	for i, t := range res.Themes {
		if t.Scored {
			out[i+1] = tenths(t.Score)
		}
	}
	return out
}

func themeIndex(q *assessment.Questionnaire, questionID string) int {
	t := q.ThemeOf(questionID)
	return slices.Index(q.Themes, t)
}

// isNewlyAnswered reports whether a question goes from not known (no
// answer, hidden, an answer that does not fit, "don't know") to known (a
// real answer or n.v.t.).
func isNewlyAnswered(prev, next *scoring.QuestionResult) bool {
	return !known(prev.Status) && known(next.Status)
}

func known(s scoring.Status) bool { return s == scoring.Answered || s == scoring.NotApplicable }

// sameAnswer reports whether two answers give the same choice(s) or value;
// notes, evidence and stamps do not count.
func sameAnswer(a, b *assessment.Answer) bool {
	if !a.HasAnswer() || !b.HasAnswer() {
		return a.HasAnswer() == b.HasAnswer()
	}
	if a.Choice != b.Choice || !sameSet(a.Choices, b.Choices) {
		return false
	}
	if a.Value == nil || b.Value == nil {
		return a.Value == b.Value
	}
	return *a.Value == *b.Value
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
