package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"

	"github.com/fsnotify/fsnotify"
)

// settle is how long a burst of file events must be quiet before a build:
// one save in Excel is several events, and should be one build.
const settle = 500 * time.Millisecond

// retries is how often a workbook that cannot be opened (a save still being
// written) is tried again, a second apart, before the watcher waits for the
// next save.
const retries = 3

func watchCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("watch", stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprint(stderr, "用法：jixiao watch 任务文件.yaml|目录...\n")
		return exitUsage
	}
	ctx, stopCode, release := onStop()
	defer release()
	if code := watch(ctx, fs.Args(), stdout, stderr, watchHooks{}); code != exitInterrupt {
		return code
	}
	return stopCode()
}

// watcher rebuilds jobs when what they depend on changes.
type watcher struct {
	fs      *fsnotify.Watcher
	log     io.Writer
	mu      sync.Mutex
	jobs    map[string]*job.Job // by job file
	tracked map[string][]string // file or input folder → job files
	outputs map[string]bool     // output folders, whose events are our own
	hooks   watchHooks
}

// watchHooks tell a watcher's user (serve, tests) of its builds; each may
// be nil.
type watchHooks struct {
	// starting is called as a job's check or build begins.
	starting func(path string)
	// built is called with each outcome: a result (Fresh when nothing was
	// built) or the error.
	built func(path string, res *runner.Result, err error)
	// update builds in place of runner.Update (serve queues its builds).
	update updater
}

// watch builds every job once, then watches until ctx ends; it returns 130.
func watch(ctx context.Context, args []string, stdout, stderr io.Writer, hooks watchHooks) int {
	paths, err := expand(args)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		fmt.Fprintf(stderr, "无法监视文件变化：%v\n", err)
		return exitUsage
	}
	defer fsw.Close()
	w := &watcher{fs: fsw, log: stderr, jobs: map[string]*job.Job{}, tracked: map[string][]string{}, outputs: map[string]bool{}, hooks: hooks}
	for _, p := range paths {
		abs, _ := filepath.Abs(p.path)
		w.rebuild(abs, 0)
	}
	w.logf("开始监视 %d 个任务，按 Ctrl-C 停止", len(paths))
	pending := map[string]int{} // job → retries so far
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			w.logf("已停止监视")
			return exitInterrupt
		case ev, ok := <-fsw.Events:
			if !ok {
				return exitInterrupt
			}
			for _, j := range w.affected(ev) {
				pending[j] = 0
				timer.Reset(settle)
			}
		case err, ok := <-fsw.Errors:
			if ok {
				w.logf("监视出错：%v", err)
			}
		case <-timer.C:
			again := map[string]int{}
			for _, j := range slices.Sorted(maps.Keys(pending)) {
				tries := pending[j]
				if w.rebuild(j, tries) && tries < retries {
					again[j] = tries + 1
				}
			}
			pending = again
			if len(pending) > 0 {
				timer.Reset(time.Second)
			}
		}
	}
}

func (w *watcher) logf(format string, args ...any) {
	fmt.Fprintf(w.log, "%s %s\n", time.Now().Format("2006-01-02 15:04:05"), fmt.Sprintf(format, args...))
}

// track loads a job file and watches the folders of everything it reads.
func (w *watcher) track(path string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	files := []string{path}
	j, err := job.Load(path)
	if err == nil {
		w.jobs[path] = j
		w.outputs[j.Output] = true
		for _, s := range runner.Sources(j) {
			if s.Path != "" {
				files = append(files, s.Path)
			}
		}
		if fi, err := os.Stat(j.Input); err == nil && fi.IsDir() {
			files = append(files, j.Input)
			w.fs.Add(j.Input)
		}
	}
	for _, f := range files {
		if !slices.Contains(w.tracked[f], path) {
			w.tracked[f] = append(w.tracked[f], path)
		}
		w.fs.Add(filepath.Dir(f))
	}
}

// affected returns the jobs an event concerns; Office's lock files, our
// temporary files, lock and journal concern none. An output folder may be
// the input's folder too, so its events count, but those of our own
// writes end in nothing: the rebuild they cause finds the outputs up to
// date by their content (the manifest's hashes).
func (w *watcher) affected(ev fsnotify.Event) []string {
	name := filepath.Base(ev.Name)
	if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".~lock.") || strings.HasPrefix(name, ".jixiao") || ev.Op == fsnotify.Chmod {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	jobs := append([]string(nil), w.tracked[ev.Name]...)
	jobs = append(jobs, w.tracked[filepath.Dir(ev.Name)]...) // a CSV folder
	return jobs
}

// rebuild builds one job if it is stale; it reports whether to try again
// because the input could not be opened yet. A panic anywhere in it, the
// job file's reading too, fails this job alone: the watcher, and the
// server above it, go on.
func (w *watcher) rebuild(path string, tries int) (retry bool) {
	err := contained(&job.Job{Path: path}, func() error {
		retry = w.build(path, tries)
		return nil
	})
	if err != nil {
		w.logf("失败 %s：%v", path, err)
		w.report(path, nil, err)
	}
	return retry
}

func (w *watcher) build(path string, tries int) (retry bool) {
	w.track(path) // the job file may have changed what it reads
	w.mu.Lock()
	j := w.jobs[path]
	w.mu.Unlock()
	if j == nil {
		_, err := job.Load(path)
		w.logf("失败 %s：%v", path, err)
		w.report(path, nil, err)
		return false
	}
	if w.hooks.starting != nil {
		w.hooks.starting(path)
	}
	update := guarded(runner.Update)
	if w.hooks.update != nil {
		update = w.hooks.update
	}
	res, err := update(j, false)
	if err == nil && res.Fresh {
		w.report(path, res, nil)
		return false
	}
	if err != nil {
		if unreadable(err) && tries < retries {
			return true // a save still being written: wait for it to settle
		}
		w.logf("失败 %s：%v（保留上次生成的文件）", path, err)
		w.report(path, nil, err)
		return false
	}
	msg := fmt.Sprintf("已生成 %s", path)
	if res.Changes != nil {
		msg += fmt.Sprintf("（%d 处变化，见 变更说明.txt）", len(res.Changes.Changes))
	}
	w.logf("%s", msg)
	w.report(path, res, nil)
	return false
}

func (w *watcher) report(path string, res *runner.Result, err error) {
	if w.hooks.built != nil {
		w.hooks.built(path, res, err)
	}
}

// unreadable tells a workbook that could not be opened at all, as a save in
// progress looks, from a workbook with bad cells.
func unreadable(err error) bool {
	var de *dataset.DataError
	if !errors.As(err, &de) {
		return false
	}
	for _, p := range de.Problems {
		if p.Severity == dataset.Error && p.At.Sheet == "" && p.At.Row == 0 {
			return true
		}
	}
	return false
}
