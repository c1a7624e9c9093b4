//go:build unix

package assessment

import "syscall"

// 0 keeps an open from waiting for a FIFO's writer, should one
// slip in between the Stat and the Open.
const openNonBlock = syscall.O_NONBLOCK
