package assessment

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
)

// winFS is a file system in memory that spells paths as Windows does
// (C:\Users\..., \\server\share\...) and refuses a rename while another
// program holds the file open, as Windows does, so that the code paths of
// Windows are tested on any OS.
type winFS struct {
	files   map[string][]byte
	mode    map[string]fs.FileMode // a file's type bits: ModeIrregular for a OneDrive file
	links   map[string]string
	busy    int // renames still refused with ERROR_SHARING_VIOLATION
	renames int
	slept   time.Duration
	temps   []string // the temporary files created
}

func newWinFS() *winFS {
	return &winFS{files: map[string][]byte{}, links: map[string]string{}, mode: map[string]fs.FileMode{}}
}

// winErrno is a Windows error code, as syscall.Errno holds it there.
type winErrno uintptr

func (e winErrno) Error() string { return fmt.Sprintf("Windows error %d", uintptr(e)) }

func winSep(c byte) bool { return c == '\\' || c == '/' }

// winVolume is the length of the volume at the start of path: C: or
// \\server\share.
func winVolume(path string) int {
	if len(path) >= 2 && path[1] == ':' {
		return 2
	}
	if len(path) >= 2 && winSep(path[0]) && winSep(path[1]) {
		n := 0
		for i := 2; i < len(path); i++ {
			if winSep(path[i]) {
				if n++; n == 2 {
					return i
				}
			}
		}
		return len(path)
	}
	return 0
}

func (w *winFS) Split(path string) (string, string) {
	i := len(path) - 1
	for i >= winVolume(path) && !winSep(path[i]) {
		i--
	}
	return path[:i+1], path[i+1:]
}

