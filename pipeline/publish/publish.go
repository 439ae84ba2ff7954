package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
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

// journal is the content of Journal: the renames still to be made.
type journal struct {
	Renames []rename `json:"renames"`
}

type rename struct {
	Temp  string `json:"temp"`
	Final string `json:"final"`
}

// Write puts files into dir as one set: all of them, or, when it fails,
// none (see the package documentation).
func Write(dir string, files []File) error { return WriteSet(dir, files, nil) }

// WriteSet is Write with one more file made last, from what the others'
// files are on disk (their size and time, which the renames keep): the
// manifest, which so describes the set it is part of.
func WriteSet(dir string, files []File, last func(map[string]os.FileInfo) File) error {
	for _, f := range files {
		if f.Name == "" || f.Name != filepath.Base(f.Name) || f.Name == "." || f.Name == ".." || strings.HasPrefix(f.Name, tempPrefix) {
			return fmt.Errorf("输出文件名 %q 无效：只能是文件名，不能含目录", f.Name)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &Error{Op: "创建输出目录", Path: dir, Err: err}
	}
	for _, f := range files {
		if fi, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil && fi.IsDir() {
			return &Error{Op: "写入", Path: filepath.Join(dir, f.Name), Err: errIsFolder}
		}
	}
	if err := Recover(dir); err != nil {
		return err
	}
	var j journal
	cleanup := func() {
		for _, r := range j.Renames {
			os.Remove(filepath.Join(dir, r.Temp))
		}
	}
	for _, f := range files {
		tmp, err := writeTemp(dir, f.Name, f.Data)
		if err != nil {
			cleanup()
			return err
		}
		j.Renames = append(j.Renames, rename{Temp: filepath.Base(tmp), Final: f.Name})
	}
	if last != nil {
		stats := map[string]os.FileInfo{}
		for _, r := range j.Renames {
			if fi, err := os.Stat(filepath.Join(dir, r.Temp)); err == nil {
				stats[r.Final] = fi
			}
		}
		f := last(stats)
		tmp, err := writeTemp(dir, f.Name, f.Data)
		if err != nil {
			cleanup()
			return err
		}
		j.Renames = append(j.Renames, rename{Temp: filepath.Base(tmp), Final: f.Name})
	}
	stop("temps")
	raw, _ := json.Marshal(j)
	tmp, err := writeTemp(dir, Journal, raw)
	if err == nil {
		err = os.Rename(tmp, filepath.Join(dir, Journal))
		if err != nil {
			os.Remove(tmp)
			err = &Error{Op: "写入", Path: filepath.Join(dir, Journal), Err: err}
		}
	}
	if err == nil {
		err = syncDir(dir)
	}
	if err != nil {
		os.Remove(filepath.Join(dir, Journal))
		cleanup()
		return err
	}
	stop("journal")
	return finish(dir, j)
}

// finish makes the renames of a committed journal, then removes it.
func finish(dir string, j journal) error {
	for i, r := range j.Renames {
		tmp := filepath.Join(dir, r.Temp)
		if _, err := os.Lstat(tmp); errors.Is(err, os.ErrNotExist) {
			continue // renamed before a crash
		}
		if err := os.Rename(tmp, filepath.Join(dir, r.Final)); err != nil {
			return &Error{Op: "替换", Path: filepath.Join(dir, r.Final), Err: err}
		}
		stop("rename" + strconv.Itoa(i+1))
	}
	if err := syncDir(dir); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(dir, Journal)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return &Error{Op: "删除", Path: filepath.Join(dir, Journal), Err: err}
	}
	return syncDir(dir)
}

// Recover finishes a set that a killed run had committed, and removes the
// temporary files of runs that died before committing theirs. It is safe to
// call on any folder, and a no-op where nothing was left behind.
func Recover(dir string) error {
	raw, err := os.ReadFile(filepath.Join(dir, Journal))
	switch {
	case errors.Is(err, os.ErrNotExist), errors.Is(err, errNotDir):
	case err != nil:
		return &Error{Op: "读取", Path: filepath.Join(dir, Journal), Err: err}
	default:
		var j journal
		if json.Unmarshal(raw, &j) != nil {
			// A journal is renamed into place whole, so a damaged one is
			// not ours to trust: the old set stays.
			os.Remove(filepath.Join(dir, Journal))
		} else if err := finish(dir, j); err != nil {
			return err
		}
	}
	removeStale(dir)
	return nil
}

func writeTemp(dir, name string, data []byte) (string, error) {
	t, err := createTemp(dir, fmt.Sprintf("%s%d-*%s", tempPrefix, os.Getpid(), tempSuffix))
	if err != nil {
		return "", &Error{Op: "创建临时文件", Path: dir, Err: err}
	}
	tmp := t.Name()
	_, err = t.Write(data)
	if err == nil {
		err = t.Sync()
	}
	if cerr := t.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err != nil {
		os.Remove(tmp)
		return "", &Error{Op: "写入", Path: filepath.Join(dir, name), Err: err}
	}
	return tmp, nil
}

// tempFile is what writeTemp writes through; tests replace createTemp to
// fill the disk at a chosen write.
type tempFile interface {
	Name() string
	Write([]byte) (int, error)
	Sync() error
	Close() error
}

var createTemp = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }

// removeStale deletes the temporary files of runs that were killed before
// they could clean up: those whose process is gone, and none that a
// journal still names.
func removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, tempPrefix) || !strings.HasSuffix(name, tempSuffix) {
			continue
		}
		pidText, _, _ := strings.Cut(strings.TrimPrefix(name, tempPrefix), "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid == os.Getpid() || !processAlive(pid) {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// stop lets a test kill the process at a step of Write: with JIXIAO_TEST_STOP
// set to temps, journal or renameN, the process kills itself there, as
// kill -9 would.
func stop(step string) {
	if os.Getenv("JIXIAO_TEST_STOP") == step {
		killSelf()
	}
}
