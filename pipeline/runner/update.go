package runner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/fault"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/publish"
)

// Result is what one build did.
type Result struct {
	Job *job.Job
	// Written lists the output files, as paths.
	Written []string
	// Problems are the warnings and notes of a successful build.
	Problems []dataset.Problem
	// Changes is what changed since the last build; nil when nothing did.
	Changes *changes.Report
	// Fresh says nothing was built: the outputs were up to date.
	Fresh bool
	// Reason says why a build was needed (首次生成, 数据…有变化).
	Reason string
}

// Version is the tool's version; it is part of every job's manifest key,
// so that a new release rebuilds everything once.
var Version = "0.1.0-dev"

func tool() string { return "jixiao " + Version }

// DefaultLockWait is how long a run waits for another run of the same
// output folder to finish, unless the job says (build --wait).
const DefaultLockWait = 2 * time.Minute

// lockWait is how long j's run waits for the output folder's lock.
func lockWait(j *job.Job) time.Duration {
	if j.LockWait > 0 {
		return j.LockWait
	}
	return DefaultLockWait
}

// Run builds j and publishes its outputs, whether or not they are up to date.
func Run(j *job.Job) (*Result, error) { return Update(j, true) }

// Update builds j and publishes its outputs, the change report and its
// history when the figures changed since the last build, facts.json and
// the manifest, as one set; unless force, it does nothing when the outputs
// are up to date (Result.Fresh). It holds the output folder's lock from
// before it reads the inputs until the set is in place.
func Update(j *job.Job, force bool) (res *Result, err error) {
	defer Guard(j, &err)
	if err := CheckPaths(j); err != nil {
		return nil, err
	}
	lock, err := publish.Acquire(j.Output, lockWait(j))
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	if err := publish.Recover(j.Output); err != nil {
		return nil, err
	}
	res = &Result{Job: j}
	if !force {
		fresh, reason, err := Fresh(j)
		if err == nil && fresh {
			res.Fresh = true
			return res, nil
		}
		res.Reason = reason
	}
	// The inputs are described before the build reads them, and again
	// after: a file saved while the build ran is not certified, so the next
	// run builds again rather than calling stale outputs up to date.
	old, _ := manifest.Load(j.Output)
	sources := Sources(j)
	// The input is read once; the manifest records the bytes the build
	// read. An input that cannot be read is reported by the stage that
	// reads it; its outputs are then not certified.
	in, loadErr := ingest.Load(j.Input)
	recorded := sources
	if loadErr == nil {
		recorded = withSnapshot(sources, in)
	}
	inputs, key, inErr := manifest.Inputs(tool(), recorded, old)
	if inErr != nil || loadErr != nil {
		key = ""
	}
	s, err := render(j, in)
	if err != nil {
		return nil, err
	}
	defer s.release()
	// What the check read is not published. A long attachment's document,
	// read-back Word model and facts are each hundreds of megabytes, so
	// only the files and the facts are kept from here on (Render keeps
	// the rest for tests), and the facts are encoded after the change
	// report, not held encoded beside the earlier build's.
	files := s.documents()
	// The preview is drawn beside the publishing, on the second core,
	// except for a very long table, whose model (hundreds of megabytes)
	// is not held while the files are published.
	keepPreview := func() {}
	var drawing fault.Group
	waited := false
	wait := func() {
		if !waited {
			waited = true
			drawing.Wait()
		}
	}
	defer wait()
	if s.data.PrintedRows() > previewBesideRows {
		keepPreview = s.drawPreview()
	} else {
		drawing.Go(func() { keepPreview = s.drawPreview() })
	}
	problems := s.problems
	figures := s.figures
	var reportFiles []publish.File
	if prev, err := readFacts(filepath.Join(j.Output, FactsName)); err == nil {
		// A rebuild that changes nothing (--force, a new template, the
		// page's 重新生成) writes no report: the last real one stays, as
		// does the history of them all.
		if report := changes.Compare(prev, figures); !report.Empty() {
			res.Changes = report
			reportFiles, err = reportOf(j, report)
			if err != nil {
				return nil, err
			}
		}
	}
	files = append(append(files, publish.File{Name: FactsName, Data: figures.JSON()}), reportFiles...)
	changed, err := manifest.Changed(tool(), sources, inputs)
	if err != nil || len(changed) > 0 {
		key = ""
		problems.Warn(dataset.CellRef{File: filepath.Base(j.Input)}, fmt.Sprintf("生成期间 %s 被修改过，本次输出按修改前读到的内容生成，下次运行会重新生成", strings.Join(changed, "、")))
	}
	written := map[string][]byte{}
	for _, f := range files {
		written[f.Name] = f.Data
		res.Written = append(res.Written, filepath.Join(j.Output, f.Name))
	}
	err = publish.WriteSet(j.Output, files, func(stats map[string]os.FileInfo) publish.File {
		return publish.File{Name: manifest.Name, Data: manifest.New(tool(), inputs, key, written, stats).JSON()}
	})
	if err != nil {
		return nil, err
	}
	wait()
	keepPreview()
	res.Problems = problems.Sorted()
	return res, nil
}

// previewBesideRows is the printed-row count above which the preview is
// drawn before publishing rather than beside it: a 100,000-row table's
// model would otherwise be held while the files are written, within the
// build's memory budget only without it.
const previewBesideRows = 20000

// reportOf is the change report and the history with it on top.
func reportOf(j *job.Job, report *changes.Report) ([]publish.File, error) {
	text := report.Text(j.County, j.Year)
	path := filepath.Join(j.Output, changes.HistoryName)
	history, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, &publish.Error{Op: "读取", Path: path, Err: err}
	}
	return []publish.File{
		{Name: changes.Name, Data: []byte(text)},
		{Name: changes.HistoryName, Data: changes.AddToHistory(history, j.County, j.Year, text)},
	}, nil
}

// FactsName is the file every build writes beside its outputs.
const FactsName = "facts.json"

// readFacts reads an earlier build's facts.json for comparing with it.
func readFacts(path string) (*facts.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return facts.ReadPrevious(f)
}
