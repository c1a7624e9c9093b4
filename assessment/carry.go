package assessment

import "slices"

// Every year a municipality answers the questionnaire again, and most
// answers have not changed. A new year's answers can start from last
// year's: each answer is taken over and marked carried over ("overgenomen,
// nog bevestigen") until the user confirms or changes it, so a report
// never presents last year's answer as this year's without a person saying
// so.

// CarryForward starts a new answers file for q from last year's answers:
// the municipality, period and respondent given, and every answer to a
// question of q (under its own id or through replaces) copied with its
// note, evidence and last year's answered_at/by, marked carried over.
//
// An answer that no longer fits its question (old options without a
// counterpart, a value outside the new range) keeps only its note and
// evidence: the question is asked again rather than answered with a guess.
// Marks for review are left behind, and so are answers to questions q no
// longer has: they stay in last year's file, which is not changed.
func CarryForward(q *Questionnaire, last *Answers, m Municipality, p Period, r Respondent) *Answers {
	a := NewAnswers(q, m, p, r)
	mapped, _ := q.Carried(last)
	for _, qu := range q.questions {
		old := mapped.Answers[qu.ID]
		if old == nil {
			continue
		}
		ans := old.clone()
		ans.Review = false
		if !qu.Usable(ans) {
			ans.Choice, ans.Choices, ans.Value = "", nil, nil
		}
		ans.CarriedOver = ans.HasAnswer()
		if ans.HasAnswer() || ans.Note != "" || ans.CouncilText != "" || len(ans.Evidence) > 0 || ans.EvidenceLevel != "" {
			a.Answers[qu.ID] = ans
		}
	}
	return a
}

// TakeOver brings answers given under the ids of an older version of the
// questionnaire (a replaced question, a renamed option) under the current
// ids, in a itself, marked carried over: the user confirms that the old
// answer fits the new question. It returns what it took over.
//
// The old entries stay in a, so saving never loses what the user wrote. A
// question that already has an entry of its own (an answer, or one cleared
// on purpose) is left alone, so taking over twice changes nothing; an
// answer with an old option that has no counterpart is not taken over
// (Carried leaves it as it is: kept, not used).
func (q *Questionnaire) TakeOver(a *Answers) []Carry {
	mapped, carries := q.Carried(a)
	var done []Carry
	for _, c := range carries {
		if c.From != c.To && a.Answers[c.To] != nil {
			continue
		}
		ans := mapped.Answers[c.To].clone()
		ans.CarriedOver = ans.HasAnswer()
		a.Answers[c.To] = ans
		done = append(done, c)
	}
	return done
}

// clone returns a copy that shares nothing that an edit could change.
func (a *Answer) clone() *Answer {
	cp := *a
	cp.Choices = slices.Clone(a.Choices)
	cp.Evidence = slices.Clone(a.Evidence)
	cp.Extra = slices.Clone(a.Extra)
	cp.Superseded = make([]*Superseded, 0, len(a.Superseded))
	for _, s := range a.Superseded {
		c := *s
		c.Choices, c.Evidence, c.Extra, c.At = slices.Clone(s.Choices), slices.Clone(s.Evidence), slices.Clone(s.Extra), Location{}
		if s.Value != nil {
			v := *s.Value
			c.Value = &v
		}
		cp.Superseded = append(cp.Superseded, &c)
	}
	if len(cp.Superseded) == 0 {
		cp.Superseded = nil
	}
	if a.Value != nil {
		v := *a.Value
		cp.Value = &v
	}
	cp.At = Location{}
	return &cp
}
