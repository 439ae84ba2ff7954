package publish

import (
	"io/fs"
	"os"
	"syscall"
)

// faulty is the real file system with one operation failing: the at-th
// of the operations that change something (a create, a write, a sync, a
// rename, a remove) or ask whether a file can be replaced. With crash set,
// every operation from the at-th on fails, as if the process had been
// killed there: nothing more happens to the folder.
type faulty struct {
	osFS
	at    int
	crash bool
	err   error // what the failing operation returns; EIO when nil
	n     int
	// held names a file whose probe and rename away fail, as a file open
	// in Word fails on Windows.
	held map[string]bool
}

func (f *faulty) fail(op, path string) error {
	f.n++
	if f.n == f.at || (f.crash && f.at > 0 && f.n > f.at) {
		err := f.err
		if err == nil {
			err = syscall.EIO
		}
		return &fs.PathError{Op: op, Path: path, Err: err}
	}
	return nil
}

func (f *faulty) CreateTemp(dir, pattern string) (tempFile, error) {
	if err := f.fail("open", dir); err != nil {
		return nil, err
	}
	t, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return faultyFile{t, f}, nil
}

func (f *faulty) Rename(from, to string) error {
	if f.held[from] {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: syscall.EBUSY}
	}
	if err := f.fail("rename", from); err != nil {
		return err
	}
	return os.Rename(from, to)
}

func (f *faulty) Remove(name string) error {
	if err := f.fail("remove", name); err != nil {
		return err
	}
	return os.Remove(name)
}

func (f *faulty) SyncDir(dir string) error {
	if err := f.fail("sync", dir); err != nil {
		return err
	}
	return syncDir(dir)
}

func (f *faulty) Probe(name string) error {
	if f.held[name] {
		return &fs.PathError{Op: "open", Path: name, Err: syscall.EBUSY}
	}
	return f.fail("probe", name)
}

// faultyFile counts its writes, syncs and closes among the operations.
type faultyFile struct {
	*os.File
	f *faulty
}

func (t faultyFile) Write(b []byte) (int, error) {
	if err := t.f.fail("write", t.Name()); err != nil {
		return 0, err
	}
	return t.File.Write(b)
}

func (t faultyFile) Sync() error {
	if err := t.f.fail("sync", t.Name()); err != nil {
		return err
	}
	return t.File.Sync()
}

func (t faultyFile) Close() error {
	err := t.File.Close()
	if ferr := t.f.fail("close", t.Name()); ferr != nil {
		return ferr
	}
	return err
}
