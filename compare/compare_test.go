package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"soeverein/assessment"
	"soeverein/scoring"
	"soeverein/texts"
	"soeverein/texts/texttest"
)

// checkAddsUp fails when a change's parts do not add up exactly to its
// total, or its like-for-like part does not match the scores.
func checkAddsUp(t *testing.T, tr *Trend) {
	t.Helper()
	for _, s := range append([]*Series{tr.Overall}, tr.Themes...) {
		name := s.ID
		if name == "" {
			name = "overall"
		}
		for i, c := range s.Changes {
			step := fmt.Sprintf("%s %s→%s", name, tr.Years[i].Label, tr.Years[i+1].Label)
			prev, next := s.Points[i], s.Points[i+1]
			if !prev.Scored || !next.Scored {
				if c.Comparable || *c != (Change{}) {
					t.Errorf("%s: %+v, want an empty change when a year has no score", step, c)
				}
				continue
			}
			if parts := tenths(c.Better) + tenths(c.Worse) + tenths(c.NewlyAnswered) + tenths(c.Questionnaire); parts != tenths(c.Total) {
				t.Errorf("%s: better %v + worse %v + newly answered %v + questionnaire %v = %v, want the total %v",
					step, c.Better, c.Worse, c.NewlyAnswered, c.Questionnaire, points(parts), c.Total)
			}
			if parts := tenths(c.Better) + tenths(c.Worse) + tenths(c.NewlyAnswered); parts != tenths(c.LikeForLike) {
				t.Errorf("%s: answer parts add up to %v, want like for like %v", step, points(parts), c.LikeForLike)
			}
			if want := tenths(next.Score) - tenths(prev.Score); tenths(c.LikeForLike) != want {
				t.Errorf("%s: like for like %v, want %v (from %v to %v)", step, c.LikeForLike, points(want), prev.Score, next.Score)
			}
			if c.Better < 0 || c.Worse > 0 {
				t.Errorf("%s: better %v, worse %v: want better >= 0 and worse <= 0", step, c.Better, c.Worse)
			}
			switch {
			case c.QuestionnaireKnown && prev.Reported != nil && next.Reported != nil:
				if want := tenths(next.Reported.Score) - tenths(prev.Reported.Score); tenths(c.Total) != want {
					t.Errorf("%s: total %v, want the reported change %v", step, c.Total, points(want))
				}
			case c.QuestionnaireKnown:
				t.Errorf("%s: questionnaire part known without reported scores", step)
			case c.Questionnaire != 0 || c.Total != c.LikeForLike:
				t.Errorf("%s: questionnaire unknown, but its part is %v and the total %v (like for like %v)", step, c.Questionnaire, c.Total, c.LikeForLike)
			}
		}
	}
}

func TestAttributionAddsUpForEveryFixturePair(t *testing.T) {
	q := readQuestionnaire(t, years+"questions-2027.1.yaml")
	old := readQuestionnaire(t, years+"questions-2025.1.yaml")
	in := fixtureInputs(t)
	for i := range in {
		for j := range in {
			if i == j {
				continue
			}
			t.Run(in[i].File+"+"+in[j].File, func(t *testing.T) {
				tr, err := Compare(q, []*assessment.Questionnaire{old}, []Input{in[i], in[j]})
				if err != nil {
					t.Fatal(err)
				}
				checkAddsUp(t, tr)
			})
		}
	}
	t.Run("three years", func(t *testing.T) { checkAddsUp(t, loadYears(t)) })
	t.Run("own versions unknown", func(t *testing.T) {
		tr, err := Compare(q, nil, in)
		if err != nil {
			t.Fatal(err)
		}
		checkAddsUp(t, tr)
	})
}

