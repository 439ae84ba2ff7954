// Command jixiao regenerates a county's 公开重大政策和重点项目等绩效目标情况说明
// and its attachment from the bureau's workbook.
//
//	jixiao build [-o DIR] [-j N] [--force] [--verify] [--shard i/n] [-q] [--json] CONFIG|DIR...
//	jixiao validate [--annotate] [--json] CONFIG|DIR...
//	jixiao watch CONFIG|DIR...
//	jixiao lint TEMPLATE.docx|CONFIG...
//	jixiao serve [--addr HOST:PORT] [--users FILE] CONFIG|DIR...
//	jixiao init --county 县名 --year 年度 [--from WORKBOOK] [DIR]
//	jixiao fields CONFIG
//	jixiao version
//	jixiao help
//
// Exit codes: 0 all built or up to date; 1 bad data (every bad cell is
// listed, nothing is written); 2 usage, job-file, definition or template
// error; 3 some jobs of a batch failed and the rest were built; 4 a file
// could not be read or written (disk full, read-only, no permission);
// 5 another run held the output folder longer than --wait; 6 the outputs
// disagreed with the figures in the check before publishing (or, with
// --verify, the files on disk differ from a rebuild); 7 internal error (a
// bug: the job's panic was contained, its stack logged); 130 watch or
// serve stopped by Ctrl-C (a service manager's SIGTERM is a clean stop, 0).
// They are mapped from error kinds in one place, kinds.go.
//
// The version is set at link time with
// -ldflags "-X jixiao/pipeline/runner.Version=1.2.3".
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"jixiao/pipeline/runner"
)

const (
	exitOK        = 0
	exitData      = 1
	exitUsage     = 2
	exitSomeJobs  = 3   // some jobs of a batch failed, the rest were built
	exitIO        = 4   // a file could not be read or written
	exitBusy      = 5   // another run held the output folder
	exitMismatch  = 6   // the outputs disagreed with the facts in the check
	exitInternal  = 7   // a bug in jixiao, contained to its job
	exitInterrupt = 130 // watch or serve stopped by Ctrl-C
)

const usage = `jixiao —— 预算绩效公开文件生成工具

用法：
  jixiao build [选项] 任务文件.yaml|目录...      读取数据，生成 Word、Excel、PDF 和 facts.json（没有变化时跳过）
  jixiao validate [选项] 任务文件.yaml|目录...   只检查数据，列出全部问题，不生成文件
  jixiao watch 任务文件.yaml|目录...             数据、模板或任务文件保存后自动重新生成，Ctrl-C 停止
  jixiao lint 模板.docx|任务文件.yaml...          检查 Word 模板（不需要数据），指出有问题的位置
  jixiao fields 任务文件.yaml                     列出模板可用的全部字段、今年的值和含义，可直接复制
  jixiao serve [--addr 地址] [--users 用户文件] 任务文件.yaml|目录...
                                                网页：任务状态、下载、问题、预览、上传数据或模板、重新生成
  jixiao serve --users 用户文件 --add-user 名字   添加网页账号（密码从终端或标准输入读取）
  jixiao init --county 县名 --year 年度 [目录]    新建任务：任务文件和带填写校验的空白工作簿
  jixiao init --from 工作簿.xlsx --county 县名 --year 年度 [目录]
                                                按本县自己的工作簿新建任务：推断文档定义和模板
  jixiao version                                显示版本
  jixiao help                                   显示本说明

选项：
  -o DIR        （build）把（唯一一个）任务的输出写到 DIR，代替任务文件中的 output
  --force       （build）即使已是最新也重新生成
  --wait 时长   （build）同一输出目录正被另一次运行使用时最多等待多久（默认 2m）
  --verify      （build）在内存中重新生成，报告与磁盘上不同的文件，不写文件
  --annotate    （validate）在输出目录写一份工作簿副本，问题单元格标红并附批注
  -j N          同时处理 N 个任务（默认为 CPU 核数）
  --shard i/n   只处理第 i 份任务（共 n 份，i 从 0 开始），用于多台机器分担
  -q, --quiet   安静模式：只输出错误
  --json        以 JSON 格式输出结果和全部问题（供定时任务、监控程序读取）

退出码：
  0    全部生成成功或已是最新
  1    数据有误（会列出每一个有问题的单元格，不写任何文件）
  2    用法错误、任务文件、文档定义或模板错误
  3    批量生成时部分任务失败，其余已生成
  4    读写文件失败（磁盘已满、只读、没有权限、文件被占用），原有文件保持不变
  5    同一输出目录正被另一次运行使用，等待 --wait 后仍未结束
  6    核对不一致：生成的文件与数据核对不符，未发布任何文件（--verify：磁盘上的文件与重新生成的不同）
  7    程序内部错误：请把任务文件、输入文件、版本号和错误记录发给维护人员
  130  watch、serve 被 Ctrl-C 停止（systemctl stop 等服务管理器的停止请求为 0）

示例：
  jixiao build config/qinyuan-2023.yaml
  jixiao build -q config/
`

// memoryLimit is the Go runtime's soft memory limit unless GOMEMLIMIT
// sets another: a large attachment's layout makes garbage much faster than
// it keeps data, and without a limit the collector lets the heap grow to
// twice what is live before it runs. See the README's 速度与内存.
const memoryLimit = 768 << 20

// gcPercent is the collector's GOGC unless the environment sets another.
// Under the memory limit a larger heap between collections costs nothing
// past what the limit allows, and a build spends a fifth of its time
// collecting at the default 100: at 200 the sample job and a 10,000-row
// attachment build some 10% faster, while a 100,000-row one peaks as before
// (841 MB), the limit then deciding.
const gcPercent = 200

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	// JIXIAO_CPUPROFILE=file writes a pprof CPU profile of the run, for the
	// performance work the README describes.
	if path := os.Getenv("JIXIAO_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) (code int) {
	defer lastResort(args, stderr, &code)
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "build":
		return buildCmd(args[1:], stdout, stderr, runner.Update)
	case "validate":
		return validateCmd(args[1:], stdout, stderr)
	case "init":
		return initCmd(args[1:], stdout, stderr)
	case "watch":
		return watchCmd(args[1:], stdout, stderr)
	case "serve":
		return serveCmd(args[1:], os.Stdin, stdout, stderr)
	case "lint":
		return lintCmd(args[1:], stdout, stderr)
	case "fields":
		return fieldsCmd(args[1:], stdout, stderr)
	case "version", "-version", "--version":
		fmt.Fprintln(stdout, "jixiao", runner.Version)
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

// lastResort is the boundary of a command's work outside any job (init,
// lint, the command line itself): a panic there is told as an internal
// error, its stack logged, not printed over the clerk's terminal.
func lastResort(args []string, stderr io.Writer, code *int) {
	if v := recover(); v != nil {
		fmt.Fprintln(stderr, runner.Internal(nil, "jixiao "+strings.Join(args, " "), v))
		*code = exitInternal
	}
}
