//go:build windows

package publish

import (
	"errors"
	"os"
	"syscall"
)

func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}

func killSelf() { os.Exit(137) }

// syncDir is a no-op: Windows commits a folder's entries with the rename.
func syncDir(string) error { return nil }

// ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION: another program (Word,
// WPS) holds the file open.
func isSharingViolation(err error) bool {
	var errno syscall.Errno
	return errors.As(err, &errno) && (errno == 32 || errno == 33)
}
