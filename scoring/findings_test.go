package scoring

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"soeverein/assessment"
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
		got = append(got, fmt.Sprintf("%s %s %s%v %s", f.Severity, f.Theme, f.Rule, f.Questions, f.Recommendation.Effort))
	}
	want := []string{
		"critical exit no_plan[] large",
		// don't know in a critical theme is high; one finding for the theme
		"high cloud [cloud.mail cloud.share] small",
		// rule findings before the don't-know finding within a theme
		"medium exit exit_weak[] small",
		"medium exit [exit.backup] small",
		"low exit no_plan_soft[] small",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}

	several := res.Findings[1]
	if several.Source != FromDontKnow {
		t.Fatalf("finding 1 is %s, want dont_know", several.Source)
	}
	if diff := cmp.Diff(assessment.Text{"nl": "Onbekend: de antwoorden op 2 vragen over ‘Cloud’", "en": "Unknown: the answers to 2 questions on ‘Cloud’"}, several.Title); diff != "" {
		t.Errorf("title of the cloud don't-know finding (-want +got):\n%s", diff)
	}
	for lang, want := range map[string]string{"nl": "Op 2 vragen van dit thema", "en": "In this theme, 2 questions were"} {
		if !strings.HasPrefix(several.Text[lang], want) {
			t.Errorf("text %s of the cloud don't-know finding = %q, want the other form with the count (%q...)", lang, several.Text[lang], want)
		}
	}
	if rec := several.Recommendation.Text["en"]; !strings.Contains(rec, "answer the 2 questions again") {
		t.Errorf("recommendation of the cloud don't-know finding = %q, want the other form with the count", rec)
	}
	if fmt.Sprint(several.Refs) != "[cloud_act]" {
		t.Errorf("don't-know finding refs = %v, want the questions' [cloud_act] once", several.Refs)
	}

	one := res.Findings[3]
	if one.Source != FromDontKnow || one.Title["nl"] != "Onbekend: Waar staan back-ups?" || one.Title["en"] != "Unknown: Where are back-ups?" {
		t.Errorf("don't-know finding of one question = %s %q, want a dont_know finding titled after the question", one.Source, one.Title)
	}
	if !strings.HasPrefix(one.Text["en"], "This question was answered") || !strings.HasSuffix(one.Recommendation.Text["nl"], "vul de vraag opnieuw in.") {
		t.Errorf("don't-know finding of one question: text %q, recommendation %q, want the one forms", one.Text["en"], one.Recommendation.Text["nl"])
	}
	if fmt.Sprint(one.Refs) != "[data_act]" {
		t.Errorf("don't-know finding refs = %v, want the question's [data_act]", one.Refs)
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
			s = append(s, f.Rule+strings.Join(f.Questions, "+"))
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
