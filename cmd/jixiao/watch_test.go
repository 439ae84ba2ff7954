package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/pipeline/facts"
	"jixiao/pipeline/runner"

	"github.com/xuri/excelize/v2"
)

// syncBuffer is a log that the watcher writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// variant is the sample with the first project's amount set, and the 合计 to match.
func variant(t *testing.T, yuan int64) []byte {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.SetCellInt("重点绩效评价结果", "D2", yuan)
	f.SetCellInt("重点绩效评价结果", "D37", 641527720-4000000+yuan)
	var buf bytes.Buffer
	f.WriteTo(&buf)
	return buf.Bytes()
}

func TestWatchFollowsRapidSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("watches the file system for seconds")
	}
	dir := t.TempDir()
	job, input, out := copyJob(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	var log syncBuffer
	builds := make(chan bool, 100)
	done := make(chan int)
	go func() {
		done <- watch(ctx, []string{job}, &log, &log, watchHooks{built: func(_ string, res *runner.Result, err error) {
			if err != nil || !res.Fresh {
				builds <- err == nil
			}
		}})
	}()
	select {
	case ok := <-builds:
		if !ok {
			t.Fatalf("first build failed:\n%s", log.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("no first build")
	}
	time.Sleep(200 * time.Millisecond) // let the watches settle
	lock := filepath.Join(dir, "~$数据.xlsx")
	var last int64
	for i := 0; i < 20; i++ {
		switch {
		case i == 5:
			os.WriteFile(lock, []byte("张三"), 0o644) // Excel opens the workbook
		case i == 18:
			good := variant(t, 5000000)
			os.WriteFile(input, good[:len(good)/3], 0o644) // a save caught half-written
			time.Sleep(settle + 200*time.Millisecond)      // long enough for the watcher to try it
		default:
			last = 4000000 + int64(i)*10000
			os.WriteFile(input, variant(t, last), 0o644)
		}
		time.Sleep(30 * time.Millisecond)
	}
	last = 4190000
	os.WriteFile(input, variant(t, last), 0o644) // the last, good save
	os.Remove(lock)
	want := "419.00"
	deadline := time.Now().Add(30 * time.Second)
	for {
		raw, _ := os.ReadFile(filepath.Join(out, "facts.json"))
		if f, err := facts.Parse(raw); err == nil {
			if fact, ok := f.Get("附件.行[1].金额"); ok && fact.Printed == want {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("outputs never showed the last save (%s):\n%s", want, log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 130 {
			t.Errorf("watch ended with %d, want 130", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop")
	}
	if strings.Count(log.String(), "已生成") > 10 {
		t.Errorf("20 rapid saves gave too many builds; events were not batched:\n%s", log.String())
	}
	temps, _ := filepath.Glob(filepath.Join(out, ".jixiao-*"))
	if len(temps) > 0 {
		t.Errorf("temporary files left: %v", temps)
	}
}

// TestWatchWithOutputsBesideTheInput: the output folder is the workbook's
// own folder. A save of the workbook rebuilds; the build's own writes, in
// the same folder, do not start another.
func TestWatchWithOutputsBesideTheInput(t *testing.T) {
	if testing.Short() {
		t.Skip("watches the file system for seconds")
	}
	dir := t.TempDir()
	data, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	input := filepath.Join(dir, "数据.xlsx")
	os.WriteFile(input, data, 0o644)
	job := writeJob(t, dir, input, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var log syncBuffer
	builds := make(chan bool, 100)
	go watch(ctx, []string{job}, &log, &log, watchHooks{built: func(_ string, res *runner.Result, err error) {
		if err != nil || !res.Fresh {
			builds <- err == nil
		}
	}})
	wait := func(what string) {
		t.Helper()
		select {
		case ok := <-builds:
			if !ok {
				t.Fatalf("%s failed:\n%s", what, log.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no %s:\n%s", what, log.String())
		}
	}
	wait("first build")
	time.Sleep(200 * time.Millisecond)
	os.WriteFile(input, variant(t, 4190000), 0o644)
	wait("rebuild after a save")
	time.Sleep(2 * time.Second) // time for any echo of our own writes
	if n := strings.Count(log.String(), "已生成"); n != 2 {
		t.Errorf("%d builds, want 2 (our own writes must not rebuild):\n%s", n, log.String())
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "facts.json"))
	if f, err := facts.Parse(raw); err != nil || func() bool { fact, ok := f.Get("附件.行[1].金额"); return !ok || fact.Printed != "419.00" }() {
		t.Errorf("the outputs do not show the save")
	}
}
