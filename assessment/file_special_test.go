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
