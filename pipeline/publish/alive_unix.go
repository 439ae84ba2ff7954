//go:build !windows

package publish

import (
	"errors"
	"os"
	"syscall"
)

func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}

func killSelf() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }

// syncDir makes the folder's entries (the renames) durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return &Error{Op: "同步", Path: dir, Err: err}
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return &Error{Op: "同步", Path: dir, Err: err}
	}
	return nil
}

func isSharingViolation(error) bool { return false }
