//go:build unix

package assessment

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadRefusesSpecialFiles checks that a FIFO, a device or a folder is
// refused before it is opened (opening a FIFO would wait for a writer).
func TestReadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 40<<20); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, want string }{
		{fifo, "named pipe (FIFO)"},
		{"/dev/zero", "device"},
		{dir, "folder"},
		{big, "the file is 40.0 MiB, above the size limit of 16 MiB"},
	} {
		done := make(chan error, 1)
		go func() { _, _, err := LoadAnswers(tc.path, nil); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadAnswers(%s) = %v, want %q", tc.path, err, tc.want)
			}
		case <-time.After(10 * time.Second):
			// Not a timing assertion: a hang is the failure. Unblock it.
			if f, err := os.OpenFile(tc.path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
			t.Fatalf("LoadAnswers(%s) hangs", tc.path)
		}
	}
}

func TestSaveThroughLinkKeepsModeAndOwner(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "share", "answers.yaml")
	must(t, os.MkdirAll(filepath.Dir(real), 0o755))
	must(t, os.WriteFile(real, []byte("old"), 0o640))
	if os.Getuid() == 0 {
		must(t, os.Chown(real, 4321, 4322))
	}
	link := filepath.Join(dir, "answers.yaml")
	must(t, os.Symlink(filepath.Join("share", "answers.yaml"), link))
	must(t, WriteFileAtomic(link, []byte("new")))

	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a regular file (%v)", err)
	}
	got, _ := os.ReadFile(real)
	if string(got) != "new" {
		t.Errorf("link target = %q, want %q", got, "new")
	}
	info, err := os.Stat(real)
	must(t, err)
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode = %v, want the old -rw-r----- kept", info.Mode().Perm())
	}
	if st := info.Sys().(*syscall.Stat_t); os.Getuid() == 0 && (st.Uid != 4321 || st.Gid != 4322) {
		t.Errorf("owner = %d:%d, want the old 4321:4322", st.Uid, st.Gid)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary file left in the link's folder: %d entries", len(entries))
	}

	fresh := filepath.Join(dir, "new.yaml")
	must(t, WriteFileAtomic(fresh, []byte("x")))
	if info, _ := os.Stat(fresh); info.Mode().Perm() != 0o600 {
		t.Errorf("new file mode = %v, want 0600", info.Mode().Perm())
	}
}

func TestSaveRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.md")
	must(t, syscall.Mkfifo(fifo, 0o600))
	// No device here: as root, a save that fails to refuse would replace
	// /dev/null with a regular file.
	for _, path := range []string{fifo, dir} {
		err := WriteFileAtomic(path, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), "only replaces regular files") {
			t.Errorf("WriteFileAtomic(%s) = %v, want a refusal", path, err)
		}
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced")
	}
}

func TestSaveRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	old := time.Now().Add(-time.Hour)
	stale := filepath.Join(dir, ".a.yaml.123456.tmp")
	young := filepath.Join(dir, ".a.yaml.999999.tmp")
	other := filepath.Join(dir, ".b.yaml.123456.tmp")
	for _, p := range []string{stale, young, other} {
		must(t, os.WriteFile(p, []byte("answers"), 0o600))
	}
	must(t, os.Chtimes(stale, old, old))
	must(t, os.Chtimes(other, old, old))
	must(t, WriteFileAtomic(path, []byte("x")))
	for p, want := range map[string]bool{stale: false, young: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s exists = %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}
