package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/example"
	"jixiao/pipeline/infer"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

// initExample is init --from 去年的说明.docx --data 去年的工作簿: a job whose
// Word template is last year's document with its numbers bound to the
// figures of last year's data (package example).
func initExample(from, data, county string, year int, dir, name string, reqs requirementFlag, stdout, stderr io.Writer) int {
	docx, err := os.ReadFile(from)
	if err != nil {
		err = &fileError{from, err}
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	files := map[string][]byte{}
	var j *job.Job
	var body []byte
	if ext := strings.ToLower(filepath.Ext(data)); ext == ".yaml" || ext == ".yml" {
		// An existing job: its definition, workbook and requirements.
		if j, err = job.Load(data); err != nil {
			fmt.Fprintln(stderr, err)
			return exitCode(err)
		}
		body = job.New(county, year, relativeTo(dir, j.Input), filepath.Join("out", name), nil)
		if j.Definition != "" {
			body = fmt.Appendf(body, "definition: %s\n", relativeTo(dir, j.Definition))
		}
	} else {
		r, err := infer.Workbook(data, year)
		if err != nil {
			fmt.Fprintf(stderr, "%s：%v\n", data, err)
			return exitData
		}
		def := definition.Default()
		if !r.Default {
			if def, err = definition.Parse(definitionFile, r.Definition); err != nil {
				fmt.Fprintf(stderr, "推断的文档定义有误（程序内部错误，请把这条信息告诉维护人员）：%v\n", err)
				return exitInternal
			}
			// The inferred Word template only serves last year's check; the
			// one written is made from last year's document.
			files[definitionFile], files[docxFile], files[xlsxFile] = r.Definition, r.Docx, r.Xlsx
		}
		body = job.New(county, year, relativeTo(dir, data), filepath.Join("out", name), requirements(def, reqs))
		if !r.Default {
			body = fmt.Appendf(body, "definition: %s          # 由 --data 推断，请核对\n", definitionFile)
		}
		tmp, err := os.MkdirTemp("", "jixiao-init-")
		if err != nil {
			err = &fileError{os.TempDir(), err}
			fmt.Fprintln(stderr, err)
			return exitCode(err)
		}
		defer os.RemoveAll(tmp)
		if j, err = lastYearJob(tmp, files, body, dir, name); err != nil {
			fmt.Fprintln(stderr, err)
			return exitCode(err)
		}
	}
	doc, _, err := runner.Check(j)
	if err != nil {
		var de *dataset.DataError
		if errors.As(err, &de) {
			for _, p := range de.Problems {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
		}
		fmt.Fprintf(stderr, "%s：%v\n", data, err)
		return exitCode(err)
	}
	res, err := example.Make(docx, doc, nil)
	if err != nil {
		fmt.Fprintf(stderr, "%s：无法读取为 Word 文档：%v\n", from, err)
		return exitData
	}
	files[docxFile] = res.Docx
	body = fmt.Appendf(body, "templates:\n  docx: %s\n", docxFile)
	if _, ok := files[xlsxFile]; ok {
		body = fmt.Appendf(body, "  xlsx: %s\n", xlsxFile)
	}
	files[name+".yaml"] = body
	for file := range files {
		if _, err := os.Stat(filepath.Join(dir, file)); err == nil {
			fmt.Fprintf(stderr, "%s 已存在，为避免覆盖，没有生成任何文件\n", filepath.Join(dir, file))
			return exitUsage
		}
	}
	if err := writeFiles(dir, []string{definitionFile, docxFile, xlsxFile, name + ".yaml"}, files, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	res.WriteReport(stdout)
	fmt.Fprintf(stdout, "请核对后运行：jixiao build %s（用今年的工作簿时改任务文件的 year 和 input）\n", filepath.Join(dir, name+".yaml"))
	return exitOK
}

// lastYearJob is the job as it will be written, read from a scratch
// folder, tmp, so that last year's figures come from the same definition
// and workbook the written job names; nothing is written to dir before
// the template is made.
func lastYearJob(tmp string, files map[string][]byte, body []byte, dir, name string) (*job.Job, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil, &fileError{dir, err}
	}
	// The input is named relative to dir; seen from the scratch folder it
	// must be absolute.
	text := string(body)
	for _, line := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(line, "input: "); ok && !filepath.IsAbs(v) {
			text = strings.Replace(text, line, "input: "+filepath.Join(absDir, v), 1)
		}
	}
	for _, file := range []string{definitionFile, docxFile, xlsxFile} {
		if b, ok := files[file]; ok {
			if err := os.WriteFile(filepath.Join(tmp, file), b, 0o644); err != nil {
				return nil, &fileError{tmp, err}
			}
		}
	}
	if _, ok := files[docxFile]; ok {
		text += fmt.Sprintf("templates:\n  docx: %s\n  xlsx: %s\n", docxFile, xlsxFile)
	}
	path := filepath.Join(tmp, name+".yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return nil, &fileError{path, err}
	}
	j, err := job.Load(path)
	if err != nil {
		return nil, err
	}
	return j, nil
}
