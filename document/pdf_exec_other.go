//go:build !unix

package document

import "os/exec"

// killGroup leaves the default: the converter itself is ended on a
// timeout.
func killGroup(cmd *exec.Cmd) {}
