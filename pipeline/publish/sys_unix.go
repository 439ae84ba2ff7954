//go:build !windows

package publish

import (
	"errors"
	"os"
	"syscall"
)

// syncDir makes the folder's entries (the renames) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}

func isSharingViolation(error) bool { return false }

func isDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

func isWriteProtected(error) bool { return false }