// TestAttributionAddsUpOnSharedFixtures compares the shared answers files
// of the default questionnaire as if they were years of one municipality:
// they differ in almost every answer, with show_if, n.v.t. and don't know.
func TestAttributionAddsUpOnSharedFixtures(t *testing.T) {
	q := readQuestionnaire(t, "../questions.yaml")
	names := []string{"cautious", "microsoft", "incomplete"}
	var in []Input
	for i, name := range names {
		a := readAnswers(t, "../testdata/answers/"+name+".yaml")
		a.Municipality.CBSCode = "GM9999"
		a.Period = assessment.Period{Year: 2030 + i}
		in = append(in, Input{File: name, Answers: a})
	}
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0}, {0, 2, 1}} {
		var list []Input
		for k, i := range order {
			a := *in[i].Answers
			a.Period.Year = 2030 + k
			list = append(list, Input{File: in[i].File, Answers: &a})
		}
		t.Run(fmt.Sprint(order), func(t *testing.T) {
			tr, err := Compare(q, nil, list)
			if err != nil {
				t.Fatal(err)
			}
			checkAddsUp(t, tr)
			changes := 0
			for _, s := range tr.Steps {
				changes += len(s.Answers)
			}
			if changes < 20 {
				t.Errorf("%d answer changes, want many: the fixtures differ a lot", changes)
			}
		})
	}
}

func TestCompareSortsByPeriod(t *testing.T) {
	tr := loadYears(t)
	var got []string
	for _, y := range tr.Years {
		got = append(got, y.Label+"="+y.File)
	}
	want := []string{"2025=soeverein-GM9947-2025.yaml", "2026=soeverein-GM9947-2026.yaml", "2027=soeverein-GM9947-2027.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("years = %v, want %v", got, want)
	}
	if tr.Municipality != "Gemeente Dijkhoven" || tr.CBSCode != "GM9947" || tr.Questionnaire.Version != "2027.1" {
		t.Errorf("trend of %q %q version %q, want Gemeente Dijkhoven GM9947 version 2027.1", tr.Municipality, tr.CBSCode, tr.Questionnaire.Version)
	}
}

func TestCompareIsDeterministicAndOrderFree(t *testing.T) {
	q := readQuestionnaire(t, years+"questions-2027.1.yaml")
	old := readQuestionnaire(t, years+"questions-2025.1.yaml")
	in := fixtureInputs(t)
	encode := func(list []Input) []byte {
		tr, err := Compare(q, []*assessment.Questionnaire{old}, list)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(tr)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	first := encode(in)
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}} {
		list := []Input{in[order[0]], in[order[1]], in[order[2]]}
		if got := encode(list); !bytes.Equal(got, first) {
			t.Errorf("Compare in order %v gives other JSON than in order [0 1 2]", order)
		}
	}
}

