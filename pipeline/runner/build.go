package runner

import (
	"fmt"
	"path/filepath"
	"sync"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/fault"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/output"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/verify"
)

// Outputs is a built job held in memory, before it is published.
type Outputs struct {
	Files    []publish.File
	Problems dataset.Problems
	Document *document.Data
	Facts    *facts.File
	// Checked is what the consistency check read: each writer's file,
	// named, with its writer's reader (verify.CheckFiles checks them
	// again). A test that changes a file's bytes replaces its reader.
	Checked []verify.File
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
	j      *job.Job
	def    *definition.Definition
	sheets map[string]string
	// writers are the published formats (Writers, as the build began);
	// forms[i] is writers[i]'s template, rendered[i] its file.
	writers  []output.Writer
	forms    []output.Template
	rendered []*output.Rendered
	// shared is what the Filled writers computed once (the PDF's layout),
	// which the web page's preview is drawn from.
	shared   *output.Shared
	tally    *stats.Tally
	ds       *dataset.Dataset
	report   *stats.Report
	data     *document.Data
	problems dataset.Problems
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

// templates loads each writer's template and checks it against the
// definition; lint runs this stage too.
func (s *state) templates() error {
	s.writers = WritersFor(s.j)
	unwanted(s.j, &s.problems)
	s.forms = make([]output.Template, len(s.writers))
	for i, w := range s.writers {
		t, err := w.Load(s.j, s.def, &s.problems)
		if err != nil {
			return err
		}
		s.forms[i] = t
	}
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
	s.ds, ps = ingest.ReadSnapshot(s.input, s.def, ingest.Options{Sheets: s.sheets, Year: s.j.Year, Sink: s.tally})
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

// render runs the writers that render from the data alone (the
// workbook) beside the Word-then-PDF chain: the two do not depend on each
// other, and the machines have two cores.
func (s *state) render() error {
	s.rendered = make([]*output.Rendered, len(s.writers))
	errs := make([]error, len(s.writers))
	beside := func() {
		for i, w := range s.writers {
			if w.Source() == output.Data {
				s.rendered[i], errs[i] = s.forms[i].Render(&output.Input{Data: s.data})
			}
		}
	}
	// A panic while the workbook is written is raised again at g.Wait, on
	// the job's goroutine, where the job's boundary recovers it.
	var g fault.Group
	if s.data.PrintedRows() > serialRows {
		beside()
	} else {
		g.Go(beside)
	}
	err := s.chain()
	g.Wait()
	if err != nil {
		return err
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for i, r := range s.rendered {
		for _, w := range r.Warnings {
			s.problems.Warn(dataset.CellRef{File: s.writers[i].Name(s.j)}, w)
		}
	}
	return nil
}

// chain fills the Word template, then lays out what it filled, read back,
// in each Filled writer (the PDF, the OFD copy), so that they say exactly
// what the .docx says; those writers share what they compute alike (one
// layout for both) through the input's Shared.
//
// The first Filled writer (the PDF) runs on the chain; each later one
// (the OFD copy) beside it, on the second core, and reads its file back
// for the check as soon as it is written (readAhead), so that neither
// its drawing nor its reading waits for the PDF. A long table's are run
// one after the other, as the workbook is (serialRows). The files are
// the same either way: the writers draw the one shared layout, which has
// its pages counted and its bookmarks placed before any writer draws.
func (s *state) chain() error {
	in := &output.Input{Data: s.data, Shared: &output.Shared{}}
	s.shared = in.Shared
	errs := make([]error, len(s.writers))
	render := func(i int) {
		r, err := s.forms[i].Render(in)
		if err != nil {
			errs[i] = err
			return
		}
		s.rendered[i] = r
		if r.Filled != nil {
			in.Filled = r.Filled
		}
	}
	var filled []int
	for i, w := range s.writers {
		switch w.Source() {
		case output.Fills:
			if render(i); errs[i] != nil {
				return errs[i]
			}
		case output.Filled:
			filled = append(filled, i)
		}
	}
	if len(filled) > 0 && in.Filled == nil {
		// A list without a Fills writer is the program's bug.
		panic(fmt.Sprintf("runner: %T lays out a filled document, and no writer in Writers fills one", s.writers[filled[0]]))
	}
	if len(filled) == 0 {
		return nil
	}
	chained := filled[:1]
	if s.data.PrintedRows() > serialRows {
		chained = filled
	}
	var g fault.Group
	for _, i := range filled[len(chained):] {
		g.Go(func() {
			if render(i); errs[i] == nil {
				s.rendered[i].Check = readAhead(s.rendered[i].Check)
			}
		})
	}
	for _, i := range chained {
		if render(i); errs[i] != nil {
			break
		}
	}
	g.Wait()
	return firstError(errs)
}

// firstError is the first of errs in the writers' order, so that a build
// that fails fails alike whichever writer finished first.
func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// readAhead reads a file back now, on the goroutine that wrote it, and
// hands the check that reading (or its error) when it asks.
func readAhead(c output.ReadBacker) output.ReadBacker {
	r, err := c.ReadBack()
	return readBack{r, err}
}

type readBack struct {
	reading output.Reading
	err     error
}

func (r readBack) ReadBack() (output.Reading, error) { return r.reading, r.err }

func (s *state) facts() error {
	s.figures = facts.Build(s.data, filepath.Base(s.j.Input), s.j.PriorYear != s.j.Year-1)
	return nil
}

// verify reads each output back with its writer's reader and checks it
// against the facts.
func (s *state) verify() error {
	return verify.CheckFiles(s.figures, s.checked())
}

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
		Checked:  s.checked(),
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

// documents are the writers' files, in the list's order.
func (s *state) documents() []publish.File {
	files := make([]publish.File, len(s.rendered))
	for i, r := range s.rendered {
		files[i] = publish.File{Name: s.writers[i].Name(s.j), Data: r.Data}
	}
	return files
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
