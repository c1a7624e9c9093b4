package assessment

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
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
		return nil, &ReadError{Op: "open", Path: path, Err: plainError(err)}
	}
	if err := checkRegular(info, MaxFileSize, osFS{}.Windows()); err != nil {
		return nil, &ReadError{Op: "read", Path: path, Err: err}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, &ReadError{Op: "open", Path: path, Err: plainError(err)}
	}
	defer f.Close()
	// The path may have been replaced between Stat and Open.
	if info, err = f.Stat(); err != nil {
		return nil, &ReadError{Op: "read", Path: path, Err: plainError(err)}
	}
	if err := checkRegular(info, MaxFileSize, osFS{}.Windows()); err != nil {
		return nil, &ReadError{Op: "read", Path: path, Err: err}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &ReadError{Op: "read", Path: path, Err: plainError(err)}
	}
	return data, nil
}

// checkRegular refuses anything that is not a regular file of at most max
// bytes, saying what it is instead.
func checkRegular(info os.FileInfo, max int64, windows bool) error {
	m := info.Mode()
	if isFile(m, windows) && info.Size() <= max {
		return nil
	}
	switch {
	case m.IsDir():
		return &NotFileError{Kind: notFileFolder}
	case m&os.ModeNamedPipe != 0:
		return &NotFileError{Kind: notFilePipe}
	case m&os.ModeSocket != 0:
		return &NotFileError{Kind: notFileSocket}
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return &NotFileError{Kind: notFileDevice}
	case !isFile(m, windows):
		return &NotFileError{Kind: notFileOther}
	}
	return &NotFileError{Kind: notFileTooLarge, Size: info.Size()}
}

// isFile reports whether a file is read and replaced as a regular file. On
// Windows, os reports a reparse point that is not a link as irregular: a
// OneDrive Files On-Demand file or a deduplicated file, which are files.
func isFile(m os.FileMode, windows bool) bool {
	return m.IsRegular() || windows && m.Type() == os.ModeIrregular
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
	// Split and Join are filepath's; IsAbs too. The fake file systems of
	// the tests spell paths as Windows does (C:\Users\...), on any OS.
	Split(path string) (dir, file string)
	Join(dir, file string) string
	IsAbs(path string) bool
	// Busy reports whether a failed rename means that another program holds
	// the file open for a moment (on Windows: a virus scanner, OneDrive, an
	// editor); such a rename is tried again after Sleep.
	Busy(err error) bool
	Sleep(d time.Duration)
	// Windows reports whether paths and file modes follow Windows' rules.
	Windows() bool
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
func (osFS) Split(path string) (string, string)               { return filepath.Split(path) }
func (osFS) Join(dir, file string) string                     { return filepath.Join(dir, file) }
func (osFS) IsAbs(path string) bool                           { return filepath.IsAbs(path) }
func (osFS) Busy(err error) bool                              { return renameBusy(err) }
func (osFS) Sleep(d time.Duration)                            { time.Sleep(d) }
func (osFS) Windows() bool                                    { return runtime.GOOS == "windows" }
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
			if !isFile(info.Mode(), fs.Windows()) {
				nf := checkRegular(info, math.MaxInt64, fs.Windows()).(*NotFileError)
				nf.Replace = true
				return "", nil, nf
			}
			return path, info, nil
		}
		to, err := fs.Readlink(path)
		if err != nil {
			return "", nil, plainError(err)
		}
		if !fs.IsAbs(to) {
			dir, _ := fs.Split(path)
			to = fs.Join(dir, to)
		}
		path = to
	}
	return "", nil, errors.New("too many symbolic links")
}

func writeAtomic(fs fileSystem, path string, data []byte) (err error) {
	target, info, err := resolveTarget(fs, path)
	if err != nil {
		return &SaveError{Path: path, Err: err}
	}
	dir, base := fs.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := fs.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return &SaveError{Path: path, Err: plainError(err)}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			fs.Remove(tmp.Name())
			err = &SaveError{Path: path, Err: plainError(err)}
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
	if err = rename(fs, tmp.Name(), target); err != nil {
		return err
	}
	removeStaleTemps(fs, dir, base, filepath.Base(tmp.Name()))
	return fs.SyncDir(dir)
}

// renameBackoff is how long a save waits before each new try of a rename
// that another program blocks: five tries in about a second, long enough
// for a virus scanner or OneDrive to let go of a file it has just seen
// change, short enough not to keep the user waiting.
var renameBackoff = []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 300 * time.Millisecond, 400 * time.Millisecond}

// BusyError says that a file could not be replaced because another program
// keeps it open.
type BusyError struct {
	Path string
	Err  error
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("another program holds %s open (a virus scanner, OneDrive, or an editor such as Excel or Word), or it is read-only; close it there, wait a moment and save again (%v)", e.Path, plainError(e.Err))
}

func (e *BusyError) Unwrap() error { return e.Err }

// rename replaces to with from, trying again for a moment while another
// program holds to open (Windows refuses the rename then).
func rename(fs fileSystem, from, to string) error {
	err := fs.Rename(from, to)
	for _, wait := range renameBackoff {
		if err == nil || !fs.Busy(err) {
			return err
		}
		fs.Sleep(wait)
		err = fs.Rename(from, to)
	}
	if err != nil && fs.Busy(err) {
		return &BusyError{Path: to, Err: err}
	}
	return err
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
			fs.Remove(fs.Join(dir, name))
		}
	}
}

// WriteFileAtomic writes any file (a report, an export) the same safe way as
// SaveAnswers: atomically, through links, keeping an existing file's owner
// and mode, readable by the owner only when new.
func WriteFileAtomic(path string, data []byte) error { return writeAtomic(osFS{}, path, data) }

// ReportPath is where the report of an answers file goes: next to it, with
// the extension .md. An answers file that is itself named *.md gets
// NAME.report.md, so that its report never replaces it.
func ReportPath(answersPath string) string { return reportPath(osFS{}, answersPath) }

func reportPath(fs fileSystem, answersPath string) string {
	dir, file := fs.Split(answersPath)
	ext := filepath.Ext(file) // file holds no separator, on any OS
	stem := dir + strings.TrimSuffix(file, ext)
	if strings.EqualFold(ext, ".md") {
		return stem + ".report.md"
	}
	return stem + ".md"
}

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
