package assessment

// Windows error codes of a rename over a file that another program holds
// open: ERROR_ACCESS_DENIED (also a read-only file), ERROR_SHARING_VIOLATION
// and ERROR_LOCK_VIOLATION.
const (
	errorAccessDenied     = 5
	errorSharingViolation = 32
	errorLockViolation    = 33
)

// windowsBusy reports whether a Windows error code means that the file is
// held open by another program for now. It is not in a Windows-only file
// so that its tests run everywhere.
func windowsBusy(code uintptr) bool {
	switch code {
	case errorAccessDenied, errorSharingViolation, errorLockViolation:
		return true
	}
	return false
}
