package texts

import (
	"errors"
	"fmt"
	"testing"
)

func TestMessage(t *testing.T) {
	_, unknown := Parse("de")
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"localized", unknown, "unknown language de: choose nl (Nederlands) or en (English)"},
		{"wrapped", fmt.Errorf("flag --lang: %w", unknown), "unknown language de: choose nl (Nederlands) or en (English)"},
		{"plain", errors.New("disk full"), "disk full"},
	}
	for _, tt := range tests {
		if got := Message(EN, tt.err); got != tt.want {
			t.Errorf("%s: Message = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// FuzzDecode feeds arbitrary catalog files to the decoder: it may refuse
// them, never panic, and a catalog it accepts has a language and a rule.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"catalogs/nl.yaml", "catalogs/en.yaml"} {
		data, err := catalogFiles.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("texts:\n  a: {b: \"{\"}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := decode("nl.yaml", data)
		if c != nil && (c.lang == "" || c.rule.form == nil) {
			t.Errorf("accepted a catalog without language or rule: %+v (err %v)", c, err)
		}
		if c != nil {
			cs, _ := catalogs()
			_ = c.against(cs[Reference], true)
		}
	})
}
