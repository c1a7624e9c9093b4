// Package engine is the survey without the terminal: a Session answers the
// questions of an assessment.Questionnaire through assessment's methods
// (choose, a value, a note, evidence, marks, confirming carried-over
// answers), knows where the user is and what still needs work, and hands
// out snapshots of the answers for saving. It does no I/O and imports no
// terminal library: the full-screen survey (package survey, bubbletea) and
// the accessible line mode both drive it.
package engine

// Writer writes a snapshot of the answers (survey.Saver: the lock, the
// changed-on-disk check, atomic writes).
type Writer interface {
	Write(Snapshot) error
}
