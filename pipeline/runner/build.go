package runner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/xlsx"
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

// Outputs is a built job held in memory, before it is published.
type Outputs struct {
	Files    []publish.File
	Problems dataset.Problems
	Document *document.Data
	Facts    *facts.File
	// Checked is what the consistency check read: the outputs, the
	// template's placements and where the workbook's table is.
	Checked verify.Outputs
}

// InternalError is a panic inside a job, recovered at the job's boundary so
// that one job's bug does not take down a batch or a watcher.
type InternalError struct {
	Job   string
	Value any
}

func (e *InternalError) Error() string {
	return fmt.Sprintf("任务 %s 遇到程序内部错误（请把这条信息告诉维护人员）：%v", e.Job, e.Value)
}

func guard(j *job.Job, err *error) {
	if v := recover(); v != nil {
		*err = &InternalError{Job: j.Path, Value: v}
	}
}

// Version is the tool's version; it is part of every job's manifest key,
// so that a new release rebuilds everything once.
var Version = "0.1.0-dev"

func tool() string { return "jixiao " + Version }

// LockWait is how long a run waits for another run of the same output
// folder to finish (build --wait).
var LockWait = 2 * time.Minute

// Run builds j and publishes its outputs, whether or not they are up to date.
func Run(j *job.Job) (*Result, error) { return Update(j, true) }

// Update builds j and publishes its outputs, the change report when the
// figures changed since the last build, facts.json and the manifest, as one
// set; unless force, it does nothing when the outputs are up to date
// (Result.Fresh). It holds the output folder's lock from before it reads
// the inputs until the set is in place.
func Update(j *job.Job, force bool) (res *Result, err error) {
	defer guard(j, &err)
	if err := CheckPaths(j); err != nil {
		return nil, err
	}
	lock, err := publish.Acquire(j.Output, LockWait)
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
	// An input that cannot be described now is reported by the stage
	// that reads it; its outputs are then not certified.
	inputs, key, inErr := manifest.Inputs(tool(), sources, old)
	if inErr != nil {
		key = ""
	}
	s, err := render(j)
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
	problems := s.problems
	figures := s.figures
	pauseForTest()
	var reportFile []publish.File
	if prev, err := readFacts(filepath.Join(j.Output, FactsName)); err == nil {
		report := changes.Compare(prev, figures)
		_, oldReport := os.Stat(filepath.Join(j.Output, changes.Name))
		// A rebuild for a new template changes no figure; it still
		// replaces an earlier report, which would otherwise be stale.
		if !report.Empty() || oldReport == nil {
			reportFile = append(reportFile, publish.File{Name: changes.Name, Data: []byte(report.Text(j.County, j.Year))})
		}
		if !report.Empty() {
			res.Changes = report
		}
	}
	files = append(append(files, publish.File{Name: FactsName, Data: figures.JSON()}), reportFile...)
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
	res.Problems = problems.Sorted()
	return res, nil
}

// StageError is an error of one named stage of a build.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Err.Error() }

func (e *StageError) Unwrap() error { return e.Err }

// state is what the stages of one build hand on to each other.
type state struct {
	j        *job.Job
	def      *definition.Definition
	sheets   map[string]string
	word     *docx.Template
	book     *xlsx.Template
	layout   *pdfLayout
	tally    *stats.Tally
	ds       *dataset.Dataset
	report   *stats.Report
	data     *document.Data
	problems dataset.Problems
	out      verify.Outputs
	figures  *facts.File
	// release lets another long table's build go on (longTables).
	release func()
}

type stage struct {
	name string
	run  func(*state) error
}

// checkStages read and check the data; every build runs them first. The
// templates are checked before any data is read.
var checkStages = []stage{
	{"定义", (*state).definition},
	{"模板", (*state).templates},
	{"读取", (*state).ingest},
	{"统计", (*state).stats},
	{"文档", (*state).document},
}

// renderStages make the outputs from the document and check them.
var renderStages = []stage{
	{"输出", (*state).render},
	{"事实", (*state).facts},
	{"核对", (*state).verify},
}

func run(s *state, stages []stage) error {
	for _, st := range stages {
		if err := st.run(s); err != nil {
			return &StageError{Stage: st.name, Err: err}
		}
	}
	return nil
}

func (s *state) definition() (err error) {
	s.def, s.sheets, err = Definition(s.j)
	return err
}

func (s *state) templates() (err error) {
	if s.word, err = loadTemplate(s.j, s.def); err != nil {
		return err
	}
	for _, n := range s.word.Notes {
		s.problems.Add(dataset.Note, dataset.CellRef{File: s.word.Name()}, n.String())
	}
	if s.book, err = loadXlsxTemplate(s.j, s.def); err != nil {
		return err
	}
	if s.layout, err = loadPDFLayout(s.j); err != nil {
		return err
	}
	s.problems.Add(dataset.Note, dataset.CellRef{File: s.j.PDFName}, fontLine(s.layout))
	return nil
}

func (s *state) ingest() error {
	s.tally = stats.NewTally(s.def)
	var ps dataset.Problems
	s.ds, ps = ingest.Read(s.j.Input, s.def, ingest.Options{Sheets: s.sheets, Sink: s.tally})
	s.problems.Merge(ps)
	return s.problems.Err()
}

func (s *state) stats() error {
	var more dataset.Problems
	s.report, more = s.tally.Finish(s.ds, stats.Params{County: s.j.County, Year: s.j.Year, PriorYear: s.j.PriorYear, Requirements: s.j.Requirements})
	s.problems.Merge(more)
	return s.problems.Err()
}

