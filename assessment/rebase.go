package assessment

import (
	"reflect"
	"sort"
)

// Source returns the bytes the answers were loaded from (nil for answers
// that were not loaded from a file).
func (a *Answers) Source() []byte {
	if a.src == nil {
		return nil
	}
	return a.src.data
}

// Rebase puts what changed from base to mine on top of disk: the file as
// it is now, after someone else changed it since base was on disk. An
// answer (or a field such as the municipality) changed in mine replaces
// disk's; everything else stays as disk has it, with disk's comments.
// Conflicts are the answers changed in both, differently; mine is kept for
// them. Rebase changes disk.
func Rebase(base, mine, disk *Answers) (conflicts []string) {
	for _, f := range []struct{ base, mine, disk any }{
		{&base.Questionnaire, &mine.Questionnaire, &disk.Questionnaire},
		{&base.Municipality, &mine.Municipality, &disk.Municipality},
		{&base.Period, &mine.Period, &disk.Period},
		{&base.Respondent, &mine.Respondent, &disk.Respondent},
		{&base.CarriedFrom, &mine.CarriedFrom, &disk.CarriedFrom},
		{&base.Current, &mine.Current, &disk.Current},
	} {
		if printed(f.mine) != printed(f.base) {
			reflect.ValueOf(f.disk).Elem().Set(reflect.ValueOf(f.mine).Elem())
		}
	}
	if disk.Answers == nil {
		disk.Answers = map[string]*Answer{}
	}
	ids := map[string]bool{}
	for id := range base.Answers {
		ids[id] = true
	}
	for id := range mine.Answers {
		ids[id] = true
	}
	for id := range ids {
		b, m, d := printed(base.Answers[id]), printed(mine.Answers[id]), printed(disk.Answers[id])
		if m == b {
			continue
		}
		if d != b && d != m {
			conflicts = append(conflicts, id)
		}
		if ans, ok := mine.Answers[id]; ok {
			disk.Answers[id] = ans
		} else {
			delete(disk.Answers, id)
		}
	}
	sort.Strings(conflicts)
	return conflicts
}

// Differ returns the ids of the answers that differ between a and b, in
// order.
func Differ(a, b *Answers) []string {
	var ids []string
	for id, ans := range a.Answers {
		if printed(ans) != printed(b.Answers[id]) {
			ids = append(ids, id)
		}
	}
	for id := range b.Answers {
		if _, ok := a.Answers[id]; !ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

// printed is a value as a save writes it: where it stood in its file does
// not count. Absent and nil print as "".
func printed(v any) string {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() == reflect.Pointer && rv.IsNil() {
		return ""
	}
	n, err := encode(rv)
	if err != nil || n == nil {
		return ""
	}
	data, err := encodeYAML(n)
	if err != nil {
		return ""
	}
	return string(data)
}
