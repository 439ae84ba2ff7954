package runner

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/xlsx"
)

// withStage runs the build with one more render stage before the stage
// named before, as a later version of the pipeline might add one.
func withStage(t *testing.T, before string, st stage) {
	old := renderStages
	i := slices.IndexFunc(old, func(s stage) bool { return s.name == before })
	renderStages = slices.Insert(slices.Clone(old), i, st)
	t.Cleanup(func() { renderStages = old })
}

func sampleJobIn(t *testing.T) *job.Job {
	j, err := job.Load("../../config/qinyuan-2023.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return j.WithOutput(filepath.Join(t.TempDir(), "out", "沁源县2023"))
}

// internal checks that err is a contained panic whose message says what to
// send the maintainer, and whose log beside the output folder holds the
// stack, naming want.
func internal(t *testing.T, j *job.Job, err error, want string) {
	t.Helper()
	var ie *InternalError
	if !errors.As(err, &ie) {
		t.Fatalf("err = %v, want an *InternalError", err)
	}
	msg := err.Error()
	for _, s := range []string{"程序内部错误", j.Path, j.Input, Version, ie.Log} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q: %s", s, msg)
		}
	}
	if filepath.Dir(ie.Log) != filepath.Dir(j.Output) {
		t.Errorf("log %s is not beside the output folder %s", ie.Log, j.Output)
	}
	log, rerr := os.ReadFile(ie.Log)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if !strings.Contains(string(log), "goroutine") || !strings.Contains(string(log), want) {
		t.Errorf("log lacks the stack naming %s:\n%s", want, log)
	}
	if strings.Contains(msg, "goroutine") {
		t.Errorf("the stack is in the message: %s", msg)
	}
	if _, serr := os.Stat(j.Output); !os.IsNotExist(serr) {
		entries, _ := os.ReadDir(j.Output)
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), ".jixiao") {
				t.Errorf("a panicking build published %s", e.Name())
			}
		}
	}
}

func TestAPanicInAStageIsAnInternalErrorWithItsStackLogged(t *testing.T) {
	withStage(t, "核对", stage{"爆", func(s *state) error {
		var m map[string]int
		m["boom"]++
		return nil
	}})
	j := sampleJobIn(t)
	_, err := Update(j, true)
	internal(t, j, err, "guard_test.go")
}

// The workbook is written on a goroutine of its own beside the Word-then-PDF
// chain; a panic there must still end at the job's boundary, not the process.
func TestAPanicWhileTheWorkbookIsWrittenBesideTheWordChainIsContained(t *testing.T) {
	withStage(t, "输出", stage{"坏", func(s *state) error {
		for i, w := range s.writers {
			if w.Source() == output.Data {
				s.forms[i] = xlsx.Form{} // RenderTables then panics, on the workbook's goroutine
			}
		}
		return nil
	}})
	j := sampleJobIn(t)
	_, err := Update(j, true)
	internal(t, j, err, "xlsx.(*Template).RenderTables")
	if _, err := Render(j); !errors.As(err, new(*InternalError)) {
		t.Errorf("Render: %v", err)
	}
}

// Where the output folder's parent cannot be written, the log goes to the
// temporary folder, and the message says where.
func TestTheCrashLogFallsBackToTheTempDir(t *testing.T) {
	j := &job.Job{Path: "/srv/jobs/qinyuan-2023.yaml", Input: "/srv/data/qinyuan.xlsx", Output: "/nonexistent/沁源/out"}
	err := func() (err error) {
		defer Guard(j, &err)
		var m map[string]int
		m["boom"]++
		return nil
	}()
	var ie *InternalError
	if !errors.As(err, &ie) || filepath.Dir(ie.Log) != filepath.Clean(os.TempDir()) {
		t.Fatalf("err = %v", err)
	}
	defer os.Remove(ie.Log)
	if !strings.Contains(err.Error(), "/srv/jobs/qinyuan-2023.yaml") || !strings.Contains(err.Error(), ie.Log) {
		t.Errorf("message: %s", err)
	}
}

// A workbook the Excel template cannot be filled into is the template's
// error, as the Word template's are, not the data's.
func TestAnExcelRenderErrorIsATemplateError(t *testing.T) {
	withStage(t, "输出", stage{"坏", func(s *state) error {
		for i, w := range s.writers {
			if w.Source() == output.Data {
				s.forms[i] = xlsx.Form{Template: &xlsx.Template{}} // no workbook to open
			}
		}
		return nil
	}})
	_, err := Render(sampleJobIn(t))
	var te *TemplateError
	if !errors.As(err, &te) || errors.As(err, new(*dataset.DataError)) {
		t.Fatalf("err = %T %v", err, err)
	}
}