func (w *winFS) Join(dir, file string) string {
	if dir == "" || winSep(dir[len(dir)-1]) || len(dir) == winVolume(dir) && dir[len(dir)-1] == ':' {
		return dir + file
	}
	return dir + `\` + file
}

func (w *winFS) IsAbs(path string) bool {
	v := winVolume(path)
	return v > 0 && (v > 2 || len(path) > 2 && winSep(path[2]))
}

func (w *winFS) Busy(err error) bool {
	var e winErrno
	return errors.As(err, &e) && windowsBusy(uintptr(e))
}

func (w *winFS) Sleep(d time.Duration) { w.slept += d }

func (w *winFS) Windows() bool { return true }

func (w *winFS) CreateTemp(dir, pattern string) (tempFile, error) {
	if dir != "." && !strings.HasSuffix(dir, `\`) {
		return nil, fmt.Errorf("CreateTemp in %q: not a folder as Split gives it", dir)
	}
	name := w.Join(dir, strings.Replace(pattern, "*", fmt.Sprint(len(w.temps)+1), 1))
	w.temps = append(w.temps, name)
	return &winFile{fs: w, name: name}, nil
}

func (w *winFS) Rename(from, to string) error {
	w.renames++
	if w.busy > 0 {
		w.busy--
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: winErrno(errorSharingViolation)}
	}
	data, ok := w.files[from]
	if !ok {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: os.ErrNotExist}
	}
	w.files[to] = data
	delete(w.files, from)
	return nil
}

func (w *winFS) Remove(name string) error              { delete(w.files, name); return nil }
func (w *winFS) SyncDir(string) error                  { return nil }
func (w *winFS) ReadDir(string) ([]os.DirEntry, error) { return nil, nil }
func (w *winFS) Readlink(name string) (string, error)  { return w.links[name], nil }
func (w *winFS) Lstat(name string) (os.FileInfo, error) {
	if _, ok := w.links[name]; ok {
		return winInfo{name, fs.ModeSymlink}, nil
	}
	if _, ok := w.files[name]; ok {
		return winInfo{name, w.mode[name] | 0o666}, nil
	}
	return nil, &os.PathError{Op: "lstat", Path: name, Err: os.ErrNotExist}
}

type winInfo struct {
	name string
	mode fs.FileMode
}

func (i winInfo) Name() string       { return i.name }
func (i winInfo) Size() int64        { return 0 }
func (i winInfo) Mode() fs.FileMode  { return i.mode }
func (i winInfo) ModTime() time.Time { return time.Time{} }
func (i winInfo) IsDir() bool        { return false }
func (i winInfo) Sys() any           { return nil }

type winFile struct {
	fs   *winFS
	name string
	buf  bytes.Buffer
}

func (f *winFile) Write(p []byte) (int, error) { return f.buf.Write(p) }
func (f *winFile) Name() string                { return f.name }
func (f *winFile) Chmod(os.FileMode) error     { return nil }
func (f *winFile) Chown(int, int) error        { return nil }
func (f *winFile) Sync() error                 { return nil }
func (f *winFile) Close() error                { f.fs.files[f.name] = f.buf.Bytes(); return nil }

const (
	winFolder  = `C:\Users\Eva Voorbeeld\OneDrive - Gemeente\`
	winAnswers = winFolder + `soeverein-GM0361-2026.yaml`
)

// TestWindowsPaths: a path with a drive letter and spaces gets its
// temporary file in the same folder, its lock file and its report beside
// it; links are followed the same way.
func TestWindowsPaths(t *testing.T) {
	w := newWinFS()
	if err := writeAtomic(w, winAnswers, []byte("format: 1\n")); err != nil {
		t.Fatal(err)
	}
	if len(w.temps) != 1 || !strings.HasPrefix(w.temps[0], winFolder+".soeverein-GM0361-2026.yaml.") || !strings.HasSuffix(w.temps[0], ".tmp") {
		t.Errorf("temporary file %q, want .soeverein-GM0361-2026.yaml.*.tmp in %s", w.temps, winFolder)
	}
	if string(w.files[winAnswers]) != "format: 1\n" || len(w.files) != 1 {
		t.Errorf("after the save the folder holds %v", w.files)
	}
	tests := []struct{ name, got, want string }{
		{"lock", lockPath(w, winAnswers), winFolder + `.soeverein-GM0361-2026.yaml.lock`},
		{"report", reportPath(w, winAnswers), winFolder + `soeverein-GM0361-2026.md`},
		{"report of *.MD", reportPath(w, winFolder+`antwoorden.MD`), winFolder + `antwoorden.report.md`},
		{"report, dot in a folder", reportPath(w, `C:\Users\eva.voorbeeld\antwoorden`), `C:\Users\eva.voorbeeld\antwoorden.md`},
		{"report on a share", reportPath(w, `\\fs01\Gemeente Voorbeeld\soeverein.yaml`), `\\fs01\Gemeente Voorbeeld\soeverein.md`},
		{"lock, drive-relative", lockPath(w, `D:soeverein.yaml`), `D:.soeverein.yaml.lock`},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	// A link to a file on another drive: its target is replaced, in the
	// target's folder, and the lock is the target's.
	w.links[`C:\Users\Eva Voorbeeld\Bureaublad\antwoorden.yaml`] = winAnswers
	if got := lockPath(w, `C:\Users\Eva Voorbeeld\Bureaublad\antwoorden.yaml`); got != winFolder+`.soeverein-GM0361-2026.yaml.lock` {
		t.Errorf("lock through a link: %q", got)
	}
	w.links[`C:\Snelkoppeling.yaml`] = `Users\Eva Voorbeeld\OneDrive - Gemeente\soeverein-GM0361-2026.yaml`
	if err := writeAtomic(w, `C:\Snelkoppeling.yaml`, []byte("format: 1\n# twee\n")); err != nil {
		t.Fatal(err)
	}
	if string(w.files[winAnswers]) != "format: 1\n# twee\n" {
		t.Errorf("a relative link was not written through: %v", w.files)
	}
}

// TestOneDriveFile: a OneDrive Files On-Demand file is a reparse point,
// which os reports on Windows as irregular; it is saved as a file, while a
// named pipe or device is still refused.
func TestOneDriveFile(t *testing.T) {
	w := newWinFS()
	w.files[winAnswers], w.mode[winAnswers] = []byte("oud\n"), fs.ModeIrregular
	if err := writeAtomic(w, winAnswers, []byte("nieuw\n")); err != nil || string(w.files[winAnswers]) != "nieuw\n" {
		t.Errorf("saving a OneDrive file: %v", err)
	}
	w.mode[winAnswers] = fs.ModeNamedPipe
	if err := writeAtomic(w, winAnswers, []byte("x\n")); err == nil {
		t.Error("a named pipe was replaced")
	}
	if checkRegular(winInfo{"x", fs.ModeIrregular}, 10, false) == nil {
		t.Error("an irregular file is taken as a file outside Windows")
	}
}

// TestRenameWhileHeldOpen: a virus scanner or OneDrive that holds the file
// for a moment delays the save; one that keeps holding it gives a message
// that names the file and says why, and the old file stays.
func TestRenameWhileHeldOpen(t *testing.T) {
	for _, busy := range []int{1, 4, 5, 100} {
		t.Run(fmt.Sprint(busy), func(t *testing.T) {
			w := newWinFS()
			w.files[winAnswers] = []byte("oud\n")
			w.busy = busy
			err := writeAtomic(w, winAnswers, []byte("nieuw\n"))
			if busy < 5 {
				if err != nil || string(w.files[winAnswers]) != "nieuw\n" {
					t.Fatalf("held open for %d tries: %v, file %q", busy, err, w.files[winAnswers])
				}
				return
			}
			var be *BusyError
			if !errors.As(err, &be) || !strings.Contains(err.Error(), "another program holds "+winAnswers+" open") {
				t.Fatalf("held open: error %v, want a BusyError naming the file", err)
			}
			if w.renames != 5 || w.slept < 900*time.Millisecond || w.slept > 1100*time.Millisecond {
				t.Errorf("tried %d times over %v, want 5 tries over about a second", w.renames, w.slept)
			}
			if string(w.files[winAnswers]) != "oud\n" || len(w.files) != 1 {
				t.Errorf("after the failed save the folder holds %q", w.files)
			}
		})
	}
	// Errors that are not about another program are not tried again.
	w := newWinFS()
	if w.Busy(&os.LinkError{Err: winErrno(3)}) || !w.Busy(&os.LinkError{Err: winErrno(errorAccessDenied)}) || !w.Busy(winErrno(errorLockViolation)) {
		t.Error("windowsBusy: wrong codes")
	}
}

// TestStaleLock: the rules for taking over a lock without signals (Windows):
// the same computer only, a process that is gone or that started after the
// lock was taken (its number given out again).
func TestStaleLock(t *testing.T) {
	since := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)
	me := LockInfo{Host: "PC-07", PID: 100}
	gone := func(int) (bool, time.Time) { return false, time.Time{} }
	runs := func(started time.Time) func(int) (bool, time.Time) {
		return func(int) (bool, time.Time) { return true, started }
	}
	tests := []struct {
		name   string
		holder LockInfo
		alive  func(int) (bool, time.Time)
		want   bool
	}{
		{"gone, same computer", LockInfo{Host: "PC-07", PID: 42, Since: since}, gone, true},
		{"gone, other computer", LockInfo{Host: "PC-12", PID: 42, Since: since}, gone, false},
		{"runs, started before the lock", LockInfo{Host: "PC-07", PID: 42, Since: since}, runs(since.Add(-time.Hour)), false},
		{"runs, start unknown (Unix)", LockInfo{Host: "PC-07", PID: 42, Since: since}, runs(time.Time{}), false},
		{"number reused: started after the lock", LockInfo{Host: "PC-07", PID: 42, Since: since}, runs(since.Add(time.Hour)), true},
		{"no pid", LockInfo{Host: "PC-07", Since: since}, gone, false},
	}
	for _, tt := range tests {
		if got := staleLock(tt.holder, me, tt.alive); got != tt.want {
			t.Errorf("%s: staleLock = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestCRLFQuestionnaire: a questionnaire saved by a Windows editor loads,
// and its problems are at the lines and columns the editor shows.
func TestCRLFQuestionnaire(t *testing.T) {
	data, err := os.ReadFile("testdata/minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	if _, err := Parse(crlf, "w.yaml"); err != nil {
		t.Fatalf("a CR LF questionnaire does not load: %v", err)
	}
	bad := bytes.Replace(data, []byte("format: 1"), []byte("format: 1\nwat: x"), 1)
	_, errLF := Parse(bad, "w.yaml")
	_, errCRLF := Parse(bytes.ReplaceAll(bad, []byte("\n"), []byte("\r\n")), "w.yaml")
	if errLF == nil || errCRLF == nil || errLF.Error() != errCRLF.Error() {
		t.Errorf("problems differ with CR LF:\n%v\n---\n%v", errLF, errCRLF)
	}
}
