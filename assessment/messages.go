package assessment

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"syscall"

	"soeverein/texts"
)

// The errors of reading, locking and saving files are texts.Localized:
// Error is English (logs, wrapping, the messages cmd prints today), Text
// says the same in the user's language, so that the survey never shows an
// English sentence under --lang nl. They hold facts, not sentences.

// Text is who holds a lock, in lang.
func (li LockInfo) Text(lang texts.Lang) string {
	return lang.T(texts.FileLockHolder, texts.A("user", li.User), texts.A("host", li.Host),
		texts.Int("pid", li.PID), texts.A("since", li.Since.Local().Format("2006-01-02 15:04")))
}

// Text is the error in lang.
func (e *LockedError) Text(lang texts.Lang) string {
	return lang.T(texts.FileLocked, texts.A("file", e.File), texts.A("holder", e.Holder.Text(lang)), texts.A("lock", e.LockFile))
}

// TookOverText says in lang that a stale lock was taken over (TookOver in
// English); "" when there was none.
func (l *Lock) TookOverText(lang texts.Lang) string {
	if l.Stale == nil {
		return ""
	}
	return lang.T(texts.FileLockTookOver, texts.A("file", l.File), texts.A("holder", l.Stale.Text(lang)))
}

// LockError says that an answers file could not be locked for writing:
// the lock file could not be made (a read-only folder) or kept changing
// (Err nil: another survey starting at the same moment).
type LockError struct {
	File, LockFile string
	Err            error
}

func (e *LockError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("lock %s: the lock file %s keeps changing; is another survey starting?", e.File, e.LockFile)
	}
	return fmt.Sprintf("lock %s: %v", e.File, e.Err)
}

func (e *LockError) Unwrap() error { return e.Err }

// Text is the error in lang.
func (e *LockError) Text(lang texts.Lang) string {
	if e.Err == nil {
		return lang.T(texts.FileLockChurn, texts.A("file", e.File), texts.A("lock", e.LockFile))
	}
	return lang.T(texts.FileLockFailed, texts.A("file", e.File), texts.A("reason", reason(lang, e.Err)))
}

// SaveError says that a file could not be written; the file as it was is
// untouched (writes go to a temporary file first).
type SaveError struct {
	Path string
	Err  error
}

func (e *SaveError) Error() string { return fmt.Sprintf("save %s: %v", e.Path, e.Err) }

func (e *SaveError) Unwrap() error { return e.Err }

// Text is the error in lang.
func (e *SaveError) Text(lang texts.Lang) string {
	var be *BusyError
	if errors.As(e.Err, &be) {
		return be.Text(lang)
	}
	return lang.T(texts.FileSaveFailed, texts.A("file", e.Path), texts.A("reason", reason(lang, e.Err)))
}

// Text is the error in lang.
func (e *BusyError) Text(lang texts.Lang) string {
	return lang.T(texts.FileBusy, texts.A("file", e.Path), texts.A("reason", reason(lang, e.Err)))
}

// NotFileError says what a path is instead of a regular file of at most
// the size limit.
type NotFileError struct {
	Kind notFileKind
	Size int64 // for a file too large
	// Replace: the path was to be written (a save, -o), which soeverein
	// does only to regular files.
	Replace bool
}

type notFileKind int

const (
	notFileOther notFileKind = iota
	notFileFolder
	notFilePipe
	notFileSocket
	notFileDevice
	notFileTooLarge
)

func (e *NotFileError) Error() string {
	var s string
	switch e.Kind {
	case notFileFolder:
		s = "it is a folder, not a file"
	case notFilePipe:
		s = "it is a named pipe (FIFO), not a file; give a file"
	case notFileSocket:
		s = "it is a socket, not a file; give a file"
	case notFileDevice:
		s = "it is a device, not a file; give a file"
	case notFileTooLarge:
		s = sizeMessage(e.Size, "one of soeverein's files")
	default:
		s = "it is not a regular file; give a file"
	}
	if e.Replace {
		s += "; soeverein only replaces regular files (give - to write to standard output)"
	}
	return s
}

// Text is the error in lang.
func (e *NotFileError) Text(lang texts.Lang) string {
	var s string
	switch e.Kind {
	case notFileFolder:
		s = lang.T(texts.FileNotFileFolder)
	case notFilePipe:
		s = lang.T(texts.FileNotFilePipe)
	case notFileSocket:
		s = lang.T(texts.FileNotFileSocket)
	case notFileDevice:
		s = lang.T(texts.FileNotFileDevice)
	case notFileTooLarge:
		s = lang.T(texts.FileTooLarge, texts.A("size", lang.Fixed(float64(e.Size)/(1<<20))), texts.Int("limit", MaxFileSize>>20))
	default:
		s = lang.T(texts.FileNotFileOther)
	}
	if e.Replace {
		s += lang.T(texts.FileOnlyRegular)
	}
	return s
}

// reason is why the system refused, in lang where it is one of the
// refusals a municipality meets (no rights, a read-only folder, a full
// disk, a folder that is gone); else the system's own text.
func reason(lang texts.Lang, err error) string {
	var l texts.Localized
	switch {
	case errors.As(err, &l):
		return l.Text(lang)
	case errors.Is(err, syscall.EROFS):
		return lang.T(texts.FileReasonReadOnly)
	case errors.Is(err, os.ErrPermission):
		return lang.T(texts.FileReasonPermission)
	case diskFull(err):
		return lang.T(texts.FileReasonDiskFull)
	case errors.Is(err, os.ErrNotExist):
		return lang.T(texts.FileReasonNotExist)
	}
	return plainError(err).Error()
}

// Windows error codes of a full disk: ERROR_DISK_FULL and
// ERROR_HANDLE_DISK_FULL (os does not map them to ENOSPC).
const (
	errorDiskFull       = 112
	errorHandleDiskFull = 39
)

// diskFull reports whether err means that the disk (or the user's quota)
// is full.
func diskFull(err error) bool {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return true
	}
	var en syscall.Errno
	return runtime.GOOS == "windows" && errors.As(err, &en) && (en == errorDiskFull || en == errorHandleDiskFull)
}

var (
	_ texts.Localized = (*LockedError)(nil)
	_ texts.Localized = (*LockError)(nil)
	_ texts.Localized = (*SaveError)(nil)
	_ texts.Localized = (*BusyError)(nil)
	_ texts.Localized = (*NotFileError)(nil)
)

// ReadError says that a file could not be opened or read.
type ReadError struct {
	Op   string // open or read
	Path string
	Err  error
}

func (e *ReadError) Error() string { return fmt.Sprintf("%s %s: %v", e.Op, e.Path, e.Err) }

func (e *ReadError) Unwrap() error { return e.Err }

// Text is the error in lang.
func (e *ReadError) Text(lang texts.Lang) string {
	return lang.T(texts.FileReadFailed, texts.A("file", e.Path), texts.A("reason", reason(lang, e.Err)))
}

var _ texts.Localized = (*ReadError)(nil)
