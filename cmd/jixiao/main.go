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
  jixiao build [-o 输出目录] [-q] [--json] 任务文件.yaml...   读取数据，生成 Word、Excel 和 PDF 文件
  jixiao validate [--annotate] [--json] 任务文件.yaml...      只检查数据，列出全部问题，不生成文件
  jixiao init --county 县名 --year 年度 [目录]                新建任务：任务文件和带填写校验的空白工作簿
  jixiao version                                    显示版本
  jixiao help                                       显示本说明

选项：
  -o DIR       把（唯一一个）任务的输出写到 DIR，代替任务文件中的 output
  -q, --quiet  安静模式：只输出错误
  --json       以 JSON 格式输出结果和全部问题（供定时任务、监控程序读取）
  --annotate   （validate）在输出目录写一份工作簿副本，问题单元格标红并附批注

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
	case "init":
		return initCmd(args[1:], stdout, stderr)
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

// options are the flags build and validate share.
type options struct {
	outDir   string
	quiet    bool
	asJSON   bool
	annotate bool
}

func parseFlags(name string, args []string, stderr io.Writer) (*options, []string, bool) {
	fs := flags(name, stderr)
	o := &options{}
	if name == "build" {
		fs.StringVar(&o.outDir, "o", "", "输出目录")
	}
	if name == "validate" {
		fs.BoolVar(&o.annotate, "annotate", false, "写出标注了问题单元格的工作簿副本")
	}
	fs.BoolVar(&o.quiet, "q", false, "只输出错误")
	fs.BoolVar(&o.quiet, "quiet", false, "只输出错误")
	fs.BoolVar(&o.asJSON, "json", false, "以 JSON 输出结果")
	if err := fs.Parse(args); err != nil {
		return nil, nil, false
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "请指定任务文件，例如：jixiao %s config/qinyuan-2023.yaml\n", name)
		return nil, nil, false
	}
	if o.outDir != "" && fs.NArg() > 1 {
		fmt.Fprint(stderr, "-o 只能用于一个任务文件\n")
		return nil, nil, false
	}
	return o, fs.Args(), true
}

func buildCmd(args []string, stdout, stderr io.Writer) int {
	o, configs, ok := parseFlags("build", args, stderr)
	if !ok {
		return exitUsage
	}
	return runJobs(configs, o, stdout, stderr, func(j *job.Job, r *jobReport) {
		if o.outDir != "" {
			j = j.WithOutput(o.outDir)
		}
		res, err := build.Run(j)
		if err != nil {
			r.failed(err)
			return
		}
		r.Status = "已生成"
		r.Problems = problemReports(res.Problems)
		r.Outputs = res.Written
	})
}

func validateCmd(args []string, stdout, stderr io.Writer) int {
	o, configs, ok := parseFlags("validate", args, stderr)
	if !ok {
		return exitUsage
	}
	return runJobs(configs, o, stdout, stderr, func(j *job.Job, r *jobReport) {
		_, problems, err := build.Check(j)
		if o.annotate && len(problems.Sorted()) > 0 {
			path, aerr := build.Annotate(j, problems)
			if aerr != nil {
				fmt.Fprintf(stderr, "无法写出标注文件：%v\n", aerr)
			} else {
				r.Outputs = append(r.Outputs, path)
			}
		}
		if err != nil {
			outputs := r.Outputs
			r.failed(err)
			r.Outputs = outputs
			return
		}
		r.Status = "已检查"
		r.Problems = problemReports(problems.Sorted())
	})
}

// runJobs loads each job file and runs do on it, then reports. The exit
// code is the worst of the jobs'.
func runJobs(configs []string, o *options, stdout, stderr io.Writer, do func(*job.Job, *jobReport)) int {
	code := exitOK
	var reports []*jobReport
	for _, path := range configs {
		r := &jobReport{Job: path, Problems: []problemReport{}}
		reports = append(reports, r)
		j, err := job.Load(path)
		if err != nil {
			r.failed(err)
		} else {
			do(j, r)
		}
		code = max(code, r.code)
		if !o.asJSON {
			r.printText(stdout, stderr, o.quiet)
		}
	}
	if o.asJSON {
		printJSON(stdout, reports, code)
	}
	return code
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
