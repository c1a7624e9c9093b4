package scoring

import "soeverein/assessment"

// prefixed puts prefix before text in every language either has.
func prefixed(prefix, text assessment.Text) assessment.Text {
	out := assessment.Text{}
	for lang := range text {
		out[lang] = prefix.In(lang) + text[lang]
	}
	return out
}
