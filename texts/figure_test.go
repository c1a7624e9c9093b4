package texts_test

import (
	"testing"

	"soeverein/figure"
	"soeverein/texts"
)

// TestSameAsFigure pins that figure (issue 9), now a thin layer over texts
// (figure.Score = Fixed, Value = Number, Delta = Signed, Percent =
// Percent), formats as texts does; figure's own tests pin the bytes.
func TestSameAsFigure(t *testing.T) {
	values := []float64{0, 0.04, -0.04, 0.05, 1, 29.75, 29.8, -2.5, 54.25, 100, -0.0001, 0.6667, 1234.56}
	for _, lang := range []texts.Lang{texts.NL, texts.EN} {
		l := string(lang)
		for _, x := range values {
			if got, want := lang.Fixed(x), figure.Score(l, x); got != want {
				t.Errorf("%s Fixed(%v) = %q, figure.Score %q", l, x, got, want)
			}
			if got, want := lang.Number(x), figure.Value(l, x); got != want {
				t.Errorf("%s Number(%v) = %q, figure.Value %q", l, x, got, want)
			}
			if got, want := lang.Signed(x), figure.Delta(l, x); got != want {
				t.Errorf("%s Signed(%v) = %q, figure.Delta %q", l, x, got, want)
			}
			if got, want := lang.Percent(x/100), figure.Percent(l, x/100); got != want {
				t.Errorf("%s Percent(%v) = %q, figure.Percent %q", l, x/100, got, want)
			}
		}
	}
}
