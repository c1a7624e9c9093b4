package scoring

import "soeverein/assessment"

func councilQuestions(q *assessment.Questionnaire) []*CouncilQuestion {
	out := make([]*CouncilQuestion, 0, len(q.CouncilQuestions))
	for _, cq := range q.CouncilQuestions {
		c := &CouncilQuestion{ID: cq.ID, Text: cq.Text, Themes: q.CouncilThemes(cq), Questions: []string{}, Lead: -1}
		for _, s := range cq.Questions {
			c.Questions = append(c.Questions, s.Question)
		}
		out = append(out, c)
	}
	return out
}

// councilLeads picks, per council question, the first lead whose condition
// holds: true on real answers, not unknown. The last lead has no condition
// and is taken when no other holds.
func (e *evaluation) councilLeads(out []*CouncilQuestion) {
	for i, cq := range e.q.CouncilQuestions {
		for j, l := range cq.Leads {
			if l.When == nil || e.holds(l.When) == tTrue {
				out[i].Lead = j
				break
			}
		}
	}
}
