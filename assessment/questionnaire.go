package assessment

// Text is a user-facing text in every language of the questionnaire, keyed
// by language code ("nl", "en").
type Text map[string]string

// In returns the text in lang, falling back to Dutch and then to any
// language, so that a missing translation never shows an empty line.
func (t Text) In(lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	if s := t[DefaultLanguage]; s != "" {
		return s
	}
	for _, k := range sortedKeys(t) {
		if t[k] != "" {
			return t[k]
		}
	}
	return ""
}

// DefaultLanguage is the language users see unless they ask for another.
const DefaultLanguage = "nl"

// QuestionType is the kind of a question, as the questionnaire's type:
// field spells it. A switch on it names every kind (Single, Multi,
// Number), so that adding a kind shows every place that must learn it
// (go vet's exhaustive-style linters and a reader alike).
type QuestionType string

// The kinds of question.
const (
	Single QuestionType = "single" // one option
	Multi  QuestionType = "multi"  // one or more options
	Number QuestionType = "number" // a value in a range, scored through bands
)

// QuestionTypes lists every kind of question, in the order the
// questionnaire format documents them.
func QuestionTypes() []QuestionType { return []QuestionType{Single, Multi, Number} }

// The answers every question accepts besides its own options.
const (
	DontKnow      = "dont_know"      // scored as the weakest answer and reported as a finding
	NotApplicable = "not_applicable" // left out of the score; only where the question allows it
)

// Multi-choice scoring modes: how the scores of the chosen options combine.
const (
	MultiBest  = "best"
	MultiMean  = "mean"
	MultiWorst = "worst"
)

// Questionnaire is a parsed and validated questionnaire file.
type Questionnaire struct {
	Format           int                `yaml:"format"`
	Kind             string             `yaml:"kind"`
	ID               string             `yaml:"id"`
	Version          string             `yaml:"version"`
	Languages        []string           `yaml:"languages"`
	Title            Text               `yaml:"title"`
	Description      Text               `yaml:"description"`
	Changelog        Text               `yaml:"changelog"`
	Levels           []*Level           `yaml:"levels"`
	SOVObjectives    []*SOVObjective    `yaml:"sov_objectives"`
	CouncilQuestions []*CouncilQuestion `yaml:"council_questions"`
	References       []*Reference       `yaml:"references"`
	Themes           []*Theme           `yaml:"themes"`
	Rules            []*Rule            `yaml:"rules"`
	// LevelAnswered is the share of the weight of a theme's visible
	// questions, in percent, that must be answered ("weet ik niet" counts)
	// before the theme gets a level; the same share overall, and a level
	// for every critical theme, before the assessment gets one. 0 means
	// DefaultLevelAnswered.
	LevelAnswered float64 `yaml:"level_answered"`
	// Texts are the texts the scorer puts into findings and views itself.
	Texts ScorerTexts `yaml:"texts"`
	At    Location    `yaml:"-"`

	// File is the name the questionnaire was parsed from; SHA256 is the hex
	// digest of its bytes, recorded in answers files and reports.
	File   string `yaml:"-"`
	SHA256 string `yaml:"-"`

	questions  []*Question
	byQuestion map[string]*Question
	themeOf    map[string]*Theme
	byTheme    map[string]*Theme
	byRef      map[string]*Reference
	byRule     map[string]*Rule
	byCouncil  map[string]*CouncilQuestion
	bySOV      map[string]*SOVObjective
	order      map[string]int
	replacedBy map[string]*Question
	evolves    bool // some question or option replaces an older one
}

// DefaultLevelAnswered is the share (percent) of the weight that must be
// answered for a level when the questionnaire does not set level_answered.
const DefaultLevelAnswered = 80

// LevelShare returns the share of the weight, 0..1, that must be answered
// for a level.
func (q *Questionnaire) LevelShare() float64 {
	if q.LevelAnswered > 0 {
		return q.LevelAnswered / 100
	}
	return DefaultLevelAnswered / 100.0
}

