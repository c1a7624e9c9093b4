package scoring

import "soeverein/assessment"

// Result is the outcome of scoring one answers file against one
// questionnaire. It is self-contained and language-independent: every text a
// reader sees is an assessment.Text with all languages of the questionnaire,
// so that a report can render it in nl or en without the questionnaire.
//
// Scores are 0..100, rounded to one decimal; levels are computed from the
// rounded scores, so a printed score and its level always agree. Slices are
// never nil after Evaluate (they encode as [] in JSON), and every field is
// always present in JSON: optional values are null, not left out.
type Result struct {
	Subject          Subject            `json:"subject"`
	Overall          Overall            `json:"overall"`
	Completeness     Completeness       `json:"completeness"`
	Levels           []*LevelRef        `json:"levels"`            // the maturity bands, lowest first
	Themes           []*ThemeResult     `json:"themes"`            // in questionnaire order
	Rules            []*RuleResult      `json:"rules"`             // every rule, in questionnaire order
	Findings         []*Finding         `json:"findings"`          // sorted: see SortFindings
	SOV              SOVView            `json:"sov"`               // indicative EU Cloud Sovereignty Framework view
	CouncilQuestions []*CouncilQuestion `json:"council_questions"` // the council questions the report answers
	References       []*Reference       `json:"references"`        // every reference of the questionnaire, in its order
}

// Subject says whose assessment this is, when, and against which
// questionnaire it was scored.
type Subject struct {
	Municipality  string     `json:"municipality"`   // "Gemeente Voorbeeldstad"
	CBSCode       string     `json:"cbs_code"`       // "GM9991"
	ReferenceDate string     `json:"reference_date"` // peildatum, YYYY-MM-DD, or ""
	Year          int        `json:"year"`           // the year the assessment covers, or 0
	Respondent    Respondent `json:"respondent"`
	// Assigned are the people the themes are assigned to (soeverein assign),
	// for the roles beside the answered_by names. Names of staff: a public
	// version of a report leaves them out.
	Assigned []Respondent `json:"assigned,omitempty"`
	// Questionnaire is the questionnaire the answers were scored with.
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	// AnsweredAgainst is the questionnaire the answers file says it was
	// answered against; VersionMismatch is true when it differs from
	// Questionnaire (other id, version or digest): only what still matches is
	// scored.
	AnsweredAgainst QuestionnaireRef `json:"answered_against"`
	VersionMismatch bool             `json:"version_mismatch"`
}

// Respondent is who filled in the assessment (often a role, not a name).
type Respondent struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// QuestionnaireRef identifies a questionnaire down to the digest of its bytes.
// Title is empty in AnsweredAgainst (the answers file does not hold it).
type QuestionnaireRef struct {
	ID      string          `json:"id"`
	Version string          `json:"version"`
	SHA256  string          `json:"sha256"`
	Title   assessment.Text `json:"title"`
}

// LevelRef is a maturity band of the questionnaire.
type LevelRef struct {
	Level       int             `json:"level"`     // 1 is the lowest
	MinScore    float64         `json:"min_score"` // a score >= MinScore (and below the next band) gets this level
	Name        assessment.Text `json:"name"`
	Description assessment.Text `json:"description"`
}

// Overall is the score and level of the whole assessment.
type Overall struct {
	// Score is the weighted mean of the scores of the scored themes (theme
	// weights). In an incomplete assessment it is the score over what was
	// answered: see Completeness.
	Score  float64 `json:"score"`
	Scored bool    `json:"scored"` // false when no theme could be scored; Score is then 0 and the levels null
	// ScoreLevel is the band Score falls in; Level is the final level: never
	// above the level of any scored critical theme (weakest link).
	ScoreLevel *LevelRef `json:"score_level"`
	Level      *LevelRef `json:"level"`
	// AnsweredShare is the answered share (0..1) of the visible weight: the
	// mean of the themes' shares, weighted with the theme weights.
	AnsweredShare float64 `json:"answered_share"`
	// NoLevel says why Level (and ScoreLevel) are null, or is null: too few
	// answers overall, or a critical theme without a level.
	NoLevel *NoLevel `json:"no_level"`
	// Capped is true when Level is below ScoreLevel; CappedBy lists the
	// critical themes whose (final) level set it, in questionnaire order.
	Capped   bool     `json:"capped"`
	CappedBy []string `json:"capped_by"`
}

