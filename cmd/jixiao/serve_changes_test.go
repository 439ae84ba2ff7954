package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestServeShowsEarlierChangeReports: after two builds that each change a
// project's name, the page shows the latest report and, below it, the
// earlier one, and the whole history downloads; a forced rebuild changes
// neither.
func TestServeShowsEarlierChangeReports(t *testing.T) {
	sj := serveJob(t, nil)
	jobPath := filepath.Join(sj.dir, "job.yaml")
	for _, name := range []string{"第一次改的名称", "第二次改的名称"} {
		f, err := excelize.OpenFile(sj.input)
		if err != nil {
			t.Fatal(err)
		}
		f.SetCellStr("重点绩效评价结果", "B2", name)
		if err := f.Save(); err != nil {
			t.Fatal(err)
		}
		f.Close()
		built(t, jobPath)
	}
	if code, _, stderr := runCmd("build", "-q", "--force", jobPath); code != 0 {
		t.Fatal(stderr)
	}
	_, page := sj.get(t, "/jobs/1")
	latest, earlier, ok := strings.Cut(page, "更早的变化")
	if !ok {
		t.Fatalf("the page shows no earlier change report:\n%.2000s", page)
	}
	if !strings.Contains(latest, "与上次相比的变化") || !strings.Contains(latest, "第二次改的名称") {
		t.Errorf("the latest report is not the second change:\n%.2000s", latest)
	}
	if !strings.Contains(earlier, "第 1 次生成的变化") || !strings.Contains(earlier, "第一次改的名称") {
		t.Errorf("the earlier report is not the first change:\n%.2000s", earlier)
	}
	code, history := sj.get(t, "/jobs/1/files/history")
	if code != 200 || !strings.Contains(history, "【第 2 次】") || !strings.Contains(history, "【第 1 次】") || strings.Contains(history, "【第 3 次】") {
		t.Errorf("the history download (%d):\n%s", code, history)
	}
}

// TestServeNamesABrokenJobFileAsSuch: a job file that cannot be loaded at
// start shows the word the exit-code table gives its kind, as a failed
// build would.
func TestServeNamesABrokenJobFileAsSuch(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "坏任务.yaml")
	if err := os.WriteFile(path, []byte("county: 沁源县\nyear: 二〇二三\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := newServer([]string{path}, nil, 1<<20, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.jobs[0].Status; got != kindJob.word() {
		t.Errorf("status %q, want %q", got, kindJob.word())
	}
}
