package publish

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// journal is the content of Journal: the renames that make the new set.
type journal struct {
	Renames []rename `json:"renames"`
}

// rename is one file of the set: its temporary file, its name, and, when
// a file of that name was there before, the name the old file is moved to
// until the whole new set is in place.
type rename struct {
	Temp   string `json:"temp"`
	Final  string `json:"final"`
	Backup string `json:"backup,omitempty"`
}

// valid refuses a journal naming anything but plain files of the folder:
// Recover must not be made to move files elsewhere.
func (j journal) valid() bool {
	plain := func(name string) bool {
		return name != "" && name == filepath.Base(name) && name != "." && name != ".."
	}
	ours := func(name string) bool {
		return plain(name) && strings.HasPrefix(name, tempPrefix) && strings.HasSuffix(name, tempSuffix)
	}
	for _, r := range j.Renames {
		if !ours(r.Temp) || !plain(r.Final) || (r.Backup != "" && !ours(r.Backup)) {
			return false
		}
	}
	return len(j.Renames) > 0
}

// writeJournal commits j: from the rename of the journal into place, the
// new set is the one the folder is to hold.
func (p publisher) writeJournal(dir string, j journal) error {
	raw, _ := json.Marshal(j)
	tmp, err := p.writeTemp(dir, dir, raw)
	if err != nil {
		return err
	}
	if err := p.fs.Rename(filepath.Join(dir, tmp), filepath.Join(dir, Journal)); err != nil {
		p.fs.Remove(filepath.Join(dir, tmp))
		return &Error{Op: "写入", Path: dir, Err: err}
	}
	if err := p.fs.SyncDir(dir); err != nil {
		return &Error{Op: "写入", Path: dir, Err: err}
	}
	return nil
}

func (p publisher) exists(path string) bool {
	_, err := p.fs.Lstat(path)
	return err == nil
}

// apply puts a committed set in place: first every old file is moved
// aside (to its backup), then every new one renamed to its name, then the
// backups and the journal are removed. Each step looks at what is there,
// so a run killed at any point is finished by applying the journal again.
// When a file cannot be moved, the set is rolled back.
func (p publisher) apply(dir string, j journal) error {
	var failed []*Error
	at := func(name string) string { return filepath.Join(dir, name) }
	for _, r := range j.Renames {
		if r.Backup == "" || !p.exists(at(r.Temp)) || !p.exists(at(r.Final)) || p.exists(at(r.Backup)) {
			continue
		}
		// Every file is tried, so that the message names all that are held.
		if err := p.fs.Rename(at(r.Final), at(r.Backup)); err != nil {
			failed = append(failed, &Error{Op: "替换", Path: at(r.Final), Err: err})
			continue
		}
	}
	for _, r := range j.Renames {
		if len(failed) > 0 {
			break
		}
		if !p.exists(at(r.Temp)) {
			continue // in place before a kill
		}
		if r.Backup != "" && p.exists(at(r.Final)) {
			// Something made the file again since it was moved aside.
			failed = append(failed, &Error{Op: "替换", Path: at(r.Final), Err: fs.ErrExist})
			break
		}
		if err := p.fs.Rename(at(r.Temp), at(r.Final)); err != nil {
			failed = append(failed, &Error{Op: "替换", Path: at(r.Final), Err: err})
			break
		}
	}
	if len(failed) > 0 {
		return p.rollBack(dir, j, failed)
	}
	// The new set is in place. What follows only tidies up; if it fails,
	// the next run's Recover finds nothing left to rename and tidies again.
	p.fs.SyncDir(dir)
	for _, r := range j.Renames {
		if r.Backup != "" {
			p.fs.Remove(at(r.Backup))
		}
	}
	if p.fs.Remove(at(Journal)) == nil {
		p.fs.SyncDir(dir)
	}
	return nil
}

// rollBack puts the old set back after a file could not be replaced: each
// new file in place goes back to its temporary name and each old one back
// from its backup. Until the journal is removed, every state on the way is
// one that applying the journal completes, so a kill here still ends in
// one whole set; when a step fails, the journal stays for the next run.
func (p publisher) rollBack(dir string, j journal, cause []*Error) error {
	at := func(name string) string { return filepath.Join(dir, name) }
	kept := true
	for i := len(j.Renames) - 1; i >= 0; i-- {
		r := j.Renames[i]
		if !p.exists(at(r.Temp)) && p.exists(at(r.Final)) {
			if err := p.fs.Rename(at(r.Final), at(r.Temp)); err != nil {
				kept = false
				continue
			}
		}
		if r.Backup != "" && p.exists(at(r.Backup)) {
			if err := p.fs.Rename(at(r.Backup), at(r.Final)); err != nil {
				kept = false
			}
		}
	}
	if kept && p.fs.SyncDir(dir) == nil && p.fs.Remove(at(Journal)) == nil {
		p.fs.SyncDir(dir)
		for _, r := range j.Renames {
			p.fs.Remove(at(r.Temp))
		}
	} else {
		kept = false
	}
	return &ReplaceError{Files: cause, Kept: kept}
}

func (p publisher) recover(dir string) error {
	raw, err := os.ReadFile(filepath.Join(dir, Journal))
	switch {
	case errors.Is(err, os.ErrNotExist), errors.Is(err, errNotDir):
	case err != nil:
		return &Error{Op: "读取", Path: dir, Err: err}
	default:
		var j journal
		if json.Unmarshal(raw, &j) != nil || !j.valid() {
			// A journal is renamed into place whole, so a damaged one is
			// not ours to trust: the old set stays.
			p.fs.Remove(filepath.Join(dir, Journal))
		} else if err := p.apply(dir, j); err != nil {
			// The killed run's set could not be completed; when the set
			// before it is back whole, this run can go on.
			var re *ReplaceError
			if !errors.As(err, &re) || !re.Kept {
				return err
			}
		}
	}
	p.removeStale(dir)
	return nil
}

// removeStale deletes the temporary files and backups of runs that were
// killed: with the folder's lock held and the journal dealt with, no live
// run has any, so the lock, not a process id that may have been reused,
// says they are leftovers.
func (p publisher) removeStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, tempPrefix) && strings.HasSuffix(name, tempSuffix) && !e.IsDir() {
			p.fs.Remove(filepath.Join(dir, name))
		}
	}
}
