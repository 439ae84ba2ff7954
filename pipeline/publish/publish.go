package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// File is one output: its name in the output folder and its bytes.
type File struct {
	Name string
	Data []byte
}

const (
	tempPrefix = ".jixiao-"
	tempSuffix = ".tmp"
	// Journal is the file that says a new set is complete but not yet in place.
	Journal = ".jixiao-journal.json"
)

// publisher publishes through a file system: the real one, or in tests
// one that fails a chosen operation.
type publisher struct{ fs fileSystem }

var system = publisher{fs: osFS{}}

// Write puts files into dir as one set: all of them, or, when it fails,
// none (see the package documentation). The caller holds dir's Lock.
func Write(dir string, files []File) error { return WriteSet(dir, files, nil) }

// WriteSet is Write with one more file made last, from what the others'
// files are on disk (their size and time, which the renames keep): the
// manifest, which so describes the set it is part of.
func WriteSet(dir string, files []File, last func(map[string]os.FileInfo) File) error {
	return system.writeSet(dir, files, last)
}

// Recover finishes a set that a killed run had committed (or, when a file
// of it cannot be replaced, puts the previous set back), and removes what
// killed runs left behind. The caller holds dir's Lock, which is what
// tells that no live run is writing there; it is a no-op where nothing
// was left behind.
func Recover(dir string) error { return system.recover(dir) }

func (p publisher) writeSet(dir string, files []File, last func(map[string]os.FileInfo) File) error {
	for _, f := range files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || f.Name == "." || f.Name == ".." || strings.HasPrefix(f.Name, tempPrefix) {
			return fmt.Errorf("输出文件名 %q 无效：只能是文件名，不能含目录", f.Name)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &Error{Op: "创建输出目录", Path: dir, Err: err}
	}
	var folders []*Error
	for _, f := range files {
		if fi, err := p.fs.Lstat(filepath.Join(dir, f.Name)); err == nil && fi.IsDir() {
			folders = append(folders, &Error{Op: "替换", Path: filepath.Join(dir, f.Name), Err: errIsFolder})
		}
	}
	if len(folders) > 0 {
		return &ReplaceError{Files: folders, Kept: true}
	}
	if err := p.recover(dir); err != nil {
		return err
	}
	var j journal
	cleanup := func() {
		for _, r := range j.Renames {
			p.fs.Remove(filepath.Join(dir, r.Temp))
		}
	}
	add := func(f File) error {
		tmp, err := p.writeTemp(dir, filepath.Join(dir, f.Name), f.Data)
		if err != nil {
			return err
		}
		r := rename{Temp: tmp, Final: f.Name}
		if _, err := p.fs.Lstat(filepath.Join(dir, f.Name)); err == nil {
			r.Backup = strings.TrimSuffix(tmp, tempSuffix) + "-old" + tempSuffix
		}
		j.Renames = append(j.Renames, r)
		return nil
	}
	for _, f := range files {
		if err := add(f); err != nil {
			cleanup()
			return err
		}
	}
	if last != nil {
		stats := map[string]os.FileInfo{}
		for _, r := range j.Renames {
			if fi, err := p.fs.Lstat(filepath.Join(dir, r.Temp)); err == nil {
				stats[r.Final] = fi
			}
		}
		if err := add(last(stats)); err != nil {
			cleanup()
			return err
		}
	}
	// Every file that is there to be replaced is asked first, so that one
	// message names all that are held and nothing was touched.
	if err := p.probe(dir, j); err != nil {
		cleanup()
		return err
	}
	if err := p.writeJournal(dir, j); err != nil {
		p.fs.Remove(filepath.Join(dir, Journal))
		cleanup()
		return err
	}
	return p.apply(dir, j)
}

func (p publisher) probe(dir string, j journal) error {
	var held []*Error
	for _, r := range j.Renames {
		if r.Backup == "" {
			continue
		}
		final := filepath.Join(dir, r.Final)
		if err := p.fs.Probe(final); err != nil {
			held = append(held, &Error{Op: "替换", Path: final, Err: err})
		}
	}
	if len(held) > 0 {
		return &ReplaceError{Files: held, Kept: true}
	}
	return nil
}

// writeTemp writes data to a new temporary file in dir and returns its
// name; errors name shown, the file or folder the clerk knows, not the
// temporary file.
func (p publisher) writeTemp(dir, shown string, data []byte) (string, error) {
	t, err := p.fs.CreateTemp(dir, fmt.Sprintf("%s%d-*%s", tempPrefix, os.Getpid(), tempSuffix))
	if err != nil {
		return "", &Error{Op: "写入", Path: shown, Err: err}
	}
	tmp := t.Name()
	_, err = t.Write(data)
	if err == nil {
		err = t.Sync()
	}
	if err == nil {
		err = t.Chmod(0o644)
	}
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		p.fs.Remove(tmp)
		return "", &Error{Op: "写入", Path: shown, Err: err}
	}
	return filepath.Base(tmp), nil
}
