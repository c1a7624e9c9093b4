//go:build unix

package document

import (
	"os/exec"
	"syscall"
)

// killGroup starts the converter in its own process group and, on a
// timeout, ends the whole group: soffice is a script that starts
// soffice.bin, and Chromium starts helper processes.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
