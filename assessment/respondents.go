package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"soeverein/texts"
)

// One person rarely knows every answer. A coordinator assigns themes (or
// single questions) to colleagues, splits the answers file into one part
// per person, and merges the parts back: all on plain files, shared by
// mail or a network folder. Everything here is pure: the caller reads and
// writes the files and passes the clock.

// Assignment says which person answers which themes, and which single
// questions beside them. A single question assigned to someone goes to
// them even when its theme is assigned to someone else.
type Assignment struct {
	Name      string   `yaml:"name"`
	Role      string   `yaml:"role"`
	Themes    []string `yaml:"themes"`
	Questions []string `yaml:"questions"`
	// Done and MergedAt are recorded by Merge from the person's part.
	Done     bool   `yaml:"done"`
	MergedAt string `yaml:"merged_at"`
	Extra    Extra
	At       Location `yaml:"-"`
}

// Part marks an answers file as one person's part of a main file, made by
// Split. Questions is the part's scope; Base holds, per question of the
// scope that had an answer at the split, a digest of that answer, so that
// Merge can tell who changed what since.
type Part struct {
	Main      string            `yaml:"main"` // the main file's name
	Name      string            `yaml:"name"`
	Role      string            `yaml:"role"`
	Themes    []string          `yaml:"themes"`
	Questions []string          `yaml:"questions"`
	SplitAt   string            `yaml:"split_at"`
	Base      map[string]string `yaml:"base"`
	Done      bool              `yaml:"done"`
	DoneAt    string            `yaml:"done_at"`
	Extra     Extra
	At        Location `yaml:"-"`
}

// InScope reports whether a question belongs to the part.
func (p *Part) InScope(id string) bool { return p != nil && slices.Contains(p.Questions, id) }

// Superseded is an answer that another answer replaced in a merge, with its
// author and time, and the file it came from.
type Superseded struct {
	Choice        string   `yaml:"choice"`
	Choices       []string `yaml:"choices"`
	Value         *float64 `yaml:"value"`
	Note          string   `yaml:"note"`
	CouncilText   string   `yaml:"council_text"`
	Evidence      []string `yaml:"evidence"`
	EvidenceLevel string   `yaml:"evidence_level"`
	AnsweredAt    string   `yaml:"answered_at"`
	AnsweredBy    string   `yaml:"answered_by"`
	From          string   `yaml:"from"` // the file the answer stood in
	Extra         Extra
	At            Location `yaml:"-"`
}

// HasContent reports whether an answer holds anything a person wrote: an
// option, a value, a note, a council text or evidence.
func (a *Answer) HasContent() bool {
	return a.HasAnswer() || a != nil && (a.Note != "" || a.CouncilText != "" || len(a.Evidence) > 0 || a.EvidenceLevel != "")
}

// content is what a person wrote in an answer, as one comparable string;
// who and when are left out, and so is the order of multiple choices.
func content(choice string, choices []string, value *float64, note string, evidence []string, level, councilText string) string {
	var b strings.Builder
	b.WriteString(choice)
	b.WriteByte(0)
	sorted := slices.Clone(choices)
	slices.Sort(sorted)
	b.WriteString(strings.Join(sorted, "\x01"))
	b.WriteByte(0)
	if value != nil {
		b.WriteString(strconv.FormatFloat(*value, 'g', -1, 64))
	}
	b.WriteByte(0)
	b.WriteString(note)
	b.WriteByte(0)
	b.WriteString(strings.Join(evidence, "\x01"))
	b.WriteByte(0)
	b.WriteString(level)
	if councilText != "" {
		// Only when given, so that the digests of answers without one stay
		// what they were before council texts existed.
		b.WriteByte(0)
		b.WriteString(councilText)
	}
	return b.String()
}

func (a *Answer) content() string {
	if !a.HasContent() {
		return ""
	}
	return content(a.Choice, a.Choices, a.Value, a.Note, a.Evidence, a.EvidenceLevel, a.CouncilText)
}

