package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
)

// initCmd writes a new job: its job file and an empty workbook with the
// six sheets, their headers and Excel data validation.
func initCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("init", stderr)
	county := fs.String("county", "", "县名，如 沁源县")
	year := fs.Int("year", 0, "年度，如 2024")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *county == "" || *year < 1949 || *year > 2200 || fs.NArg() > 1 {
		fmt.Fprint(stderr, "用法：jixiao init --county 县名 --year 年度 [目录]\n例如：jixiao init --county 沁源县 --year 2024 jobs\n")
		return exitUsage
	}
	dir := "."
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	name := fmt.Sprintf("%s%d", *county, *year)
	jobPath := filepath.Join(dir, name+".yaml")
	bookPath := filepath.Join(dir, name+".xlsx")
	for _, p := range []string{jobPath, bookPath} {
		if _, err := os.Stat(p); err == nil {
			fmt.Fprintf(stderr, "%s 已存在，为避免覆盖已填写的内容，没有生成任何文件\n", p)
			return exitUsage
		} else if !errors.Is(err, os.ErrNotExist) {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
	}
	book, err := ingest.Blank(definition.Default(), nil)
	if err != nil {
		fmt.Fprintf(stderr, "生成工作簿出错：%v\n", err)
		return exitData
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	if err := os.WriteFile(bookPath, book, 0o644); err != nil {
		fmt.Fprintln(stderr, err)
		return exitData
	}
	if err := os.WriteFile(jobPath, job.New(*county, *year, name+".xlsx", filepath.Join("out", name)), 0o644); err != nil {
		fmt.Fprintln(stderr, err)
		return exitData
	}
	fmt.Fprintf(stdout, "已生成任务文件 %s\n已生成数据工作簿 %s（请填写各工作表后运行：jixiao build %s）\n", jobPath, bookPath, jobPath)
	return exitOK
}
