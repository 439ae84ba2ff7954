package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/example"
	"jixiao/pipeline/infer"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
	"jixiao/templates"
)

// initExample is init --from 去年的说明.docx --data 去年的工作簿: a job whose
// Word template is last year's document with its numbers bound to the
// figures of last year's data (package example).
func initExample(from, data, county string, year int, dir, name string, reqs requirementFlag, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		var de *dataset.DataError
		if errors.As(err, &de) {
			for _, p := range de.Problems {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
		}
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	docx, err := os.ReadFile(from)
	if err != nil {
		return fail(&fileError{from, err})
	}
	tmp, err := os.MkdirTemp("", "jixiao-init-")
	if err != nil {
		return fail(&fileError{os.TempDir(), err})
	}
	defer os.RemoveAll(tmp)
	last, err := lastYear(data, county, year, dir, name, reqs, tmp)
	if err != nil {
		if errors.Is(err, errInferred) {
			fmt.Fprintf(stderr, "%s：%v\n", data, errors.Unwrap(err))
			return exitData
		}
		return fail(err)
	}
	res, defText, err := last.template(docx, tmp)
	if err != nil {
		var ee *exampleError
		if errors.As(err, &ee) {
			fmt.Fprintf(stderr, "%s：无法读取为 Word 文档：%v\n", from, ee.err)
			return exitData
		}
		return fail(err)
	}
	files := last.files
	files[docxFile] = res.Docx
	body := last.body
	if defText != nil {
		files[definitionFile] = defText
		body = fmt.Appendf(body, "definition: %s          # 去年的说明中的数字所需，请核对\n", definitionFile)
	} else if last.definition != "" {
		body = fmt.Appendf(body, "definition: %s\n", last.definition)
	}
	body = fmt.Appendf(body, "templates:\n  docx: %s\n", docxFile)
	if _, ok := files[xlsxFile]; ok {
		body = fmt.Appendf(body, "  xlsx: %s\n", xlsxFile)
	} else if last.xlsx != "" {
		body = fmt.Appendf(body, "  xlsx: %s\n", last.xlsx)
	}
	files[name+".yaml"] = body
	for file := range files {
		if _, err := os.Stat(filepath.Join(dir, file)); err == nil {
			fmt.Fprintf(stderr, "%s 已存在，为避免覆盖，没有生成任何文件\n", filepath.Join(dir, file))
			return exitUsage
		}
	}
	if err := writeFiles(dir, []string{definitionFile, docxFile, xlsxFile, name + ".yaml"}, files, stdout); err != nil {
		return fail(err)
	}
	res.WriteReport(stdout)
	fmt.Fprintf(stdout, "请核对后运行：jixiao build %s（用今年的工作簿时改任务文件的 year 和 input）\n", filepath.Join(dir, name+".yaml"))
	return exitOK
}

var errInferred = errors.New("infer")

// exampleError is a .docx that package example could not read.
type exampleError struct{ err error }

func (e *exampleError) Error() string { return e.err.Error() }

// lastYearsJob is last year's job as init will write it, and the scratch
// job that reads last year's data for it.
type lastYearsJob struct {
	j          *job.Job
	defText    []byte // the definition's text, the built-in one's when it has none
	definition string // the definition file the written job names, if not written by init
	owned      bool   // the definition is init's to write (inferred)
	xlsx       string // the job's own Excel template, kept
	files      map[string][]byte
	body       []byte // the job file so far
}

// lastYear reads --data: an existing job file, whose definition and
// workbook are used, or a workbook, whose definition is inferred.
func lastYear(data, county string, year int, dir, name string, reqs requirementFlag, tmp string) (*lastYearsJob, error) {
	l := &lastYearsJob{files: map[string][]byte{}, defText: templates.Definition}
	if ext := strings.ToLower(filepath.Ext(data)); ext == ".yaml" || ext == ".yml" {
		j, err := job.Load(data)
		if err != nil {
			return nil, err
		}
		l.j = j
		var kept []job.Requirement
		for _, k := range slices.Sorted(maps.Keys(j.Requirements)) {
			v := j.Requirements[k]
			kept = append(kept, job.Requirement{Key: k, Label: "沿用 " + filepath.Base(data), Value: &v})
		}
		l.body = job.New(county, year, relativeTo(dir, j.Input), filepath.Join("out", name), kept)
		if j.XlsxTemplate != "" {
			l.xlsx = relativeTo(dir, j.XlsxTemplate)
		}
		if j.Definition != "" {
			if l.defText, err = os.ReadFile(j.Definition); err != nil {
				return nil, &fileError{j.Definition, err}
			}
			l.definition = relativeTo(dir, j.Definition)
		}
		return l, nil
	}
	r, err := infer.Workbook(data, year)
	if err != nil {
		return nil, fmt.Errorf("%w", errors.Join(errInferred, err))
	}
	def := definition.Default()
	if !r.Default {
		if def, err = definition.Parse(definitionFile, r.Definition); err != nil {
			return nil, fmt.Errorf("推断的文档定义有误（程序内部错误，请把这条信息告诉维护人员）：%w", err)
		}
		l.defText, l.owned = r.Definition, true
		// The inferred Word template only serves reading last year's
		// data; the one written is made from last year's document.
		l.files[definitionFile], l.files[docxFile], l.files[xlsxFile] = r.Definition, r.Docx, r.Xlsx
	}
	l.body = job.New(county, year, relativeTo(dir, data), filepath.Join("out", name), requirements(def, reqs))
	text := string(l.body)
	// Seen from the scratch folder, the input must be absolute.
	if abs, err := filepath.Abs(data); err == nil {
		text = strings.Replace(text, "input: "+relativeTo(dir, data)+"\n", "input: "+abs+"\n", 1)
	}
	for file, b := range l.files {
		if err := os.WriteFile(filepath.Join(tmp, file), b, 0o644); err != nil {
			return nil, &fileError{tmp, err}
		}
	}
	if !r.Default {
		text += fmt.Sprintf("definition: %s\ntemplates:\n  docx: %s\n  xlsx: %s\n", definitionFile, docxFile, xlsxFile)
	}
	path := filepath.Join(tmp, name+".yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return nil, &fileError{path, err}
	}
	if l.j, err = job.Load(path); err != nil {
		return nil, err
	}
	return l, nil
}

// template makes the Word template from last year's document.
func (l *lastYearsJob) template(docx []byte, tmp string) (*example.Result, []byte, error) {
	return widenedTemplate(l.j, l.defText, l.owned, docx, tmp, nil)
}

// widenedTemplate makes the Word template from last year's document, read
// against job j (last year's data). Numbers that no figure of the
// definition prints get a second try with the figures that might
// (example.Extend) added; those used stay, and the definition text to
// write is returned: nil when it is not the caller's to write (owned
// false) or nothing was added and it is.
func widenedTemplate(j *job.Job, defText []byte, owned bool, docx []byte, tmp string, choices map[example.Place]string) (*example.Result, []byte, error) {
	d, _, err := runner.Check(j)
	if err != nil {
		return nil, nil, err
	}
	res, err := example.Make(docx, d, example.Options{Choices: choices})
	if err != nil {
		return nil, nil, &exampleError{err}
	}
	var written []byte
	if owned {
		written = defText
	}
	formats := res.Unbound()
	if len(formats) == 0 {
		return res, written, nil
	}
	def, sheets, err := runner.Definition(j)
	if err != nil {
		return nil, nil, err
	}
	values, notes, err := res.ReadValues(j.Input, def, sheets)
	if err != nil {
		return nil, nil, err
	}
	res.Notes = append(res.Notes, notes...)
	text, added, err := example.Extend(defText, def, formats, values)
	if err != nil || len(added) == 0 {
		return res, written, nil
	}
	path := filepath.Join(tmp, "扩展的"+definitionFile)
	wider := *j
	wider.Definition = path
	check := func() error {
		if err := os.WriteFile(path, text, 0o644); err != nil {
			return &fileError{path, err}
		}
		d, _, err = runner.Check(&wider)
		return err
	}
	if err := check(); err != nil {
		var fe *fileError
		if errors.As(err, &fe) {
			return nil, nil, err
		}
		if text, added, err = example.WithoutDifferences(text, added); err != nil {
			return nil, nil, err
		}
		if err := check(); err != nil || len(added) == 0 {
			return res, written, nil // the added figures do not fit this data: keep the first try
		}
	}
	isAdded := map[string]bool{}
	for _, id := range added {
		isAdded[id] = true
	}
	res2, err := example.Make(docx, d, example.Options{Added: isAdded, Choices: choices})
	if err != nil {
		return nil, nil, &exampleError{err}
	}
	res2.Notes = append(res2.Notes, notes...)
	keep := map[string]bool{}
	for _, m := range res2.Marks {
		for _, c := range m.Candidates {
			for _, id := range strings.Split(c.ID, "/") {
				if isAdded[id] && m.State != example.Unbound {
					keep[id] = true
				}
			}
		}
	}
	if len(keep) == 0 {
		return res, written, nil
	}
	pruned, err := example.Prune(text, keep)
	if err != nil {
		return nil, nil, err
	}
	return res2, pruned, nil
}
