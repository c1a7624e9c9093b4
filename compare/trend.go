package compare

import (
	"soeverein/assessment"
	"soeverein/scoring"
)

// Trend is the comparison of the assessments of one municipality over
// several years. Like scoring.Result it is language-independent (texts are
// assessment.Text in every language) and every JSON field is always
// present: lists are [], optional values null.
//
// Scores are 0..100 with one decimal, as scoring rounds them. Changes are
// computed in tenths of a point, so that the parts of a change add up to
// the change exactly.
type Trend struct {
	Municipality string `json:"municipality"` // the name in the newest file
	CBSCode      string `json:"cbs_code"`
	// Questionnaire is the one every year is scored with (like for like).
	Questionnaire scoring.QuestionnaireRef `json:"questionnaire"`
	Levels        []*scoring.LevelRef      `json:"levels"`
	Years         []*Year                  `json:"years"`   // oldest first
	Overall       *Series                  `json:"overall"` // the overall score; ID ""
	Themes        []*Series                `json:"themes"`  // in questionnaire order
	// Steps holds what changed between consecutive years: Steps[i] is from
	// Years[i] to Years[i+1].
	Steps []*Step `json:"steps"`
	// StillWeak lists the questions answered with their weakest option (or
	// "don't know") in every year, in questionnaire order.
	StillWeak []*WeakQuestion `json:"still_weak"`
	// Gone lists the questions answered in some year that the questionnaire
	// no longer has, not even under another id: their answers are kept in
	// the files but not scored.
	Gone []*GoneQuestion `json:"gone"`
}

// Year is one assessment in the comparison.
type Year struct {
	Label         string `json:"label"` // how columns are headed: the year, else the reference date, else the file
	Year          int    `json:"year"`  // 0 when the file does not say
	ReferenceDate string `json:"reference_date"`
	File          string `json:"file"`
	Municipality  string `json:"municipality"`
	// AnsweredAgainst is the questionnaire the file says it was answered
	// against; OwnVersion is that questionnaire when it is known to the tool
	// (null otherwise), matched by MatchedBy: "sha256" (the same bytes),
	// "id_version" (the same id and version, other bytes) or "" (unknown).
	AnsweredAgainst scoring.QuestionnaireRef  `json:"answered_against"`
	OwnVersion      *scoring.QuestionnaireRef `json:"own_version"`
	MatchedBy       string                    `json:"matched_by"`
	// Differs is true when the overall score or level as reported under the
	// own version differs from the score like for like.
	Differs bool `json:"differs"`
	// Completeness is how much is answered like for like (new questions of
	// the current questionnaire count as open); ReportedCompleteness how much
	// was answered of the own version, or null when that is not known.
	Completeness         Completeness  `json:"completeness"`
	ReportedCompleteness *Completeness `json:"reported_completeness"`
	Compatibility        Compatibility `json:"compatibility"`

	// Result is the year scored like for like; Reported the year scored with
	// its own version, or nil when that version is not known.
	Result   *scoring.Result `json:"-"`
	Reported *scoring.Result `json:"-"`
}

// Completeness says how much of a year is answered, like for like.
type Completeness struct {
	Complete bool `json:"complete"`
	Answered int  `json:"answered"`
	Total    int  `json:"total"` // questions asked (not hidden by show_if)
	DontKnow int  `json:"dont_know"`
	// CarriedOver counts answers carried over from the year before and not
	// confirmed: they count in the scores, but nobody has said they still hold.
	CarriedOver int `json:"carried_over"`
}

// Compatibility is how much of the current questionnaire a year's file
// answers: directly, or through the replaces mappings of a newer version.
type Compatibility struct {
	Asked    int `json:"asked"`    // questions of the current questionnaire asked, given the year's answers
	Answered int `json:"answered"` // of which the file answers (also "don't know" and n.v.t.)
	// ThroughReplaces counts the answered ones given to an old question id,
	// or with an old option id, and carried over.
	ThroughReplaces int     `json:"through_replaces"`
	Share           float64 `json:"share"` // Answered / Asked, 0..1 (0 when nothing is asked)
}

// Series is the overall score or one theme's score over the years.
type Series struct {
	ID       string          `json:"id"` // theme id; "" for the overall score
	Title    assessment.Text `json:"title"`
	Critical bool            `json:"critical"`
	Points   []*Point        `json:"points"`  // one per year, oldest first
	Changes  []*Change       `json:"changes"` // one per step
}

// Point is a score in one year.
type Point struct {
	Scored bool    `json:"scored"` // false when nothing counted; Score and Level are then 0
	Score  float64 `json:"score"`
	Level  int     `json:"level"` // the final level (after caps and the weakest link); 0 while too little is answered for one
	// Reported is the score as reported under the year's own questionnaire
	// version, or null when that version is not known (or has no such theme).
	Reported *Reported `json:"reported"`
}

