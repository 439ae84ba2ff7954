package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/templates"
)

// lintCmd checks Word templates without data: the same checks build runs
// first. An argument may be a .docx, or a job file whose template is
// checked (the embedded default when it names none).
func lintCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("lint", stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprint(stderr, "用法：jixiao lint 模板.docx|任务文件.yaml...\n")
		return exitUsage
	}
	code := exitOK
	for _, arg := range fs.Args() {
		name, raw, err := lintTarget(arg)
		if err != nil {
			fmt.Fprintln(stderr, err)
			code = max(code, exitUsage)
			continue
		}
		_, err = docx.Parse(name, raw)
		var te *docx.TemplateError
		switch {
		case errors.As(err, &te):
			fmt.Fprintf(stderr, "%s：有 %d 处问题\n", name, len(te.Problems))
			for _, p := range te.Problems {
				fmt.Fprintf(stderr, "  %s\n", p)
			}
			code = max(code, exitData)
		case err != nil:
			fmt.Fprintln(stderr, err)
			code = max(code, exitData)
		default:
			fmt.Fprintf(stdout, "%s：模板检查通过\n", name)
		}
	}
	return code
}

func lintTarget(arg string) (string, []byte, error) {
	if strings.HasSuffix(strings.ToLower(arg), ".yaml") || strings.HasSuffix(strings.ToLower(arg), ".yml") {
		j, err := job.Load(arg)
		if err != nil {
			return "", nil, err
		}
		if j.Template == "" {
			return "内置模板 disclosure.docx", templates.Disclosure, nil
		}
		arg = j.Template
	}
	raw, err := os.ReadFile(arg)
	if err != nil {
		return "", nil, fmt.Errorf("无法读取模板 %s：%v", arg, err)
	}
	return arg, raw, nil
}
