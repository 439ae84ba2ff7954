package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
)

// setAmount saves the sample with the first project's amount set, and the
// 合计 with it, over input.
func setAmount(t *testing.T, input string, yuan int64) {
	t.Helper()
	if err := os.WriteFile(input, variant(t, yuan), 0o644); err != nil {
		t.Fatal(err)
	}
}

// builtJob is a job with its own copy of the sample, built once.
func builtJob(t *testing.T) (job, input, out string) {
	t.Helper()
	job, input, out = copyJob(t, t.TempDir())
	built(t, job)
	return job, input, out
}

// TestForcedRebuildKeepsTheChangeReport: a rebuild that changes nothing
// (--force, as the page's 重新生成) leaves 变更说明.txt and the history as
// they were; each real change adds one entry to the history.
func TestForcedRebuildKeepsTheChangeReport(t *testing.T) {
	job, input, out := builtJob(t)
	setAmount(t, input, 4100000)
	built(t, job)
	first := readText(t, out, changes.Name)
	if !strings.Contains(first, "400.00 → 410.00") {
		t.Fatalf("变更说明.txt:\n%s", first)
	}
	if code, _, stderr := runCmd("build", "-q", "--force", job); code != 0 {
		t.Fatal(stderr)
	}
	if got := readText(t, out, changes.Name); got != first {
		t.Errorf("a forced rebuild replaced the change report:\n%s", got)
	}
	history, err := changes.History(out)
	if err != nil || len(history) != 1 || "\uFEFF"+history[0].Text != first {
		t.Fatalf("history after one change: %+v %v", history, err)
	}
	setAmount(t, input, 4200000)
	built(t, job)
	history, _ = changes.History(out)
	if len(history) != 2 || history[0].Number != 2 || !strings.Contains(history[0].Text, "410.00 → 420.00") || "\uFEFF"+history[1].Text != first {
		t.Errorf("history after two changes: %+v", history)
	}
	whole(t, out)
}

// leftovers are what runs killed in the middle of publishing leave: a
// temporary file, a backup of an old output, of a process that is gone and
// of one whose id a live process (init) has now.
var leftovers = []string{".jixiao-999999-123.tmp", ".jixiao-1-456.tmp", ".jixiao-1-456-old.tmp"}

func leave(t *testing.T, out string) {
	t.Helper()
	for _, name := range leftovers {
		if err := os.WriteFile(filepath.Join(out, name), []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func remaining(out string) []string {
	var left []string
	for _, name := range leftovers {
		if _, err := os.Lstat(filepath.Join(out, name)); err == nil {
			left = append(left, name)
		}
	}
	return left
}

// TestBuildClearsCrashLeftovers: a build removes what killed runs left,
// even when it has nothing to build; while another run holds the folder,
// it touches nothing of it.
func TestBuildClearsCrashLeftovers(t *testing.T) {
	job, _, out := builtJob(t)
	leave(t, out)
	lock, err := publish.Acquire(out, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("build", "--wait", "300ms", job)
	lock.Release()
	if code != exitBusy || len(remaining(out)) != len(leftovers) {
		t.Fatalf("with the folder held: exit %d, left %v: %s", code, remaining(out), stderr)
	}
	code, stdout, stderr := runCmd("build", job)
	if code != 0 || !strings.Contains(stdout, "已是最新") {
		t.Fatalf("%d %s %s", code, stdout, stderr)
	}
	if left := remaining(out); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestWatchClearsCrashLeftovers: the watcher's first look at a job that is
// up to date clears the leftovers too.
func TestWatchClearsCrashLeftovers(t *testing.T) {
	job, _, out := builtJob(t)
	leave(t, out)
	ctx, cancel := context.WithCancel(context.Background())
	var log syncBuffer
	checked := make(chan bool, 10)
	done := make(chan int)
	go func() {
		done <- watch(ctx, []string{job}, &log, &log, watchHooks{built: func(_ string, res *runner.Result, err error) {
			checked <- err == nil && res.Fresh
		}})
	}()
	select {
	case fresh := <-checked:
		if !fresh {
			t.Errorf("the first check was not 已是最新:\n%s", log.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no first check")
	}
	cancel()
	<-done
	if left := remaining(out); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestHeldOutputKeepsTheOldSet makes the PDF immutable (the Linux stand-in
// for a PDF open in a viewer on Windows): the build fails with exit 4 and
// a Chinese message naming it, and the folder keeps the old set whole.
func TestHeldOutputKeepsTheOldSet(t *testing.T) {
	job, input, out := builtJob(t)
	before := snapshot(t, out)
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	if len(pdfs) != 1 {
		t.Fatalf("PDFs: %v", pdfs)
	}
	pdf := pdfs[0]
	if out, err := exec.Command("chattr", "+i", pdf).CombinedOutput(); err != nil {
		t.Skipf("chattr +i does not work here: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", pdf).Run()
	setAmount(t, input, 4100000)
	code, _, stderr := runCmd("build", job)
	if code != exitIO || !strings.Contains(stderr, pdf) || !strings.Contains(stderr, "原有文件保持不变") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, ".jixiao-") || strings.Contains(stderr, "not permitted") {
		t.Errorf("the message shows an internal name or English: %s", stderr)
	}
	if snapshot(t, out) != before {
		t.Error("the folder no longer holds the old set")
	}
	whole(t, out)
	if temps, _ := filepath.Glob(filepath.Join(out, ".jixiao-*")); len(temps) != 0 {
		t.Errorf("left behind: %v", temps)
	}
}
