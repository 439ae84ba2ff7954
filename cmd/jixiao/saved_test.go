package main

import (
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"

	"github.com/xuri/excelize/v2"
)

// renderedDuring is one more format whose rendering first runs during:
// the moment a build has read its inputs and not yet published, which is
// where a clerk's save in Excel does harm. Rendering is the seam, so the
// jixiao that bureaus run carries nothing for this test.
type renderedDuring struct {
	countyCopy
	during func()
}

func (r renderedDuring) Load(j *job.Job, def *definition.Definition, notes *dataset.Problems) (output.Template, error) {
	tmpl, err := r.countyCopy.Load(j, def, notes)
	return duringTemplate{tmpl, r.during}, err
}

type duringTemplate struct {
	output.Template
	during func()
}

func (d duringTemplate) Render(in *output.Input) (*output.Rendered, error) {
	d.during()
	return d.Template.Render(in)
}

// savedDuringBuild makes a job of its own whose workbook is saved with a
// change while its first build renders; then, within that build, also
// runs second (once).
func savedDuringBuild(t *testing.T, second func(jobPath string)) (jobPath, out string) {
	t.Helper()
	jobPath, input, out := copyJob(t, t.TempDir())
	var once sync.Once
	withWriter(t, renderedDuring{during: func() {
		once.Do(func() {
			f, err := excelize.OpenFile(input)
			if err != nil {
				t.Error(err)
				return
			}
			f.SetCellStr("重点绩效评价结果", "B2", "保存于生成期间")
			f.Save()
			f.Close()
			second(jobPath)
		})
	}})
	return jobPath, out
}

// TestInputSavedDuringABuild: while a build renders, the workbook is saved
// with a change and a second build starts, which waits for the first's
// lock. The folder ends with the newest input's outputs, and only those
// are ever certified up to date.
func TestInputSavedDuringABuild(t *testing.T) {
	var wg sync.WaitGroup
	var code int
	var stderr string
	jobPath, out := savedDuringBuild(t, func(jobPath string) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, _, stderr = runCmd("build", "-q", jobPath)
		}()
		time.Sleep(300 * time.Millisecond) // the second is now waiting for the lock
	})
	if code, _, stderr := runCmd("build", "-q", jobPath); code != 0 {
		t.Fatalf("first build: %d %s", code, stderr)
	}
	wg.Wait()
	if code != 0 {
		t.Fatalf("second build: %d %s", code, stderr)
	}
	if !strings.Contains(readText(t, out, "facts.json"), "保存于生成期间") {
		t.Fatal("the folder does not hold the newest input's outputs")
	}
	whole(t, out)
	if code, stdout, _ := runCmd("build", jobPath); code != 0 || !strings.Contains(stdout, "已是最新") {
		t.Errorf("after both: %d %s", code, stdout)
	}
}

// TestInputSavedDuringTheOnlyBuild: without a second build, the outputs
// of a build whose input changed under it are not certified.
func TestInputSavedDuringTheOnlyBuild(t *testing.T) {
	jobPath, out := savedDuringBuild(t, func(string) {})
	if _, _, stderr := runCmd("build", jobPath); !strings.Contains(stderr, "生成期间 ") || !strings.Contains(stderr, "被修改过") {
		t.Errorf("no warning: %s", stderr)
	}
	if code, stdout, _ := runCmd("build", jobPath); code != 0 || strings.Contains(stdout, "已是最新") {
		t.Errorf("stale outputs were certified: %d %s", code, stdout)
	}
	if !strings.Contains(readText(t, out, "facts.json"), "保存于生成期间") {
		t.Error("the rebuild did not take the saved input")
	}
}
