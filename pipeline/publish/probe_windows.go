//go:build windows

package publish

import (
	"errors"
	"io/fs"

	"golang.org/x/sys/windows"
)

// probe opens the file for deletion, sharing everything, as a rename over
// it would: Word, WPS and most PDF viewers hold what they show open without
// delete sharing, and the open then fails with a sharing violation.
func probe(name string) error {
	p, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return err
	}
	h, err := windows.CreateFile(p, windows.DELETE, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return windows.CloseHandle(h)
}
