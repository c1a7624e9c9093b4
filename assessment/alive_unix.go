//go:build unix

package assessment

import (
	"errors"
	"syscall"
	"time"
)

// processAlive reports whether a process with pid runs on this computer;
// when it started is not asked (Unix gives pids out again only after
// a full round).
func processAlive(pid int) (bool, time.Time) {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM), time.Time{}
}

// renameBusy: on Unix a rename never waits for another program.
func renameBusy(error) bool { return false }
