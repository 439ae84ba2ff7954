package publish

import (
	"os"

	"golang.org/x/sys/unix"
)

// The inode flags of chattr +i and chattr +a; x/sys does not name them.
const (
	fsImmutable = 0x10
	fsAppend    = 0x20
)

// probe tells an immutable or append-only file, which no rename can
// replace, before anything is replaced. A file system without these flags
// (tmpfs, FAT, a network share) answers nothing, and the rename itself is
// then the test.
func probe(name string) error {
	f, err := os.Open(name)
	if err != nil {
		// A file we may not read can still be renamed away: the rename,
		// not this open, decides.
		return nil
	}
	defer f.Close()
	flags, err := unix.IoctlGetUint32(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err == nil && flags&(fsImmutable|fsAppend) != 0 {
		return errImmutable
	}
	return nil
}
