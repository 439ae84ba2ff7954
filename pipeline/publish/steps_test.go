package publish

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// The old set has no 变更说明.txt; the new one adds it, so that rolling
// back must also take away a file that was not there.
var (
	oldSet = []File{{"a.docx", []byte("old a")}, {"b.xlsx", []byte("old b")}, {"c.pdf", []byte("old c")}}
	newSet = []File{{"a.docx", []byte("new a")}, {"b.xlsx", []byte("new b")}, {"c.pdf", []byte("new c")}, {"变更说明.txt", []byte("new d")}}
)

// manifestOf lists the set's files, as jixiao-manifest.json does.
func manifestOf(tag string, files []File) func(map[string]os.FileInfo) File {
	return func(map[string]os.FileInfo) File {
		var names []string
		for _, f := range files {
			names = append(names, f.Name)
		}
		return File{"jixiao-manifest.json", []byte(tag + " " + strings.Join(names, ","))}
	}
}

func publishOld(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := WriteSet(dir, oldSet, manifestOf("old", oldSet)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// whichSet tells whether dir holds exactly the old set or exactly the new
// one, its manifest included, and nothing of ours besides; else it fails.
func whichSet(t *testing.T, dir string, leftoversAllowed bool) string {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	got := map[string]string{}
	var ours []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) {
			ours = append(ours, e.Name())
			continue
		}
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		got[e.Name()] = string(b)
	}
	if len(ours) > 0 && !leftoversAllowed {
		t.Errorf("left behind: %v", ours)
	}
	for tag, set := range map[string][]File{"old": oldSet, "new": newSet} {
		want := map[string]string{"jixiao-manifest.json": string(manifestOf(tag, set)(nil).Data)}
		for _, f := range set {
			want[f.Name] = string(f.Data)
		}
		if equal(got, want) {
			return tag
		}
	}
	var listing []string
	for n, c := range got {
		listing = append(listing, n+"="+c)
	}
	sort.Strings(listing)
	t.Fatalf("the folder mixes two sets: %v", listing)
	return ""
}

func equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// operations counts what publishing the new set over the old does.
func operations(t *testing.T) int {
	dir := publishOld(t)
	f := &faulty{}
	if err := (publisher{fs: f}).writeSet(dir, newSet, manifestOf("new", newSet)); err != nil {
		t.Fatal(err)
	}
	if f.n < 20 {
		t.Fatalf("only %d operations counted", f.n)
	}
	return f.n
}

// TestEveryOperationFails fails each operation of a publish in turn: the
// folder then holds exactly the old set when the publish reports an error
// and exactly the new one when it does not, and the next run's Recover
// leaves it so, with nothing of ours behind.
func TestEveryOperationFails(t *testing.T) {
	n := operations(t)
	causes := map[syscall.Errno]string{syscall.EIO: "磁盘读写出错", syscall.ENOSPC: "磁盘已满"}
	for at := 1; at <= 2*n; at++ {
		cause := syscall.EIO
		if at > n {
			cause = syscall.ENOSPC
		}
		dir := publishOld(t)
		err := (publisher{fs: &faulty{at: (at-1)%n + 1, err: cause}}).writeSet(dir, newSet, manifestOf("new", newSet))
		got := whichSet(t, dir, err == nil)
		if (err == nil) != (got == "new") {
			t.Errorf("operation %d failing: err = %v, the folder holds the %s set", at, err, got)
		}
		if err != nil && (strings.Contains(err.Error(), tempPrefix) || !strings.Contains(err.Error(), causes[cause])) {
			t.Errorf("operation %d: the message names a temporary file, or not the cause: %v", at, err)
		}
		if err := Recover(dir); err != nil {
			t.Fatal(err)
		}
		if again := whichSet(t, dir, false); again != got {
			t.Errorf("operation %d: Recover turned the %s set into the %s one", at, got, again)
		}
	}
}

// TestKilledAtEveryOperation stops a publish at each operation, as kill -9
// or a power cut would: nothing after it happens. The next run's Recover
// then leaves one whole set: the old one when the kill came before the
// journal was in place, the new one after.
func TestKilledAtEveryOperation(t *testing.T) {
	n := operations(t)
	sawOld, sawNew := false, false
	for at := 1; at <= n; at++ {
		dir := publishOld(t)
		(publisher{fs: &faulty{at: at, crash: true}}).writeSet(dir, newSet, manifestOf("new", newSet))
		_, journalErr := os.Lstat(filepath.Join(dir, Journal))
		if err := Recover(dir); err != nil {
			t.Fatalf("operation %d: %v", at, err)
		}
		got := whichSet(t, dir, false)
		if journalErr == nil && got != "new" {
			t.Errorf("killed at operation %d with the journal in place, yet the old set stays", at)
		}
		sawOld = sawOld || got == "old"
		sawNew = sawNew || got == "new"
	}
	if !sawOld || !sawNew {
		t.Errorf("kills ended in the old set %v, the new set %v: both should occur", sawOld, sawNew)
	}
}

