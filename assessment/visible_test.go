package assessment

import (
	"fmt"
	"strings"
	"testing"
)

// chain is a questionnaire of n questions in which every question from the
// third on is shown only when both of the two before it are: the shape that
// made a recursive visibility check take Fibonacci(n) steps.
func chain(n int) []byte {
	var b strings.Builder
	b.WriteString(`format: 1
kind: soeverein-questionnaire
id: chain
version: "1"
languages: [nl, en]
title: {nl: Keten, en: Chain}
description: {nl: Keten, en: Chain}
changelog: {nl: Eerste, en: First}
texts:
  dont_know_title: {nl: {one: "Onbekend: {question}", other: "Onbekend: {count} vragen"}, en: {one: "Unknown: {question}", other: "Unknown: {count} questions"}}
  dont_know_finding: {nl: {one: Onbekend, other: Onbekend}, en: {one: Unknown, other: Unknown}}
  dont_know_recommendation: {nl: {one: Zoek uit, other: Zoek uit}, en: {one: Find out, other: Find out}}
  sov_note: {nl: Indicatief, en: Indicative}
levels:
  - {level: 1, min_score: 0, name: {nl: Laag, en: Low}, description: {nl: Laag, en: Low}}
  - {level: 2, min_score: 50, name: {nl: Hoog, en: High}, description: {nl: Hoog, en: High}}
sov_objectives:
  - {id: SOV-1, name: {nl: Strategisch, en: Strategic}, weight: 100}
council_questions:
  - {id: all, text: {nl: "Alles?", en: "All?"}}
references:
  - {id: ref, title: Ref, publisher: Pub, date: "2020", url: "https://example.org/"}
themes:
  - id: t
    title: {nl: Thema, en: Theme}
    description: {nl: Thema, en: Theme}
    weight: 1
    council_questions: [all]
    questions:
`)
	for i := range n {
		fmt.Fprintf(&b, "      - id: t.q%d\n        type: single\n        weight: 1\n        text: {nl: \"Vraag %d?\", en: \"Question %d?\"}\n        help: {nl: Hulp, en: Help}\n        refs: [ref]\n        sov: [SOV-1]\n", i, i, i)
		if i >= 2 {
			fmt.Fprintf(&b, "        show_if: {all: [{question: t.q%d, is: [\"yes\"]}, {question: t.q%d, answered: true}]}\n", i-1, i-2)
		}
		b.WriteString("        options:\n          - {id: \"no\", label: {nl: Nee, en: \"No\"}, score: 0}\n          - {id: \"yes\", label: {nl: Ja, en: \"Yes\"}, score: 100}\n")
	}
	return []byte(b.String())
}

func chainAnswers(q *Questionnaire) *Answers {
	a := &Answers{Answers: map[string]*Answer{}}
	for _, qu := range q.Questions() {
		a.Answers[qu.ID] = &Answer{Choice: "yes"}
	}
	return a
}

// TestVisibilityIsLinear counts the condition nodes one visibility check
// evaluates: each node of each show_if once. A recursive check that works
// out the visibility of a named question again for every condition that
// names it evaluates Fibonacci(n) nodes here and never finishes.
func TestVisibilityIsLinear(t *testing.T) {
	const n = 2000
	q, err := Parse(chain(n), "chain.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := chainAnswers(q)
	steps := 0
	vis := q.visibility(a, &steps)
	if want := 3 * (n - 2); steps != want {
		t.Errorf("visibility of a %d-question chain evaluated %d condition nodes, want %d (3 per show_if)", n, steps, want)
	}
	for i, v := range vis {
		if !v {
			t.Fatalf("question %d hidden, want every question of the chain shown when all say yes", i)
		}
	}
	a.Answers["t.q1"].Choice = "no"
	if got := len(q.VisibleQuestions(a)); got != 2 {
		t.Errorf("after a no at question 1, %d questions visible, want 2 (the rest of the chain hides)", got)
	}
}

func TestShowIfThreeValued(t *testing.T) {
	q := minimalQuestionnaire(t)
	tools := q.Question("cloud.tools")
	for _, tc := range []struct {
		mail string
		want bool
	}{
		{"", false},      // not answered: unknown, not shown
		{"us", true},     // is: [us]
		{"eu", false},    // neither
		{DontKnow, true}, // unknown: [cloud.mail]
		{"moon", false},  // invalid: unknown
	} {
		a := &Answers{Answers: map[string]*Answer{}}
		if tc.mail != "" {
			a.Answers["cloud.mail"] = &Answer{Choice: tc.mail}
		}
		if got := q.Visible(tools, a); got != tc.want {
			t.Errorf("cloud.mail = %q: cloud.tools visible = %v, want %v", tc.mail, got, tc.want)
		}
	}
}

func TestAppliesFrom(t *testing.T) {
	for _, tc := range []struct {
		from, date string
		want       bool
	}{
		{"", "2025-04-01", true},
		{"2025-09-01", "", true},
		{"2025-09-01", "2025-04-01", false},
		{"2025-09-01", "2025-09-01", true},
		{"2025-09-01", "2026-11-01", true},
	} {
		if got := AppliesOn(tc.from, tc.date); got != tc.want {
			t.Errorf("AppliesOn(%q, %q) = %v, want %v", tc.from, tc.date, got, tc.want)
		}
	}
}

func BenchmarkVisibilityChain(b *testing.B) {
	q, err := Parse(chain(2000), "chain.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a := chainAnswers(q)
	for b.Loop() {
		q.Visibility(a)
	}
}
