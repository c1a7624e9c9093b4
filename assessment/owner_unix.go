//go:build unix

package assessment

import (
	"os"
	"syscall"
)

// keepOwner gives a new file the owner and group of the file it replaces.
// Only root may give a file away; anyone else keeps at least the group
// (a shared folder's colleagues), when they are in it.
func keepOwner(f tempFile, old os.FileInfo) {
	st, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	uid, gid := int(st.Uid), int(st.Gid)
	if uid == os.Getuid() && gid == os.Getgid() {
		return
	}
	if f.Chown(uid, gid) != nil {
		_ = f.Chown(-1, gid)
	}
}
