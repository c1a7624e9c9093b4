// Package soeverein holds what the whole tool shares: the default
// questionnaire and every earlier published version, embedded so that the
// binary works on its own, and the version.
package soeverein

import (
	"embed"
	"path"
	"strings"
)

// DefaultQuestionnaire is questions.yaml as built into the binary: the
// newest published version.
//
//go:embed questions.yaml
var DefaultQuestionnaire []byte

// DefaultQuestionnaireName is how messages name the embedded questionnaire.
const DefaultQuestionnaireName = "questions.yaml"

// DefaultQuestionnaireVersion is the version of DefaultQuestionnaire; a
// test checks that it matches the file.
const DefaultQuestionnaireVersion = "2026.2"

//go:embed questionnaires/*.yaml
var published embed.FS

// Published is one published version of the questionnaire as built into
// the binary.
type Published struct {
	Version string // "2026.1"
	Name    string // how messages name it: "questionnaires/2026.1.yaml"
	Data    []byte
}

// PublishedQuestionnaires lists every published version built into the
// binary, oldest first, ending with the default. Years answered with an
// earlier version can so be shown as they were reported.
func PublishedQuestionnaires() []Published {
	entries, err := published.ReadDir("questionnaires")
	if err != nil {
		panic("soeverein: embedded questionnaires missing: " + err.Error()) // a build error, not a user's
	}
	var out []Published
	for _, e := range entries { // ReadDir sorts by name; names are versions
		name := path.Join("questionnaires", e.Name())
		data, err := published.ReadFile(name)
		if err != nil {
			panic("soeverein: " + err.Error())
		}
		out = append(out, Published{Version: strings.TrimSuffix(e.Name(), ".yaml"), Name: name, Data: data})
	}
	return append(out, Published{Version: DefaultQuestionnaireVersion, Name: DefaultQuestionnaireName, Data: DefaultQuestionnaire})
}

// PublishedQuestionnaire returns the built-in questionnaire of a version,
// and whether there is one.
func PublishedQuestionnaire(version string) (Published, bool) {
	for _, p := range PublishedQuestionnaires() {
		if p.Version == version {
			return p, true
		}
	}
	return Published{}, false
}

// Version is the version of soeverein; release builds set it with
// -ldflags "-X soeverein.Version=1.2.3".
var Version = "0.1.0-dev"