func TestCompareRefuses(t *testing.T) {
	in := fixtureInputs(t)
	other := *in[1].Answers
	other.Municipality = assessment.Municipality{Name: "Gemeente Elders", CBSCode: "GM9948"}
	sameYear := *in[1].Answers
	nameless := other
	nameless.Municipality.Name = ""
	noDate := *in[1].Answers
	noDate.Period.ReferenceDate = ""
	noPeriod := noDate
	noPeriod.Period.Year = 0
	q := readQuestionnaire(t, years+"questions-2027.1.yaml")

	tests := []struct {
		name   string
		inputs []Input
		en, nl string
	}{
		{"one file", in[:1],
			"compare needs two or more answers files of one municipality; 1 was given",
			"vergelijken kan met twee of meer antwoordbestanden van één gemeente; er is 1 gegeven"},
		{"none", nil,
			"compare needs two or more answers files of one municipality; 0 were given",
			"vergelijken kan met twee of meer antwoordbestanden van één gemeente; er zijn er 0 gegeven"},
		{"other municipality", []Input{in[0], {File: "elders.yaml", Answers: &other}},
			"soeverein-GM9947-2027.yaml is about Gemeente Dijkhoven (GM9947), elders.yaml about Gemeente Elders (GM9948): compare files of one municipality",
			"soeverein-GM9947-2027.yaml gaat over Gemeente Dijkhoven (GM9947), elders.yaml over Gemeente Elders (GM9948): vergelijk bestanden van één gemeente"},
		{"other municipality without a name", []Input{in[0], {File: "nameless.yaml", Answers: &nameless}},
			"soeverein-GM9947-2027.yaml is about Gemeente Dijkhoven (GM9947), nameless.yaml about (name not filled in) (GM9948): compare files of one municipality",
			"soeverein-GM9947-2027.yaml gaat over Gemeente Dijkhoven (GM9947), nameless.yaml over (naam niet ingevuld) (GM9948): vergelijk bestanden van één gemeente"},
		{"same period", []Input{in[1], {File: "copy.yaml", Answers: &sameYear}, in[0]},
			"copy.yaml and soeverein-GM9947-2025.yaml describe the same period (2025, reference date 2025-11-01): compare files of different years",
			"copy.yaml en soeverein-GM9947-2025.yaml gaan over dezelfde periode (2025, peildatum 2025-11-01): vergelijk bestanden van verschillende jaren"},
		{"same period, no date", []Input{{File: "a.yaml", Answers: &noDate}, {File: "b.yaml", Answers: &noDate}},
			"a.yaml and b.yaml describe the same period (2025): compare files of different years",
			"a.yaml en b.yaml gaan over dezelfde periode (2025): vergelijk bestanden van verschillende jaren"},
		{"same period, none", []Input{{File: "a.yaml", Answers: &noPeriod}, {File: "b.yaml", Answers: &noPeriod}},
			"a.yaml and b.yaml describe the same period (no period (no year and no reference date)): compare files of different years",
			"a.yaml en b.yaml gaan over dezelfde periode (geen periode (geen jaar en geen peildatum)): vergelijk bestanden van verschillende jaren"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := Compare(q, nil, tt.inputs)
			if err == nil || err.Error() != tt.en {
				t.Fatalf("Compare() = %v, %v; want error %q", tr, err, tt.en)
			}
			if got := texts.Message(texts.NL, err); got != tt.nl {
				t.Errorf("in Dutch: %q\nwant %q", got, tt.nl)
			}
			pseudo := texts.Message(texts.Pseudo, err)
			texttest.CheckMarked(t, pseudo, "soeverein-GM9947-2027.yaml", "soeverein-GM9947-2025.yaml", "elders.yaml", "nameless.yaml",
				"copy.yaml", "a.yaml", "b.yaml", "Gemeente Dijkhoven", "Gemeente Elders", "GM9947", "GM9948")
		})
	}
	if _, err := Compare(q, nil, nil); !errors.Is(err, ErrTooFew) {
		t.Errorf("Compare(nothing) = %v, want ErrTooFew", err)
	}
	_, err := Compare(q, nil, []Input{in[0], {File: "elders.yaml", Answers: &other}})
	var me *MunicipalityError
	if !errors.As(err, &me) || me.OtherCBSCode != "GM9948" {
		t.Errorf("error %v is not a *MunicipalityError naming GM9948", err)
	}
}

func TestCompareAllowsAFileWithoutCode(t *testing.T) {
	in := fixtureInputs(t)
	noCode := *in[1].Answers
	noCode.Municipality.CBSCode = ""
	tr, err := Compare(readQuestionnaire(t, years+"questions-2027.1.yaml"), nil, []Input{in[0], {File: "no-code.yaml", Answers: &noCode}})
	if err != nil {
		t.Fatalf("Compare: %v; want a file without CBS code accepted", err)
	}
	if tr.CBSCode != "GM9947" {
		t.Errorf("CBS code %q, want GM9947 from the file that has one", tr.CBSCode)
	}
}

