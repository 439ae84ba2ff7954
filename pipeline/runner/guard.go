package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"jixiao/pipeline/fault"
	"jixiao/pipeline/job"
)

// InternalError is a panic inside a job, recovered at the job's boundary so
// that one job's bug does not take down a batch, a watcher or the server.
// Its message tells the clerk what to send to the maintainer; the stack
// goes to a log file (Log), not to the terminal or the web page.
type InternalError struct {
	Job, Input string
	// Command is the command line, for a panic outside any job (init, lint).
	Command string
	Value   any
	// Log is the file holding the stack; "" when it could not be written,
	// LogErr then says why.
	Log    string
	LogErr error
}

func (e *InternalError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "程序内部错误（是 jixiao 本身的问题，不是数据或模板的问题），本任务没有生成或替换任何文件：%v。", e.Value)
	if e.Job != "" {
		fmt.Fprintf(&b, "请把以下内容发给维护人员：任务文件 %s", e.Job)
	} else {
		fmt.Fprintf(&b, "请把以下内容发给维护人员：运行的命令 %s", e.Command)
	}
	if e.Input != "" {
		fmt.Fprintf(&b, "、输入文件 %s", e.Input)
	}
	fmt.Fprintf(&b, "、jixiao 版本 %s", Version)
	if e.Log != "" {
		fmt.Fprintf(&b, "，以及错误记录 %s", e.Log)
	} else {
		fmt.Fprintf(&b, "，以及这条信息（错误记录未能写出：%v）", e.LogErr)
	}
	return b.String()
}

// Guard is deferred at a job's boundary: a panic of the job, on its own
// goroutine or raised again there by a fault.Group, becomes an
// *InternalError in *err, and its stack is written to a log file.
func Guard(j *job.Job, err *error) {
	if v := recover(); v != nil {
		*err = Internal(j, "", v)
	}
}

// Internal makes v, a value recover returned, an *InternalError of j's
// job, or, with j nil, of the command line command, and logs its stack.
func Internal(j *job.Job, command string, v any) *InternalError {
	if j == nil {
		j = &job.Job{}
	}
	p := fault.Recovered(v)
	ie := &InternalError{Job: j.Path, Input: j.Input, Command: command, Value: p.Value}
	ie.Log, ie.LogErr = writeCrashLog(j, command, p)
	return ie
}

// writeCrashLog writes the panic's stack beside the output folder (in its
// parent: the output folder itself holds only published files), or in the
// temporary folder when that cannot be written. One file per job file,
// replaced by the next crash, so a crash-looping job fills no disk.
func writeCrashLog(j *job.Job, command string, p *fault.Panic) (string, error) {
	name := "jixiao-内部错误-" + strings.TrimSuffix(filepath.Base(j.Path), filepath.Ext(j.Path)) + ".log"
	if j.Path == "" {
		name = "jixiao-内部错误.log"
	}
	body := fmt.Sprintf("jixiao %s\n命令：%s\n任务文件：%s\n输入文件：%s\n输出目录：%s\n\npanic: %v\n\n%s", Version, command, j.Path, j.Input, j.Output, p.Value, p.Stack)
	var dirs []string
	if j.Output != "" {
		dirs = append(dirs, filepath.Dir(filepath.Clean(j.Output)))
	}
	var err error
	for _, dir := range append(dirs, os.TempDir()) {
		path := filepath.Join(dir, name)
		if err = os.WriteFile(path, []byte(body), 0o644); err == nil {
			if abs, aerr := filepath.Abs(path); aerr == nil {
				path = abs
			}
			return path, nil
		}
	}
	return "", err
}
