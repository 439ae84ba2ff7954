package build

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordmodel"
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

// Render runs every stage but publish, and returns the outputs in memory.
func Render(j *job.Job) (*Outputs, error) {
	word, err := loadTemplate(j)
	if err != nil {
		return nil, err
	}
	book, err := loadXlsxTemplate(j)
	if err != nil {
		return nil, err
	}
	layout, err := loadPDFLayout(j)
	if err != nil {
		return nil, err
	}
	data, report, problems, err := check(j)
	if err != nil {
		return nil, err
	}
	// The workbook is written beside the Word-then-PDF chain: the two do
	// not depend on each other, and the machines have two cores.
	var xlsxBytes []byte
	var xlsxErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		xlsxBytes, xlsxErr = book.Render(data)
	}()
	docxBytes, placed, err := word.Render(data)
	var pdfBytes []byte
	var readBack *wordmodel.Document
	if err == nil {
		readBack, err = wordmodel.Read(docxBytes)
	}
	if err == nil {
		pdfBytes, err = renderPDF(j, readBack, layout, &problems)
	}
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if xlsxErr != nil {
		return nil, xlsxErr
	}
	figures := facts.Build(report, data, filepath.Base(j.Input), j.PriorYear != j.Year-1)
	if err := verify.Check(figures, verify.Outputs{
		DocxName: j.DocxName, XlsxName: j.XlsxName, PDFName: j.PDFName,
		Docx: docxBytes, Xlsx: xlsxBytes, PDF: pdfBytes, Placed: placed, DocxRead: readBack,
	}); err != nil {
		return nil, err
	}
	return &Outputs{
		Files: []publish.File{
			{Name: j.DocxName, Data: docxBytes},
			{Name: j.XlsxName, Data: xlsxBytes},
			{Name: j.PDFName, Data: pdfBytes},
			{Name: FactsName, Data: figures.JSON()},
		},
		Problems: problems,
		Document: data,
		Facts:    figures,
	}, nil
}

// FactsName is the file every build writes beside its outputs.
const FactsName = "facts.json"

// Check runs the stages that read and check the data (ingest, stats,
// document) and returns the document model. A *dataset.DataError lists every
// bad cell.
func Check(j *job.Job) (data *document.Data, problems dataset.Problems, err error) {
	defer guard(j, &err)
	data, _, problems, err = check(j)
	return data, problems, err
}

func check(j *job.Job) (*document.Data, *stats.Report, dataset.Problems, error) {
	ds, problems := ingest.Read(j.Input, ingest.Options{Sheets: j.Sheets, Bands: j.Bands})
	if err := problems.Err(); err != nil {
		return nil, nil, problems, err
	}
	report, more := stats.Compute(ds)
	problems.Merge(more)
	data, more := document.Build(report, document.Params{
		County:         j.County,
		Year:           j.Year,
		PriorYear:      j.PriorYear,
		KeyEvaluations: j.KeyEvaluations,
	})
	problems.Merge(more)
	compareWithPrevious(j, data, &problems)
	return data, report, problems, problems.Err()
}
