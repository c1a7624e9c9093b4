package engine

// Snapshot is the encoded answers at one revision of a Session, on their
// way to a file: the bytes are taken when the snapshot is made, so that a
// save running elsewhere never reads answers that are being changed.
type Snapshot struct {
	Rev  int    // the session's revision; a newer one must never be overwritten by an older
	Path string // the answers file
	Data []byte // the file's bytes (assessment.MarshalAnswers)
	// OnDisk is the digest of what the session found in the file when it
	// was opened ("" for a new file).
	OnDisk string
}
