package scoring

import (
	"fmt"
	"strings"
	"testing"

	"soeverein/assessment"
)

// chained is a questionnaire of n questions in one theme, each from the
// third on shown only when the one before says yes and the one before that
// is answered, with a rule on the last question. With visibility worked out
// again for every condition that names a question, scoring it takes
// Fibonacci(n) steps; computed once in order, it is linear.
func chained(t testing.TB, n int) (*assessment.Questionnaire, *assessment.Answers) {
	t.Helper()
	var b strings.Builder
	b.WriteString("format: 1\nkind: soeverein-questionnaire\nid: chain\nversion: \"1\"\nlanguages: [nl, en]\n" +
		"title: {nl: K, en: C}\ndescription: {nl: K, en: C}\nchangelog: {nl: K, en: C}\n" +
		"texts: {dont_know_title: {nl: {one: \"O: {question}\", other: O}, en: {one: \"U: {question}\", other: U}}, dont_know_finding: {nl: {one: O, other: O}, en: {one: U, other: U}}, dont_know_recommendation: {nl: {one: Z, other: Z}, en: {one: F, other: F}}, sov_note: {nl: I, en: I}}\n" +
		"levels:\n  - {level: 1, min_score: 0, name: {nl: L, en: L}, description: {nl: L, en: L}}\n  - {level: 2, min_score: 50, name: {nl: H, en: H}, description: {nl: H, en: H}}\n" +
		"sov_objectives: [{id: SOV-1, name: {nl: S, en: S}, weight: 100}]\ncouncil_questions: [{id: all, text: {nl: A, en: A}}]\n" +
		"references: [{id: ref, title: R, publisher: P, date: \"2020\", url: \"https://example.org/\"}]\n" +
		"themes:\n  - {id: t, title: {nl: T, en: T}, description: {nl: T, en: T}, weight: 1, council_questions: [all], questions: [\n")
	for i := range n {
		show := ""
		if i >= 2 {
			show = fmt.Sprintf(", show_if: {all: [{question: t.q%d, is: [\"yes\"]}, {question: t.q%d, answered: true}]}", i-1, i-2)
		}
		fmt.Fprintf(&b, "    {id: t.q%d, type: single, weight: 1, text: {nl: V, en: Q}, help: {nl: H, en: H}, refs: [ref], sov: [SOV-1]%s,\n"+
			"     options: [{id: \"no\", label: {nl: N, en: N}, score: 0}, {id: \"yes\", label: {nl: J, en: Y}, score: 100}]},\n", i, show)
	}
	fmt.Fprintf(&b, "  ]}\nrules:\n  - {id: last_no, when: {question: t.q%d, is: [\"no\"]}, title: {nl: T, en: T}, severity: low, finding: {nl: F, en: F}, recommendation: {nl: R, en: R}, effort: small}\n", n-1)
	q, err := assessment.Parse([]byte(b.String()), "chain.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := &assessment.Answers{Answers: map[string]*assessment.Answer{}}
	for _, qu := range q.Questions() {
		a.Answers[qu.ID] = &assessment.Answer{Choice: "yes"}
	}
	return q, a
}

// TestEvaluateLongShowIfChain scores a chain of 2,000 questions: with
// exponential visibility this never finishes (the test times out).
func TestEvaluateLongShowIfChain(t *testing.T) {
	q, a := chained(t, 2000)
	res := Evaluate(q, a)
	if c := res.Completeness; c.Total != 2000 || !c.Complete {
		t.Errorf("chain of 2000 all yes: %d of %d visible questions answered, want all 2000", c.Answered, c.Total)
	}
	a.Answers["t.q1000"].Choice = "no"
	res = Evaluate(q, a)
	if c := res.Completeness; c.Total != 1001 {
		t.Errorf("chain with a no at question 1000: %d visible, want 1001", c.Total)
	}
	if got := outcomes(res, "last_no"); got != "last_no=not_applicable" {
		t.Errorf("rule on the hidden last question: %s, want not_applicable", got)
	}
}

func BenchmarkEvaluateShowIfChain(b *testing.B) {
	for _, n := range []int{40, 500, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			q, a := chained(b, n)
			for b.Loop() {
				Evaluate(q, a)
			}
		})
	}
}
