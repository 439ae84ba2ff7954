package publish

import (
	"io/fs"
	"os"
)

// fileSystem is every operation publishing makes on the output folder, so
// that a test can fail any one of them (a full disk, a held file, a kill)
// and check that the folder still holds one whole set.
type fileSystem interface {
	CreateTemp(dir, pattern string) (tempFile, error)
	Rename(from, to string) error
	Remove(name string) error
	Lstat(name string) (fs.FileInfo, error)
	// Probe reports why name, an existing file, could not be replaced
	// now (another program holds it open, it is immutable), or nil.
	Probe(name string) error
	// SyncDir makes the folder's entries (the renames) durable.
	SyncDir(dir string) error
}

// tempFile is a temporary file being written.
type tempFile interface {
	Name() string
	Write([]byte) (int, error)
	Sync() error
	Chmod(os.FileMode) error
	Close() error
}

// osFS is the real file system.
type osFS struct{}

func (osFS) CreateTemp(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
func (osFS) Rename(from, to string) error                     { return os.Rename(from, to) }
func (osFS) Remove(name string) error                         { return os.Remove(name) }
func (osFS) Lstat(name string) (fs.FileInfo, error)           { return os.Lstat(name) }
func (osFS) Probe(name string) error                          { return probe(name) }
func (osFS) SyncDir(dir string) error                         { return syncDir(dir) }
