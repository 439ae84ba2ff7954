package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/xlsx"
)

// lintCmd checks templates without data: the same checks build runs
// first, by the same code. An argument may be a .docx or an .xlsx, checked
// against the built-in definition or the one --definition names, or a job
// file, whose definition and Word and Excel templates are checked together.
func lintCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("lint", stderr)
	defPath := fs.String("definition", "", "检查 .docx 模板时依据的文档定义（默认为内置定义）")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprint(stderr, "用法：jixiao lint [--definition 文档定义.yaml] 模板.docx|模板.xlsx|任务文件.yaml...\n")
		return exitUsage
	}
	def := definition.Default()
	if *defPath != "" {
		raw, err := os.ReadFile(*defPath)
		if err == nil {
			def, err = definition.Parse(*defPath, raw)
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
	}
	code := exitOK
	for _, arg := range fs.Args() {
		var name string
		var notes []string
		err := contained(&job.Job{Path: arg}, func() (err error) {
			name, notes, err = lint(arg, def)
			return err
		})
		for _, n := range notes {
			fmt.Fprintf(stdout, "%s：提示 %s\n", name, n)
		}
		var te *docx.TemplateError
		switch {
		case errors.As(err, &te):
			fmt.Fprintf(stderr, "%s：有 %d 处问题\n", te.Name, len(te.Problems))
			for _, p := range te.Problems {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
			code = max(code, exitCode(err))
		case err != nil:
			fmt.Fprintln(stderr, err)
			code = max(code, exitCode(err))
		default:
			fmt.Fprintf(stdout, "%s：模板检查通过\n", name)
		}
	}
	return code
}

// lint checks one argument and returns what it checked, and its notes.
func lint(arg string, def *definition.Definition) (string, []string, error) {
	lower := strings.ToLower(arg)
	if strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml") {
		j, err := job.Load(arg)
		if err != nil {
			return "", nil, err
		}
		problems, err := runner.CheckTemplates(j)
		var notes []string
		for _, p := range problems {
			notes = append(notes, p.Message)
		}
		return arg, notes, err
	}
	raw, err := os.ReadFile(arg)
	if err != nil {
		return "", nil, &runner.TemplateError{Err: fmt.Errorf("无法读取模板 %s：%v", arg, err)}
	}
	if strings.HasSuffix(lower, ".xlsx") || strings.HasSuffix(lower, ".xlsm") {
		t, err := xlsx.Parse(arg, raw, def)
		if err != nil {
			return "", nil, &runner.TemplateError{Err: err}
		}
		return arg, t.Notes, nil
	}
	t, err := docx.Parse(arg, raw, def)
	if err := runner.WithUndrawn(arg, raw, err); err != nil {
		return "", nil, &runner.TemplateError{Err: err}
	}
	var notes []string
	for _, n := range t.Notes {
		notes = append(notes, n.String())
	}
	return arg, notes, nil
}
