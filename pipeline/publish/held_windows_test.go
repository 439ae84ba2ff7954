//go:build windows

package publish

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// TestFileOpenWithoutDeleteSharing holds the PDF as Word, WPS and most PDF
// viewers do: open, sharing reading and writing but not deletion.
func TestFileOpenWithoutDeleteSharing(t *testing.T) {
	dir := publishOld(t)
	pdf := filepath.Join(dir, "c.pdf")
	name, _ := windows.UTF16PtrFromString(pdf)
	h, err := windows.CreateFile(name, windows.GENERIC_READ, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	err = WriteSet(dir, newSet, manifestOf("new", newSet))
	var re *ReplaceError
	if !errors.As(err, &re) || !re.Kept || !strings.Contains(err.Error(), "文件正被其他程序打开，无法替换："+pdf) {
		t.Fatalf("err = %v", err)
	}
	if whichSet(t, dir, false) != "old" {
		t.Error("the old set was not kept")
	}
	windows.CloseHandle(h)
	if err := WriteSet(dir, newSet, manifestOf("new", newSet)); err != nil || whichSet(t, dir, false) != "new" {
		t.Fatalf("after closing: %v", err)
	}
}
