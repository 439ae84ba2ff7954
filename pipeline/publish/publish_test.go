package publish

import (
	"os"
	"path/filepath"
	"strings"
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
	os.Mkdir(filepath.Join(dir, "c.pdf"), 0o755)
	os.WriteFile(filepath.Join(dir, "c.pdf", "x"), nil, 0o644)
	err := Write(dir, []File{{"a.docx", []byte("new")}, {"b.xlsx", []byte("x")}, {"c.pdf", []byte("x")}})
	if err == nil || !strings.Contains(err.Error(), "b.xlsx：同名的文件夹已存在；") || !strings.Contains(err.Error(), "c.pdf：同名的文件夹已存在。原有文件保持不变") {
		t.Fatalf("writing over folders: %v", err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a.docx"))
	if string(got) != "old" {
		t.Fatalf("a.docx changed to %q after a failed write", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("temporary files left: %v", entries)
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
