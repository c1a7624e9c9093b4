package reports

import (
	"testing"

	"soeverein/compare"
	"soeverein/texts"
	"soeverein/texts/texttest"
)

// TestKindTexts checks that every kind of answer change has its word in
// every language, the same words the trend goldens show.
func TestKindTexts(t *testing.T) {
	want := map[string][2]string{
		compare.KindBetter:        {"beter", "better"},
		compare.KindWorse:         {"slechter", "worse"},
		compare.KindNewlyAnswered: {"nieuw beantwoord", "newly answered"},
		compare.KindChanged:       {"ander antwoord", "other answer"},
		compare.KindGone:          {"vraag bestaat niet meer", "question no longer exists"},
	}
	if len(kindTexts) != len(want) {
		t.Errorf("kindTexts has %d kinds, want %d", len(kindTexts), len(want))
	}
	for kind, w := range want {
		if nl, en := kindText("nl", kind), kindText("en", kind); nl != w[0] || en != w[1] {
			t.Errorf("kind %s = %q, %q; want %q, %q", kind, nl, en, w[0], w[1])
		}
		texttest.CheckMarked(t, kindText(string(texts.Pseudo), kind))
	}
	if got := kindText("nl", "frobnicated"); got != "frobnicated" {
		t.Errorf("unknown kind = %q, want the kind itself", got)
	}
}
