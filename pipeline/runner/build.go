package runner

import (
	"errors"
	"path/filepath"
	"sync"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/fault"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/xlsx"
)

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
	// input is the build's input, read once (ingest.Load): what is
	// checked, marked up and recorded in the manifest is this one version.
	input *ingest.Snapshot
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
	for _, n := range s.book.Notes {
		s.problems.Add(dataset.Note, dataset.CellRef{File: s.book.Name()}, n)
	}
	if s.layout, err = loadPDFLayout(s.j); err != nil {
		return err
	}
	s.problems.Add(dataset.Note, dataset.CellRef{File: s.j.PDFName}, fontLine(s.layout))
	return nil
}

func (s *state) ingest() error {
	s.tally = stats.NewTally(s.def)
	if s.input == nil {
		in, err := ingest.Load(s.j.Input)
		if err != nil {
			s.problems.Error(dataset.CellRef{File: filepath.Base(s.j.Input)}, err.Error())
			return s.problems.Err()
		}
		s.input = in
	}
	var ps dataset.Problems
	s.ds, ps = ingest.ReadSnapshot(s.input, s.def, ingest.Options{Sheets: s.sheets, Sink: s.tally})
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
	// input rows and the workbook's bytes would otherwise stay alive
	// beside it to the end.
	s.ds, s.report, s.tally, s.input = nil, nil, nil, nil
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
	// A panic while the workbook is written is raised again at g.Wait, on
	// the job's goroutine, where the job's boundary recovers it.
	var g fault.Group
	if large {
		renderBook()
	} else {
		g.Go(renderBook)
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
	g.Wait()
	var te *docx.TemplateError
	if errors.As(err, &te) {
		return &TemplateError{err}
	}
	if err != nil {
		return err
	}
	if xlsxErr != nil {
		// Filling the Excel template fails on what the template asks of
		// the data, as the Word template's execution errors do.
		return &TemplateError{xlsxErr}
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
func Render(j *job.Job) (_ *Outputs, err error) {
	defer Guard(j, &err)
	s, err := render(j, nil)
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

// render runs the stages on the input in (read here when nil); the
// caller calls s.release when it no longer holds the outputs.
func render(j *job.Job, in *ingest.Snapshot) (*state, error) {
	s := &state{j: j, input: in, release: func() {}}
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

// Check runs the stages that read and check the data (definition,
// templates, ingest, stats, document) and returns the document model. A
// *dataset.DataError lists every bad cell.
func Check(j *job.Job) (data *document.Data, problems dataset.Problems, err error) {
	return CheckInput(j, nil)
}

// CheckInput is Check on an input already read (ingest.Load), so that the
// problems name cells of the version that Annotate then marks up.
func CheckInput(j *job.Job, in *ingest.Snapshot) (data *document.Data, problems dataset.Problems, err error) {
	defer Guard(j, &err)
	s := &state{j: j, input: in}
	err = run(s, checkStages)
	return s.data, s.problems, err
}

// Data is Check without the templates: the document model a template is
// written against, while the templates may still be wrong (jixiao fields).
func Data(j *job.Job) (data *document.Data, problems dataset.Problems, err error) {
	defer Guard(j, &err)
	s := &state{j: j}
	var stages []stage
	for _, st := range checkStages {
		if st.name != "模板" {
			stages = append(stages, st)
		}
	}
	err = run(s, stages)
	return s.data, s.problems, err
}

// CheckTemplates runs the stages that need no data: the definition, and
// the Word and Excel templates checked against it, and returns what the
// clerk should know of them (tracked changes, comments). lint runs it;
// build runs the same stages first.
func CheckTemplates(j *job.Job) (notes []dataset.Problem, err error) {
	defer Guard(j, &err)
	s := &state{j: j}
	err = run(s, checkStages[:2])
	return s.problems.Sorted(), err
}
