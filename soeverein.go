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

// Version is the version of soeverein; release builds set it with
// -ldflags "-X soeverein.Version=1.2.3".
var Version = "0.1.0-dev"
