package assessment

import (
	"slices"
	"testing"
)

// TestListsAreFresh: the lists of severities, efforts and evidence levels
// are in order and cannot be changed by a caller (issue 10, item 7: they
// were exported mutable slices).
func TestListsAreFresh(t *testing.T) {
	for _, tt := range []struct {
		name string
		list func() []string
		want []string
	}{
		{"Severities", Severities, []string{"low", "medium", "high", "critical"}},
		{"Efforts", Efforts, []string{"small", "medium", "large"}},
		{"EvidenceLevels", EvidenceLevels, []string{"self_declared", "documented", "audited"}},
	} {
		got := tt.list()
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s() = %v, want %v", tt.name, got, tt.want)
		}
		got[0] = "changed"
		if again := tt.list(); again[0] != tt.want[0] {
			t.Errorf("%s(): changing the returned slice changed the list: %v", tt.name, again)
		}
	}
}