func (s *Superseded) content() string {
	return content(s.Choice, s.Choices, s.Value, s.Note, s.Evidence, s.EvidenceLevel, s.CouncilText)
}

// Digest is a short fingerprint of what a person wrote in an answer ("" for
// an answer without content), as Split records it in a part's base.
func (a *Answer) Digest() string {
	c := a.content()
	if c == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(c))
	return hex.EncodeToString(sum[:8])
}

// SameContent reports whether two answers say the same thing, whoever gave
// them and whenever.
func SameContent(a, b *Answer) bool { return a.content() == b.content() }

// supersede turns an answer into a superseded entry.
func (a *Answer) supersede(from string) *Superseded {
	c := a.clone()
	return &Superseded{
		Choice: c.Choice, Choices: c.Choices, Value: c.Value, Note: c.Note, CouncilText: c.CouncilText,
		Evidence: c.Evidence, EvidenceLevel: c.EvidenceLevel,
		AnsweredAt: c.AnsweredAt, AnsweredBy: c.AnsweredBy, From: from,
	}
}

// Assign records that a person answers the given themes and single
// questions. A theme or question has one person: assigning it takes it away
// from whoever had it. Giving the same person again updates the role (when
// given) and adds to what they answer. Unknown theme or question ids are
// refused.
func (a *Answers) Assign(q *Questionnaire, name, role string, ids []string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("give the name of the person who answers")
	}
	var themes, questions []string
	for _, id := range ids {
		switch {
		case q.Theme(id) != nil:
			themes = append(themes, id)
		case q.Question(id) != nil:
			questions = append(questions, id)
		default:
			return &UnknownThemeError{ID: id, Themes: themeIDs(q)}
		}
	}
	for _, as := range a.Assignments {
		if as.Name == name {
			continue
		}
		as.Themes = slices.DeleteFunc(as.Themes, func(t string) bool { return slices.Contains(themes, t) })
		as.Questions = slices.DeleteFunc(as.Questions, func(t string) bool { return slices.Contains(questions, t) })
	}
	as := a.Assignee(name)
	if as == nil {
		as = &Assignment{Name: name}
		a.Assignments = append(a.Assignments, as)
	}
	if role != "" {
		as.Role = role
	}
	as.Themes = q.sortThemes(append(as.Themes, themes...))
	as.Questions = q.sortQuestions(append(as.Questions, questions...))
	a.Assignments = slices.DeleteFunc(a.Assignments, func(x *Assignment) bool {
		return len(x.Themes) == 0 && len(x.Questions) == 0
	})
	return nil
}

// UnknownThemeError is an id given to Assign that is neither a theme nor a
// question of the questionnaire.
type UnknownThemeError struct {
	ID     string
	Themes []string
}

func (e *UnknownThemeError) Error() string {
	return fmt.Sprintf("%q is not a theme or question of the questionnaire (themes: %s)", e.ID, strings.Join(e.Themes, ", "))
}

func themeIDs(q *Questionnaire) []string {
	ids := make([]string, 0, len(q.Themes))
	for _, t := range q.Themes {
		ids = append(ids, t.ID)
	}
	return ids
}

// Assignee returns the assignment of the named person, or nil.
func (a *Answers) Assignee(name string) *Assignment {
	for _, as := range a.Assignments {
		if as.Name == name {
			return as
		}
	}
	return nil
}

// Owner returns who answers a question: the person it is assigned to
// singly, else the person its theme is assigned to, else nil.
func (a *Answers) Owner(q *Questionnaire, id string) *Assignment {
	for _, as := range a.Assignments {
		if slices.Contains(as.Questions, id) {
			return as
		}
	}
	if t := q.ThemeOf(id); t != nil {
		for _, as := range a.Assignments {
			if slices.Contains(as.Themes, t.ID) {
				return as
			}
		}
	}
	return nil
}

// Scope returns the questions a person answers, in questionnaire order.
func (a *Answers) Scope(q *Questionnaire, as *Assignment) []string {
	var ids []string
	for _, qu := range q.questions {
		if a.Owner(q, qu.ID) == as {
			ids = append(ids, qu.ID)
		}
	}
	return ids
}

