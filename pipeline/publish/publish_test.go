package publish

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteReplacesAll(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []File{{"a.docx", []byte("one")}, {"b.xlsx", []byte("two")}}); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, []File{{"a.docx", []byte("three")}}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a.docx"))
	if string(got) != "three" {
		t.Fatalf("a.docx = %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("left behind: %v", entries)
	}
}

func TestFailedWriteLeavesOutputs(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []File{{"a.docx", []byte("old")}}); err != nil {
		t.Fatal(err)
	}
	// A bad second name fails the whole write, after the first one was prepared.
	err := Write(dir, []File{{"a.docx", []byte("new")}, {"../b.xlsx", []byte("x")}})
	if err == nil {
		t.Fatal("a name with a folder in it was accepted")
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a.docx"))
	if string(got) != "old" {
		t.Fatalf("a.docx changed to %q after a failed write", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
}

func TestTargetFolderBlocksEveryOutput(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []File{{"a.docx", []byte("old")}}); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "b.xlsx"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, []File{{"a.docx", []byte("new")}, {"b.xlsx", []byte("x")}}); err == nil {
		t.Fatal("writing over a folder succeeded")
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a.docx"))
	if string(got) != "old" {
		t.Fatalf("a.docx changed to %q after a failed write", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("temporary files left: %v", entries)
	}
}

// full is a temporary file on a disk that fills at the n-th write.
type full struct {
	tempFile
	writes *int
	at     int
}

func (f full) Write(b []byte) (int, error) {
	*f.writes++
	if *f.writes == f.at {
		return 0, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return f.tempFile.Write(b)
}

// TestDiskFullAtEachWrite fills the disk at each write of a set, the
// manifest's and the journal's included: each time the folder keeps the
// old set, no temporary file stays, and the error says the disk is full.
func TestDiskFullAtEachWrite(t *testing.T) {
	old := createTemp
	defer func() { createTemp = old }()
	set := []File{{"a.docx", []byte("new a")}, {"b.xlsx", []byte("new b")}, {"facts.json", []byte("new facts")}}
	last := func(map[string]os.FileInfo) File { return File{"manifest.json", []byte("new manifest")} }
	for at := 1; at <= 5; at++ {
		dir := t.TempDir()
		createTemp = old
		if err := WriteSet(dir, []File{{"a.docx", []byte("old a")}, {"b.xlsx", []byte("old b")}, {"facts.json", []byte("old facts")}}, func(map[string]os.FileInfo) File { return File{"manifest.json", []byte("old manifest")} }); err != nil {
			t.Fatal(err)
		}
		writes := 0
		createTemp = func(dir, pattern string) (tempFile, error) {
			f, err := old(dir, pattern)
			if err != nil {
				return nil, err
			}
			return full{f, &writes, at}, nil
		}
		err := WriteSet(dir, set, last)
		if err == nil || !strings.Contains(err.Error(), "磁盘已满") {
			t.Fatalf("write %d: err = %v", at, err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 4 {
			t.Errorf("write %d: left %v", at, entries)
		}
		for _, name := range []string{"a.docx", "b.xlsx", "facts.json", "manifest.json"} {
			if b, _ := os.ReadFile(filepath.Join(dir, name)); !strings.HasPrefix(string(b), "old") {
				t.Errorf("write %d: %s = %q", at, name, b)
			}
		}
	}
}

func TestRecoverRollsAJournalForward(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.docx"), []byte("old"), 0o644)
	os.WriteFile(filepath.Join(dir, ".jixiao-1-x.tmp"), []byte("new"), 0o644)
	os.WriteFile(filepath.Join(dir, Journal), []byte(`{"renames":[{"temp":".jixiao-1-x.tmp","final":"a.docx"}]}`), 0o644)
	if err := Recover(dir); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "a.docx")); string(b) != "new" {
		t.Errorf("a.docx = %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left %v", entries)
	}
}
