package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

// heldBuilds replaces a server's builder: each build reports that it
// started and waits to be let go, then builds for real. When the test
// ends, every build goes, so that a failed test does not hang waiting
// for its server's builds.
type heldBuilds struct {
	started, release, done chan struct{}
}

func holdBuilds(t *testing.T, s *server) *heldBuilds {
	h := &heldBuilds{started: make(chan struct{}), release: make(chan struct{}), done: make(chan struct{})}
	s.update = func(j *job.Job, force bool) (*runner.Result, error) {
		select {
		case h.started <- struct{}{}:
			select {
			case <-h.release:
			case <-h.done:
			}
		case <-h.done:
		}
		return runner.Update(j, force)
	}
	t.Cleanup(func() { close(h.done) })
	return h
}

// holdTurn takes a job's turn, as another build would; the returned
// function gives it back, as does the test's end.
func holdTurn(t *testing.T, sv *served) func() {
	sv.turn.Lock()
	var once sync.Once
	give := func() { once.Do(sv.turn.Unlock) }
	t.Cleanup(give)
	return give
}

// next waits for the next build to start.
func (h *heldBuilds) next(t *testing.T) {
	t.Helper()
	select {
	case <-h.started:
	case <-time.After(time.Minute):
		t.Fatal("no build started")
	}
}

// statusJSON is job 1's status as /status says it.
func (sj *servedJob) statusJSON(t *testing.T) string {
	t.Helper()
	_, body := sj.get(t, "/status")
	var out struct {
		Jobs []struct{ Status string }
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil || len(out.Jobs) == 0 {
		t.Fatalf("/status: %v %q", err, body)
	}
	return out.Jobs[0].Status
}

func (sj *servedJob) wantStatus(t *testing.T, want string) {
	t.Helper()
	if got := sj.statusJSON(t); got != want {
		t.Fatalf("/status says %s, want %s", got, want)
	}
	if _, page := sj.get(t, "/"); !strings.Contains(page, `data-status="1">`+want+"<") {
		t.Fatalf("the index does not say %s", want)
	}
}

func TestServeStatusWhileBuildsWait(t *testing.T) {
	sj := serveJob(t, nil)
	held := holdBuilds(t, sj.s)
	sv := sj.s.jobs[0]
	sj.s.set(sv.Path, func(sv *served) { sv.Status = statusFresh })
	sj.wantStatus(t, statusFresh)
	token := sj.csrf(t)

	// Another build (the watcher's) has the job: the clerk's waits.
	giveTurn := holdTurn(t, sv)
	if code, page := sj.post(t, "/jobs/1/build", map[string]string{"csrf": token}, "", nil); code != 200 || !strings.Contains(page, statusQueued) {
		t.Fatalf("the page after 重新生成 does not say 排队中: %d", code)
	}
	sj.wantStatus(t, statusQueued)
	giveTurn()
	held.next(t)
	sj.wantStatus(t, statusBuilding)

	// A second build waits for the first; in the moment between them the
	// status must not claim the outputs are up to date.
	sj.post(t, "/jobs/1/build", map[string]string{"csrf": token}, "", nil)
	seen := map[string]int{}
	var mu sync.Mutex
	ctx, stop := context.WithCancel(context.Background())
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		for ctx.Err() == nil {
			if got := sj.s.statusNow(); got != "" {
				mu.Lock()
				seen[got]++
				mu.Unlock()
			}
		}
	}()
	held.release <- struct{}{}
	held.next(t)
	stop()
	<-polled
	if seen[statusFresh] > 0 {
		t.Errorf("/status said 已是最新 %d times while a build waited: %v", seen[statusFresh], seen)
	}
	sj.wantStatus(t, statusBuilding)
	held.release <- struct{}{}
	sj.waitFor(t, statusFresh)
	sj.wantStatus(t, statusFresh)

	// The workbook saved after the build: the outputs are not up to date
	// until the next build, whether or not anything has noticed yet.
	raw, _ := os.ReadFile(sj.input)
	if err := os.WriteFile(sj.input, append(raw, 0), 0o644); err != nil {
		t.Fatal(err)
	}
	sj.wantStatus(t, statusStale)
	if _, page := sj.get(t, "/jobs/1"); !strings.Contains(page, statusStale) {
		t.Error("the job's page does not say the input changed")
	}
}

// statusNow is job 1's status as a page would show it now.
func (s *server) statusNow() string {
	jobs, _ := s.snapshot()
	return jobs[0].Status
}

func TestServeWatcherBuildsTakeTheirTurn(t *testing.T) {
	sj := serveJob(t, nil)
	os.WriteFile(sj.input, variant(t, 4000001), 0o644) // stale, so the watcher builds
	ctx, stop := context.WithCancel(context.Background())
	watching := make(chan struct{})
	// Cleanups run last first: the held builds go, then the watcher stops.
	t.Cleanup(func() { stop(); <-watching })
	held := holdBuilds(t, sj.s)
	go func() { defer close(watching); sj.s.watch(ctx) }()
	held.next(t)
	sj.wantStatus(t, statusBuilding)
	// A clerk's build meanwhile waits for the watcher's.
	sj.post(t, "/jobs/1/build", map[string]string{"csrf": sj.csrf(t)}, "", nil)
	sj.wantStatus(t, statusBuilding)
	if jobs, _ := sj.s.snapshot(); jobs[0].queued != 1 {
		t.Errorf("queued %d", jobs[0].queued)
	}
	held.release <- struct{}{}
	held.next(t)
	held.release <- struct{}{}
	sj.waitFor(t, statusFresh)
	// Each build is one line of the history, though the watcher reports
	// its outcome as well.
	var auto, clerk int
	for _, e := range runner.History(sj.s.jobs[0].Job, 50) {
		switch e.Action {
		case "自动生成":
			auto++
		case "生成":
			clerk++
		}
	}
	if auto != 1 || clerk != 1 {
		t.Errorf("history: %d automatic, %d clerk's builds", auto, clerk)
	}
}
