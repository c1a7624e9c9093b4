package assessment

// Code is the stable code of a kind of problem (unknown-field, not-yaml):
// the same in every language, so that a user can search for it and a
// script can match it. docs/questionnaire-format.md says what each means.
// Its messages are catalog texts named after it: problem.unknown_field,
// problem.missing_field.unit (texts/catalogs; the tests check that every
// code has one in every language, and that every problem a call site
// reports uses a text of its own code).
type Code string

// The codes, in the order of the table in docs/questionnaire-format.md.
const (
	CodeNotYAML                Code = "not-yaml"
	CodeEmptyFile              Code = "empty-file"
	CodeSeveralDocuments       Code = "several-documents"
	CodeNotUTF8                Code = "not-utf8"
	CodeBinaryFile             Code = "binary-file"
	CodeControlCharacter       Code = "control-character"
	CodeFileTooLarge           Code = "file-too-large"
	CodeTooManyValues          Code = "too-many-values"
	CodeHiddenCharacter        Code = "hidden-character"
	CodeNotAnswers             Code = "not-answers"
	CodeNotQuestionnaire       Code = "not-questionnaire"
	CodeWrongKind              Code = "wrong-kind"
	CodeUnsupportedFormat      Code = "unsupported-format"
	CodeNewerFormat            Code = "newer-format"
	CodeUnknownField           Code = "unknown-field"
	CodeDuplicateField         Code = "duplicate-field"
	CodeMissingField           Code = "missing-field"
	CodeMisplacedField         Code = "misplaced-field"
	CodeConflictingFields      Code = "conflicting-fields"
	CodeWrongType              Code = "wrong-type"
	CodeBadKey                 Code = "bad-key"
	CodeEmptyItem              Code = "empty-item"
	CodeDuplicateID            Code = "duplicate-id"
	CodeBadID                  Code = "bad-id"
	CodeMissingText            Code = "missing-text"
	CodeBadText                Code = "bad-text"
	CodeBadLanguage            Code = "bad-language"
	CodeUnknownValue           Code = "unknown-value"
	CodeOutOfRange             Code = "out-of-range"
	CodeBadLevels              Code = "bad-levels"
	CodeBadDate                Code = "bad-date"
	CodeBadTime                Code = "bad-time"
	CodeBadYear                Code = "bad-year"
	CodeBadURL                 Code = "bad-url"
	CodeBadCBSCode             Code = "bad-cbs-code"
	CodeBadOptions             Code = "bad-options"
	CodeBadCondition           Code = "bad-condition"
	CodeBadDependency          Code = "bad-dependency"
	CodeBadReplaces            Code = "bad-replaces"
	CodeBadCouncilAnswer       Code = "bad-council-answer"
	CodeUnknownQuestion        Code = "unknown-question"
	CodeUnknownOption          Code = "unknown-option"
	CodeUnknownTheme           Code = "unknown-theme"
	CodeUnknownLevel           Code = "unknown-level"
	CodeUnknownSOV             Code = "unknown-sov"
	CodeMissingSOV             Code = "missing-sov"
	CodeUnknownReference       Code = "unknown-reference"
	CodeMissingReference       Code = "missing-reference"
	CodeUnknownCouncilQuestion Code = "unknown-council-question"
	CodeUnusedCouncilQuestion  Code = "unused-council-question"
	CodeOtherQuestionnaire     Code = "other-questionnaire"
	CodeOtherVersion           Code = "other-version"
	CodeUnknownAnswer          Code = "unknown-answer"
	CodeAnswerNotUsed          Code = "answer-not-used"
)

// Codes lists every code a problem can have, in the order above.
var Codes = []Code{
	CodeNotYAML, CodeEmptyFile, CodeSeveralDocuments,
	CodeNotUTF8, CodeBinaryFile, CodeControlCharacter, CodeFileTooLarge, CodeTooManyValues,
	CodeHiddenCharacter,
	CodeNotAnswers, CodeNotQuestionnaire, CodeWrongKind,
	CodeUnsupportedFormat, CodeNewerFormat,
	CodeUnknownField, CodeDuplicateField, CodeMissingField, CodeMisplacedField, CodeConflictingFields,
	CodeWrongType, CodeBadKey, CodeEmptyItem,
	CodeDuplicateID, CodeBadID,
	CodeMissingText, CodeBadText, CodeBadLanguage,
	CodeUnknownValue,
	CodeOutOfRange, CodeBadLevels,
	CodeBadDate, CodeBadTime, CodeBadYear, CodeBadURL, CodeBadCBSCode,
	CodeBadOptions,
	CodeBadCondition, CodeBadDependency,
	CodeBadReplaces,
	CodeBadCouncilAnswer,
	CodeUnknownQuestion, CodeUnknownOption, CodeUnknownTheme, CodeUnknownLevel, CodeUnknownSOV,
	CodeMissingSOV, CodeUnknownReference, CodeMissingReference, CodeUnknownCouncilQuestion,
	CodeUnusedCouncilQuestion,
	CodeOtherQuestionnaire, CodeOtherVersion,
	CodeUnknownAnswer, CodeAnswerNotUsed,
}