// Completeness says how much of the assessment was answered. A question
// counts as answered when it has an answer that fits it, including "don't
// know" and "not applicable". Only visible questions (show_if) count.
type Completeness struct {
	Complete      bool     `json:"complete"`       // every visible question is answered
	Answered      int      `json:"answered"`       // visible questions answered
	Total         int      `json:"total"`          // visible questions
	DontKnow      int      `json:"dont_know"`      // answered "don't know"
	NotApplicable int      `json:"not_applicable"` // answered "not applicable"
	Missing       []string `json:"missing"`        // visible questions not answered (also invalid ones), in questionnaire order
	Invalid       []string `json:"invalid"`        // of Missing: those whose answer does not fit the question
	Review        []string `json:"review"`         // questions the respondent marked for review
	CarriedOver   []string `json:"carried_over"`   // answers carried over from last year and not yet confirmed
	// Ignored lists answers to questions this questionnaire does not have
	// (answered against another version): kept in the file, not scored.
	Ignored []string `json:"ignored"`
}

// ThemeResult is the score of one theme and how it came about.
type ThemeResult struct {
	ID       string          `json:"id"`
	Title    assessment.Text `json:"title"`
	Weight   float64         `json:"weight"`   // relative weight in the overall score
	Critical bool            `json:"critical"` // the overall level is never above this theme's level
	// Score is the weighted mean of the scores of its counted questions
	// (answered or "don't know"); caps never change a score, only a level.
	Score  float64 `json:"score"`
	Scored bool    `json:"scored"` // false when no question counted (all hidden, n.v.t. or unanswered); levels are then null
	// ScoreLevel is the band Score falls in; Level is that band lowered by the
	// caps of the rules that are met.
	ScoreLevel *LevelRef `json:"score_level"`
	Level      *LevelRef `json:"level"`
	// AnsweredShare is the share (0..1) of the weight of the visible
	// questions that is answered ("don't know" and n.v.t. count); the theme
	// gets a level only from the questionnaire's level_answered share on.
	AnsweredShare float64 `json:"answered_share"`
	// NoLevel says why Level is null while questions are still open, or is
	// null.
	NoLevel          *NoLevel          `json:"no_level"`
	Caps             []*AppliedCap     `json:"caps"`     // caps of met rules on this theme, in rule order
	Answered         int               `json:"answered"` // visible questions answered (incl. don't know and n.v.t.)
	Total            int               `json:"total"`    // visible questions
	DontKnow         int               `json:"dont_know"`
	CouncilQuestions []string          `json:"council_questions"` // ids of council questions this theme helps answer
	Questions        []*QuestionResult `json:"questions"`         // every question of the theme, in order, hidden ones too
	Explanation      []*Contribution   `json:"explanation"`       // counted questions by points lost, most first
}

// NoLevelReason says why a score has no level. It is one of the constants
// below.
type NoLevelReason string

// The reasons for a missing level.
const (
	// TooFewAnswered: less than the needed share of the weight is answered.
	TooFewAnswered NoLevelReason = "too_few_answered"
	// CriticalThemeWithoutLevel: the overall level needs a level for every
	// critical theme (weakest link), and one has none yet.
	CriticalThemeWithoutLevel NoLevelReason = "critical_theme_without_level"
)

// NoLevel explains a level that is null: "nog geen niveau: te weinig
// beantwoord (Answered van Total)".
type NoLevel struct {
	Reason   NoLevelReason `json:"reason"`
	Answered int           `json:"answered"` // visible questions answered
	Total    int           `json:"total"`    // visible questions
	Share    float64       `json:"share"`    // answered share of the weight, 0..1
	Needed   float64       `json:"needed"`   // share needed for a level, 0..1
	// Themes are the critical themes without a level (for
	// critical_theme_without_level), in questionnaire order.
	Themes []string `json:"themes"`
}

// AppliedCap is a cap on a theme's level by a rule that is met.
type AppliedCap struct {
	Rule  string `json:"rule"`  // rule id
	Level int    `json:"level"` // the level the theme is held at, at most
	// Effective is true when this cap lowered the level (the score band was
	// above it and no other cap was lower or earlier with the same level).
	Effective bool `json:"effective"`
}

// Status is what became of a question's answer. It is one of the constants
// below.
type Status string

// The statuses of a question.
const (
	Answered      Status = "answered"       // a real option or value; counted
	DontKnow      Status = "dont_know"      // "don't know": counted as the weakest answer (0) and a finding
	NotApplicable Status = "not_applicable" // "n.v.t.": left out of the score
	Unanswered    Status = "unanswered"     // visible but no answer: the assessment is incomplete
	Hidden        Status = "hidden"         // not asked (show_if false): left out
	Invalid       Status = "invalid"        // an answer that does not fit the question: treated as unanswered
)

