package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

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

// Run builds j and publishes its outputs, the change report when the data
// changed since the last build, and the manifest.
func Run(j *job.Job) (res *Result, err error) {
	defer guard(j, &err)
	// The inputs are described before the build reads them: a file saved
	// during the build then looks changed next time, not unchanged.
	old, _ := manifest.Load(j.Output)
	inputs, key, inputsErr := manifest.Inputs(tool(), Sources(j), old)
	out, err := Render(j)
	if err != nil {
		return nil, err
	}
	res = &Result{Job: j}
	if raw, err := os.ReadFile(filepath.Join(j.Output, FactsName)); err == nil {
		if prev, err := facts.Parse(raw); err == nil {
			report := changes.Compare(prev, out.Facts)
			_, oldReport := os.Stat(filepath.Join(j.Output, changes.Name))
			// A rebuild for a new template changes no figure; it still
			// replaces an earlier report, which would otherwise be stale.
			if !report.Empty() || oldReport == nil {
				out.Files = append(out.Files, publish.File{Name: changes.Name, Data: []byte(report.Text(j.County, j.Year))})
			}
			if !report.Empty() {
				res.Changes = report
			}
		}
	}
	if err := publish.Write(j.Output, out.Files); err != nil {
		return nil, err
	}
	written := map[string][]byte{}
	for _, f := range out.Files {
		written[f.Name] = f.Data
		res.Written = append(res.Written, filepath.Join(j.Output, f.Name))
	}
	if inputsErr != nil {
		return nil, fmt.Errorf("读取任务 %s 的输入失败：%w", j.Path, inputsErr)
	}
	m, err := manifest.New(j.Output, tool(), inputs, key, written)
	if err == nil {
		err = publish.Write(j.Output, []publish.File{{Name: manifest.Name, Data: m.JSON()}})
	}
	if err != nil {
		return nil, fmt.Errorf("写入清单 %s 失败：%w", manifest.Name, err)
	}
	res.Problems = out.Problems.Sorted()
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
	if s.book, err = loadXlsxTemplate(s.j, s.def); err != nil {
		return err
	}
	s.layout, err = loadPDFLayout(s.j)
	return err
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
	compareWithPrevious(s.j, s.data, &s.problems)
	return s.problems.Err()
}

// render writes the workbook beside the Word-then-PDF chain: the two do
// not depend on each other, and the machines have two cores.
func (s *state) render() error {
	j := s.j
	var xlsxBytes []byte
	var table *xlsx.Table
	var xlsxErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		xlsxBytes, table, xlsxErr = s.book.RenderTable(s.data)
	}()
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
	if err != nil {
		return err
	}
	if xlsxErr != nil {
		return xlsxErr
	}
	s.out = verify.Outputs{
		DocxName: j.DocxName, XlsxName: j.XlsxName, PDFName: j.PDFName,
		Docx: docxBytes, Xlsx: xlsxBytes, PDF: pdfBytes, Placed: placed, DocxRead: readBack, XlsxTable: table,
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
	s := &state{j: j}
	if err := run(s, checkStages); err != nil {
		return nil, err
	}
	if err := run(s, renderStages); err != nil {
		return nil, err
	}
	return &Outputs{
		Files: []publish.File{
			{Name: j.DocxName, Data: s.out.Docx},
			{Name: j.XlsxName, Data: s.out.Xlsx},
			{Name: j.PDFName, Data: s.out.PDF},
			{Name: FactsName, Data: s.figures.JSON()},
		},
		Problems: s.problems,
		Document: s.data,
		Facts:    s.figures,
		Checked:  s.out,
	}, nil
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
// the Word and Excel templates checked against it. lint runs it; build runs
// the same stages first.
func CheckTemplates(j *job.Job) (err error) {
	defer guard(j, &err)
	return run(&state{j: j}, checkStages[:2])
}
