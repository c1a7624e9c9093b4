//go:build windows

package assessment

import (
	"errors"
	"syscall"
	"time"
)

// processQueryLimitedInformation is PROCESS_QUERY_LIMITED_INFORMATION,
// which syscall does not define; any user may ask it of any process.
const processQueryLimitedInformation = 0x1000

// stillActive is the exit code of a process that has not ended.
const stillActive = 259

// processAlive reports whether a process with pid runs on this computer,
// and when it started. There are no signals on Windows: the process is
// opened; a process of another user cannot be opened, but exists.
func processAlive(pid int) (bool, time.Time) {
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	if err != nil {
		return errors.Is(err, syscall.ERROR_ACCESS_DENIED), time.Time{}
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err == nil && code != stillActive {
		return false, time.Time{} // ended; someone still holds a handle to it
	}
	var created, exited, kernel, user syscall.Filetime
	if err := syscall.GetProcessTimes(h, &created, &exited, &kernel, &user); err != nil {
		return true, time.Time{}
	}
	return true, time.Unix(0, created.Nanoseconds())
}

// renameBusy reports whether a failed rename means that another program
// holds the file open.
func renameBusy(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && windowsBusy(uintptr(errno))
}