// ScorerTexts are the texts of findings and notes that the scorer makes
// itself, the same for every question: they live in the questionnaire
// beside the rest of the advice.
type ScorerTexts struct {
	// DontKnowTitle, DontKnowFinding and DontKnowRecommendation are the
	// title, text and advice of a theme's one finding for its questions
	// answered "weet ik niet" that no rule covers, in the one form for one
	// question and the other form for several ({count}, {theme} and, in
	// the one form, {question}: DontKnowParams). The recommendation is also
	// the advice of a rule's if_unknown finding.
	DontKnowTitle          Plural `yaml:"dont_know_title"`
	DontKnowFinding        Plural `yaml:"dont_know_finding"`
	DontKnowRecommendation Plural `yaml:"dont_know_recommendation"`
	// SOVNote says what the indicative SOV view is, and what it is not.
	SOVNote Text     `yaml:"sov_note"`
	At      Location `yaml:"-"`
}

// The parameters of the don't-know texts: the theme's title, and the text
// of the question when there is one.
const (
	ParamTheme    = "theme"
	ParamQuestion = "question"
)

// DontKnowParams are the parameters the don't-know texts may use.
var DontKnowParams = PluralParams{Both: []string{ParamTheme}, OneOnly: []string{ParamQuestion}}

// Level is a maturity band: scores from MinScore up to the next band's
// MinScore get this level.
type Level struct {
	Level       int      `yaml:"level"`
	MinScore    float64  `yaml:"min_score"`
	Name        Text     `yaml:"name"`
	Description Text     `yaml:"description"`
	At          Location `yaml:"-"`
}

// SOVObjective is one objective of the EU Cloud Sovereignty Framework.
type SOVObjective struct {
	ID     string   `yaml:"id"`
	Name   Text     `yaml:"name"`
	Weight float64  `yaml:"weight"`
	At     Location `yaml:"-"`
}

// CouncilQuestion is a question councils keep asking. Its answer, in the
// college's voice, opens with the first lead whose condition holds and then
// says what the answers to its listed questions state, in that order.
//
// A council question without leads and questions (questionnaires before
// 2026.2) is answered from the themes that name it, without answer texts.
type CouncilQuestion struct {
	ID   string `yaml:"id"`
	Text Text   `yaml:"text"`
	// Leads open the answer by answering the question asked; the first
	// whose condition holds is used, and the last has no condition.
	Leads []*CouncilLead `yaml:"leads"`
	// Questions are the questions whose answers the council answer states,
	// in the order it states them.
	Questions []*CouncilSource `yaml:"questions"`
	At        Location         `yaml:"-"`
}

// CouncilLead is a sentence that answers a council question directly,
// chosen by a condition on the answers (the condition language of rules).
type CouncilLead struct {
	When *Condition `yaml:"when"`
	Text Text       `yaml:"text"`
	At   Location   `yaml:"-"`
}

// CouncilSource is a question that answers a council question: what the
// college says for each of its options, and what the answer is about when
// it is "weet ik niet".
type CouncilSource struct {
	Question string `yaml:"question"`
	// Topic names what the question is about, to follow "Wij hebben nog
	// geen volledig beeld van" when it is answered "weet ik niet".
	Topic Text `yaml:"topic"`
	// Statements say, per option id, what the college states when that
	// option is chosen (choice questions).
	Statements map[string]Text `yaml:"statements"`
	// Value is the statement of a number question; {value} stands for the
	// answer.
	Value Text `yaml:"value"`
	// Zero, when given, is said instead of Value for the answer 0 ("voor
	// geen van ..." reads better than "voor 0 procent van ...").
	Zero Text `yaml:"zero"`
	// SilentZero says nothing for the answer 0, where another listed
	// question already says it ("we have no exit plans").
	SilentZero bool     `yaml:"silent_zero"`
	At         Location `yaml:"-"`
}

// ValuePlaceholder stands for the answer in the statement of a number
// question.
const ValuePlaceholder = "{value}"

// Reference is a public source that questions and rules cite.
type Reference struct {
	ID        string   `yaml:"id"`
	Title     string   `yaml:"title"`
	Publisher string   `yaml:"publisher"`
	Date      string   `yaml:"date"`
	URL       string   `yaml:"url"`
	At        Location `yaml:"-"`
}

// Theme groups questions on one subject, such as cloud dependency.
type Theme struct {
	ID               string      `yaml:"id"`
	Title            Text        `yaml:"title"`
	Description      Text        `yaml:"description"`
	Weight           float64     `yaml:"weight"`
	Critical         bool        `yaml:"critical"`
	CouncilQuestions []string    `yaml:"council_questions"`
	Questions        []*Question `yaml:"questions"`
	At               Location    `yaml:"-"`
}

