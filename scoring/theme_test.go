package scoring

import (
	"fmt"
	"strings"
	"testing"
)

// summary renders the scores and levels of a result on one line, so that a
// table test can state a whole outcome at once: per theme "id=score:Lband>Lfinal"
// ("id=-" when not scored), then the overall score, what capped it and
// whether the assessment is complete.
func summary(res *Result) string {
	var parts []string
	for _, t := range res.Themes {
		parts = append(parts, t.ID+"="+scoreText(t.Scored, t.Score, t.ScoreLevel, t.Level)+noLevel(t.NoLevel))
	}
	o := res.Overall
	parts = append(parts, "overall="+scoreText(o.Scored, o.Score, o.ScoreLevel, o.Level)+noLevel(o.NoLevel))
	if o.Capped {
		parts = append(parts, "capped_by="+strings.Join(o.CappedBy, ","))
	}
	if res.Completeness.Complete {
		parts = append(parts, "complete")
	} else {
		parts = append(parts, "missing="+strings.Join(res.Completeness.Missing, ","))
	}
	return strings.Join(parts, " ")
}

func scoreText(scored bool, score float64, band, final *LevelRef) string {
	if !scored {
		if band != nil || final != nil {
			return "-(levels set while not scored)"
		}
		return "-"
	}
	if band == nil || final == nil {
		if band != nil || final != nil {
			return fmt.Sprintf("%g:(only one of the levels set)", score)
		}
		return fmt.Sprintf("%g:-", score)
	}
	return fmt.Sprintf("%g:L%d>L%d", score, band.Level, final.Level)
}

// noLevel renders why a level is missing: "(3/5)" for too few answered,
// "(critical:cloud)" for a critical theme without a level.
func noLevel(n *NoLevel) string {
	switch {
	case n == nil:
		return ""
	case n.Reason == CriticalThemeWithoutLevel:
		return "(critical:" + strings.Join(n.Themes, ",") + ")"
	}
	return fmt.Sprintf("(%d/%d)", n.Answered, n.Total)
}

func TestThemeAndOverall(t *testing.T) {
	q := load(t, "paths.yaml")
	best := map[string]string{"exit.plan": "tested", "exit.backup": "offsite", "exit.checks": "offsite"}
	tests := []struct {
		name  string
		given map[string]string
		want  string
	}{
		{
			"weighted means, caps below the band have no effect",
			map[string]string{"cloud.mail": "us", "cloud.tools": "a,c", "cloud.share": "=60", "exit.plan": "written", "exit.backup": "copy", "exit.checks": "copy,offsite"},
			// cloud (2*0 + 50 + 60)/4; exit (60+50+50)/3; overall (27.5 + 2*53.3)/3
			"cloud=27.5:L1>L1 exit=53.3:L2>L2 overall=44.7:L1>L1 complete",
		},
		{
			"all best",
			merge(best, map[string]string{"cloud.mail": "eu", "cloud.share": "=100"}),
			"cloud=100:L3>L3 exit=100:L3>L3 overall=100:L3>L3 complete",
		},
		{
			"all worst",
			map[string]string{"cloud.mail": "us", "cloud.tools": "a", "cloud.share": "=0", "exit.plan": "none", "exit.backup": "vendor", "exit.checks": "vendor"},
			"cloud=0:L1>L1 exit=0:L1>L1 overall=0:L1>L1 complete",
		},
		{
			"weakest link: critical theme's score band",
			merge(best, map[string]string{"cloud.mail": "mixed", "cloud.share": "=100"}),
			"cloud=60:L2>L2 exit=100:L3>L3 overall=86.7:L3>L2 capped_by=cloud complete",
		},
		{
			"weakest link: critical theme capped by a rule",
			merge(best, map[string]string{"cloud.mail": "us", "cloud.tools": "c", "cloud.share": "=100"}),
			"cloud=50:L2>L1 exit=100:L3>L3 overall=83.3:L2>L1 capped_by=cloud complete",
		},
		{
			"cap on a theme that is not critical leaves the overall level",
			map[string]string{"cloud.mail": "eu", "cloud.share": "=100", "exit.plan": "none", "exit.backup": "offsite", "exit.checks": "offsite"},
			"cloud=100:L3>L3 exit=66.7:L2>L1 overall=77.8:L2>L2 complete",
		},
		{
			"not applicable is left out of the denominator",
			map[string]string{"cloud.mail": "not_applicable", "cloud.share": "=60", "exit.plan": "not_applicable", "exit.backup": "offsite", "exit.checks": "copy"},
			"cloud=60:L2>L2 exit=75:L2>L2 overall=70:L2>L2 complete",
		},
		{
			// weet ik niet scores 0 but is not a fact: the rules on exit.plan
			// are unknown, so they cap nothing
			"dont know counts as 0, shows dependent questions and caps nothing",
			map[string]string{"cloud.mail": "dont_know", "cloud.tools": "c", "cloud.share": "=100", "exit.plan": "dont_know", "exit.backup": "offsite", "exit.checks": "offsite"},
			"cloud=50:L2>L2 exit=66.7:L2>L2 overall=61.1:L2>L2 complete",
		},
		{
			"incomplete: score over what was answered",
			map[string]string{"cloud.mail": "eu"},
			// 2 of 3 of cloud's visible weight answered, under 80 %: no level
			"cloud=100:-(1/2) exit=-(0/3) overall=100:-(1/5) missing=cloud.share,exit.plan,exit.backup,exit.checks",
		},
		{
			"invalid answers count as missing",
			map[string]string{"cloud.mail": "moon", "cloud.share": "=100", "exit.plan": "tested", "exit.backup": "offsite", "exit.checks": "offsite"},
			// an invalid answer is not an answer: cloud has 1 of 3 weight
			"cloud=100:-(1/2) exit=100:L3>L3 overall=100:-(4/5) missing=cloud.mail",
		},
		{
			"nothing answered",
			map[string]string{},
			"cloud=-(0/2) exit=-(0/3) overall=-(0/5) missing=cloud.mail,cloud.share,exit.plan,exit.backup,exit.checks",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(Evaluate(q, answers(t, q, tt.given))); got != tt.want {
				t.Errorf("Evaluate(%v)\n got: %s\nwant: %s", tt.given, got, tt.want)
			}
		})
	}
}

