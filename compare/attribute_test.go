package compare

import (
	"testing"

	"soeverein/assessment"
)

// tiny is a questionnaire with one theme of two questions that allow
// n.v.t., so that a theme can lose its score halfway through a replay.
const tiny = `format: 1
kind: soeverein-questionnaire
id: tiny
version: "1"
languages: [nl, en]
title: {nl: Klein, en: Tiny}
description: {nl: Klein, en: Tiny}
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
      - id: t.one
        type: single
        weight: 2
        not_applicable: true
        text: {nl: "Een?", en: "One?"}
        help: {nl: Hulp, en: Help}
        refs: [ref]
        sov: [SOV-1]
        options:
          - {id: no, label: {nl: Nee, en: "No"}, score: 0}
          - {id: yes, label: {nl: Ja, en: "Yes"}, score: 100}
      - id: t.two
        type: single
        weight: 1
        not_applicable: true
        text: {nl: "Twee?", en: "Two?"}
        help: {nl: Hulp, en: Help}
        refs: [ref]
        sov: [SOV-1]
        options:
          - {id: no, label: {nl: Nee, en: "No"}, score: 0}
          - {id: half, label: {nl: Half, en: Half}, score: 50}
rules: []
`

func tinyYears(t *testing.T, before, after map[string]string) *Trend {
	t.Helper()
	q, err := assessment.Parse([]byte(tiny), "tiny.yaml")
	if err != nil {
		t.Fatal(err)
	}
	answers := func(year int, choices map[string]string) Input {
		a := &assessment.Answers{Period: assessment.Period{Year: year}, Answers: map[string]*assessment.Answer{}}
		for id, c := range choices {
			a.Answers[id] = &assessment.Answer{Choice: c}
		}
		return Input{File: "tiny", Answers: a}
	}
	tr, err := Compare(q, nil, []Input{answers(2030, before), answers(2031, after)})
	if err != nil {
		t.Fatal(err)
	}
	checkAddsUp(t, tr)
	return tr
}

func TestReplayGivesNewAnswersBeforeRemovingOld(t *testing.T) {
	// t.one (yes, 100) is removed and t.two (half, 50) answered: 100 → 50.
	// New answers go first: 100 → 83.3 (t.two newly answered, -16.7), then
	// the removal: 83.3 → 50 (worse, -33.3). Questionnaire order alone would
	// pass through a theme without a score.
	tr := tinyYears(t, map[string]string{"t.one": "yes"}, map[string]string{"t.two": "half"})
	c := tr.Themes[0].Changes[0]
	if c.LikeForLike != -50 || c.NewlyAnswered != -16.7 || c.Worse != -33.3 || c.Better != 0 {
		t.Errorf("change = %+v, want -50: newly answered -16.7, worse -33.3", c)
	}
	kinds := map[string]string{}
	for _, a := range tr.Steps[0].Answers {
		kinds[a.Question] = a.Kind
	}
	if kinds["t.one"] != KindWorse || kinds["t.two"] != KindNewlyAnswered {
		t.Errorf("kinds = %v, want t.one worse, t.two newly answered", kinds)
	}
}

func TestReplayKeepsAMissingScore(t *testing.T) {
	// t.one becomes n.v.t. before t.two is answered: for a moment the theme
	// has no score. It keeps its last value (100), so the change of 100 → 50
	// goes to the answer that gave the new score, not -100 and +50.
	tr := tinyYears(t, map[string]string{"t.one": "yes"}, map[string]string{"t.one": "not_applicable", "t.two": "half"})
	c := tr.Themes[0].Changes[0]
	if c.LikeForLike != -50 || c.NewlyAnswered != -50 || c.Worse != 0 || c.Better != 0 {
		t.Errorf("change = %+v, want -50, all of it newly answered", c)
	}
}

func TestNoScoreInAYearIsNotComparable(t *testing.T) {
	tr := tinyYears(t, map[string]string{"t.one": "not_applicable"}, map[string]string{"t.two": "half"})
	if c := tr.Themes[0].Changes[0]; c.Comparable {
		t.Errorf("change = %+v, want not comparable: the theme has no score in the first year", c)
	}
}
