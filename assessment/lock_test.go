package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLockAnswers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	host, _ := os.Hostname()
	lp := LockPath(path)
	if lp != filepath.Join(dir, ".a.yaml.lock") {
		t.Fatalf("LockPath = %s", lp)
	}

	t.Run("other writer refused", func(t *testing.T) {
		other := LockInfo{Host: "pc-collega", PID: 4242, User: "collega", Since: time.Date(2026, 11, 20, 9, 30, 0, 0, time.Local)}
		must(t, os.WriteFile(lp, other.encode(), 0o644))
		defer os.Remove(lp)
		_, err := LockAnswers(path)
		var le *LockedError
		if !errors.As(err, &le) || !strings.Contains(err.Error(), "collega on pc-collega (process 4242) since 2026-11-20 09:30") {
			t.Fatalf("LockAnswers with a colleague's lock = %v, want who holds it", err)
		}
	})
	t.Run("stale lock taken over", func(t *testing.T) {
		dead := LockInfo{Host: host, PID: 1 << 30, User: "ik", Since: time.Now()}
		must(t, os.WriteFile(lp, dead.encode(), 0o644))
		l, err := LockAnswers(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(l.TookOver, "no longer runs") {
			t.Errorf("TookOver = %q, want a message", l.TookOver)
		}
		data, _ := os.ReadFile(lp)
		if got := decodeLockInfo(data); got.PID != os.Getpid() || got.Host != host {
			t.Errorf("lock file holds %+v, want this process", got)
		}
		must(t, l.Unlock())
		if _, err := os.Stat(lp); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("lock file left after Unlock")
		}
	})
}

func TestLoadedDigest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	data := []byte("format: 1\nkind: soeverein-answers\n")
	must(t, os.WriteFile(path, data, 0o600))
	a, _, err := LoadAnswers(path, nil)
	must(t, err)
	if d, _ := Digest(path); a.LoadedDigest() != d || d != DigestOf(data) {
		t.Errorf("LoadedDigest = %q, Digest = %q", a.LoadedDigest(), d)
	}
}
