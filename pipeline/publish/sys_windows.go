//go:build windows

package publish

import (
	"errors"
	"syscall"

	"golang.org/x/sys/windows"
)

// syncDir is a no-op: Windows commits a folder's entries with the rename.
func syncDir(string) error { return nil }

// Another program (Word, WPS, a PDF viewer) holds the file open.
func isSharingViolation(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}

func isDiskFull(err error) bool {
	return errors.Is(err, windows.ERROR_DISK_FULL) || errors.Is(err, windows.ERROR_HANDLE_DISK_FULL) || errors.Is(err, syscall.ENOSPC)
}

func isWriteProtected(err error) bool { return errors.Is(err, windows.ERROR_WRITE_PROTECT) }
