package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/infer"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
)

// initCmd writes a new job: its job file and an empty workbook with the
// six sheets, their headers and Excel data validation; or, with --from, a
// job for the bureau's own workbook with a definition and templates
// inferred from it.
func initCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("init", stderr)
	county := fs.String("county", "", "县名，如 沁源县")
	year := fs.Int("year", 0, "年度，如 2024")
	from := fs.String("from", "", "本县已有的工作簿（.xlsx 或 CSV 文件夹）：据此推断文档定义和模板")
	data := fs.String("data", "", "与 --from 去年的公开说明.docx 同用：去年的工作簿（.xlsx、CSV 文件夹或任务文件）")
	reqs := requirementFlag{}
	fs.Var(reqs, "require", "市财政局要求的数，如 key_evaluations=8（可写多次）")
	var only sheetFlag
	fs.Var(&only, "sheet", "与 --from 同用：只按这个工作表生成（可写多次），如 --sheet 城关镇")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *county == "" || *year < 1949 || *year > 2200 || fs.NArg() > 1 {
		fmt.Fprint(stderr, "用法：jixiao init --county 县名 --year 年度 [--from 工作簿.xlsx [--sheet 工作表] | --from 去年的说明.docx --data 去年的工作簿] [目录]\n例如：jixiao init --county 沁源县 --year 2024 jobs\n")
		return exitUsage
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	name := fmt.Sprintf("%s%d", *county, *year)
	if *from != "" && *data != "" {
		return initExample(*from, *data, *county, *year, dir, name, reqs, stdout, stderr)
	}
	if *from != "" {
		return initFrom(*from, only, *county, *year, dir, name, reqs, stdout, stderr)
	}
	jobPath := filepath.Join(dir, name+".yaml")
	bookPath := filepath.Join(dir, name+".xlsx")
	for _, p := range []string{jobPath, bookPath} {
		if _, err := os.Stat(p); err == nil {
			fmt.Fprintf(stderr, "%s 已存在，为避免覆盖已填写的内容，没有生成任何文件\n", p)
			return exitUsage
		} else if !errors.Is(err, os.ErrNotExist) {
			err = &fileError{p, err}
			fmt.Fprintln(stderr, err)
			return exitCode(err)
		}
	}
	book, err := ingest.Blank(definition.Default(), nil)
	if err != nil {
		fmt.Fprintf(stderr, "生成工作簿出错（程序内部错误，请把这条信息告诉维护人员）：%v\n", err)
		return exitInternal
	}
	if err := writeFiles(dir, []string{name + ".xlsx", name + ".yaml"}, map[string][]byte{
		name + ".xlsx": book,
		name + ".yaml": job.New(*county, *year, name+".xlsx", filepath.Join("out", name), requirements(definition.Default(), reqs)),
	}, io.Discard); err != nil {
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	fmt.Fprintf(stdout, "已生成任务文件 %s\n已生成数据工作簿 %s（请填写各工作表后运行：jixiao build %s）\n", jobPath, bookPath, jobPath)
	return exitOK
}

// The files init --from writes beside the job file.
const (
	definitionFile = "文档定义.yaml"
	docxFile       = "模板.docx"
	xlsxFile       = "附件模板.xlsx"
)

func initFrom(from string, only []string, county string, year int, dir, name string, reqs requirementFlag, stdout, stderr io.Writer) int {
	r, err := infer.Workbook(from, year, only...)
	if err != nil {
		fmt.Fprintf(stderr, "%s：%v\n", from, err)
		return exitData
	}
	jobPath := filepath.Join(dir, name+".yaml")
	files := map[string][]byte{}
	input := relativeTo(dir, from)
	def := definition.Default()
	if !r.Default {
		if def, err = definition.Parse(definitionFile, r.Definition); err != nil {
			fmt.Fprintf(stderr, "推断的文档定义有误（程序内部错误，请把这条信息告诉维护人员）：%v\n", err)
			return exitInternal
		}
	}
	output := filepath.Join("out", name)
	if !r.Default {
		output = "out/{县}{年度}"
	}
	body := job.New(county, year, input, output, requirements(def, reqs))
	if !r.Default {
		// Names say {县} and {年度}, so that next year only year: changes.
		files[definitionFile], files[docxFile], files[xlsxFile] = r.Definition, r.Docx, r.Xlsx
		if !strings.Contains(r.Name, county) && !strings.Contains(r.Name, "{县}") {
			r.Name = "{县}" + r.Name
		}
		body = fmt.Appendf(body, "definition: %s          # 由 --from 推断，请核对\ntemplates:\n  docx: %s\n  xlsx: %s\noutputs:\n  docx: %q\n  xlsx: %q\n",
			definitionFile, docxFile, xlsxFile, r.Name+".docx", "附件："+r.Name+"附表.xlsx")
	}
	files[name+".yaml"] = body
	for _, file := range slices.Sorted(maps.Keys(files)) {
		p := filepath.Join(dir, file)
		if _, err := os.Stat(p); err == nil {
			fmt.Fprintf(stderr, "%s 已存在，为避免覆盖，没有生成任何文件\n", p)
			return exitUsage
		}
	}
	if err := writeFiles(dir, []string{definitionFile, docxFile, xlsxFile, name + ".yaml"}, files, stdout); err != nil {
		fmt.Fprintln(stderr, err)
		return exitCode(err)
	}
	for _, n := range r.Notes {
		fmt.Fprintf(stdout, "  %s\n", n)
	}
	fmt.Fprintf(stdout, "请核对后运行：jixiao build %s\n", jobPath)
	return exitOK
}

// relativeTo names path as seen from dir, so that the folder can move
// with its workbook; absolute where they share no root.
func relativeTo(dir, path string) string {
	absDir, err1 := filepath.Abs(dir)
	absPath, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return path
	}
	if rel, err := filepath.Rel(absDir, absPath); err == nil {
		return filepath.ToSlash(rel)
	}
	return absPath
}

