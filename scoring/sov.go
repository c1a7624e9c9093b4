package scoring

import "slices"

// sov scores each EU Cloud Sovereignty Framework objective from the counted
// questions mapped to it (weighted with question weights), and the
// objectives together with the framework's weights.
func (e *evaluation) sov() SOVView {
	v := SOVView{Indicative: true, Note: sovNote, Objectives: make([]*SOVResult, 0, len(e.q.SOVObjectives))}
	var total, sum float64
	for _, obj := range e.q.SOVObjectives {
		r := &SOVResult{ID: obj.ID, Name: obj.Name, Weight: obj.Weight, Questions: make([]string, 0, e.sovCount(obj.ID))}
		var weight, score float64
		for _, qu := range e.q.Questions() {
			if !slices.Contains(qu.SOV, obj.ID) {
				continue
			}
			r.Questions = append(r.Questions, qu.ID)
			qr := e.questions[qu.ID]
			if qr.Status != Hidden {
				r.Total++
			}
			if qr.Status.Counted() {
				r.Counted++
				weight += qr.Weight
				score += qr.Weight * qr.Score
			}
		}
		if weight > 0 {
			r.Scored = true
			r.Score = round(score/weight, 1)
			total += obj.Weight
			sum += obj.Weight * r.Score
		}
		v.Objectives = append(v.Objectives, r)
	}
	if total > 0 {
		v.Scored = true
		v.Score = round(sum/total, 1)
	}
	return v
}

// sovCount counts the questions mapped to an objective.
func (e *evaluation) sovCount(id string) int {
	n := 0
	for _, qu := range e.q.Questions() {
		if slices.Contains(qu.SOV, id) {
			n++
		}
	}
	return n
}
