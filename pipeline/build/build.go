package build

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"jixiao/fonts"
	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/document"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/facts"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/stats"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/xlsx"
	"jixiao/templates"

	"github.com/shopspring/decimal"
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
			if report := changes.Compare(prev, out.Facts); !report.Empty() {
				res.Changes = report
				out.Files = append(out.Files, publish.File{Name: changes.Name, Data: []byte(report.Text(j.County, j.Year))})
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

// Fresh reports whether j's outputs are up to date; reason says why not.
func Fresh(j *job.Job) (bool, string, error) {
	return manifest.Fresh(j.Output, tool(), Sources(j))
}

// Sources lists everything j's outputs depend on.
func Sources(j *job.Job) []manifest.Source {
	src := []manifest.Source{{Key: "job", Path: j.Path}}
	if fi, err := os.Stat(j.Input); err == nil && fi.IsDir() {
		entries, _ := os.ReadDir(j.Input)
		for _, e := range entries {
			if strings.EqualFold(filepath.Ext(e.Name()), ".csv") && !strings.HasPrefix(e.Name(), "~$") {
				src = append(src, manifest.Source{Key: "input/" + e.Name(), Path: filepath.Join(j.Input, e.Name())})
			}
		}
	} else {
		src = append(src, manifest.Source{Key: "input", Path: j.Input})
	}
	file := func(key, path, embedded string) {
		if path != "" {
			src = append(src, manifest.Source{Key: key, Path: path})
		} else {
			src = append(src, manifest.Source{Key: key, SHA256: embedded})
		}
	}
	file("template.docx", j.Template, templates.DisclosureSHA256)
	file("template.xlsx", j.XlsxTemplate, templates.AttachmentSHA256)
	file("template.pdf", j.PDFPreset, templates.GBT9704SHA256)
	defaults := map[string]string{"fangsong": fonts.SerifRegularSHA256, "song": fonts.SerifRegularSHA256, "xiaobiaosong": fonts.SerifBoldSHA256, "hei": fonts.HeiSHA256, "fallback": fonts.HeiSHA256}
	for _, role := range job.FontRoles {
		file("font."+role, j.Fonts[role], defaults[role])
	}
	if j.Previous != "" {
		src = append(src, manifest.Source{Key: "previous", Path: filepath.Join(j.Previous, FactsName)})
	}
	return src
}

// Differences rebuilds j in memory and names each output that would differ
// from what is on disk (build --verify).
func Differences(j *job.Job) ([]string, error) {
	out, err := Render(j)
	if err != nil {
		return nil, err
	}
	var diff []string
	for _, f := range out.Files {
		disk, err := os.ReadFile(filepath.Join(j.Output, f.Name))
		if err != nil || !bytes.Equal(disk, f.Data) {
			diff = append(diff, filepath.Join(j.Output, f.Name))
		}
	}
	return diff, nil
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

// compareWithPrevious warns when the attachment's count or total is far
// from last year's, as recorded in last year's facts.json: a whole sheet
// pasted twice, or amounts typed in 元, show up this way.
func compareWithPrevious(j *job.Job, data *document.Data, problems *dataset.Problems) {
	if j.Previous == "" {
		return
	}
	at := dataset.CellRef{File: filepath.Base(j.Input)}
	raw, err := os.ReadFile(filepath.Join(j.Previous, FactsName))
	if err != nil {
		problems.Warn(at, fmt.Sprintf("无法读取上一年的 %s（previous_output: %s），未与上一年比较", FactsName, j.Previous))
		return
	}
	prev, err := facts.Parse(raw)
	if err != nil {
		problems.Warn(at, err.Error())
		return
	}
	far := func(now, before decimal.Decimal) bool {
		if before.IsZero() {
			return false
		}
		ratio := now.Div(before)
		return ratio.LessThan(decimal.NewFromFloat(0.5)) || ratio.GreaterThan(decimal.NewFromInt(2))
	}
	if f, ok := prev.Get("附件.项目数"); ok {
		before, _ := decimal.NewFromString(f.Value)
		if far(decimal.NewFromInt(int64(data.Attachment.Count)), before) {
			problems.Warn(at, fmt.Sprintf("附件有 %d 个项目，上一年（%d年）为 %s 个，相差较大，请核对是否漏填或重复", data.Attachment.Count, prev.Year, f.Value))
		}
	}
	if f, ok := prev.Get("附件.合计"); ok {
		before, _ := decimal.NewFromString(f.Value)
		if far(data.Attachment.Total.Decimal(), before) {
			problems.Warn(at, fmt.Sprintf("附件合计 %s 万元，上一年（%d年）为 %s 万元，相差较大，请核对金额单位（元/万元）", data.Attachment.Total.Grouped(), prev.Year, f.Printed))
		}
	}
}

// TemplateError is a Word template that cannot be used.
type TemplateError struct{ Err error }

func (e *TemplateError) Error() string { return e.Err.Error() }
func (e *TemplateError) Unwrap() error { return e.Err }

func loadTemplate(j *job.Job) (*docx.Template, error) {
	name, raw, err := templateBytes(j.Template, "templates.docx", "disclosure.docx", templates.Disclosure)
	if err != nil {
		return nil, err
	}
	t, err := docx.Parse(name, raw)
	if err != nil {
		return nil, &TemplateError{err}
	}
	return t, nil
}

func loadXlsxTemplate(j *job.Job) (*xlsx.Template, error) {
	name, raw, err := templateBytes(j.XlsxTemplate, "templates.xlsx", "attachment.xlsx", templates.Attachment)
	if err != nil {
		return nil, err
	}
	t, err := xlsx.Parse(name, raw)
	if err != nil {
		return nil, &TemplateError{err}
	}
	return t, nil
}

// templateBytes reads the template at path, or returns the embedded default
// when path is empty.
func templateBytes(path, key, defaultName string, embedded []byte) (string, []byte, error) {
	if path == "" {
		return "内置模板 " + defaultName, embedded, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", nil, &TemplateError{fmt.Errorf("模板文件 %s 不存在，请检查任务文件中的 %s", path, key)}
		}
		return "", nil, &TemplateError{fmt.Errorf("无法读取模板 %s：%w", path, err)}
	}
	return path, raw, nil
}

// pdfLayout is the PDF preset and fonts of a job.
type pdfLayout struct {
	preset *pdf.Preset
	fonts  pdf.FontSet
}

func loadPDFLayout(j *job.Job) (*pdfLayout, error) {
	name, raw, err := templateBytes(j.PDFPreset, "templates.pdf", "gbt9704.yaml", templates.GBT9704)
	if err != nil {
		return nil, err
	}
	preset, err := pdf.ParsePreset(raw)
	if err != nil {
		return nil, &TemplateError{fmt.Errorf("%s：%w", name, err)}
	}
	set := pdf.FontSet{
		Roles: map[string][]byte{
			"fangsong":     fonts.SerifRegular,
			"song":         fonts.SerifRegular,
			"xiaobiaosong": fonts.SerifBold,
			"hei":          fonts.Hei,
		},
		Fallback: fonts.Hei,
		Names:    map[string]string{},
	}
	for role, path := range j.Fonts {
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, &TemplateError{fmt.Errorf("无法读取字体文件 %s（fonts.%s）：%v", path, role, err)}
		}
		if err := pdf.CheckTrueType(path, raw); err != nil {
			return nil, &TemplateError{err}
		}
		if role == "fallback" {
			set.Fallback = raw
		} else {
			set.Roles[role] = raw
		}
		set.Names[role] = path
	}
	return &pdfLayout{preset: preset, fonts: set}, nil
}

