package survey

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"soeverein/assessment"
	"soeverein/survey/engine"
	"soeverein/texts"
)

// WriteFunc writes a file atomically; assessment.WriteFileAtomic is the
// real one, tests pass one that fails.
type WriteFunc func(path string, data []byte) error

// Saver writes snapshots one at a time and never lets an older snapshot
// replace a newer one: an autosave still running when the user quits cannot
// overwrite the final save.
//
// Writing to disk (write nil), it also guards the file: before the first
// write it takes the file's lock (a second survey on the same file is
// refused with who has it open), and before every write it checks that the
// file is still what was loaded or last written; a file changed by someone
// else (a hand edit, a OneDrive sync) is never written over. Close releases
// the locks.
type Saver struct {
	mu       sync.Mutex
	write    WriteFunc
	written  map[string]int // newest revision written per path
	disk     bool
	locks    map[string]*assessment.Lock
	known    map[string]string  // digest of what we last wrote per path
	tookOver []*assessment.Lock // locks that replaced a stale one, to say so
}

// NewSaver returns a Saver that writes with write (nil: atomically to disk,
// locked).
func NewSaver(write WriteFunc) *Saver {
	sv := &Saver{write: write, written: map[string]int{}, locks: map[string]*assessment.Lock{}, known: map[string]string{}}
	if write == nil {
		sv.write, sv.disk = assessment.WriteFileAtomic, true
	}
	return sv
}

// ChangedError says that a file changed on disk since it was opened; the
// answers were not written.
type ChangedError struct{ Path string }

func (e *ChangedError) Error() string { return e.Text(texts.EN) }

func (e *ChangedError) Unwrap() error { return assessment.ErrChangedOnDisk }

// Write writes a snapshot unless a newer one of the same file is already
// written.
func (sv *Saver) Write(sn engine.Snapshot) error {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if last, ok := sv.written[sn.Path]; ok && last > sn.Rev {
		return nil
	}
	if sv.disk {
		if err := sv.guard(sn); err != nil {
			return err
		}
	}
	if err := sv.write(sn.Path, sn.Data); err != nil {
		return err
	}
	sv.written[sn.Path] = sn.Rev
	sv.known[sn.Path] = assessment.DigestOf(sn.Data)
	return nil
}

// guard takes the lock of sn's file and checks that nobody changed it.
func (sv *Saver) guard(sn engine.Snapshot) error {
	if sv.locks[sn.Path] == nil {
		l, err := assessment.LockAnswers(sn.Path)
		if err != nil {
			return err
		}
		sv.locks[sn.Path] = l
		if l.Stale != nil {
			sv.tookOver = append(sv.tookOver, l)
		}
	}
	want, ok := sv.known[sn.Path]
	if !ok {
		want = sn.OnDisk
	}
	cur, err := assessment.Digest(sn.Path)
	if err != nil {
		return err
	}
	if cur != want {
		return &ChangedError{Path: sn.Path}
	}
	return nil
}

// Notes returns what the Saver noticed that the user should hear (a stale
// lock taken over), in lang.
func (sv *Saver) Notes(lang texts.Lang) []string {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	var out []string
	for _, l := range sv.tookOver {
		out = append(out, l.TookOverText(lang))
	}
	return out
}

// Close releases the locks the Saver took.
func (sv *Saver) Close() error {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	var errs []error
	for p, l := range sv.locks {
		errs = append(errs, l.Unlock())
		delete(sv.locks, p)
	}
	return errors.Join(errs...)
}

// SaveFinal saves what is not saved yet when the survey ends. When the file
// changed on disk meanwhile, the answers go to a new file beside it
// (NAME-YYYYMMDD-HHMMSS.yaml) instead, so that neither the change nor the
// answers are lost; aside names that file.
func SaveFinal(s *engine.Session, sv *Saver) (aside string, err error) {
	if s == nil || !s.Dirty() {
		return "", nil
	}
	err = s.Save(sv)
	var ce *ChangedError
	if !errors.As(err, &ce) {
		return "", err
	}
	aside = asidePath(s.Path, s.Now())
	s.SetPath(aside)
	return aside, s.Save(sv)
}

// asidePath is a free name beside path for answers that cannot go into it.
func asidePath(path string, now time.Time) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	p := fmt.Sprintf("%s-%s%s", stem, now.Format("20060102-150405"), ext)
	for i := 2; exists(p); i++ {
		p = fmt.Sprintf("%s-%s-%d%s", stem, now.Format("20060102-150405"), i, ext)
	}
	return p
}
