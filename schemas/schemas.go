// Package schemas holds the JSON Schemas (draft 2020-12) of soeverein's
// files: the questionnaire, the answers file and the JSON that
// `soeverein score --json` prints. Editors use them to complete and check
// field names while a file is edited; `soeverein schema NAME` prints one.
//
// The schemas are generated from the Go types that the decoder in package
// assessment fills (and that package scoring encodes), with hand-written
// enums and condition forms; `go test ./schemas -update` writes them again
// after a type changes, and the tests fail when the two drift apart.
//
// A schema checks field names and value types. It cannot check what refers
// to what (that a rule names an existing question, that ids are unique, that
// an answer picks one of the question's options): soeverein's own
// validation, with file, line and column, stays the authority.
//
//	data, ok := schemas.Lookup("answers")
package schemas

import (
	"embed"

	"soeverein/scoring"
)

//go:embed *.schema.json
var files embed.FS

// Names lists the schemas, in the order `soeverein schema` shows them.
var Names = []string{"questionnaire", "answers", "score"}

// Lookup returns the schema called name (one of Names) as JSON.
func Lookup(name string) ([]byte, bool) {
	data, err := files.ReadFile(name + ".schema.json")
	if err != nil {
		return nil, false
	}
	return data, true
}

// FileName is the name the README suggests for a schema saved next to the
// files it describes: soeverein-questionnaire.schema.json.
func FileName(name string) string { return "soeverein-" + name + ".schema.json" }

// ModeLine is the first line `soeverein questions` prints: it tells the
// YAML extension of VS Code (yaml-language-server) to check the file
// against the questionnaire schema saved next to it, without the network.
const ModeLine = "# yaml-language-server: $schema=soeverein-questionnaire.schema.json\n"

// ScoreKind and ScoreFormat identify the JSON of `soeverein score --json`,
// as kind and format identify the YAML files.
const (
	ScoreKind   = "soeverein-score"
	ScoreFormat = 1
)

// Score is what `soeverein score --json` prints: the result with format and
// kind before its fields.
type Score struct {
	Format int    `json:"format"`
	Kind   string `json:"kind"`
	*scoring.Result
}

// NewScore wraps a result for encoding.
func NewScore(res *scoring.Result) Score {
	return Score{Format: ScoreFormat, Kind: ScoreKind, Result: res}
}
