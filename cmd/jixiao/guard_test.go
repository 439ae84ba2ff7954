package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

// panicking is a build that panics for the job files named, as a bug deep
// in a stage would, and builds the others as usual.
func panicking(jobFiles ...string) updater {
	return func(j *job.Job, force bool) (*runner.Result, error) {
		for _, p := range jobFiles {
			if abs, _ := filepath.Abs(p); abs == j.Path || p == j.Path {
				var rows []int
				_ = rows[len(j.Path)] // index out of range
			}
		}
		return runner.Update(j, force)
	}
}

// buildWith runs jixiao build with update in place of runner.Update.
func buildWith(update updater, args ...string) (int, string, string) {
	var out, errOut strings.Builder
	code := buildCmd(args, &out, &errOut, update)
	return code, out.String(), errOut.String()
}

// crashLog checks that a failure's message names the job, its input, the
// version and a log file holding the stack, and that the stack is not in
// the message.
func crashLog(t *testing.T, msg, jobFile string) {
	t.Helper()
	for _, want := range []string{"程序内部错误", filepath.Base(jobFile), runner.Version, "错误记录"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q: %s", want, msg)
		}
	}
	if strings.Contains(msg, "goroutine") {
		t.Errorf("the stack is in the message: %s", msg)
	}
	_, log, _ := strings.Cut(msg, "错误记录 ")
	body, err := os.ReadFile(log)
	if err != nil || !strings.Contains(string(body), "index out of range") || !strings.Contains(string(body), "guard_test.go") {
		t.Errorf("log %q: %v\n%s", log, err, body)
	}
}

// twoJobs copies the sample job twice.
func twoJobs(t *testing.T) (a, b, outA, outB string) {
	dir := t.TempDir()
	a, _, outA = copyJob(t, filepath.Join(dir, "a"))
	b, _, outB = copyJob(t, filepath.Join(dir, "b"))
	return a, b, outA, outB
}

func TestAPanickingJobFailsAloneInABatch(t *testing.T) {
	a, b, outA, outB := twoJobs(t)
	code, stdout, _ := buildWith(panicking(a), "--json", "-j", "2", a, b)
	if code != exitSomeJobs {
		t.Fatalf("exit %d, want %d\n%s", code, exitSomeJobs, stdout)
	}
	var got struct {
		Jobs []jobReport `json:"jobs"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if r := got.Jobs[0]; r.Status != "失败" || r.Kind != "internal" {
		t.Errorf("the panicking job: %+v", r)
	} else {
		crashLog(t, r.Error, a)
	}
	if r := got.Jobs[1]; r.Status != "已生成" {
		t.Errorf("the other job: %+v", r)
	}
	if _, err := os.Stat(outA); !os.IsNotExist(err) {
		t.Errorf("the panicking job wrote its output folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(outB, "facts.json")); err != nil {
		t.Errorf("the other job was not published: %v", err)
	}
	// A single job's panic is its own exit code.
	if code, _, stderr := buildWith(panicking(a), "-q", a); code != exitInternal {
		t.Errorf("exit %d, want %d\n%s", code, exitInternal, stderr)
	}
}

func TestWatchGoesOnAfterAPanickingBuild(t *testing.T) {
	a, b, _, _ := twoJobs(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outcomes := make(chan error, 10)
	var log syncBuffer
	done := make(chan int)
	go func() {
		done <- watch(ctx, []string{a, b}, &log, &log, watchHooks{built: func(_ string, _ *runner.Result, err error) { outcomes <- err }, update: guarded(panicking(a))})
	}()
	for i, want := range []string{"程序内部错误", ""} {
		select {
		case err := <-outcomes:
			if statusWord(err) != want {
				t.Errorf("build %d: %v", i, err)
			}
		case <-time.After(60 * time.Second):
			t.Fatalf("build %d never ended:\n%s", i, log.String())
		}
	}
	cancel()
	if code := <-done; code != exitInterrupt {
		t.Errorf("watch ended with %d", code)
	}
	if !strings.Contains(log.String(), "开始监视 2 个任务") {
		t.Errorf("the watcher did not go on to watch:\n%s", log.String())
	}
}

// The page's builds, the first at start and those a clerk asks for, run
// through the same boundary: the job shows 程序内部错误 with what to send,
// and the server serves on.
func TestServeShowsAPanickingBuildAndServesOn(t *testing.T) {
	sj := serveJob(t, nil)
	sv := sj.s.job(1)
	sj.s.update = guarded(panicking(sv.Path))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go sj.s.watch(ctx) // the build at start, as serve runs it
	sj.waitFor(t, kindInternal.word())
	sj.s.build(sv, "王会计") // and a clerk's
	sj.s.wait()
	sj.waitFor(t, kindInternal.word())
	sj.s.mu.Lock()
	msg := sv.Error
	sj.s.mu.Unlock()
	crashLog(t, msg, sv.Path)
	if code, page := sj.get(t, "/"); code != 200 || !strings.Contains(page, "程序内部错误") {
		t.Errorf("the page after the panic: %d\n%.300s", code, page)
	}
	sj.s.update = guarded(runner.Update)
	sj.s.build(sv, "王会计")
	sj.s.wait()
	sj.waitFor(t, statusFresh)
}

// A panic outside any job (the command line, init, lint) is told as an
// internal error naming the command, its stack logged, not printed.
func TestAPanicOutsideAnyJobIsAnInternalError(t *testing.T) {
	var stderr strings.Builder
	code := func() (code int) {
		defer lastResort([]string{"init", "--from", "数据.xlsx"}, &stderr, &code)
		var rows []int
		_ = rows[len(stderr.String())+3]
		return exitOK
	}()
	msg := stderr.String()
	if code != exitInternal || !strings.Contains(msg, "运行的命令 jixiao init --from 数据.xlsx") {
		t.Fatalf("exit %d: %s", code, msg)
	}
	crashLog(t, strings.TrimSpace(msg), "jixiao")
}