func TestOwnVersions(t *testing.T) {
	tr := loadYears(t)
	tests := []struct {
		label, version, matched string
		differs                 bool
	}{
		{"2025", "2025.1", "sha256", true},
		{"2026", "2025.1", "sha256", true},
		{"2027", "2027.1", "sha256", false},
	}
	for i, tt := range tests {
		y := tr.Years[i]
		if y.Label != tt.label || y.OwnVersion == nil || y.OwnVersion.Version != tt.version || y.MatchedBy != tt.matched || y.Differs != tt.differs {
			t.Errorf("year %s: own version %+v matched by %q, differs %v; want %s version %s by %s, differs %v",
				y.Label, y.OwnVersion, y.MatchedBy, y.Differs, tt.label, tt.version, tt.matched, tt.differs)
		}
	}

	// Matched by id and version when the digest is another (a wording fix).
	q := readQuestionnaire(t, years+"questions-2027.1.yaml")
	old := readQuestionnaire(t, years+"questions-2025.1.yaml")
	in := fixtureInputs(t)
	edited := *in[1].Answers
	edited.Questionnaire.SHA256 = strings.Repeat("0", 64)
	tr2, err := Compare(q, []*assessment.Questionnaire{old}, []Input{in[0], {File: "edited.yaml", Answers: &edited}})
	if err != nil {
		t.Fatal(err)
	}
	if y := tr2.Years[0]; y.MatchedBy != "id_version" || y.OwnVersion == nil || y.OwnVersion.Version != "2025.1" {
		t.Errorf("edited digest: matched by %q, own version %+v; want id_version, 2025.1", y.MatchedBy, y.OwnVersion)
	}

	// Unknown: no reported scores, and the questionnaire's part is unknown.
	tr3, err := Compare(q, nil, in)
	if err != nil {
		t.Fatal(err)
	}
	if y := tr3.Years[0]; y.OwnVersion != nil || y.MatchedBy != "" || y.Reported != nil || tr3.Overall.Points[0].Reported != nil {
		t.Errorf("2025 without its version: own version %+v, matched by %q; want none", y.OwnVersion, y.MatchedBy)
	}
	if c := tr3.Overall.Changes[0]; c.QuestionnaireKnown || c.Questionnaire != 0 || c.Total != c.LikeForLike {
		t.Errorf("2025→2026 without versions: %+v; want the questionnaire part unknown and the total like for like", c)
	}
	if c := tr3.Overall.Changes[1]; c.QuestionnaireKnown {
		t.Errorf("2026→2027 with only 2027's version known: questionnaire part known, want unknown")
	}
}

// TestQuestionnaireChangeIsNotProgress checks the example in the fixtures:
// the exit theme's reported score rose from 2025 to 2026 only through the
// restore test, a question the current questionnaire no longer has.
func TestQuestionnaireChangeIsNotProgress(t *testing.T) {
	tr := loadYears(t)
	exit := tr.Themes[1]
	if exit.ID != "exit" {
		t.Fatalf("theme 2 is %s, want exit", exit.ID)
	}
	c := exit.Changes[0]
	if c.LikeForLike != 0 || c.Questionnaire == 0 || c.Total != c.Questionnaire {
		t.Errorf("exit 2025→2026: %+v; want no change like for like, all of it from the questionnaire", c)
	}
}

func TestStepAnswers(t *testing.T) {
	tr := loadYears(t)
	type row struct{ question, kind string }
	want := [][]row{
		{
			{"cloud.register", KindNewlyAnswered},
			{"cloud.cloud_act_assessment", KindBetter},
			{"ai.consumer_chatbots", KindWorse},
			{"messaging.apps_used", KindChanged},
			{"sustainability.eed_figures", KindNewlyAnswered},
			{"sustainability.tender_criteria", KindNewlyAnswered},
			{"exit.restore_test", KindGone},
		},
		{
			{"cloud.mail_files_location", KindBetter},
			{"cloud.critical_eu_share", KindNewlyAnswered},
			{"cloud.procurement_weighing", KindNewlyAnswered},
			{"exit.plan_critical", KindBetter},
			{"exit.plan_coverage", KindBetter},
			{"messaging.chat_capture", KindWorse},
			{"exit.restore_test", KindGone},
		},
	}
	for i, s := range tr.Steps {
		var got []row
		for _, a := range s.Answers {
			got = append(got, row{a.Question, a.Kind})
		}
		if diff := cmp.Diff(want[i], got, cmp.AllowUnexported(row{})); diff != "" {
			t.Errorf("step %s→%s answers (-want +got):\n%s", s.From, s.To, diff)
		}
	}

	mail := tr.Steps[1].Answers[0]
	if mail.Old.CarriedFrom != "cloud.email_location" || mail.Old.Selected[0].ID != "us_eu_boundary" || mail.New.CarriedFrom != "" {
		t.Errorf("mail 2026→2027: old %+v, new %+v; want the old answer carried from cloud.email_location (us_eu → us_eu_boundary)", mail.Old, mail.New)
	}
	if mail.Old.Note != "Ongewijzigd: Exchange Online in de EU Data Boundary." || !strings.Contains(mail.New.Note, "HSM") {
		t.Errorf("mail notes %q → %q; want each year's own note", mail.Old.Note, mail.New.Note)
	}
	gone := tr.Steps[1].Answers[6]
	if gone.Old.Status != scoring.Answered || gone.Old.Selected[0].Label.In("nl") != "Langer dan 12 maanden geleden." || gone.New.Status != Absent {
		t.Errorf("restore test 2026→2027: %+v → %+v; want 'older' with its label from version 2025.1, then absent", gone.Old, gone.New)
	}
	if gone.Text.In("en") == "" || gone.Theme != "" || gone.Effect != 0 {
		t.Errorf("gone question: text %q theme %q effect %v; want the old text, no theme, no effect", gone.Text.In("en"), gone.Theme, gone.Effect)
	}
}

