package assessment

// ThemeStatus is the progress of one theme over the main file and its parts.
type ThemeStatus struct {
	Theme     *Theme
	Who       []*Assignment // who answers its questions, in question order
	Answered  int           // visible questions with an answer that fits
	Total     int           // visible questions
	Unknown   int           // answered "weet ik niet"
	Done      bool          // every person of the theme marked their part done
	Conflicts int           // conflicts waiting for a decision
}

// Status returns the progress per theme, as the main file would stand after
// merging the parts given (without deciding any conflict: those are
// counted instead). Done comes from the parts given, else from what earlier
// merges recorded in the main file.
func Status(q *Questionnaire, main *Answers, parts []PartFile) ([]ThemeStatus, *MergeResult, error) {
	res, err := Merge(q, main, parts, MergeOptions{})
	if err != nil {
		return nil, nil, err
	}
	merged := res.Answers
	done := map[string]bool{}
	for _, as := range merged.Assignments {
		done[as.Name] = as.Done
	}
	for _, p := range parts {
		done[p.Answers.Part.Name] = p.Answers.Part.Done
	}
	conflicts := map[string]int{}
	for _, c := range res.Unresolved() {
		if t := q.ThemeOf(c.Question); t != nil {
			conflicts[t.ID]++
		}
	}
	vis := q.Visibility(merged)
	var out []ThemeStatus
	for _, t := range q.Themes {
		st := ThemeStatus{Theme: t, Conflicts: conflicts[t.ID], Done: true}
		for _, qu := range t.Questions {
			if as := merged.Owner(q, qu.ID); as != nil && !containsAssignment(st.Who, as) {
				st.Who = append(st.Who, as)
			}
			if !vis.Of(q, qu.ID) {
				continue
			}
			st.Total++
			if ans := merged.Get(qu.ID); qu.Usable(ans) {
				st.Answered++
				if ans.IsDontKnow() {
					st.Unknown++
				}
			}
		}
		for _, as := range st.Who {
			st.Done = st.Done && done[as.Name]
		}
		st.Done = st.Done && len(st.Who) > 0
		out = append(out, st)
	}
	return out, res, nil
}

func containsAssignment(list []*Assignment, as *Assignment) bool {
	for _, x := range list {
		if x == as {
			return true
		}
	}
	return false
}
