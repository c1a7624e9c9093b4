//go:build unix

package assessment

import (
	"errors"
	"syscall"
)

// processAlive reports whether a process with pid runs on this computer.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
