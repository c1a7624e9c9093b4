package assessment

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Merge brings parts back into the main file. Per question of a part's
// scope it takes the part's answer when the main file's answer is still the
// one given at the split; when both changed it is a conflict, which is never
// decided silently: it is decided by a resolution of its own or the policy,
// or returned unresolved (and then the result must not be saved). The
// answer not chosen is kept under the chosen one as superseded, with its
// author and time, so nothing is ever lost; an answer already kept there is
// not brought back, so merging the same part twice changes nothing.

// Resolution decides a conflict.
type Resolution int

const (
	Unresolved Resolution = iota // ask, or refuse to write
	KeepMain                     // keep the main file's answer
	TakePart                     // take the part's answer
)

// ConflictKind says how two answers came to differ.
type ConflictKind int

const (
	// ChangedInMain: the main file's answer changed after the split, and
	// the part's answer too.
	ChangedInMain ConflictKind = iota + 1
	// TwoFiles: the question was answered differently in two files (two
	// parts, or a question outside the part's scope).
	TwoFiles
)

// Conflict is one question on which a part and the main file differ.
type Conflict struct {
	Question   string
	Kind       ConflictKind
	PartFile   string // the part's file name, as given
	PartPerson string
	Main       *Answer // the main file's answer at this point of the merge
	Part       *Answer
	Resolution Resolution // how it was decided; Unresolved when not
}

// Key names the conflict for a resolution: the part file and the question.
func (c Conflict) Key() string { return c.PartFile + "#" + c.Question }

// MergeOptions decides conflicts: Resolve per conflict key first, else
// Prefer. Now is recorded as the time a person's part was merged.
type MergeOptions struct {
	Resolve  map[string]Resolution
	Prefer   Resolution
	Now      time.Time
	MainName string // the main file's name, recorded as from: of its superseded answers
}

// PartFile is a part with the name of the file it was read from.
type PartFile struct {
	Name    string
	Answers *Answers
}

// MergeResult is the merged answers and what happened on the way.
type MergeResult struct {
	Answers   *Answers
	Conflicts []Conflict // every conflict met, decided or not
	Taken     int        // answers taken from the parts
	// Carried names the parts answered against another version of the
	// questionnaire family, whose answers came through replaces.
	Carried []string
}

// Unresolved returns the conflicts that are not decided.
func (r *MergeResult) Unresolved() []Conflict {
	var out []Conflict
	for _, c := range r.Conflicts {
		if c.Resolution == Unresolved {
			out = append(out, c)
		}
	}
	return out
}

// RefusalError says why a part cannot be merged into this main file.
type RefusalError struct {
	Part  string
	What  string // "part", "municipality", "period", "questionnaire", "version"
	Want  string // the main file's value
	Found string // the part's value
}

func (e *RefusalError) Error() string {
	if e.What == "part" {
		return fmt.Sprintf("%s is not a part: it has no part: section; make parts with soeverein split", e.Part)
	}
	return fmt.Sprintf("%s is a part of another %s: %s, not %s", e.Part, e.What, e.Found, e.Want)
}

// checkPart returns why a part does not belong to a (the main file), or nil.
func (a *Answers) checkPart(name string, p *Answers) *RefusalError {
	refuse := func(what, want, found string) *RefusalError {
		return &RefusalError{Part: name, What: what, Want: want, Found: found}
	}
	mm, pm := a.Municipality, p.Municipality
	mq, pq := a.Questionnaire, p.Questionnaire
	switch {
	case p.Part == nil:
		return refuse("part", "", "")
	case mm.CBSCode != pm.CBSCode || mm.Name != pm.Name:
		return refuse("municipality", strings.TrimSpace(mm.Name+" "+mm.CBSCode), strings.TrimSpace(pm.Name+" "+pm.CBSCode))
	case a.Period.ReferenceDate != p.Period.ReferenceDate || a.Period.Year != p.Period.Year:
		return refuse("period", periodText(a.Period), periodText(p.Period))
	case mq.ID != pq.ID:
		return refuse("questionnaire", mq.ID, pq.ID)
	case mq.Version == pq.Version && mq.SHA256 != "" && pq.SHA256 != "" && mq.SHA256 != pq.SHA256:
		return refuse("version", mq.Version+" ("+short(mq.SHA256)+")", pq.Version+" ("+short(pq.SHA256)+")")
	}
	return nil
}

func periodText(p Period) string {
	if p.ReferenceDate != "" {
		return p.ReferenceDate
	}
	return fmt.Sprint(p.Year)
}

func short(s string) string {
	if len(s) > 12 {
		return s[:12]
	}
	return s
}

// Merge merges parts into a copy of main; main and the parts are not
// changed. Parts are taken in the order given. q is the questionnaire of
// the main file; a part answered against another version of the same
// questionnaire is read through q's replaces. Every refused part is
// reported in the error (a list of *RefusalError), and then nothing is
// merged.
func Merge(q *Questionnaire, main *Answers, parts []PartFile, opt MergeOptions) (*MergeResult, error) {
	var refusals []error
	for _, p := range parts {
		if r := main.checkPart(p.Name, p.Answers); r != nil {
			refusals = append(refusals, r)
		}
	}
	if len(refusals) > 0 {
		return nil, joinErrors(refusals)
	}
	out := main.copyAnswers()
	res := &MergeResult{Answers: out}
	setBy := map[string]string{} // question → part file that set it in this merge
	for _, pf := range parts {
		p := pf.Answers
		moved := map[string]bool{} // old ids whose answers now stand under a new id
		if p.Questionnaire.Version != main.Questionnaire.Version {
			var carries []Carry
			p, carries = q.Carried(p)
			for _, c := range carries {
				moved[c.From] = c.From != c.To
			}
			res.Carried = append(res.Carried, pf.Name)
		}
		m := &merger{q: q, out: out, part: p, name: pf.Name, opt: opt, res: res, setBy: setBy}
		before := res.Taken
		for _, id := range sortedKeys(p.Answers) {
			if !moved[id] { // the part file itself keeps the old entry
				m.question(id)
			}
		}
		if as := out.Assignee(pf.Answers.Part.Name); as != nil {
			as.Done = pf.Answers.Part.Done
			// Only a part that brought something is stamped, so merging
			// the same part again changes nothing.
			if res.Taken > before && !opt.Now.IsZero() {
				as.MergedAt = opt.Now.Format(stampFmt)
			}
		}
	}
	return res, nil
}

