// Package soeverein holds what the whole tool shares: the default
// questionnaire and every earlier published version, embedded so that the
// binary works on its own, and the version.
package soeverein

import (
	"cmp"
	"embed"
	"path"
	"slices"
	"strconv"
	"strings"
)

// DefaultQuestionnaire is questions.yaml as built into the binary: the
// newest published version.
//
//go:embed questions.yaml
var DefaultQuestionnaire []byte

// DefaultQuestionnaireName is how messages name the embedded questionnaire.
const DefaultQuestionnaireName = "questions.yaml"

// Release is the version this source tree describes: the latest entry in
// CHANGELOG.md and softwareVersion in publiccode.yml (a test keeps them
// equal). scripts/release builds it.
const Release = "0.1.0"

// Version is the version a release build states; scripts/release sets it
// with -ldflags "-X soeverein.Version=0.1.0". It is empty in other builds,
// and CurrentBuild then takes the version from the Go build information.
var Version string

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
	for _, e := range entries {
		name := path.Join("questionnaires", e.Name())
		data, err := published.ReadFile(name)
		if err != nil {
			panic("soeverein: " + err.Error())
		}
		out = append(out, Published{Version: strings.TrimSuffix(e.Name(), ".yaml"), Name: name, Data: data})
	}
	// By version, not by name: 2026.10 comes after 2026.9.
	slices.SortFunc(out, func(a, b Published) int { return compareVersions(a.Version, b.Version) })
	return append(out, Published{Version: DefaultQuestionnaireVersion, Name: DefaultQuestionnaireName, Data: DefaultQuestionnaire})
}

// compareVersions orders versions such as 2026.2 by their numeric parts.
func compareVersions(a, b string) int {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, errA := strconv.Atoi(pa[i])
		nb, errB := strconv.Atoi(pb[i])
		if errA != nil || errB != nil {
			if c := strings.Compare(pa[i], pb[i]); c != 0 {
				return c
			}
			continue
		}
		if c := cmp.Compare(na, nb); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(pa), len(pb))
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