func TestStepFindings(t *testing.T) {
	tr := loadYears(t)
	ids := func(fs []*Finding) []string {
		var out []string
		for _, f := range fs {
			id := f.Rule
			if f.Source == scoring.FromDontKnow {
				id = "dont_know " + f.Theme
			}
			out = append(out, id)
		}
		return out
	}
	tests := []struct {
		step          int
		resolved, new []string
	}{
		// 2025 answered cloud.register "weet ik niet": that was never a
		// finding "no register" (unknowns_in_cloud covers it, and stays)
		{0, nil, []string{"consumer_chatbots_without_policy"}},
		// 2027 answers messaging.chat_capture "weet ik niet": the rule on it
		// is unknown, so chat_without_capture is not resolved, and the
		// messaging theme's don't-know finding (messaging.disappearing in
		// 2026) now covers it too: not a new finding. 2027 knows
		// cloud.critical_eu_share (35%), which makes no_autonomy_targets new
		{1, []string{"eu_storage_assumed_safe", "unknowns_in_cloud", "mail_us_without_exit"}, []string{"no_autonomy_targets", "exit_never_tested"}},
	}
	for _, tt := range tests {
		s := tr.Steps[tt.step]
		if got := ids(s.Resolved); !slices.Equal(got, tt.resolved) {
			t.Errorf("%s→%s resolved = %v, want %v", s.From, s.To, got, tt.resolved)
		}
		if got := ids(s.New); !slices.Equal(got, tt.new) {
			t.Errorf("%s→%s new = %v, want %v", s.From, s.To, got, tt.new)
		}
	}
	if got := tr.Steps[1].Resolved[1].Questions; !slices.Equal(got, []string{"cloud.critical_eu_share"}) {
		t.Errorf("resolved unknowns_in_cloud covered %v in 2026, want [cloud.critical_eu_share]", got)
	}
}

// TestFindingsMatchedAcrossYears: a theme's don't-know finding is the same
// finding whatever questions it covers (a question leaving or entering its
// list is an answer change, not a finding resolved or new); a rule's
// finding and its if_unknown finding are two findings.
func TestFindingsMatchedAcrossYears(t *testing.T) {
	dk := func(theme string, qs ...string) *scoring.Finding {
		return &scoring.Finding{Source: scoring.FromDontKnow, Theme: theme, Questions: qs}
	}
	rule := func(src scoring.FindingSource, id string, qs ...string) *scoring.Finding {
		return &scoring.Finding{Source: src, Rule: id, Theme: "exit", Questions: qs}
	}
	last := []*scoring.Finding{dk("cloud", "cloud.a"), dk("exit", "exit.a", "exit.b"), rule(scoring.FromRuleUnknown, "plan", "exit.c"), rule(scoring.FromRule, "gone")}
	now := []*scoring.Finding{dk("cloud", "cloud.b", "cloud.c"), dk("ai", "ai.a"), rule(scoring.FromRuleUnknown, "plan", "exit.d"), rule(scoring.FromRule, "plan")}
	key := func(fs []*Finding) string {
		var out []string
		for _, f := range fs {
			out = append(out, string(f.Source)+" "+f.Rule+f.Theme+fmt.Sprint(f.Questions))
		}
		return strings.Join(out, "; ")
	}
	if got, want := key(findingsNotIn(last, now, nil)), "dont_know exit[exit.a exit.b]; rule goneexit[]"; got != want {
		t.Errorf("resolved = %s, want %s", got, want)
	}
	if got, want := key(findingsNotIn(now, last, nil)), "dont_know ai[ai.a]; rule planexit[]"; got != want {
		t.Errorf("new = %s, want %s", got, want)
	}
}

