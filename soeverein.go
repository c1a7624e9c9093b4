// Package soeverein holds what the whole tool shares: the default
// questionnaire, embedded so that the binary works on its own, and the
// version.
package soeverein

import _ "embed"

// DefaultQuestionnaire is questions.yaml as built into the binary.
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