// renderPDF lays out the filled Word document, read back, so that the PDF
// says exactly what the .docx says.
func renderPDF(j *job.Job, doc *wordmodel.Document, l *pdfLayout, problems *dataset.Problems) ([]byte, error) {
	out, warnings, err := pdf.Render(doc, pdf.Options{
		Preset: l.preset,
		Fonts:  l.fonts,
		Title:  strings.TrimSuffix(j.PDFName, ".pdf"),
		Author: j.Author,
		Date:   j.Date,
	})
	if err != nil {
		return nil, err
	}
	for _, w := range warnings {
		problems.Warn(dataset.CellRef{File: j.PDFName}, w)
	}
	return out, nil
}

// Annotate writes a copy of the job's workbook with each problem cell
// marked, into the job's output folder, and returns its path. The input
// itself is never touched.
func Annotate(j *job.Job, problems dataset.Problems) (string, error) {
	base := strings.TrimSuffix(filepath.Base(j.Input), filepath.Ext(j.Input))
	dst := filepath.Join(j.Output, base+"-问题标注.xlsx")
	data, err := ingest.Annotate(j.Input, problems.Sorted())
	if err != nil {
		return "", err
	}
	if err := publish.Write(j.Output, []publish.File{{Name: filepath.Base(dst), Data: data}}); err != nil {
		return "", err
	}
	return dst, nil
}

// Placements fills the Word template for j and returns what it placed,
// in order; for checking an output written earlier.
func Placements(j *job.Job) ([]docx.Placement, error) {
	word, err := loadTemplate(j)
	if err != nil {
		return nil, err
	}
	data, _, _, err := check(j)
	if err != nil {
		return nil, err
	}
	_, placed, err := word.Render(data)
	return placed, err
}

// PDF lays out a filled Word document with j's PDF layout and fonts; for
// measuring the PDF stage on its own.
func PDF(j *job.Job, docxBytes []byte) ([]byte, error) {
	layout, err := loadPDFLayout(j)
	if err != nil {
		return nil, err
	}
	doc, err := wordmodel.Read(docxBytes)
	if err != nil {
		return nil, err
	}
	var problems dataset.Problems
	return renderPDF(j, doc, layout, &problems)
}