func TestStillWeakAndGone(t *testing.T) {
	tr := loadYears(t)
	var weak []string
	for _, w := range tr.StillWeak {
		weak = append(weak, w.Question)
		if len(w.Answers) != 3 {
			t.Errorf("%s: %d answers, want one per year", w.Question, len(w.Answers))
		}
	}
	for _, id := range []string{"cloud.autonomy_policy", "ai.eu_alternative", "messaging.chat_capture", "europe.production_workload"} {
		if !slices.Contains(weak, id) {
			t.Errorf("still weak %v lacks %s (weakest answer or don't know every year)", weak, id)
		}
	}
	for _, id := range []string{"cloud.register", "cloud.critical_eu_share", "exit.plan_critical", "social.primary_channel"} {
		if slices.Contains(weak, id) {
			t.Errorf("still weak holds %s, which was better than its weakest answer in some year", id)
		}
	}
	if len(tr.Gone) != 1 || tr.Gone[0].Question != "exit.restore_test" {
		t.Fatalf("gone = %+v, want exit.restore_test only (cloud.email_location is carried over, not gone)", tr.Gone)
	}
	var statuses []scoring.Status
	for _, a := range tr.Gone[0].Answers {
		statuses = append(statuses, a.Status)
	}
	if want := []scoring.Status{scoring.Answered, scoring.Answered, Absent}; !slices.Equal(statuses, want) {
		t.Errorf("restore test answers %v, want %v", statuses, want)
	}
}

func TestCompatibility(t *testing.T) {
	tr := loadYears(t)
	tests := []struct {
		label                            string
		asked, answered, throughReplaces int
	}{
		{"2025", 58, 55, 1}, // procurement (new) and two sustainability questions open
		{"2026", 58, 57, 1}, // procurement is new in 2027.1
		{"2027", 58, 58, 0},
	}
	for i, tt := range tests {
		c := tr.Years[i].Compatibility
		if c.Asked != tt.asked || c.Answered != tt.answered || c.ThroughReplaces != tt.throughReplaces {
			t.Errorf("%s compatibility = %+v, want asked %d answered %d through replaces %d", tt.label, c, tt.asked, tt.answered, tt.throughReplaces)
		}
		if want := float64(tt.answered) / float64(tt.asked); c.Share != want {
			t.Errorf("%s share = %v, want %v", tt.label, c.Share, want)
		}
	}
	if got := tr.Years[2].Completeness.CarriedOver; got != 2 {
		t.Errorf("2027 carried over and not confirmed = %d, want 2", got)
	}
}