// TestHeldFilesAreAllNamed holds two files as programs that have them open
// do: nothing is replaced, and the one message names both.
func TestHeldFilesAreAllNamed(t *testing.T) {
	dir := publishOld(t)
	held := map[string]bool{filepath.Join(dir, "a.docx"): true, filepath.Join(dir, "c.pdf"): true}
	err := (publisher{fs: &faulty{held: held}}).writeSet(dir, newSet, manifestOf("new", newSet))
	var re *ReplaceError
	if !errors.As(err, &re) || !re.Kept {
		t.Fatalf("err = %v", err)
	}
	var ioe *Error
	if !errors.As(err, &ioe) {
		t.Error("a held file is not an I/O error (exit 4)")
	}
	msg := err.Error()
	for _, want := range []string{"文件正被其他程序打开，无法替换", filepath.Join(dir, "a.docx") + "、" + filepath.Join(dir, "c.pdf"), "请关闭后重新生成", "原有文件保持不变"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if whichSet(t, dir, false) != "old" {
		t.Error("the old set was not kept")
	}
}

// TestHeldFileFoundOnlyByTheRename is a file the probe could not tell
// (a file system without the flags), held by the time of its rename: the
// files moved aside before it are put back.
func TestHeldFileFoundOnlyByTheRename(t *testing.T) {
	dir := publishOld(t)
	f := &faulty{held: map[string]bool{filepath.Join(dir, "c.pdf"): true}}
	p := publisher{fs: probeBlind{f}}
	err := p.writeSet(dir, newSet, manifestOf("new", newSet))
	if err == nil || !strings.Contains(err.Error(), "c.pdf") || strings.Contains(err.Error(), "a.docx") {
		t.Fatalf("err = %v", err)
	}
	if whichSet(t, dir, false) != "old" {
		t.Error("the old set was not put back")
	}
}

type probeBlind struct{ *faulty }

func (probeBlind) Probe(string) error { return nil }

// TestImmutableFile makes the PDF immutable (chattr +i, the Linux stand-in
// for a file open in a viewer on Windows); it runs where chattr works.
func TestImmutableFile(t *testing.T) {
	dir := publishOld(t)
	pdf := filepath.Join(dir, "c.pdf")
	if err := chattr("+i", pdf); err != nil {
		t.Skipf("chattr +i does not work here: %v", err)
	}
	defer chattr("-i", pdf)
	err := WriteSet(dir, newSet, manifestOf("new", newSet))
	var re *ReplaceError
	if !errors.As(err, &re) || !re.Kept || !strings.Contains(err.Error(), pdf) || !strings.Contains(err.Error(), "不可修改") {
		t.Fatalf("err = %v", err)
	}
	if whichSet(t, dir, false) != "old" {
		t.Error("the old set was not kept")
	}
	// Released, the next publish goes through.
	chattr("-i", pdf)
	if err := WriteSet(dir, newSet, manifestOf("new", newSet)); err != nil || whichSet(t, dir, false) != "new" {
		t.Fatalf("after release: %v", err)
	}
}

func TestExplainIsChinese(t *testing.T) {
	for _, err := range []error{
		&os.LinkError{Op: "rename", Old: "/out/.jixiao-1-2.tmp", New: "/out/a.pdf", Err: syscall.EBUSY},
		&os.PathError{Op: "write", Path: "/out/.jixiao-1-2.tmp", Err: syscall.EIO},
		&os.PathError{Op: "write", Path: "/out/.jixiao-1-2.tmp", Err: syscall.Errno(200)},
		&os.PathError{Op: "open", Path: "/out/.jixiao-1-2.tmp", Err: syscall.ENAMETOOLONG},
	} {
		got := Explain(err)
		english := false
		for _, w := range []string{".tmp", "rename", "write", "open", "busy", "error", "output", "long"} {
			english = english || strings.Contains(got, w)
		}
		if english || got == "" {
			t.Errorf("Explain(%v) = %q", err, got)
		}
	}
}

// TestReadOnlyFolder is an output folder the user may not write in (a
// share mounted read-only for this user); it runs where the permission
// holds, which it does not for root.
func TestReadOnlyFolder(t *testing.T) {
	dir := publishOld(t)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if f, err := os.Create(filepath.Join(dir, "probe")); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Skip("the folder is writable for this user even so")
	}
	err := WriteSet(dir, newSet, manifestOf("new", newSet))
	if err == nil || !strings.Contains(err.Error(), "没有权限") || strings.Contains(err.Error(), tempPrefix) {
		t.Fatalf("err = %v", err)
	}
	if whichSet(t, dir, false) != "old" {
		t.Error("the old set was not kept")
	}
}
