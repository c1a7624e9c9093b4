package assessment

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	if q != nil {
		warnings = append(warnings, q.CheckAnswers(a, path)...)
	}
	return a, warnings, nil
}

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

// SaveAnswers writes answers to path atomically and readable by the owner
// only (the file describes the municipality's weak spots): it writes a
// temporary file in the same folder, syncs it and renames it over path, so
// that a crash or a full disk leaves either the old file or the new one,
// never half of one.
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
}

type tempFile interface {
	io.Writer
	Name() string
	Chmod(os.FileMode) error
	Sync() error
	Close() error
}

type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osFS) Rename(from, to string) error                     { return os.Rename(from, to) }
func (osFS) Remove(name string) error                         { return os.Remove(name) }
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

func writeAtomic(fs fileSystem, path string, data []byte) (err error) {
	dir, base := filepath.Split(path)
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
	if err = tmp.Chmod(0o600); err != nil {
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
	if err = fs.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return fs.SyncDir(dir)
}

// WriteFileAtomic writes any file (a report, an export) the same safe way as
// SaveAnswers, readable by the owner only.
func WriteFileAtomic(path string, data []byte) error { return writeAtomic(osFS{}, path, data) }
