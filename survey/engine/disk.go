package engine

import (
	"time"

	"soeverein/assessment"
)

// DiskChange is what the survey found in its file after someone else
// changed it (a hand edit, a sync such as OneDrive), for the question what
// to do: overwrite it, save elsewhere, or reload it with the session's
// changes on top.
type DiskChange struct {
	Path    string
	Disk    *assessment.Answers // the file as it is now (loaded, with its digest)
	ModTime time.Time           // when it was last written
	Differ  []string            // questions whose answers differ from the session's, sorted
}

// CheckDisk compares the session's file as the caller read it now (disk,
// last written at modTime) with the session's answers. Reading the file is
// the caller's: the engine does no I/O.
func (s *Session) CheckDisk(disk *assessment.Answers, modTime time.Time) *DiskChange {
	return &DiskChange{Path: s.Path, Disk: disk, ModTime: modTime, Differ: assessment.Differ(disk, s.A)}
}

// A Guard is a Writer that refuses to write over a file changed on disk
// (survey.Saver). Accept lets its next write of path replace the file whose
// digest is given: the user chose so.
type Guard interface {
	Accept(path, digest string)
}

// Overwrite lets the next save replace the file as ch found it with the
// session's answers: the user chose so. The session counts as changed, so
// that the next autosave writes.
func (s *Session) Overwrite(g Guard, ch *DiskChange) {
	g.Accept(ch.Path, ch.Disk.LoadedDigest())
	s.onDisk = ch.Disk.LoadedDigest()
	s.rev++
	s.failedRev = 0
}

// Reload takes the file as ch found it and puts the answers changed in
// this session since the last load or save on top of it (see
// assessment.Rebase); the next save writes the result, with the file's
// comments. Conflicts are the answers that both changed: the session's are
// kept.
func (s *Session) Reload(g Guard, ch *DiskChange) (conflicts []string, err error) {
	base := &assessment.Answers{}
	if s.base != nil {
		if base, _, err = assessment.ParseAnswers(s.base, s.Path); err != nil {
			return nil, err
		}
	}
	conflicts = assessment.Rebase(base, s.A, ch.Disk)
	s.A = ch.Disk
	s.Overwrite(g, ch)
	return conflicts, nil
}
