// Command jixiao regenerates a county's 公开重大政策和重点项目等绩效目标情况说明
// and its attachment from the bureau's workbook.
//
//	jixiao build [-o DIR] [-q] CONFIG...
//	jixiao validate CONFIG...
//	jixiao version
//	jixiao help
//
// Exit codes: 0 all built; 1 bad data (every bad cell is listed, nothing is
// written); 2 usage, job-file or template error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"jixiao/pipeline/build"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
)

// version is set at link time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const (
	exitOK    = 0
	exitData  = 1
	exitUsage = 2
)

const usage = `jixiao —— 预算绩效公开文件生成工具

用法：
  jixiao build [-o 输出目录] [-q] 任务文件.yaml...   读取数据，生成 Word 文件
  jixiao validate 任务文件.yaml...                  只检查数据，列出全部问题，不写任何文件
  jixiao version                                    显示版本
  jixiao help                                       显示本说明

选项：
  -o DIR   把（唯一一个）任务的输出写到 DIR，代替任务文件中的 output
  -q       安静模式：只输出错误

退出码：
  0  全部生成成功
  1  数据有误（会列出每一个有问题的单元格，不写任何文件）
  2  用法错误、任务文件错误或模板错误

示例：
  jixiao build config/qinyuan-2023.yaml
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "build":
		return buildCmd(args[1:], stdout, stderr)
	case "validate":
		return validateCmd(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "jixiao", version)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "未知命令 %q\n\n%s", args[0], usage)
	return exitUsage
}

func flags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	return fs
}

func buildCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("build", stderr)
	outDir := fs.String("o", "", "输出目录")
	quiet := fs.Bool("q", false, "只输出错误")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	configs := fs.Args()
	if len(configs) == 0 {
		fmt.Fprint(stderr, "请指定任务文件，例如：jixiao build config/qinyuan-2023.yaml\n")
		return exitUsage
	}
	if *outDir != "" && len(configs) > 1 {
		fmt.Fprint(stderr, "-o 只能用于一个任务文件\n")
		return exitUsage
	}
	code := exitOK
	for _, path := range configs {
		j, err := job.Load(path)
		if err != nil {
			fmt.Fprintln(stderr, err)
			code = max(code, exitUsage)
			continue
		}
		if *outDir != "" {
			j = j.WithOutput(*outDir)
		}
		res, err := build.Run(j)
		if err != nil {
			fmt.Fprintf(stderr, "%s：生成失败\n%v\n", path, err)
			code = max(code, exitCode(err))
			continue
		}
		report(stderr, res.Problems, *quiet)
		if !*quiet {
			for _, w := range res.Written {
				fmt.Fprintf(stdout, "已生成 %s\n", w)
			}
		}
	}
	return code
}

func validateCmd(args []string, stdout, stderr io.Writer) int {
	fs := flags("validate", stderr)
	quiet := fs.Bool("q", false, "只输出错误")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, "请指定任务文件，例如：jixiao validate config/qinyuan-2023.yaml\n")
		return exitUsage
	}
	code := exitOK
	for _, path := range fs.Args() {
		j, err := job.Load(path)
		if err != nil {
			fmt.Fprintln(stderr, err)
			code = max(code, exitUsage)
			continue
		}
		_, problems, err := build.Check(j)
		if err != nil {
			fmt.Fprintf(stderr, "%s：%v\n", path, err)
			code = max(code, exitCode(err))
			continue
		}
		report(stderr, problems.Sorted(), *quiet)
		if !*quiet {
			fmt.Fprintf(stdout, "%s：数据检查通过\n", path)
		}
	}
	return code
}

func report(w io.Writer, problems []dataset.Problem, quiet bool) {
	if quiet {
		return
	}
	for _, p := range problems {
		fmt.Fprintf(w, "%s %s\n", p.Severity, p)
	}
}

func exitCode(err error) int {
	var je *job.Error
	var te *build.TemplateError
	switch {
	case errors.As(err, &je), errors.As(err, &te):
		return exitUsage
	}
	return exitData
}
