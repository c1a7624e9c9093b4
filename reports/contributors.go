package reports

import (
	"soeverein/scoring"
)

// contributor is a person who gave answers, with the themes they answered.
type contributor struct {
	Name, Role string
	Themes     []string // theme titles, in questionnaire order
}

// personal holds what names members of staff. The internal report shows
// it; a public version of a document leaves this whole part out.
type personal struct {
	// Contributors are the people whose answers the report rests on, from
	// the answered_by of every answer that counts or is n.v.t.; empty when
	// fewer than two people answered.
	Contributors []*contributor
}

// contributors lists who answered which themes, by the answered_by of the
// answers themselves (not by who was assigned: the report says only what an
// answer supports). Roles come from the respondent and the assignments.
func contributors(r *scoring.Result, lang string) []*contributor {
	roles := map[string]string{}
	for _, p := range append([]scoring.Respondent{r.Subject.Respondent}, r.Subject.Assigned...) {
		if p.Role != "" {
			roles[p.Name] = p.Role
		}
	}
	var out []*contributor
	byName := map[string]*contributor{}
	for _, t := range r.Themes {
		for _, qr := range t.Questions {
			if qr.AnsweredBy == "" || !(qr.Status.Counted() || qr.Status == scoring.NotApplicable) {
				continue
			}
			c := byName[qr.AnsweredBy]
			if c == nil {
				c = &contributor{Name: qr.AnsweredBy, Role: roles[qr.AnsweredBy]}
				byName[qr.AnsweredBy] = c
				out = append(out, c)
			}
			if title := t.Title.In(lang); len(c.Themes) == 0 || c.Themes[len(c.Themes)-1] != title {
				c.Themes = append(c.Themes, title)
			}
		}
	}
	if len(out) < 2 {
		return nil // one person: "filled in by" already says who
	}
	return out
}
