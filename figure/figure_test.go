package figure

import "testing"

func TestFormats(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"score nl", Score("nl", 29.8), "29,8"},
		{"score en", Score("en", 29.8), "29.8"},
		{"whole score keeps its decimal", Score("nl", 18), "18,0"},
		{"score rounds half away from zero", Score("en", 84.65), "84.7"},
		{"no negative zero", Score("nl", -0.01), "0,0"},
		{"delta up", Delta("nl", 1), "+1,0"},
		{"delta down", Delta("en", -2.54), "−2.5"},
		{"delta none", Delta("nl", 0.04), "0,0"},
		{"percent", Percent("nl", 2.0/3), "66,7%"},
		{"percent en", Percent("en", 0.8), "80.0%"},
		{"value", Value("nl", 12.5), "12,5"},
		{"whole value", Value("en", 35), "35"},
		{"no level nl", NoLevel("nl", 1, 55), "nog geen niveau: te weinig beantwoord (1 van 55)"},
		{"no level en", NoLevel("en", 1, 55), "no level yet: too little answered (1 of 55)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
