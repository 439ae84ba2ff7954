package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/job"
	"jixiao/pipeline/manifest"
	"jixiao/pipeline/publish"
)

// systemFolders are folders no job may write its outputs into.
var systemFolders = []string{"/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/run", "/sbin", "/sys", "/usr", "/var", "/tmp"}

// CheckPaths refuses an output folder that would overwrite the job's own
// inputs, or that is no place for a job's files: the root, a system folder,
// the home folder itself.
func CheckPaths(j *job.Job) error {
	out := filepath.Clean(j.Output)
	bad := func(msg string) error { return &job.Error{Path: j.Path, Msg: "输出目录 " + out + " " + msg} }
	if out == filepath.VolumeName(out)+string(filepath.Separator) {
		return bad("是磁盘的根目录，请写一个专用的输出目录，如 out/沁源县2023")
	}
	if home, err := os.UserHomeDir(); err == nil && samePath(out, home) {
		return bad("是用户的主目录，请在其中新建一个专用的输出目录")
	}
	for _, sys := range systemFolders {
		if runtime.GOOS != "windows" && samePath(out, sys) {
			return bad("是系统目录，请写一个专用的输出目录")
		}
	}
	if runtime.GOOS == "windows" {
		if w := os.Getenv("SystemRoot"); w != "" && (samePath(out, w) || strings.HasPrefix(strings.ToLower(out), strings.ToLower(w)+`\`)) {
			return bad("在 Windows 系统目录中，请写一个专用的输出目录")
		}
	}
	outputs := []string{FactsName, changes.Name, changes.HistoryName, manifest.Name, publish.Journal, publish.LockName, HistoryName}
	for _, w := range Writers {
		outputs = append(outputs, w.Name(j))
	}
	for _, src := range Sources(j) {
		if src.Path == "" {
			continue
		}
		in := filepath.Clean(src.Path)
		if samePath(in, out) {
			return bad("就是任务的输入（" + in + "），请换一个输出目录")
		}
		if fi, err := os.Stat(in); err == nil && fi.IsDir() && within(in, out) {
			return bad("包含输入文件夹 " + in + "，请换一个输出目录")
		}
		if slices.ContainsFunc(outputs, func(name string) bool { return samePath(filepath.Join(out, name), in) }) {
			return bad(fmt.Sprintf("中的输出文件会覆盖任务的输入 %s，请换一个输出目录或输出文件名", in))
		}
	}
	if samePath(j.Input, out) {
		return bad("就是数据文件夹，请换一个输出目录")
	}
	if fi, err := os.Stat(j.Input); err == nil && fi.IsDir() && within(j.Input, out) {
		return bad("包含数据文件夹 " + j.Input + "，请换一个输出目录")
	}
	return nil
}

func samePath(a, b string) bool {
	a, b = filepath.Clean(a), filepath.Clean(b)
	if runtime.GOOS == "windows" {
		return strings.EqualFold(a, b)
	}
	if a == b {
		return true
	}
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// within reports whether path lies in dir (or is it).
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