func (q *Questionnaire) sortThemes(ids []string) []string {
	var out []string
	for _, t := range q.Themes {
		if slices.Contains(ids, t.ID) {
			out = append(out, t.ID)
		}
	}
	return out
}

func (q *Questionnaire) sortQuestions(ids []string) []string {
	var out []string
	for _, qu := range q.questions {
		if slices.Contains(ids, qu.ID) {
			out = append(out, qu.ID)
		}
	}
	return out
}

// Split makes one part per assigned person: the same municipality, period
// and questionnaire (with its digest), the person as respondent, the
// questions they answer with the answers already given there, the
// assignments (so a part can show who answers the rest) and the name of the
// main file. The main file is not changed.
func Split(q *Questionnaire, main *Answers, mainName string, now time.Time) ([]*Answers, error) {
	if len(main.Assignments) == 0 {
		return nil, fmt.Errorf("no themes are assigned yet: assign them first with soeverein assign")
	}
	if main.Part != nil {
		return nil, fmt.Errorf("this is already a part (of %s): split the main file", main.Part.Main)
	}
	var parts []*Answers
	for _, as := range main.Assignments {
		scope := main.Scope(q, as)
		if len(scope) == 0 {
			continue
		}
		p := NewAnswers(q, main.Municipality, main.Period, Respondent{Name: as.Name, Role: as.Role})
		p.Questionnaire = main.Questionnaire
		p.Questionnaire.Extra, p.Questionnaire.At = nil, Location{}
		p.Municipality.At, p.Period.At = Location{}, Location{}
		for _, x := range main.Assignments {
			cp := *x
			cp.Themes, cp.Questions, cp.Extra, cp.At = slices.Clone(x.Themes), slices.Clone(x.Questions), nil, Location{}
			p.Assignments = append(p.Assignments, &cp)
		}
		p.Part = &Part{
			Main: mainName, Name: as.Name, Role: as.Role,
			Themes: slices.Clone(as.Themes), Questions: scope,
			SplitAt: now.Format(stampFmt), Base: map[string]string{},
		}
		for _, id := range scope {
			ans := main.Answers[id]
			if ans == nil {
				continue
			}
			p.Answers[id] = ans.clone()
			if d := ans.Digest(); d != "" {
				p.Part.Base[id] = d
			}
		}
		parts = append(parts, p)
	}
	return parts, nil
}

// MarkDone marks a part as done (or not) at the given time.
func (a *Answers) MarkDone(done bool, now time.Time) {
	if a.Part == nil {
		return
	}
	a.Part.Done = done
	a.Part.DoneAt = ""
	if done {
		a.Part.DoneAt = now.Format(stampFmt)
	}
}

// checkAssignments warns about assignments and a part's questions that the
// questionnaire does not have: they are kept, but nobody is asked them.
func (q *Questionnaire) checkAssignments(r *reporter, a *Answers) {
	for i, as := range a.Assignments {
		for k, id := range as.Themes {
			if q.Theme(id) == nil {
				r.warning(as.At.Of(fmt.Sprintf("themes[%d]", k)), CodeUnknownTheme, texts.ProblemUnknownThemeAssignment, texts.Int("index", i), texts.A("name", as.Name), texts.A("id", quoted(id)), texts.A("known", strings.Join(themeIDs(q), ", ")))
			}
		}
		for k, id := range as.Questions {
			if q.Question(id) == nil {
				r.warning(as.At.Of(fmt.Sprintf("questions[%d]", k)), CodeUnknownQuestion, texts.ProblemUnknownQuestionAssignment, texts.Int("index", i), texts.A("name", as.Name), texts.A("id", quoted(id)))
			}
		}
	}
}

// LockHolder returns who has an answers file (or a part) open in a survey,
// and false when nobody does.
func LockHolder(path string) (LockInfo, bool) {
	data, err := os.ReadFile(LockPath(path))
	if err != nil {
		return LockInfo{}, false
	}
	return decodeLockInfo(data), true
}