type merger struct {
	q     *Questionnaire
	out   *Answers
	part  *Answers
	name  string
	opt   MergeOptions
	res   *MergeResult
	setBy map[string]string
}

// question merges one question of the part into out.
func (m *merger) question(id string) {
	p := m.part.Answers[id]
	cur := m.out.Answers[id]
	switch {
	case !p.HasContent() && len(p.Superseded) == 0:
		return
	case cur == nil:
		m.take(id, nil, p)
		return
	case SameContent(cur, p) || cur.keeps(p) || !p.HasContent():
		cur.addSuperseded(p.Superseded)
		return
	}
	inScope := m.part.Part.InScope(id)
	base := m.part.Part.Base[id]
	mainChanged := cur.Digest() != base
	partChanged := p.Digest() != base
	_, earlier := m.setBy[id]
	switch {
	case !cur.HasContent() && (!inScope || !mainChanged):
		m.take(id, cur, p)
		return
	case inScope && !mainChanged && !earlier:
		m.take(id, cur, p)
		return
	case inScope && !partChanged:
		// The person left the answer given at the split; the main file's
		// newer answer stays, and the old one is kept under it.
		cur.Superseded = append(cur.Superseded, p.supersede(m.name))
		cur.addSuperseded(p.Superseded)
		return
	}
	kind := TwoFiles
	if inScope && !earlier {
		kind = ChangedInMain
	}
	c := Conflict{Question: id, Kind: kind, PartFile: m.name, PartPerson: m.part.Part.Name, Main: cur.clone(), Part: p.clone()}
	c.Resolution = m.opt.Resolve[c.Key()]
	if c.Resolution == Unresolved {
		c.Resolution = m.opt.Prefer
	}
	m.res.Conflicts = append(m.res.Conflicts, c)
	switch c.Resolution {
	case KeepMain:
		cur.Superseded = append(cur.Superseded, p.supersede(m.name))
		cur.addSuperseded(p.Superseded)
	case TakePart:
		m.take(id, cur, p)
	}
}

// take puts the part's answer in place of cur, keeping cur (when it says
// anything) and both histories as superseded.
func (m *merger) take(id string, cur, p *Answer) {
	next := p.clone()
	next.Superseded = nil
	if cur != nil {
		next.Review = next.Review || cur.Review
		next.Extra = mergeExtra(cur.Extra, next.Extra)
		next.addSuperseded(cur.Superseded)
		if cur.HasContent() {
			next.addSuperseded([]*Superseded{cur.supersede(m.opt.MainName)})
		}
	}
	next.addSuperseded(p.Superseded)
	m.out.Answers[id] = next
	m.setBy[id] = m.name
	m.res.Taken++
}

// keeps reports whether p is already kept as a superseded answer of a
// (same content, author and time): it was decided in an earlier merge.
func (a *Answer) keeps(p *Answer) bool {
	c := p.content()
	for _, s := range a.Superseded {
		if s.content() == c && s.AnsweredBy == p.AnsweredBy && s.AnsweredAt == p.AnsweredAt {
			return true
		}
	}
	return false
}

// addSuperseded appends the entries a does not hold yet.
func (a *Answer) addSuperseded(list []*Superseded) {
	for _, s := range list {
		if !slices.ContainsFunc(a.Superseded, func(x *Superseded) bool {
			return x.content() == s.content() && x.AnsweredBy == s.AnsweredBy && x.AnsweredAt == s.AnsweredAt
		}) {
			c := *s
			c.Choices, c.Evidence, c.Extra, c.At = slices.Clone(s.Choices), slices.Clone(s.Evidence), slices.Clone(s.Extra), Location{}
			a.Superseded = append(a.Superseded, &c)
		}
	}
}

// mergeExtra keeps the unknown fields of both, the first one's on a clash.
func mergeExtra(a, b Extra) Extra {
	out := slices.Clone(a)
	for _, f := range b {
		if !slices.ContainsFunc(out, func(x ExtraField) bool { return x.Key == f.Key }) {
			out = append(out, f)
		}
	}
	return out
}

// copyAnswers returns a copy of a that an edit of the copy cannot change.
func (a *Answers) copyAnswers() *Answers {
	cp := *a
	cp.Answers = make(map[string]*Answer, len(a.Answers))
	for id, ans := range a.Answers {
		cp.Answers[id] = ans.clone()
	}
	cp.Assignments = nil
	for _, as := range a.Assignments {
		c := *as
		c.Themes, c.Questions = slices.Clone(as.Themes), slices.Clone(as.Questions)
		cp.Assignments = append(cp.Assignments, &c)
	}
	return &cp
}

type joined []error

func (j joined) Error() string {
	msgs := make([]string, len(j))
	for i, e := range j {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (j joined) Unwrap() []error { return j }

func joinErrors(errs []error) error { return joined(errs) }