// Question is one question of a theme.
type Question struct {
	ID            string       `yaml:"id"`
	Type          QuestionType `yaml:"type"`
	Weight        float64      `yaml:"weight"`
	Text          Text         `yaml:"text"`
	Help          Text         `yaml:"help"`
	Refs          []string     `yaml:"refs"`
	SOV           []string     `yaml:"sov"`
	NotApplicable bool         `yaml:"not_applicable"`
	// Sensitive marks a question whose answer the public version of the
	// report leaves out (where the back-ups are, which scenarios are not
	// covered): it shows only the theme's score and level.
	Sensitive bool       `yaml:"sensitive"`
	ShowIf    *Condition `yaml:"show_if"`
	// AppliesFrom (YYYY-MM-DD) is the first reference date on which the
	// question is asked; before it, it is hidden and not scored.
	AppliesFrom string    `yaml:"applies_from"`
	Options     []*Option `yaml:"options"`
	MultiScore  string    `yaml:"multi_score"`
	Unit        string    `yaml:"unit"`
	Min         *float64  `yaml:"min"`
	Max         *float64  `yaml:"max"`
	Bands       []*Band   `yaml:"bands"`
	Replaces    []string  `yaml:"replaces"`
	At          Location  `yaml:"-"`
}

// Option is one graded answer to a choice question.
type Option struct {
	ID       string   `yaml:"id"`
	Label    Text     `yaml:"label"`
	Score    float64  `yaml:"score"`
	Replaces []string `yaml:"replaces"`
	// Exclusive options of a multi question (none, not used, ...) exclude
	// every other option: choosing one clears the others.
	Exclusive bool     `yaml:"exclusive"`
	At        Location `yaml:"-"`
}

// Band maps the values of a number question from Min upward to a score.
type Band struct {
	Min   float64  `yaml:"min"`
	Score float64  `yaml:"score"`
	At    Location `yaml:"-"`
}

// Rule is a declarative check on the answers: when its condition holds, it
// adds a finding and a recommendation and may cap a theme's level.
type Rule struct {
	ID             string     `yaml:"id"`
	Title          Text       `yaml:"title"`
	When           *Condition `yaml:"when"`
	Severity       string     `yaml:"severity"`
	Finding        Text       `yaml:"finding"`
	Recommendation Text       `yaml:"recommendation"`
	Effort         string     `yaml:"effort"`
	Refs           []string   `yaml:"refs"`
	Cap            *Cap       `yaml:"cap"`
	// IfUnknown is the rule's own text for when its outcome is unknown
	// because a question it looks at is answered "weet ik niet": written as
	// "we do not know whether ...". Without it such an answer is covered by
	// its theme's one don't-know finding.
	IfUnknown *IfUnknown `yaml:"if_unknown"`
	// AppliesFrom (YYYY-MM-DD) is the first reference date on which the rule
	// is evaluated; before it, it does not apply.
	AppliesFrom string   `yaml:"applies_from"`
	At          Location `yaml:"-"`
}

// IfUnknown is what a rule says when it cannot be decided because of an
// answer "weet ik niet".
type IfUnknown struct {
	Title   Text     `yaml:"title"`
	Finding Text     `yaml:"finding"`
	At      Location `yaml:"-"`
}

// Cap limits a theme's level while a rule fires.
type Cap struct {
	Theme string   `yaml:"theme"`
	Level int      `yaml:"level"`
	At    Location `yaml:"-"`
}

// The severities of a rule's finding, from least to most serious.
const (
	SeverityLow      = "low"
	SeverityMedium   = "medium"
	SeverityHigh     = "high"
	SeverityCritical = "critical"
)

// Severities returns the severities of a rule's finding, from least to
// most serious. It is a new slice on every call.
func Severities() []string {
	return []string{SeverityLow, SeverityMedium, SeverityHigh, SeverityCritical}
}

// The efforts of a recommendation, from least to most work.
const (
	EffortSmall  = "small"
	EffortMedium = "medium"
	EffortLarge  = "large"
)

// Efforts returns the efforts of a recommendation, from least to most
// work. It is a new slice on every call.
func Efforts() []string { return []string{EffortSmall, EffortMedium, EffortLarge} }