// TestCarriedForwardAndConfirmedScoresTheSame simulates `survey --from`:
// last year's answers copied into a new year with carried_over set, then
// confirmed one by one without changes. Under the same questionnaire the
// scores must be last year's, before and after confirming, and the
// comparison must show no change at all.
func TestCarriedForwardAndConfirmedScoresTheSame(t *testing.T) {
	for _, tt := range []struct {
		questionnaire, answers string
		survey                 bool // carry forward with assessment.CarryForward, as survey --from does
	}{
		{"questions-2025.1.yaml", "soeverein-GM9947-2026.yaml", false},
		{"questions-2027.1.yaml", "soeverein-GM9947-2027.yaml", false},
		{"questions-2027.1.yaml", "soeverein-GM9947-2025.yaml", false}, // through replaces
		{"questions-2025.1.yaml", "soeverein-GM9947-2026.yaml", true},
		{"questions-2027.1.yaml", "soeverein-GM9947-2026.yaml", true}, // through replaces, a question gone
	} {
		name := tt.answers + " under " + tt.questionnaire
		if tt.survey {
			name += " with CarryForward"
		}
		t.Run(name, func(t *testing.T) {
			q := readQuestionnaire(t, years+tt.questionnaire)
			last := readAnswers(t, years+tt.answers)
			lastCarried, _ := q.Carried(last)
			next := carryForward(last)
			if tt.survey {
				p := assessment.Period{Year: last.Period.Year + 1, ReferenceDate: fmt.Sprintf("%d-11-01", last.Period.Year+1)}
				next = assessment.CarryForward(q, last, last.Municipality, p, last.Respondent)
			}
			before := scoring.Evaluate(q, next)
			nextCarried, _ := q.Carried(next)
			sameScores(t, "carried, not confirmed", scoring.Evaluate(q, lastCarried), scoring.Evaluate(q, nextCarried))
			if len(before.Completeness.CarriedOver) == 0 {
				t.Fatal("no answer counts as carried over before confirming")
			}

			stamp := assessment.Stamp{By: "CISO", At: time.Date(2028, 11, 2, 10, 0, 0, 0, time.UTC)}
			for id := range next.Answers {
				next.Confirm(id, stamp)
			}
			nextCarried, _ = q.Carried(next)
			after := scoring.Evaluate(q, nextCarried)
			sameScores(t, "confirmed", scoring.Evaluate(q, lastCarried), after)
			if n := len(after.Completeness.CarriedOver); n != 0 {
				t.Errorf("%d answers still carried over after confirming all", n)
			}

			tr, err := Compare(q, nil, []Input{{File: "last.yaml", Answers: last}, {File: "next.yaml", Answers: next}})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range append([]*Series{tr.Overall}, tr.Themes...) {
				if c := s.Changes[0]; c.LikeForLike != 0 || c.Better != 0 || c.Worse != 0 || c.NewlyAnswered != 0 {
					t.Errorf("%s: %+v, want no change", s.ID, c)
				}
			}
			for _, a := range tr.Steps[0].Answers {
				if a.Kind != KindGone {
					t.Errorf("answer change %s (%s) between a year and its confirmed copy", a.Question, a.Kind)
				}
			}
		})
	}
}

// carryForward copies last year's answers into the next year's file the
// way the survey's --from does: every answer marked carried over.
func carryForward(last *assessment.Answers) *assessment.Answers {
	next := *last
	next.Period = assessment.Period{Year: last.Period.Year + 1, ReferenceDate: fmt.Sprintf("%d-11-01", last.Period.Year+1)}
	next.Answers = map[string]*assessment.Answer{}
	for id, ans := range last.Answers {
		cp := *ans
		cp.CarriedOver = true
		next.Answers[id] = &cp
	}
	return &next
}

func sameScores(t *testing.T, when string, want, got *scoring.Result) {
	t.Helper()
	if got.Overall.Score != want.Overall.Score || levelOf(got.Overall.Level) != levelOf(want.Overall.Level) {
		t.Errorf("%s: overall %v (level %d), want last year's %v (level %d)", when, got.Overall.Score, levelOf(got.Overall.Level), want.Overall.Score, levelOf(want.Overall.Level))
	}
	for i, th := range want.Themes {
		if g := got.Themes[i]; g.Score != th.Score || levelOf(g.Level) != levelOf(th.Level) {
			t.Errorf("%s: theme %s %v (level %d), want last year's %v (level %d)", when, th.ID, g.Score, levelOf(g.Level), th.Score, levelOf(th.Level))
		}
	}
}

func BenchmarkCompareThreeYears(b *testing.B) {
	q := readQuestionnaire(b, years+"questions-2027.1.yaml")
	old := readQuestionnaire(b, years+"questions-2025.1.yaml")
	in := fixtureInputs(b)
	known := []*assessment.Questionnaire{old}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(q, known, in); err != nil {
			b.Fatal(err)
		}
	}
}
