package assessment

import (
	"slices"
	"strings"
	"testing"
)

// TestRebase: my changes go on top of the file as someone else left it;
// theirs stay, with their comments; an answer both changed is a conflict.
func TestRebase(t *testing.T) {
	const file = "format: 1\nkind: soeverein-answers\nmunicipality: {name: Voorbeeld}\nanswers:\n  a.one: {choice: x}\n  a.two: {choice: x}\n  a.three: {choice: x}\n  a.four: {choice: x}\n"
	load := func(s string) *Answers {
		t.Helper()
		a, _, err := ParseAnswers([]byte(s), "a.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	base, mine := load(file), load(file)
	mine.Answers["a.one"].Choice = "mine"   // only I changed it
	mine.Answers["a.three"].Choice = "mine" // both did
	delete(mine.Answers, "a.four")          // I cleared it
	mine.Current = "a.two"
	disk := load(strings.NewReplacer("  a.two: {choice: x}", "  # Nagevraagd.\n  a.two: {choice: theirs}", "  a.three: {choice: x}", "  a.three: {choice: theirs}", "{name: Voorbeeld}", "{name: Voorbeeld, cbs_code: GM9999}").Replace(file))
	conflicts := Rebase(base, mine, disk)
	if !slices.Equal(conflicts, []string{"a.three"}) {
		t.Errorf("conflicts = %v, want [a.three]", conflicts)
	}
	want := map[string]string{"a.one": "mine", "a.two": "theirs", "a.three": "mine"}
	for id, c := range want {
		if got := disk.Answers[id]; got == nil || got.Choice != c {
			t.Errorf("%s = %+v, want choice %s", id, got, c)
		}
	}
	if _, ok := disk.Answers["a.four"]; ok || disk.Current != "a.two" || disk.Municipality.CBSCode != "GM9999" {
		t.Errorf("merged: a.four kept %v, current %q, municipality %+v", ok, disk.Current, disk.Municipality)
	}
	saved, err := MarshalAnswers(disk)
	if err != nil || !strings.Contains(string(saved), "# Nagevraagd.\n  a.two:") {
		t.Errorf("their comment is lost: %v\n%s", err, saved)
	}
	if got := Differ(mine, load(file)); !slices.Equal(got, []string{"a.four", "a.one", "a.three"}) {
		t.Errorf("Differ = %v", got)
	}
}