func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func TestCompleteness(t *testing.T) {
	q := load(t, "paths.yaml")
	a := answers(t, q, map[string]string{"cloud.mail": "dont_know", "cloud.share": "=150", "exit.plan": "not_applicable", "exit.backup": "copy"})
	c := Evaluate(q, a).Completeness
	got := fmt.Sprintf("%v %d/%d dk=%d na=%d missing=%v invalid=%v", c.Complete, c.Answered, c.Total, c.DontKnow, c.NotApplicable, c.Missing, c.Invalid)
	// cloud.tools is visible because of dont_know, cloud.share is out of range.
	want := "false 3/6 dk=1 na=1 missing=[cloud.tools cloud.share exit.checks] invalid=[cloud.share]"
	if got != want {
		t.Errorf("Completeness = %s, want %s", got, want)
	}
}

func TestThemeCounts(t *testing.T) {
	q := load(t, "paths.yaml")
	res := Evaluate(q, answers(t, q, map[string]string{"cloud.mail": "dont_know", "cloud.tools": "b"}))
	cloud := res.Theme("cloud")
	if cloud.Answered != 2 || cloud.Total != 3 || cloud.DontKnow != 1 {
		t.Errorf("cloud answered/total/dont know = %d/%d/%d, want 2/3/1", cloud.Answered, cloud.Total, cloud.DontKnow)
	}
	hidden := Evaluate(q, answers(t, q, map[string]string{"cloud.mail": "eu"})).Theme("cloud")
	if hidden.Answered != 1 || hidden.Total != 2 {
		t.Errorf("with cloud.tools hidden: answered/total = %d/%d, want 1/2", hidden.Answered, hidden.Total)
	}
}

func TestLevelNeedsEnoughAnswered(t *testing.T) {
	exit := map[string]string{"exit.plan": "tested", "exit.backup": "offsite", "exit.checks": "offsite"}
	tests := []struct {
		name   string
		needed float64 // level_answered; 0 for the default 80
		given  map[string]string
		want   string
	}{
		// cloud (critical, weight 1) has 67 % of its weight answered, exit
		// (weight 2) all: 89 % overall is enough, but the weakest link has
		// no level yet
		{"default: 67 % of the critical theme is too little", 0, merge(exit, m("cloud.mail", "eu")),
			"cloud=100:-(1/2) exit=100:L3>L3 overall=100:-(critical:cloud) missing=cloud.share"},
		{"dont know counts as answered", 0, merge(exit, m("cloud.mail", "eu", "cloud.share", "dont_know")),
			"cloud=66.7:L2>L2 exit=100:L3>L3 overall=88.9:L3>L2 capped_by=cloud complete"},
		{"n.v.t. counts as answered", 0, merge(exit, m("cloud.mail", "not_applicable", "cloud.share", "=100")),
			"cloud=100:L3>L3 exit=100:L3>L3 overall=100:L3>L3 complete"},
		{"set to 60 %: 67 % is enough", 60, merge(exit, m("cloud.mail", "eu")),
			"cloud=100:L3>L3 exit=100:L3>L3 overall=100:L3>L3 missing=cloud.share"},
		{"one answer of the whole questionnaire", 0, m("exit.plan", "tested"),
			"cloud=-(0/2) exit=100:-(1/3) overall=100:-(1/5) missing=cloud.mail,cloud.share,exit.backup,exit.checks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := load(t, "paths.yaml")
			q.LevelAnswered = tt.needed
			res := Evaluate(q, answers(t, q, tt.given))
			if got := summary(res); got != tt.want {
				t.Errorf("Evaluate(%v)\n got: %s\nwant: %s", tt.given, got, tt.want)
			}
		})
	}
}
