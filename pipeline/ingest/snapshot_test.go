package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
)

// TestOneSnapshotServesTheBuild: what is read, checked and marked up is
// the version read by Load, whatever is saved over the file afterwards.
func TestOneSnapshotServesTheBuild(t *testing.T) {
	path := writeBook(t, validSheets())
	data, _ := os.ReadFile(path)
	snap, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if wb := snap.Workbook(); wb.SHA256 != hex.EncodeToString(sum[:]) || wb.Size != int64(len(data)) {
		t.Errorf("snapshot %s %d, file %x %d", wb.SHA256, wb.Size, sum, len(data))
	}
	os.WriteFile(path, []byte("saved over, no longer a workbook"), 0o644)
	ds, ps := ReadSnapshot(snap, definition.Default(), Options{})
	if ps.Err() != nil || ds == nil {
		t.Fatalf("the snapshot was not what was read: %v", ps.Sorted())
	}
	var marks dataset.Problems
	marks.Warn(dataset.CellRef{File: filepath.Base(path), Sheet: "绩效自评", Row: 2, Col: 1}, "测试")
	if _, err := AnnotateSnapshot(snap, marks.Sorted()); err != nil {
		t.Errorf("annotating the snapshot read the file again: %v", err)
	}
}

// TestFolderSnapshotTakesEveryCSV: each CSV file of a folder is read into
// the snapshot, with its own hash; lock files and other files are not.
func TestFolderSnapshotTakesEveryCSV(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"绩效自评.csv": "项目名称,单位,金额（万元）\n乙,局一,1\n", "绩效监控.csv": "项目名称,单位,金额（万元）\n戊,局一,5\n",
		"~$绩效自评.csv": "lock", ".~lock.绩效监控.csv#": "lock", "说明.txt": "x"}
	for name, body := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	snap, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range snap.Files {
		names = append(names, f.Name)
		sum := sha256.Sum256([]byte(files[f.Name]))
		if f.SHA256 != hex.EncodeToString(sum[:]) || string(f.Data) != files[f.Name] {
			t.Errorf("%s: snapshot %q", f.Name, f.Data)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"绩效监控.csv", "绩效自评.csv"}) || !snap.Dir || snap.Workbook() != nil {
		t.Errorf("snapshot of %v", names)
	}
}

type info struct {
	size int64
	mod  time.Time
}

func (i info) Name() string       { return "f" }
func (i info) Size() int64        { return i.size }
func (i info) Mode() os.FileMode  { return 0o644 }
func (i info) ModTime() time.Time { return i.mod }
func (i info) IsDir() bool        { return false }
func (i info) Sys() any           { return nil }

// TestAFileSavedWhileReadIsRefused: a size or time that moved while the
// bytes were read, or bytes short of the size, is a file caught saving.
func TestAFileSavedWhileReadIsRefused(t *testing.T) {
	t0 := time.Unix(1700000000, 0)
	before := info{100, t0}
	for _, c := range []struct {
		after info
		n     int
		ok    bool
	}{
		{info{100, t0}, 100, true},
		{info{100, t0.Add(time.Millisecond)}, 100, false},
		{info{120, t0}, 100, false},
		{info{100, t0}, 60, false},
	} {
		if got := unchanged(before, c.after, c.n); got != c.ok {
			t.Errorf("after %v, %d bytes: unchanged %v", c.after, c.n, got)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.xlsx")); err == nil || !strings.Contains(err.Error(), "文件不存在") {
		t.Errorf("missing file: %v", err)
	}
}
