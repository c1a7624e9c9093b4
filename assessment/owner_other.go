//go:build !unix

package assessment

import "os"

// keepOwner does nothing where files have no numeric owner (Windows keeps
// access rights through the folder's inherited ACLs).
func keepOwner(tempFile, os.FileInfo) {}