// Counted reports whether a question with this status counts in its theme score.
func (s Status) Counted() bool { return s == Answered || s == DontKnow }

// QuestionResult is one question with its answer and what it did to the
// theme score.
type QuestionResult struct {
	ID     string                  `json:"id"`
	Text   assessment.Text         `json:"text"`
	Type   assessment.QuestionType `json:"type"`   // single, multi or number
	Weight float64                 `json:"weight"` // relative weight within the theme
	Status Status                  `json:"status"`
	// Selected holds the chosen options (single: one; multi: one or more)
	// when Status is answered; Value and Unit the value of a number question.
	Selected []*SelectedOption `json:"selected"`
	Value    *float64          `json:"value"`
	Unit     string            `json:"unit"`
	// Score is the question's score (0 for "don't know"); meaningful when
	// Status.Counted(). MaxScore is the best score an answer can give.
	Score    float64 `json:"score"`
	MaxScore float64 `json:"max_score"`
	// Contribution is what this question adds to the theme score (its share
	// of the weight times its score); PointsLost is what it costs the theme
	// score against a perfect 100. Over the counted questions of a theme,
	// contributions add up to the theme score and contributions plus points
	// lost to 100 (up to rounding). Both are 0 for questions not counted.
	Contribution  float64  `json:"contribution"`
	PointsLost    float64  `json:"points_lost"`
	Note          string   `json:"note"`
	CouncilText   string   `json:"council_text"` // the respondent's public text for the council answer
	Evidence      []string `json:"evidence"`
	EvidenceLevel string   `json:"evidence_level"` // self_declared, documented, audited or ""
	AnsweredBy    string   `json:"answered_by"`
	AnsweredAt    string   `json:"answered_at"`
	Review        bool     `json:"review"`       // marked for review by the respondent
	CarriedOver   bool     `json:"carried_over"` // carried over from last year, not yet confirmed
	Refs          []string `json:"refs"`         // reference ids
	SOV           []string `json:"sov"`          // SOV objective ids
}

// SelectedOption is a chosen option of a choice question.
type SelectedOption struct {
	ID    string          `json:"id"`
	Label assessment.Text `json:"label"`
	Score float64         `json:"score"`
}

// Contribution is one line of a theme's explanation: a counted question and
// what it did to the theme score.
type Contribution struct {
	Question     string  `json:"question"`
	Status       Status  `json:"status"` // answered or dont_know
	Score        float64 `json:"score"`
	Share        float64 `json:"share"` // fraction of the theme's counted weight, 0..1
	Contribution float64 `json:"contribution"`
	PointsLost   float64 `json:"points_lost"`
}

// Outcome is the result of evaluating a rule. It is one of the constants
// below.
type Outcome string

// The outcomes of a rule (three-valued logic plus "does not apply").
const (
	Met               Outcome = "met"            // the condition holds: finding, and cap if any
	NotMet            Outcome = "not_met"        // the condition does not hold
	RuleNotApplicable Outcome = "not_applicable" // everything the rule looks at is n.v.t. or hidden
	Unknown           Outcome = "unknown"        // depends on questions not (validly) answered
)

// Severity is how serious a finding is. It is one of the constants below.
type Severity string

