package scoring

import (
	"fmt"
	"strings"
	"testing"
)

// outcomes renders the outcome of each named rule as "id=outcome".
func outcomes(res *Result, ids ...string) string {
	var parts []string
	for _, id := range ids {
		for _, r := range res.Rules {
			if r.ID == id {
				parts = append(parts, fmt.Sprintf("%s=%s", id, r.Outcome))
			}
		}
	}
	return strings.Join(parts, " ")
}

func TestRuleLogic(t *testing.T) {
	q := load(t, "logic.yaml")
	tests := []struct {
		name  string
		given map[string]string
		rules []string
		want  string
	}{
		// all / any (Kleene)
		{"all true", m("l.a", "yes", "l.b", "yes"), ids("a_and_b"), "met"},
		{"all with a false", m("l.a", "yes", "l.b", "no"), ids("a_and_b"), "not_met"},
		{"all false beats unknown", m("l.a", "no"), ids("a_and_b"), "not_met"},
		{"all true and unknown", m("l.a", "yes"), ids("a_and_b"), "unknown"},
		{"all unknown", m(), ids("a_and_b"), "unknown"},
		{"all n.v.t. counts as false", m("l.a", "not_applicable", "l.b", "yes"), ids("a_and_b"), "not_met"},
		{"all n.v.t. and unknown", m("l.a", "not_applicable"), ids("a_and_b"), "not_met"},
		{"all everything n.v.t.", m("l.a", "not_applicable", "l.b", "not_applicable"), ids("a_and_b"), "not_applicable"},
		{"any true beats unknown", m("l.b", "yes"), ids("a_or_b"), "met"},
		{"any false", m("l.a", "no", "l.b", "no"), ids("a_or_b"), "not_met"},
		{"any false and unknown", m("l.a", "no"), ids("a_or_b"), "unknown"},
		{"any n.v.t. and true", m("l.a", "not_applicable", "l.b", "yes"), ids("a_or_b"), "met"},
		{"any n.v.t. and unknown", m("l.a", "not_applicable"), ids("a_or_b"), "unknown"},
		{"any everything n.v.t.", m("l.a", "not_applicable", "l.b", "not_applicable"), ids("a_or_b"), "not_applicable"},
		// not
		{"not true", m("l.a", "yes"), ids("not_a"), "not_met"},
		{"not false", m("l.a", "no"), ids("not_a"), "met"},
		{"not unknown stays unknown", m(), ids("not_a"), "unknown"},
		{"not over invalid stays unknown", m("l.a", "maybe"), ids("not_a"), "unknown"},
		{"not n.v.t. stays n.v.t.", m("l.a", "not_applicable"), ids("not_a"), "not_applicable"},
		{"not dont know stays unknown", m("l.a", "dont_know"), ids("not_a"), "unknown"},
		{"not over all unknown", m("l.a", "yes"), ids("not_a_and_b"), "unknown"},
		{"not over all false", m("l.a", "no"), ids("not_a_and_b"), "met"},
		// answered
		{"answered", m("l.a", "no"), ids("a_answered", "a_unanswered"), "met not_met"},
		{"answered dont know", m("l.a", "dont_know"), ids("a_answered", "a_unanswered"), "met not_met"},
		{"answered n.v.t.", m("l.a", "not_applicable"), ids("a_answered", "a_unanswered"), "met not_met"},
		{"not answered", m(), ids("a_answered", "a_unanswered"), "not_met met"},
		{"invalid is not answered", m("l.a", "maybe"), ids("a_answered", "a_unanswered"), "not_met met"},
		// score_below on a question
		{"score below", m("l.a", "no"), ids("a_below"), "met"},
		{"score not below", m("l.a", "yes"), ids("a_below"), "not_met"},
		{"score below dont know is unknown", m("l.a", "dont_know"), ids("a_below"), "unknown"},
		{"score below n.v.t.", m("l.a", "not_applicable"), ids("a_below"), "not_applicable"},
		{"score below unanswered", m(), ids("a_below"), "unknown"},
		{"score below invalid", m("l.a", "maybe"), ids("a_below"), "unknown"},
		// is with built-in answers
		{"is dont_know", m("l.a", "dont_know"), ids("a_dont_know", "a_na"), "met unknown"},
		// weet ik niet is not a fact: only unknown tests for it
		{"dont know in any is unknown", m("l.a", "dont_know", "l.b", "no"), ids("a_no_or_b"), "unknown"},
		{"dont know in any beside true", m("l.a", "dont_know", "l.b", "yes"), ids("a_no_or_b"), "met"},
		{"unknown holds on dont know", m("l.a", "yes", "l.b", "dont_know"), ids("a_or_b_unknown"), "met"},
		{"unknown on real answers", m("l.a", "yes", "l.b", "no"), ids("a_or_b_unknown"), "not_met"},
		{"unknown while unanswered", m("l.a", "yes"), ids("a_or_b_unknown"), "unknown"},
		{"unknown on n.v.t.", m("l.a", "not_applicable", "l.b", "not_applicable"), ids("a_or_b_unknown"), "not_applicable"},
		{"is not_applicable", m("l.a", "not_applicable"), ids("a_dont_know", "a_na"), "not_applicable met"},
		{"real answer is neither", m("l.a", "no"), ids("a_dont_know", "a_na"), "not_met not_met"},
		// hidden questions
		{"hidden question does not apply", m("l.a", "no", "l.c", "yes"), ids("c_yes"), "not_applicable"},
		{"hidden while its condition is unanswered", m("l.c", "yes"), ids("c_yes"), "not_applicable"},
		{"shown question", m("l.a", "yes", "l.c", "yes"), ids("c_yes"), "met"},
		{"shown question unanswered", m("l.a", "yes"), ids("c_yes"), "unknown"},
		// is on a multi question: any chosen option listed
		{"multi with listed option", m("l.m", "x,y"), ids("m_y"), "met"},
		{"multi without listed option", m("l.m", "x,z"), ids("m_y"), "not_met"},
		// score_below on a theme (before caps)
		{"theme below", m("l.a", "no", "l.b", "no", "l.m", "z"), ids("theme_below"), "met"},
		{"theme not below", m("l.a", "yes", "l.b", "no", "l.m", "z", "l.c", "no"), ids("theme_below"), "not_met"},
		{"theme score over what was answered", m("l.a", "no"), ids("theme_below"), "met"},
		{"theme without answers", m(), ids("theme_below"), "unknown"},
		{"theme all n.v.t.", m("l.a", "not_applicable", "l.b", "not_applicable", "l.m", "not_applicable"), ids("theme_below"), "not_applicable"},
		{"theme with only invalid answers", m("l.a", "maybe", "l.b", "maybe", "l.m", "maybe"), ids("theme_below"), "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Evaluate(q, answers(t, q, tt.given))
			got := outcomes(res, tt.rules...)
			want := pairs(tt.rules, tt.want)
			if got != want {
				t.Errorf("rules with %v = %s, want %s", tt.given, got, want)
			}
		})
	}
}

func m(kv ...string) map[string]string {
	out := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

func ids(s ...string) []string { return s }

// pairs zips rule ids with space-separated outcomes into "id=outcome ...".
func pairs(rules []string, outcomes string) string {
	var parts []string
	for i, o := range strings.Fields(outcomes) {
		parts = append(parts, rules[i]+"="+o)
	}
	return strings.Join(parts, " ")
}
