package assessment

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/user"
	"strconv"
	"strings"
	"time"
)

// A Lock says that one survey writes an answers file. It is a lock file
// next to the answers file (.NAME.lock), created exclusively, holding who
// took it; it works on every file system and on Windows, where there is no
// flock, and a colleague on another computer sees it in a shared folder.
// Readers (score, report, compare) take no lock.
type Lock struct {
	Path  string   // the lock file
	File  string   // the answers file
	Owner LockInfo // who holds it: this process
	// TookOver describes a stale lock of a process that is gone, which
	// this lock replaced, in English (TookOverText: in the user's
	// language); empty when there was none.
	TookOver string
	// Stale is who held that stale lock; nil when there was none.
	Stale *LockInfo
}

// LockInfo is what a lock file records.
type LockInfo struct {
	Host  string
	PID   int
	User  string
	Since time.Time
}

func (li LockInfo) String() string {
	return fmt.Sprintf("%s on %s (process %d) since %s", li.User, li.Host, li.PID, li.Since.Local().Format("2006-01-02 15:04"))
}

// LockedError is returned when another survey holds the lock.
type LockedError struct {
	File, LockFile string
	Holder         LockInfo
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("%s is open in another survey: %s; close it there first (if that survey no longer runs, remove %s)", e.File, e.Holder, e.LockFile)
}

// LockPath is the lock file of an answers file; links are followed, so that
// two names of one file share one lock.
func LockPath(path string) string { return lockPath(osFS{}, path) }

func lockPath(fs fileSystem, path string) string {
	if real, _, err := resolveTarget(fs, path); err == nil {
		path = real
	}
	dir, base := fs.Split(path)
	return fs.Join(dir, "."+base+".lock")
}

// LockAnswers takes the lock on an answers file for writing. A lock of a
// process on this computer that no longer runs is taken over (TookOver
// says so); a lock held by this process is taken again.
func LockAnswers(path string) (*Lock, error) {
	lp := LockPath(path)
	me := currentLockInfo()
	l := &Lock{Path: lp, File: path, Owner: me}
	for range 3 {
		f, err := os.OpenFile(lp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.Write(me.encode())
			cerr := f.Close()
			if err := errors.Join(werr, cerr); err != nil {
				os.Remove(lp)
				return nil, &LockError{File: path, LockFile: lp, Err: plainError(err)}
			}
			return l, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, &LockError{File: path, LockFile: lp, Err: plainError(err)}
		}
		data, rerr := os.ReadFile(lp)
		if rerr != nil {
			continue // removed in between: try again
		}
		holder := decodeLockInfo(data)
		switch {
		case holder.Host == me.Host && holder.PID == me.PID:
			// Ours already (taken before the survey started).
		case staleLock(holder, me, processAlive):
			l.TookOver = fmt.Sprintf("%s was left locked by %s, which no longer runs; the lock is taken over", path, holder)
			l.Stale = &holder
		default:
			return nil, &LockedError{File: path, LockFile: lp, Holder: holder}
		}
		if err := os.Remove(lp); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, &LockError{File: path, LockFile: lp, Err: plainError(err)}
		}
	}
	return nil, &LockError{File: path, LockFile: lp}
}

// staleLock reports whether a lock of another process may be taken over:
// only on this computer (a colleague's computer cannot be asked), when its
// process no longer runs, or when the process with its number started after
// the lock was taken (the number was given to another program since, as
// Windows soon does). alive says whether a process runs and, where the OS
// tells, when it started.
func staleLock(holder, me LockInfo, alive func(pid int) (bool, time.Time)) bool {
	if holder.Host != me.Host || holder.PID <= 0 {
		return false
	}
	running, started := alive(holder.PID)
	if !running {
		return true
	}
	// The lock's time is in whole seconds and written after the start.
	return !started.IsZero() && !holder.Since.IsZero() && started.After(holder.Since.Add(2*time.Second))
}

// Unlock removes the lock file, if it is still this process's.
func (l *Lock) Unlock() error {
	data, err := os.ReadFile(l.Path)
	if err != nil {
		return nil
	}
	if h := decodeLockInfo(data); h.Host != l.Owner.Host || h.PID != l.Owner.PID {
		return nil
	}
	if err := os.Remove(l.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("unlock %s: %w", l.Path, plainError(err))
	}
	return nil
}

func currentLockInfo() LockInfo {
	host, _ := os.Hostname()
	name := "?"
	if u, err := user.Current(); err == nil {
		name = u.Username
	}
	return LockInfo{Host: host, PID: os.Getpid(), User: name, Since: time.Now().Truncate(time.Second)}
}

func (li LockInfo) encode() []byte {
	return fmt.Appendf(nil, "# soeverein: this answers file is open in a survey\nhost: %s\npid: %d\nuser: %s\nsince: %s\n",
		oneLine(li.Host), li.PID, oneLine(li.User), li.Since.Format(time.RFC3339))
}

// oneLine keeps a lock file's fields on their line and out of the terminal.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, s)
}

func decodeLockInfo(data []byte) LockInfo {
	var li LockInfo
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ": ")
		if !ok {
			continue
		}
		switch k {
		case "host":
			li.Host = v
		case "pid":
			li.PID, _ = strconv.Atoi(v)
		case "user":
			li.User = oneLine(v)
		case "since":
			li.Since, _ = time.Parse(time.RFC3339, v)
		}
	}
	if li.Host == "" {
		li.Host = "?"
	}
	return li
}

// ErrChangedOnDisk is returned (wrapped) when an answers file was changed
// by someone else (a hand edit, a sync such as OneDrive) since it was
// loaded or last saved; writing would undo that change.
var ErrChangedOnDisk = errors.New("the file was changed on disk since it was opened (by hand, or by a sync such as OneDrive)")

// Digest returns the SHA-256 of a file's bytes, or "" when there is no file.
func Digest(path string) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	data, err := readLimited(path)
	if err != nil {
		return "", err
	}
	return DigestOf(data), nil
}

// DigestOf returns the SHA-256 of data in hex, as Digest does for a file.
func DigestOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
