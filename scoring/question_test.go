package scoring

import (
	"strings"
	"testing"
)

func TestQuestionScore(t *testing.T) {
	q := load(t, "paths.yaml")
	tests := []struct {
		name       string
		given      map[string]string
		question   string
		wantStatus Status
		wantScore  float64
	}{
		{"single weakest", map[string]string{"cloud.mail": "us"}, "cloud.mail", Answered, 0},
		{"single middle", map[string]string{"cloud.mail": "mixed"}, "cloud.mail", Answered, 40},
		{"single best", map[string]string{"cloud.mail": "eu"}, "cloud.mail", Answered, 100},
		{"multi mean", map[string]string{"cloud.mail": "us", "cloud.tools": "a,c"}, "cloud.tools", Answered, 50},
		{"multi mean of three", map[string]string{"cloud.mail": "us", "cloud.tools": "a,b,c"}, "cloud.tools", Answered, 50},
		{"multi mean in any order", map[string]string{"cloud.mail": "us", "cloud.tools": "c,a"}, "cloud.tools", Answered, 50},
		{"multi mean of two", map[string]string{"cloud.mail": "us", "cloud.tools": "a,b"}, "cloud.tools", Answered, 25},
		{"multi best", map[string]string{"exit.backup": "vendor,copy"}, "exit.backup", Answered, 50},
		{"multi best one", map[string]string{"exit.backup": "offsite"}, "exit.backup", Answered, 100},
		{"multi worst", map[string]string{"exit.checks": "copy,offsite"}, "exit.checks", Answered, 50},
		{"multi worst with weakest", map[string]string{"exit.checks": "offsite,vendor"}, "exit.checks", Answered, 0},
		{"number lowest band", map[string]string{"cloud.share": "=0"}, "cloud.share", Answered, 0},
		{"number below band edge", map[string]string{"cloud.share": "=49.9"}, "cloud.share", Answered, 0},
		{"number on band edge", map[string]string{"cloud.share": "=50"}, "cloud.share", Answered, 60},
		{"number top", map[string]string{"cloud.share": "=100"}, "cloud.share", Answered, 100},
		{"dont know scores 0", map[string]string{"exit.plan": "dont_know"}, "exit.plan", DontKnow, 0},
		{"dont know on multi", map[string]string{"exit.backup": "dont_know"}, "exit.backup", DontKnow, 0},
		{"dont know on number", map[string]string{"cloud.share": "dont_know"}, "cloud.share", DontKnow, 0},
		{"not applicable", map[string]string{"exit.plan": "not_applicable"}, "exit.plan", NotApplicable, 0},
		{"unanswered", map[string]string{}, "exit.plan", Unanswered, 0},
		{"hidden by show_if", map[string]string{"cloud.mail": "eu", "cloud.tools": "c"}, "cloud.tools", Hidden, 0},
		{"hidden while its condition is unanswered", map[string]string{"cloud.tools": "c"}, "cloud.tools", Hidden, 0},
		{"shown by dont know", map[string]string{"cloud.mail": "dont_know"}, "cloud.tools", Unanswered, 0},
		{"unknown option", map[string]string{"cloud.mail": "moon"}, "cloud.mail", Invalid, 0},
		{"unknown option in multi", map[string]string{"exit.backup": "copy,moon"}, "exit.backup", Invalid, 0},
		{"value out of range", map[string]string{"cloud.share": "=150"}, "cloud.share", Invalid, 0},
		{"choice for number", map[string]string{"cloud.share": "eu"}, "cloud.share", Invalid, 0},
		{"value for choice", map[string]string{"exit.plan": "=3"}, "exit.plan", Invalid, 0},
		{"value for multi", map[string]string{"exit.backup": "=0"}, "exit.backup", Invalid, 0},
		{"n.v.t. not offered", map[string]string{"exit.backup": "not_applicable"}, "exit.backup", Invalid, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Evaluate(q, answers(t, q, tt.given))
			qr := res.Question(tt.question)
			if qr.Status != tt.wantStatus || qr.Score != tt.wantScore {
				t.Errorf("question %s with %v = %s, %v; want %s, %v", tt.question, tt.given, qr.Status, qr.Score, tt.wantStatus, tt.wantScore)
			}
		})
	}
}

func TestQuestionRecordsAnswer(t *testing.T) {
	q := load(t, "paths.yaml")
	a := answers(t, q, map[string]string{"exit.backup": "offsite,vendor", "cloud.share": "=70"})
	a.Answers["exit.backup"].Note = "zie | notitie"
	a.Answers["exit.backup"].Evidence = []string{"Back-upbeleid 2026.pdf"}
	a.Answers["exit.backup"].EvidenceLevel = "documented"
	a.Answers["exit.backup"].Review = true
	a.Answers["exit.backup"].CarriedOver = true
	res := Evaluate(q, a)

	backup := res.Question("exit.backup")
	var ids []string
	for _, o := range backup.Selected {
		ids = append(ids, o.ID)
	}
	if got, want := strings.Join(ids, ","), "vendor,offsite"; got != want {
		t.Errorf("selected = %s, want %s (questionnaire order)", got, want)
	}
	if backup.Note != "zie | notitie" || len(backup.Evidence) != 1 || backup.EvidenceLevel != "documented" || !backup.Review || !backup.CarriedOver {
		t.Errorf("exit.backup lost note, evidence or flags: %+v", backup)
	}
	share := res.Question("cloud.share")
	if share.Value == nil || *share.Value != 70 || share.Unit != "percent" || share.Score != 60 {
		t.Errorf("cloud.share = value %v unit %q score %v, want 70 percent 60", share.Value, share.Unit, share.Score)
	}
	if got := res.Completeness.Review; len(got) != 1 || got[0] != "exit.backup" {
		t.Errorf("Completeness.Review = %v, want [exit.backup]", got)
	}
	if got := res.Completeness.CarriedOver; len(got) != 1 || got[0] != "exit.backup" {
		t.Errorf("Completeness.CarriedOver = %v, want [exit.backup]", got)
	}
	if backup.MaxScore != 100 {
		t.Errorf("MaxScore = %v, want 100", backup.MaxScore)
	}
}