// Condition is a condition on answers. Exactly one form is set: All, Any,
// Not, Unknown, or a leaf on Question (with Is, Answered or ScoreBelow) or
// on Theme (with ScoreBelow).
//
// An answer "weet ik niet" makes a leaf on its question unknown, not true
// or false; only Unknown (and Answered) test for it: Unknown holds when one
// of the listed questions is answered "weet ik niet".
type Condition struct {
	All        []*Condition `yaml:"all"`
	Any        []*Condition `yaml:"any"`
	Not        *Condition   `yaml:"not"`
	Unknown    []string     `yaml:"unknown"`
	Question   string       `yaml:"question"`
	Theme      string       `yaml:"theme"`
	Is         []string     `yaml:"is"`
	Answered   *bool        `yaml:"answered"`
	ScoreBelow *float64     `yaml:"score_below"`
	At         Location     `yaml:"-"`
}

// Questions returns every question in file order.
func (q *Questionnaire) Questions() []*Question { return q.questions }

// Question returns the question with id, or nil.
func (q *Questionnaire) Question(id string) *Question { return q.byQuestion[id] }

// Theme returns the theme with id, or nil.
func (q *Questionnaire) Theme(id string) *Theme { return q.byTheme[id] }

// ThemeOf returns the theme a question belongs to, or nil.
func (q *Questionnaire) ThemeOf(questionID string) *Theme { return q.themeOf[questionID] }

// Reference returns the reference with id, or nil.
func (q *Questionnaire) Reference(id string) *Reference { return q.byRef[id] }

// CouncilQuestion returns the council question with id, or nil.
func (q *Questionnaire) CouncilQuestion(id string) *CouncilQuestion { return q.byCouncil[id] }

// SOVObjective returns the objective with id, or nil.
func (q *Questionnaire) SOVObjective(id string) *SOVObjective { return q.bySOV[id] }

// Rule returns the rule with id, or nil.
func (q *Questionnaire) Rule(id string) *Rule { return q.byRule[id] }

// Index returns the position of a question in file order, or -1.
func (q *Questionnaire) Index(questionID string) int {
	if i, ok := q.order[questionID]; ok {
		return i
	}
	return -1
}

// LevelFor returns the level band a score falls in.
func (q *Questionnaire) LevelFor(score float64) *Level {
	var found *Level
	for _, l := range q.Levels {
		if score >= l.MinScore {
			found = l
		}
	}
	if found == nil && len(q.Levels) > 0 {
		found = q.Levels[0]
	}
	return found
}

// Level returns the band with the given level number, or nil.
func (q *Questionnaire) Level(n int) *Level {
	for _, l := range q.Levels {
		if l.Level == n {
			return l
		}
	}
	return nil
}

// Option returns the option with id, or nil.
func (qu *Question) Option(id string) *Option {
	for _, o := range qu.Options {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// IsChoice reports whether the question is answered by choosing options.
func (qu *Question) IsChoice() bool { return qu.Type == Single || qu.Type == Multi }

// OptionIDs lists the ids a condition or answer may name for this question:
// its own options and the built-in answers it accepts.
func (qu *Question) OptionIDs() []string {
	ids := make([]string, 0, len(qu.Options)+2)
	for _, o := range qu.Options {
		ids = append(ids, o.ID)
	}
	ids = append(ids, DontKnow)
	if qu.NotApplicable {
		ids = append(ids, NotApplicable)
	}
	return ids
}

// BandScore returns the score of a value of a number question.
func (qu *Question) BandScore(v float64) float64 {
	score := 0.0
	for _, b := range qu.Bands {
		if v >= b.Min {
			score = b.Score
		}
	}
	return score
}

// ScoreRange returns the weakest (lo) and strongest (hi) scores the
// question can give to a real answer.
func (qu *Question) ScoreRange() (lo, hi float64) {
	var scores []float64
	for _, o := range qu.Options {
		scores = append(scores, o.Score)
	}
	for _, b := range qu.Bands {
		scores = append(scores, b.Score)
	}
	if len(scores) == 0 {
		return 0, 0
	}
	lo, hi = scores[0], scores[0]
	for _, s := range scores[1:] {
		lo, hi = min(lo, s), max(hi, s)
	}
	return lo, hi
}
