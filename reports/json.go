package reports

import (
	"encoding/json"
	"io"

	"soeverein/compare"
	"soeverein/schemas"
	"soeverein/scoring"
	"soeverein/texts"
)

// The JSON outputs say what they are, as the YAML files do: a kind and a
// format number before their fields, so that a program can tell them apart
// and notice a later change. The scores' are in package schemas, beside
// their JSON Schema (schemas.ScoreKind, schemas.ScoreFormat).
const (
	CompareKind   = "soeverein-compare"
	CompareFormat = 1
	CouncilKind   = "soeverein-council"
	CouncilFormat = 1
)

// ScoreJSON writes a scored result as indented JSON with its format and
// kind (schemas.Score): what score --json and report --format json print.
func ScoreJSON(w io.Writer, r *scoring.Result) error { return writeJSON(w, schemas.NewScore(r)) }

// JSON is ScoreJSON.
func JSON(w io.Writer, r *scoring.Result) error { return ScoreJSON(w, r) }

// CompareJSON writes a comparison as indented JSON with its format and kind
// before the fields of compare.Trend (docs/compare.md).
func CompareJSON(w io.Writer, t *compare.Trend) error {
	return writeJSON(w, struct {
		Format int    `json:"format"`
		Kind   string `json:"kind"`
		*compare.Trend
	}{CompareFormat, CompareKind, t})
}

// CouncilJSON writes council answers as indented JSON: format, kind, the
// language they are written in, whether they are the public version, and
// the answers (number, id, question, paragraphs).
func CouncilJSON(w io.Writer, answers []*CouncilAnswer, opts CouncilOptions) error {
	lang := opts.Lang
	if lang == "" {
		lang = string(texts.Default)
	}
	list := make([]CouncilAnswer, len(answers))
	for i, a := range answers {
		list[i] = *a
		if list[i].Paragraphs == nil {
			list[i].Paragraphs = []string{} // every field is always present
		}
	}
	return writeJSON(w, struct {
		Format  int             `json:"format"`
		Kind    string          `json:"kind"`
		Lang    string          `json:"lang"`
		Public  bool            `json:"public"`
		Answers []CouncilAnswer `json:"answers"`
	}{CouncilFormat, CouncilKind, lang, opts.Public, list})
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Notes are the user's own text: keep <, > and & readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
