package survey

import (
	"sync"

	"soeverein/assessment"
)

// snapshot is the encoded answers at one revision, on their way to a file.
type snapshot struct {
	rev  int
	path string
	data []byte
}

// WriteFunc writes a file atomically; assessment.WriteFileAtomic is the
// real one, tests pass one that fails.
type WriteFunc func(path string, data []byte) error

// Saver writes snapshots one at a time and never lets an older snapshot
// replace a newer one: an autosave still running when the user quits cannot
// overwrite the final save.
type Saver struct {
	mu      sync.Mutex
	write   WriteFunc
	written map[string]int // newest revision written per path
}

// NewSaver returns a Saver that writes with write (nil: atomically to disk).
func NewSaver(write WriteFunc) *Saver {
	if write == nil {
		write = assessment.WriteFileAtomic
	}
	return &Saver{write: write, written: map[string]int{}}
}

// Write writes a snapshot unless a newer one of the same file is already
// written.
func (sv *Saver) Write(sn snapshot) error {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if last, ok := sv.written[sn.path]; ok && last > sn.rev {
		return nil
	}
	if err := sv.write(sn.path, sn.data); err != nil {
		return err
	}
	sv.written[sn.path] = sn.rev
	return nil
}