func (s *state) document() error {
	s.data = document.Build(s.ds, s.report, document.Params{County: s.j.County, Year: s.j.Year, PriorYear: s.j.PriorYear})
	// The document holds what the later stages need; a long attachment's
	// input rows would otherwise stay alive beside it to the end.
	s.ds, s.report, s.tally = nil, nil, nil
	compareWithPrevious(s.j, s.data, &s.problems)
	return s.problems.Err()
}

// serialRows is the printed-row count above which the workbook is written
// before the Word-then-PDF chain rather than beside it: a long table's two
// chains each hold hundreds of megabytes at their peaks, which would
// otherwise add up, while a short one gains the second core. Before, not
// after: the chain's Word placements and read-back model, which the check
// needs, are then not yet alive while excelize holds its sheet.
const serialRows = 2500

// render writes the workbook beside the Word-then-PDF chain: the two do
// not depend on each other, and the machines have two cores.
func (s *state) render() error {
	j := s.j
	var xlsxBytes []byte
	var tables []*xlsx.Table
	var xlsxErr error
	renderBook := func() { xlsxBytes, tables, xlsxErr = s.book.RenderTables(s.data) }
	large := s.data.PrintedRows() > serialRows
	var wg sync.WaitGroup
	if large {
		if renderBook(); xlsxErr != nil {
			return xlsxErr
		}
	} else {
		wg.Add(1)
		go func() {
			defer wg.Done()
			renderBook()
		}()
	}
	docxBytes, placed, err := s.word.Render(s.data)
	var pdfBytes []byte
	var readBack *wordmodel.Document
	if err == nil {
		readBack, err = wordmodel.Read(docxBytes)
	}
	if err == nil {
		pdfBytes, err = renderPDF(j, readBack, s.layout, &s.problems)
	}
	wg.Wait()
	var te *docx.TemplateError
	if errors.As(err, &te) {
		return &TemplateError{err}
	}
	if err != nil {
		return err
	}
	if xlsxErr != nil {
		return xlsxErr
	}
	s.out = verify.Outputs{
		DocxName: j.DocxName, XlsxName: j.XlsxName, PDFName: j.PDFName,
		Docx: docxBytes, Xlsx: xlsxBytes, PDF: pdfBytes, Placed: placed, DocxRead: readBack, XlsxTables: tables,
	}
	return nil
}

func (s *state) facts() error {
	s.figures = facts.Build(s.data, filepath.Base(s.j.Input), s.j.PriorYear != s.j.Year-1)
	return nil
}

func (s *state) verify() error { return verify.Check(s.figures, s.out) }

// Render runs every stage but publish, and returns the outputs in memory.
func Render(j *job.Job) (*Outputs, error) {
	s, err := render(j)
	if err != nil {
		return nil, err
	}
	defer s.release()
	return &Outputs{
		Files:    append(s.documents(), publish.File{Name: FactsName, Data: s.figures.JSON()}),
		Problems: s.problems,
		Document: s.data,
		Facts:    s.figures,
		Checked:  s.out,
	}, nil
}

// longTables lets one build at a time in this process lay out a table of
// more than serialRows rows: such a build needs hundreds of megabytes, and
// two of them side by side (build -j 2, two clerks in jixiao serve) would
// pass the memory the README promises. Shorter builds are not held up.
var longTables sync.Mutex

// render runs the stages; the caller calls s.release when it no longer
// holds the outputs.
func render(j *job.Job) (*state, error) {
	s := &state{j: j, release: func() {}}
	if err := run(s, checkStages); err != nil {
		return nil, err
	}
	if s.data.PrintedRows() > serialRows {
		longTables.Lock()
		s.release = sync.OnceFunc(longTables.Unlock)
	}
	done := false
	defer func() {
		if !done { // failed, or panicked: the next long table must not wait forever
			s.release()
		}
	}()
	if err := run(s, renderStages); err != nil {
		return nil, err
	}
	done = true
	return s, nil
}

// documents are the Word, Excel and PDF files.
func (s *state) documents() []publish.File {
	return []publish.File{
		{Name: s.j.DocxName, Data: s.out.Docx},
		{Name: s.j.XlsxName, Data: s.out.Xlsx},
		{Name: s.j.PDFName, Data: s.out.PDF},
	}
}

// readFacts reads an earlier build's facts.json for comparing with it.
func readFacts(path string) (*facts.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return facts.ReadPrevious(f)
}

// FactsName is the file every build writes beside its outputs.
const FactsName = "facts.json"

// Check runs the stages that read and check the data (definition,
// templates, ingest, stats, document) and returns the document model. A
// *dataset.DataError lists every bad cell.
func Check(j *job.Job) (data *document.Data, problems dataset.Problems, err error) {
	defer guard(j, &err)
	s := &state{j: j}
	err = run(s, checkStages)
	return s.data, s.problems, err
}

// CheckTemplates runs the stages that need no data: the definition, and
// the Word and Excel templates checked against it, and returns what the
// clerk should know of them (tracked changes, comments). lint runs it;
// build runs the same stages first.
func CheckTemplates(j *job.Job) (notes []dataset.Problem, err error) {
	defer guard(j, &err)
	s := &state{j: j}
	err = run(s, checkStages[:2])
	return s.problems.Sorted(), err
}

// pauseForTest lets a test hold a build after it has read its inputs and
// before it publishes: with JIXIAO_TEST_PAUSE set to a path, the build
// writes path.paused and waits until path exists.
func pauseForTest() {
	p := os.Getenv("JIXIAO_TEST_PAUSE")
	if p == "" {
		return
	}
	os.WriteFile(p+".paused", nil, 0o644)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(p); err == nil {
			return
		}
	}
}