// The severities, from least to most serious.
const (
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

// Effort is how much work a recommendation takes. It is one of the
// constants below.
type Effort string

// The efforts, from least to most work.
const (
	Small      Effort = "small"
	MediumWork Effort = "medium"
	Large      Effort = "large"
)

// RuleResult is the outcome of one rule of the questionnaire.
type RuleResult struct {
	ID       string          `json:"id"`
	Title    assessment.Text `json:"title"`
	Outcome  Outcome         `json:"outcome"`
	Severity Severity        `json:"severity"`
	Theme    string          `json:"theme"` // the theme it belongs to: its cap's theme, else that of the first question or theme it names
	// Cap is the level the rule holds its theme at while met, or null.
	Cap *CapRef `json:"cap"`
	// Questions and Themes are what the rule's condition looks at, in
	// questionnaire order.
	Questions []string `json:"questions"`
	Themes    []string `json:"themes"`
}

// CapRef is a rule's cap: while the rule is met, Theme's level is at most Level.
type CapRef struct {
	Theme string `json:"theme"`
	Level int    `json:"level"`
}

// FindingSource says where a finding comes from.
type FindingSource string

// The sources of findings.
const (
	FromRule FindingSource = "rule" // a rule that is met
	// FromDontKnow is a theme's one finding for its questions answered
	// "don't know" that no rule covers.
	FromDontKnow FindingSource = "dont_know"
	// FromRuleUnknown is a rule left undecided by an answer "don't know",
	// with the rule's if_unknown text: what is not known.
	FromRuleUnknown FindingSource = "rule_unknown"
)

// Finding is something the municipality should know or act on: a rule that
// is met, a rule that "don't know" answers leave undecided, or a theme's
// questions answered "don't know".
type Finding struct {
	Source   FindingSource `json:"source"`
	Severity Severity      `json:"severity"`
	Theme    string        `json:"theme"` // theme id
	// Questions are the questions answered "don't know" that this finding
	// covers, in questionnaire order: for dont_know every such question of
	// the theme that no rule covers; for rule_unknown those the rule leaves
	// undecided; for rule those its condition tests for not knowing. Every
	// "don't know" answer is in exactly one finding's Questions.
	Questions []string        `json:"questions"`
	Rule      string          `json:"rule"` // rule id for a rule or rule_unknown finding, else ""
	Title     assessment.Text `json:"title"`
	Text      assessment.Text `json:"text"` // what is wrong, in plain words
	// Recommendation is what to do about it, with the effort it takes.
	Recommendation Recommendation `json:"recommendation"`
	Refs           []string       `json:"refs"` // reference ids
	// Cap is the rule's cap when the finding holds a theme's level down, or null.
	Cap *CapRef `json:"cap"`
}

// Recommendation is advice with the work it takes.
type Recommendation struct {
	Text   assessment.Text `json:"text"`
	Effort Effort          `json:"effort"`
}

// SOVView maps the answers onto the eight objectives of the EU Cloud
// Sovereignty Framework. It is indicative only: the framework rates cloud
// services, not the municipalities that buy them; Note says so in every
// language.
type SOVView struct {
	Indicative bool            `json:"indicative"` // always true
	Note       assessment.Text `json:"note"`
	// Score is the mean of the scored objectives' scores weighted with the
	// framework's objective weights.
	Score      float64      `json:"score"`
	Scored     bool         `json:"scored"`
	Objectives []*SOVResult `json:"objectives"` // in questionnaire order (SOV-1..SOV-8)
}

// SOVResult is the indicative score of one objective: the weighted mean
// (question weights) of the counted questions mapped to it.
type SOVResult struct {
	ID        string          `json:"id"`
	Name      assessment.Text `json:"name"`
	Weight    float64         `json:"weight"` // the framework's weight in percent
	Score     float64         `json:"score"`
	Scored    bool            `json:"scored"` // false when no mapped question counted
	Counted   int             `json:"counted"`
	Total     int             `json:"total"`     // visible questions mapped to it
	Questions []string        `json:"questions"` // every question mapped to it, in questionnaire order
}

// CouncilQuestion is a recurring council question the report answers from
// the themes that name it.
type CouncilQuestion struct {
	ID        string          `json:"id"`
	Text      assessment.Text `json:"text"`
	Themes    []string        `json:"themes"`    // themes that help answer it, in order
	Questions []string        `json:"questions"` // questions whose answers its answer states, in order
	// Lead is the index of the lead sentence whose condition holds first
	// (the last lead has none), or -1 when the questionnaire gives no leads.
	Lead int `json:"lead"`
}

// Reference is a public source cited by questions, rules and findings.
type Reference struct {
	ID        string `json:"id"`
	Title     string `json:"title"` // in the document's own language
	Publisher string `json:"publisher"`
	Date      string `json:"date"` // YYYY, YYYY-MM or YYYY-MM-DD
	URL       string `json:"url"`
}

// Theme returns the theme result with id, or nil.
func (r *Result) Theme(id string) *ThemeResult {
	for _, t := range r.Themes {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Question returns the question result with id, or nil.
func (r *Result) Question(id string) *QuestionResult {
	for _, t := range r.Themes {
		for _, q := range t.Questions {
			if q.ID == id {
				return q
			}
		}
	}
	return nil
}

// Reference returns the reference with id, or nil.
func (r *Result) Reference(id string) *Reference {
	for _, ref := range r.References {
		if ref.ID == id {
			return ref
		}
	}
	return nil
}
