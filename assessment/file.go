package assessment

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// LoadAnswers reads an answers file from disk. Warnings are things kept but
// not used; when q is given, they include answers that do not fit it.
func LoadAnswers(path string, q *Questionnaire) (*Answers, Problems, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, nil, err
	}
	a, warnings, err := ParseAnswers(data, path)
	if err != nil {
		return nil, nil, err
	}
	a.loaded = DigestOf(data)
	if q != nil {
		warnings = append(warnings, q.CheckAnswers(a, path)...)
	}
	return a, warnings, nil
}

// LoadedDigest is the SHA-256 of the file the answers were loaded from
// (empty for answers that were not loaded by LoadAnswers): a writer compares
// it with the file on disk before it saves, so that a change made by someone
// else since is never written over unasked.
func (a *Answers) LoadedDigest() string { return a.loaded }

// ReadFile reads one of soeverein's files, refusing folders and files too
// large to be one.
func ReadFile(path string) ([]byte, error) { return readLimited(path) }

func readLimited(path string) ([]byte, error) {
	// Stat before opening: opening a FIFO for reading blocks until a writer
	// comes, and a device can be read forever.
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, plainError(err))
	}
	if err := checkRegular(info, MaxFileSize); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, plainError(err))
	}
	defer f.Close()
	// The path may have been replaced between Stat and Open.
	if info, err = f.Stat(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, plainError(err))
	}
	if err := checkRegular(info, MaxFileSize); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, plainError(err))
	}
	return data, nil
}

// checkRegular refuses anything that is not a regular file of at most max
// bytes, saying what it is instead.
func checkRegular(info os.FileInfo, max int64) error {
	m := info.Mode()
	switch {
	case m.IsDir():
		return errors.New("it is a folder, not a file")
	case m&os.ModeNamedPipe != 0:
		return errors.New("it is a named pipe (FIFO), not a file; give a file")
	case m&os.ModeSocket != 0:
		return errors.New("it is a socket, not a file; give a file")
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return errors.New("it is a device, not a file; give a file")
	case !m.IsRegular():
		return errors.New("it is not a regular file; give a file")
	case info.Size() > max:
		return errors.New(sizeMessage(info.Size(), "one of soeverein's files"))
	}
	return nil
}

// plainError drops the repeated path from *os.PathError.
func plainError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// SaveAnswers writes answers to path atomically: it writes a temporary
// file in the same folder, syncs it and renames it over path, so that a
// crash or a full disk leaves either the old file or the new one, never half
// of one. A new file is readable by the owner only (it describes the
// municipality's weak spots); an existing one keeps its owner, group and
// mode. A symbolic link is written through: its target is replaced, in the
// target's folder, and the link stays.
func SaveAnswers(path string, a *Answers) error {
	data, err := MarshalAnswers(a)
	if err != nil {
		return err
	}
	return writeAtomic(osFS{}, path, data)
}

// fileSystem is what writeAtomic needs from the OS; tests replace it to make
// writes fail.
type fileSystem interface {
	CreateTemp(dir, pattern string) (tempFile, error)
	Rename(from, to string) error
	Remove(name string) error
	SyncDir(dir string) error
	Lstat(name string) (os.FileInfo, error)
	Readlink(name string) (string, error)
	ReadDir(dir string) ([]os.DirEntry, error)
}

type tempFile interface {
	io.Writer
	Name() string
	Chmod(os.FileMode) error
	Chown(uid, gid int) error
	Sync() error
	Close() error
}

type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osFS) Rename(from, to string) error                     { return os.Rename(from, to) }
func (osFS) Remove(name string) error                         { return os.Remove(name) }
func (osFS) Lstat(name string) (os.FileInfo, error)           { return os.Lstat(name) }
func (osFS) Readlink(name string) (string, error)             { return os.Readlink(name) }
func (osFS) ReadDir(dir string) ([]os.DirEntry, error)        { return os.ReadDir(dir) }
func (osFS) SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	// Some file systems cannot sync a folder; the rename is done either way.
	_ = d.Sync()
	return nil
}

// maxLinks bounds how many symbolic links a save follows (a loop of links
// would never end).
const maxLinks = 40

// resolveTarget follows symbolic links from path to the file a save must
// replace, and returns it with what is there now (nil: nothing yet).
// Anything but a regular file is refused: renaming over /dev/null or a
// FIFO would replace the device, not write to it.
func resolveTarget(fs fileSystem, path string) (string, os.FileInfo, error) {
	for range maxLinks {
		info, err := fs.Lstat(path)
		if errors.Is(err, os.ErrNotExist) {
			return path, nil, nil
		}
		if err != nil {
			return "", nil, plainError(err)
		}
		if info.Mode()&os.ModeSymlink == 0 {
			if !info.Mode().IsRegular() {
				return "", nil, fmt.Errorf("%w; soeverein only replaces regular files (give - to write to standard output)", checkRegular(info, math.MaxInt64))
			}
			return path, info, nil
		}
		to, err := fs.Readlink(path)
		if err != nil {
			return "", nil, plainError(err)
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", nil, errors.New("too many symbolic links")
}

func writeAtomic(fs fileSystem, path string, data []byte) (err error) {
	target, info, err := resolveTarget(fs, path)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := fs.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, plainError(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			fs.Remove(tmp.Name())
			err = fmt.Errorf("save %s: %w", path, plainError(err))
		}
	}()
	mode := os.FileMode(0o600)
	if info != nil {
		mode = info.Mode().Perm()
		keepOwner(tmp, info)
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = fs.Rename(tmp.Name(), target); err != nil {
		return err
	}
	removeStaleTemps(fs, dir, base, filepath.Base(tmp.Name()))
	return fs.SyncDir(dir)
}

// staleTempAge is how old a temporary file of an earlier save must be before
// a save removes it: younger ones may belong to a save still running.
const staleTempAge = 2 * time.Minute

// removeStaleTemps removes the temporary files that earlier saves of the
// same file left behind when they were killed (kill -9, a power cut): they
// hold a full copy of the answers, readable in the folder.
func removeStaleTemps(fs fileSystem, dir, base, keep string) {
	entries, err := fs.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + base + "."
	for _, e := range entries {
		name := e.Name()
		if name == keep || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		// Only the random part of os.CreateTemp may sit between the two.
		if mid := name[len(prefix) : len(name)-len(".tmp")]; mid == "" || strings.ContainsAny(mid, ".") {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleTempAge {
			fs.Remove(filepath.Join(dir, name))
		}
	}
}

// WriteFileAtomic writes any file (a report, an export) the same safe way as
// SaveAnswers: atomically, through links, keeping an existing file's owner
// and mode, readable by the owner only when new.
func WriteFileAtomic(path string, data []byte) error { return writeAtomic(osFS{}, path, data) }

// SameFile reports whether two paths name one file: the same path, or the
// same file through links, so that an output never replaces an input.
func SameFile(a, b string) bool {
	if absA, err := filepath.Abs(a); err == nil {
		if absB, err := filepath.Abs(b); err == nil && absA == absB {
			return true
		}
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