// sheetFlag collects --sheet names, in the order given.
type sheetFlag []string

func (f *sheetFlag) String() string     { return strings.Join(*f, ",") }
func (f *sheetFlag) Set(s string) error { *f = append(*f, s); return nil }

// requirementFlag collects --require key=number.
type requirementFlag map[string]int

func (r requirementFlag) String() string { return "" }

func (r requirementFlag) Set(v string) error {
	k, n, ok := strings.Cut(v, "=")
	num, err := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err != nil || num < 0 {
		return fmt.Errorf("应写成 名称=数，如 key_evaluations=8")
	}
	r[strings.TrimSpace(k)] = num
	return nil
}

// requirements lists the definition's requirement figures for a new job
// file, with the values given.
func requirements(def *definition.Definition, given requirementFlag) []job.Requirement {
	var out []job.Requirement
	seen := map[string]bool{}
	for _, s := range def.Sections {
		for _, f := range s.Figures {
			if f.Kind != definition.Requirement || seen[f.Requirement] {
				continue
			}
			seen[f.Requirement] = true
			r := job.Requirement{Key: f.Requirement, Label: "市财政局要求的" + s.Label + "数"}
			if v, ok := given[f.Requirement]; ok {
				r.Value = &v
			}
			out = append(out, r)
		}
	}
	return out
}

// writeFiles writes the files init makes into dir, in order (those of
// names that files holds), saying each; a failure is a *fileError, the
// I/O kind, and names the file.
func writeFiles(dir string, names []string, files map[string][]byte, stdout io.Writer) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &fileError{dir, err}
	}
	for _, file := range names {
		data, ok := files[file]
		if !ok {
			continue
		}
		path := filepath.Join(dir, file)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return &fileError{path, err}
		}
		fmt.Fprintf(stdout, "已生成 %s\n", path)
	}
	return nil
}
