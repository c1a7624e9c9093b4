package scoring

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCaps(t *testing.T) {
	q := load(t, "paths.yaml")
	tests := []struct {
		name  string
		given map[string]string
		theme string
		want  string // rule:level:effective, in rule order
	}{
		{"lowest cap is effective", m("exit.plan", "none", "exit.backup", "offsite", "exit.checks", "offsite"), "exit", "no_plan:1:true no_plan_soft:2:false"},
		{"cap above the band is listed, not effective", m("exit.plan", "written", "exit.backup", "vendor", "exit.checks", "vendor"), "exit", "no_plan_soft:2:false"},
		{"cap below the band", m("exit.plan", "written", "exit.backup", "offsite", "exit.checks", "offsite"), "exit", "no_plan_soft:2:true"},
		{"rule not met: no cap", m("exit.plan", "tested"), "exit", ""},
		{"rule unknown: no cap", m(), "exit", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Evaluate(q, answers(t, q, tt.given)).Theme(tt.theme).Caps {
				got = append(got, fmt.Sprintf("%s:%d:%v", c.Rule, c.Level, c.Effective))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("caps of %s with %v = %q, want %q", tt.theme, tt.given, strings.Join(got, " "), tt.want)
			}
		})
	}
}

func TestFindings(t *testing.T) {
	q := load(t, "paths.yaml")
	res := Evaluate(q, answers(t, q, m(
		"cloud.mail", "dont_know", "cloud.tools", "c", "cloud.share", "dont_know",
		"exit.plan", "none", "exit.backup", "dont_know", "exit.checks", "vendor")))
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s %s %s%s %s", f.Severity, f.Theme, f.Rule, f.Question, f.Recommendation.Effort))
	}
	want := []string{
		"critical exit no_plan large",
		// don't know in a critical theme is high, in question order
		"high cloud cloud.mail small",
		"high cloud cloud.share small",
		// rule findings before don't-know findings within a theme
		"medium exit exit_weak small",
		"medium exit exit.backup small",
		"low exit no_plan_soft small",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}

	dk := res.Findings[1]
	if dk.Source != FromDontKnow || dk.Title["nl"] != "Onbekend: Waar staat de mail?" || dk.Title["en"] != "Unknown: Where is the mail?" {
		t.Errorf("don't-know finding = %s %q, want a dont_know finding titled after the question", dk.Source, dk.Title)
	}
	if dk.Text["nl"] == "" || dk.Text["en"] == "" || dk.Recommendation.Text["nl"] == "" || dk.Recommendation.Text["en"] == "" {
		t.Errorf("don't-know finding lacks a text or recommendation in nl or en: %+v", dk)
	}
	if fmt.Sprint(dk.Refs) != "[cloud_act]" {
		t.Errorf("don't-know finding refs = %v, want the question's [cloud_act]", dk.Refs)
	}
	rule := res.Findings[0]
	if rule.Source != FromRule || rule.Text["en"] != "There is no exit plan." || rule.Recommendation.Text["en"] != "Write an exit plan." ||
		rule.Cap == nil || rule.Cap.Level != 1 || fmt.Sprint(rule.Refs) != "[data_act]" {
		t.Errorf("rule finding = %+v, want the texts, cap and refs of rule no_plan", rule)
	}
}

func TestTopFindingsAndActions(t *testing.T) {
	q := load(t, "paths.yaml")
	res := Evaluate(q, answers(t, q, m(
		"cloud.mail", "us", "cloud.tools", "a", "cloud.share", "=100",
		"exit.plan", "none", "exit.backup", "dont_know", "exit.checks", "vendor")))
	key := func(fs []*Finding) string {
		var s []string
		for _, f := range fs {
			s = append(s, f.Rule+f.Question)
		}
		return strings.Join(s, " ")
	}
	if got, want := key(res.Findings), "no_plan mail_us exit_weak exit.backup no_plan_soft"; got != want {
		t.Fatalf("findings = %s, want %s", got, want)
	}
	tests := []struct {
		n           int
		wantTop     string
		wantActions string
	}{
		{0, "", ""},
		{2, "no_plan mail_us", "no_plan mail_us"},
		// medium severity: small work first (exit_weak and exit.backup are both small: finding order)
		{4, "no_plan mail_us exit_weak exit.backup", "no_plan mail_us exit_weak exit.backup"},
		{-1, "no_plan mail_us exit_weak exit.backup no_plan_soft", "no_plan mail_us exit_weak exit.backup no_plan_soft"},
		{99, "no_plan mail_us exit_weak exit.backup no_plan_soft", "no_plan mail_us exit_weak exit.backup no_plan_soft"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := key(res.TopFindings(tt.n)); got != tt.wantTop {
				t.Errorf("TopFindings(%d) = %s, want %s", tt.n, got, tt.wantTop)
			}
			if got := key(res.TopActions(tt.n)); got != tt.wantActions {
				t.Errorf("TopActions(%d) = %s, want %s", tt.n, got, tt.wantActions)
			}
		})
	}
}

func TestTopActionsPrefersLessEffort(t *testing.T) {
	res := &Result{Findings: []*Finding{
		{Rule: "big", Severity: High, Recommendation: Recommendation{Effort: Large}},
		{Rule: "mid", Severity: High, Recommendation: Recommendation{Effort: MediumWork}},
		{Rule: "odd", Severity: High},
		{Rule: "small", Severity: High, Recommendation: Recommendation{Effort: Small}},
		{Rule: "low", Severity: Low, Recommendation: Recommendation{Effort: Small}},
	}}
	var got []string
	for _, f := range res.TopActions(-1) {
		got = append(got, f.Rule)
	}
	if want := "small mid big odd low"; strings.Join(got, " ") != want {
		t.Errorf("TopActions = %v, want %s", got, want)
	}
	if res.Findings[0].Rule != "big" {
		t.Errorf("TopActions reordered the result's findings")
	}
}
