package runner

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"jixiao/pipeline/job"
)

// TestPreviewIsKeptUntilTheFileChanges: a second page view of the same
// published Word file does not read it again (here it could not: its bytes
// are spoilt behind an unchanged size and time); a file of another time is
// read afresh.
func TestPreviewIsKeptUntilTheFileChanges(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	first, err := Preview(j, 2)
	if err != nil || len(first) != 2 {
		t.Fatalf("%d pages, %v", len(first), err)
	}
	path, info := spoil(t, j)
	again, err := Preview(j, 2)
	if err != nil || !slices.Equal(again, first) {
		t.Errorf("the same file previewed again: %d pages, %v", len(again), err)
	}
	later := info.ModTime().Add(time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if _, err := Preview(j, 2); err == nil {
		t.Error("a changed file was not read again")
	}
}

// TestABuildLaysOutAWatchedPreview: once the page has shown a job's
// preview, a build lays the new file's preview out from the document it
// holds, so the next view reads nothing (here it could not: the file's
// bytes are spoilt behind its size and time).
func TestABuildLaysOutAWatchedPreview(t *testing.T) {
	j := sampleJob(t)
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	first, err := Preview(j, 3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(j); err != nil {
		t.Fatal(err)
	}
	spoil(t, j)
	after, err := Preview(j, 3)
	if err != nil || !slices.Equal(after, first) {
		t.Errorf("the view after the build: %d pages, %v", len(after), err)
	}
}

// spoil overwrites j's published Word file with bytes no reader takes,
// keeping its size and time, and returns its path and what it was.
func spoil(t *testing.T, j *job.Job) (string, os.FileInfo) {
	t.Helper()
	path := filepath.Join(j.Output, j.DocxName)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), int(info.Size())), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	return path, info
}
