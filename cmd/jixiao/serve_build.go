package main

import (
	"context"
	"errors"
	"io"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

// Statuses of a job, as the page shows them. A job's recorded status is
// the outcome of its last check or build; what the page shows is worked
// out from it when asked (shownStatus), so that 已是最新 is said only while no
// build waits or runs and the published set matches the inputs.
const (
	statusFresh    = "已是最新"
	statusStale    = "输入已更改，等待生成"
	statusQueued   = "排队中"
	statusBuilding = "正在生成"
	statusUnknown  = "未检查"
)

// actionAuto is the history's name of the watcher's builds.
const actionAuto = "自动生成"

// watch builds what is stale, and again as files change, until ctx ends.
// Its builds take their turn with the clerks' (queue).
func (s *server) watch(ctx context.Context) {
	var paths []string
	for _, sv := range s.jobs {
		if sv.Job != nil {
			paths = append(paths, sv.Path)
		}
	}
	if len(paths) == 0 {
		return
	}
	watch(ctx, paths, io.Discard, s.log, watchHooks{
		update: func(j *job.Job, force bool) (*runner.Result, error) {
			return s.queue(j.Path, "系统", actionAuto, func() (*runner.Result, error) { return s.update(j, force) })
		},
		built: func(path string, res *runner.Result, err error) {
			// The queue recorded the outcome of a build it ran; a job
			// file that failed to load never reached it.
			var recorded bool
			s.set(path, func(sv *served) { recorded, sv.recorded = sv.recorded, false })
			if !recorded {
				s.finished(path, "系统", actionAuto, res, err)
			}
		},
	})
}

// queue runs one build of the job at path in its turn: it is 排队中 while
// an earlier one runs, 正在生成 while it runs, and its outcome is recorded
// in the same step that ends 正在生成, so that no page sees a moment
// between them.
func (s *server) queue(path, user, action string, build func() (*runner.Result, error)) (*runner.Result, error) {
	sv := s.lookup(path)
	if sv == nil {
		return build()
	}
	s.set(path, func(sv *served) { sv.queued++ })
	return s.take(sv, user, action, build)
}

// take waits for the job's turn (queue has counted the build as waiting).
func (s *server) take(sv *served, user, action string, build func() (*runner.Result, error)) (*runner.Result, error) {
	sv.turn.Lock()
	defer sv.turn.Unlock()
	s.set(sv.Path, func(sv *served) { sv.queued--; sv.running = true })
	res, err := build()
	if unreadable(err) && action == actionAuto {
		// A save still being written: the watcher tries again, and
		// records the outcome if it gives up.
		s.set(sv.Path, func(sv *served) { sv.running = false })
		return res, err
	}
	s.finished(sv.Path, user, action, res, err)
	if action == actionAuto {
		s.set(sv.Path, func(sv *served) { sv.recorded = true })
	}
	return res, err
}

// set changes one job's state and tells the waiting pages.
func (s *server) set(path string, change func(*served)) {
	s.mu.Lock()
	if sv, ok := s.byPath[path]; ok {
		change(sv)
	}
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// finished records a check's or build's outcome, and a build in the history.
func (s *server) finished(path, user, action string, res *runner.Result, err error) {
	// The history is written before the status changes, so that a page
	// showing the new status also shows its line in the history.
	if sv := s.lookup(path); sv != nil && sv.Job != nil && (err != nil || res != nil && !res.Fresh) {
		e := runner.Event{Time: s.now(), User: user, Action: action, Result: "已生成"}
		if err != nil {
			e.Result = "失败：" + statusOf(err)
		} else if res.Changes != nil {
			e.Changes = len(res.Changes.Changes)
		}
		runner.Record(sv.Job, e)
	}
	s.set(path, func(sv *served) {
		sv.running = false
		sv.Error, sv.Problems = "", nil
		switch {
		case err != nil:
			sv.Status = statusOf(err)
			sv.Error = err.Error()
			var de *dataset.DataError
			if errors.As(err, &de) {
				sv.Problems = de.Problems
				sv.Error = ""
			}
		case res.Fresh:
			sv.Status = statusFresh
		default:
			sv.Status = statusFresh
			sv.Problems = res.Problems
			sv.Built = builtAt(sv.Job)
		}
	})
}

// statusOf names the kind of a failure for the page, as the exit-code
// table does (kinds.go).
func statusOf(err error) string { return statusWord(err) }

// build builds one job for a clerk who asked; the job is 排队中 from
// before this returns, so that the page the clerk sees next says so.
func (s *server) build(sv *served, user string) {
	s.set(sv.Path, func(sv *served) { sv.queued++ })
	s.builds.Add(1)
	go func() {
		defer s.builds.Done()
		s.take(sv, user, "生成", func() (*runner.Result, error) { return s.update(sv.Job, true) })
	}()
}

// wait returns once every build a clerk started has ended.
func (s *server) wait() { s.builds.Wait() }

// lookup returns the job of a job file's path, or nil.
func (s *server) lookup(path string) *served {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.byPath[path]
}

// job returns the job with the page's id, or nil.
func (s *server) job(id int) *served {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id < 1 || id > len(s.jobs) {
		return nil
	}
	return s.jobs[id-1]
}

// snapshot copies the jobs' state for a page, each with the status it
// shows.
func (s *server) snapshot() ([]served, int) {
	s.mu.Lock()
	out := make([]served, len(s.jobs))
	for i, sv := range s.jobs {
		out[i] = *sv
	}
	version := s.version
	s.mu.Unlock()
	for i := range out {
		out[i].Status = shownStatus(&out[i])
	}
	return out, version
}

// shownStatus is the status a job's page shows. The freshness check reads the
// inputs' sizes and times (and hashes a file only when those moved), so it
// is done outside the lock.
func shownStatus(sv *served) string {
	switch {
	case sv.running:
		return statusBuilding
	case sv.queued > 0:
		return statusQueued
	case sv.Status == statusFresh && sv.Job != nil:
		if fresh, _, err := runner.Fresh(sv.Job); err != nil || !fresh {
			return statusStale
		}
	}
	return sv.Status
}
