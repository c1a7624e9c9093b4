package scoring

// sov scores each EU Cloud Sovereignty Framework objective from the counted
// questions mapped to it (weighted with question weights), and the
// objectives together with the framework's weights.
func (e *evaluation) sov() SOVView {
	objs := e.q.SOVObjectives
	v := SOVView{Indicative: true, Note: e.q.Texts.SOVNote, Objectives: make([]*SOVResult, len(objs))}
	store := make([]SOVResult, len(objs))
	index := make(map[string]int, len(objs))
	for i, obj := range objs {
		index[obj.ID] = i
		store[i] = SOVResult{ID: obj.ID, Name: obj.Name, Weight: obj.Weight}
		v.Objectives[i] = &store[i]
	}
	counts := make([]int, len(objs))
	for _, qu := range e.q.Questions() {
		for _, id := range qu.SOV {
			if i, ok := index[id]; ok {
				counts[i]++
			}
		}
	}
	for i := range store {
		store[i].Questions = make([]string, 0, counts[i])
	}
	weights := make([]float64, len(objs))
	sums := make([]float64, len(objs))
	for _, qu := range e.q.Questions() {
		qr := e.questions[qu.ID]
		for _, id := range qu.SOV {
			i, ok := index[id]
			if !ok || lastIs(store[i].Questions, qu.ID) {
				continue
			}
			r := &store[i]
			r.Questions = append(r.Questions, qu.ID)
			if qr.Status != Hidden {
				r.Total++
			}
			if qr.Status.Counted() {
				r.Counted++
				weights[i] += qr.Weight
				sums[i] += qr.Weight * qr.Score
			}
		}
	}
	var total, sum float64
	for i := range store {
		r := &store[i]
		if weights[i] > 0 {
			r.Scored = true
			r.Score = round(sums[i]/weights[i], 1)
			total += r.Weight
			sum += r.Weight * r.Score
		}
	}
	if total > 0 {
		v.Scored = true
		v.Score = round(sum/total, 1)
	}
	return v
}

// lastIs reports whether the last entry of list is s: a question lists
// an objective at most once, but a repeated id must not count twice.
func lastIs(list []string, s string) bool { return len(list) > 0 && list[len(list)-1] == s }