// Reported is a score under a year's own questionnaire version.
type Reported struct {
	Scored  bool    `json:"scored"`
	Score   float64 `json:"score"`
	Level   int     `json:"level"`
	Differs bool    `json:"differs"` // score or level differs from like for like
}

// Change is the change of a score from one year to the next, split into
// its causes. Better + Worse + NewlyAnswered + Questionnaire = Total,
// exactly (in tenths of a point); Better + Worse + NewlyAnswered =
// LikeForLike.
type Change struct {
	// Comparable is false when the score is missing in either year (like for
	// like); every number is then 0.
	Comparable bool `json:"comparable"`
	// Total is the change as reported: from the score under the older year's
	// own version to that under the newer year's own version. When either
	// version is unknown it is the change like for like.
	Total       float64 `json:"total"`
	LikeForLike float64 `json:"like_for_like"`
	Better      float64 `json:"answers_better"` // answers changed in a way that raised the score (>= 0)
	Worse       float64 `json:"answers_worse"`  // answers changed in a way that lowered it (<= 0)
	// NewlyAnswered is the effect of questions answered now that were
	// unanswered or "don't know" before.
	NewlyAnswered float64 `json:"newly_answered"`
	// Questionnaire is the effect of the change of questionnaire: the
	// difference between reported and like for like in the newer year minus
	// that in the older year. 0 when QuestionnaireKnown is false.
	Questionnaire      float64 `json:"questionnaire"`
	QuestionnaireKnown bool    `json:"questionnaire_known"`
}

// Step is what changed from one year to the next.
type Step struct {
	From string `json:"from"` // year labels
	To   string `json:"to"`
	// Answers lists the answers that changed, in questionnaire order;
	// answers to questions that no longer exist come last.
	Answers  []*AnswerChange `json:"answers"`
	Resolved []*Finding      `json:"findings_resolved"` // findings of From that To no longer has
	New      []*Finding      `json:"findings_new"`      // findings of To that From did not have
}

// The kinds of answer change.
const (
	KindBetter        = "better"         // the question scores higher
	KindWorse         = "worse"          // the question scores lower (also: a real answer became "don't know")
	KindNewlyAnswered = "newly_answered" // unanswered or "don't know" before, a real answer (or n.v.t.) now
	KindChanged       = "changed"        // another answer with the same score, or one that does not count
	KindGone          = "question_gone"  // the question no longer exists: kept in the files, not scored
)

// AnswerChange is one question whose answer changed between two years.
type AnswerChange struct {
	Question string          `json:"question"`
	Theme    string          `json:"theme"` // "" for a question that no longer exists
	Text     assessment.Text `json:"text"`  // {} when the question no longer exists and its text is not known
	Kind     string          `json:"kind"`
	// Effect is what this change did to its theme's score when the answers
	// are replayed one at a time in questionnaire order (like for like).
	Effect float64 `json:"effect"`
	Old    *Answer `json:"old"`
	New    *Answer `json:"new"`
}

// Answer is an answer as the comparison shows it.
type Answer struct {
	// Status is a scoring.Status (answered, dont_know, not_applicable,
	// unanswered, hidden, invalid), or "absent" for a question that no
	// longer exists and was not answered that year.
	Status   scoring.Status            `json:"status"`
	Selected []*scoring.SelectedOption `json:"selected"` // labels {} when not known
	Value    *float64                  `json:"value"`
	Unit     string                    `json:"unit"`
	Score    float64                   `json:"score"` // meaningful when the status counts
	Note     string                    `json:"note"`
	// CarriedFrom is the old question id the answer was given to, when it
	// was carried over through a replaces mapping; Lost lists old options
	// that have no counterpart in the question now.
	CarriedFrom string   `json:"carried_from"`
	Lost        []string `json:"lost"`
	CarriedOver bool     `json:"carried_over"` // taken over from the year before, not confirmed
}

// Absent is the status of an answer that is not in the file, to a question
// that no longer exists.
const Absent scoring.Status = "absent"

// Finding names a finding for the lists of resolved and new findings.
type Finding struct {
	Source scoring.FindingSource `json:"source"`
	Rule   string                `json:"rule"`
	// Questions are the questions answered "don't know" that the finding
	// covers in its year (scoring.Finding.Questions).
	Questions []string         `json:"questions"`
	Theme     string           `json:"theme"`
	Severity  scoring.Severity `json:"severity"`
	Title     assessment.Text  `json:"title"`
}

// WeakQuestion is a question answered at its weakest in every year.
type WeakQuestion struct {
	Question string          `json:"question"`
	Theme    string          `json:"theme"`
	Text     assessment.Text `json:"text"`
	Answers  []*Answer       `json:"answers"` // one per year
}

// GoneQuestion is a question some year answered that the questionnaire no
// longer has.
type GoneQuestion struct {
	Question string          `json:"question"`
	Text     assessment.Text `json:"text"`    // from the newest known version that has it, or {}
	Answers  []*Answer       `json:"answers"` // one per year; status absent where not answered
}
