package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
)

const (
	// uploadPrefix names the folder an upload is checked in, beside the
	// file it would replace.
	uploadPrefix = ".jixiao-upload-"
	// keptFolder holds every file an upload replaced.
	keptFolder = "历史版本"
	// leftoverAge is how old an upload folder that no upload holds must
	// be before serve removes it: one just made may not be locked yet.
	leftoverAge = time.Minute
)

// formFile is the file the clerk sent in field: its bytes and its name on
// the clerk's computer; http.ErrMissingFile when none was sent.
func formFile(r *http.Request, field string) (data []byte, filename string, err error) {
	file, header, err := r.FormFile(field)
	if err != nil {
		return nil, "", err
	}
	defer file.Close()
	data, err = io.ReadAll(file)
	return data, header.Filename, err
}

// uploadProblem tells the clerk why formFile found no file to take.
func uploadProblem(err error) string {
	if errors.Is(err, http.ErrMissingFile) {
		return "请选择要上传的文件"
	}
	return "上传的文件无法读取"
}

// upload checks a new workbook or Word template first; only if it passes
// does it replace the job's file, the old one kept in 历史版本, and the
// job then builds.
func (s *server) upload(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	kind := r.PostFormValue("kind")
	data, filename, err := formFile(r, "file")
	if err != nil {
		s.showJob(w, r, sv, uploadProblem(err), nil)
		return
	}
	var target string
	switch kind {
	case "workbook":
		target = sv.Job.Input
		if fi, err := os.Stat(target); err == nil && fi.IsDir() {
			s.showJob(w, r, sv, "这个任务的数据是 CSV 文件夹，不能在网页上整体替换；请直接修改文件夹中的 CSV 文件", nil)
			return
		}
		if ext := strings.ToLower(filepath.Ext(filename)); ext != ".xlsx" && ext != ".xls" && ext != ".et" {
			s.showJob(w, r, sv, "数据工作簿应为 .xlsx、.xls 或 .et 文件", nil)
			return
		}
	case "template":
		target = sv.Job.Template
		if target == "" {
			s.showJob(w, r, sv, "这个任务使用内置模板：请先复制 templates/disclosure.docx，在任务文件中写 templates: {docx: 文件路径}，再上传改过的模板", nil)
			return
		}
		if !strings.EqualFold(filepath.Ext(filename), ".docx") {
			s.showJob(w, r, sv, "Word 模板应为 .docx 文件（.doc 请在 Word 或 WPS 中另存为 .docx）", nil)
			return
		}
	default:
		http.Error(w, "未知的上传类型", http.StatusBadRequest)
		return
	}
	name := clerkName(filename, filepath.Base(target))
	dir, candidate, done, err := stageBeside(target, name, data)
	defer done()
	if err != nil {
		s.logf("无法保存上传的文件：%v", err)
		if dir == "" {
			s.showJob(w, r, sv, "无法保存上传的文件：任务文件夹无法写入，请联系管理员", nil)
		} else {
			s.showJob(w, r, sv, "无法保存上传的文件："+hidePath(publish.Explain(err), dir), nil)
		}
		return
	}
	trial := *sv.Job
	var problems dataset.Problems
	if kind == "workbook" {
		trial.Input = candidate
		_, problems, err = runner.Check(&trial)
	} else {
		trial.Template = candidate
		_, err = runner.CheckTemplates(&trial)
	}
	user := sessionOf(r).user
	sum := sha256.Sum256(data)
	action := map[string]string{"workbook": "上传数据", "template": "上传模板"}[kind]
	event := runner.Event{User: user, Action: action, File: name, SHA256: hex.EncodeToString(sum[:])}
	if err != nil {
		event.Time, event.Result = s.now(), "未采用："+statusOf(err)
		runner.Record(sv.Job, event)
		var de *dataset.DataError
		if errors.As(err, &de) {
			s.showJob(w, r, sv, "上传的文件有误，没有替换原文件。请按下列问题修改后再上传：", hideFolder(de.Problems, dir))
			return
		}
		s.showJob(w, r, sv, "上传的文件有误，没有替换原文件："+hidePath(err.Error(), dir), nil)
		return
	}
	kept, err := s.replaceKeeping(target, candidate)
	if err != nil {
		s.logf("无法替换 %s：%v", target, err)
		s.showJob(w, r, sv, "无法替换原文件："+hidePath(publish.Explain(err), dir), nil)
		return
	}
	if kept != "" {
		s.logf("%s 上传了 %s，原文件保存为 %s", user, name, kept)
	}
	event.Time, event.Result = s.now(), "已采用"
	runner.Record(sv.Job, event)
	s.build(sv, user)
	s.showJob(w, r, sv, fmt.Sprintf("已采用上传的 %s（原文件已保存到“%s”文件夹），正在生成……", name, keptFolder), hideFolder(problems.Sorted(), dir))
}

// stageBeside writes data as name into a new folder beside target, so
// that the final rename stays within one file system, under the name the
// clerk knows, so that the checks name it. The folder is locked while in
// use: a server starting meanwhile leaves it alone (removeLeftovers).
// done unlocks and removes it; dir is "" when it could not be made.
func stageBeside(target, name string, data []byte) (dir, path string, done func(), err error) {
	dir, err = os.MkdirTemp(filepath.Dir(target), uploadPrefix)
	if err != nil {
		return "", "", func() {}, err
	}
	lock, lockErr := publish.Acquire(dir, 0)
	done = func() {
		if lockErr == nil {
			lock.Release()
		}
		os.RemoveAll(dir)
	}
	path = filepath.Join(dir, name)
	return dir, path, done, os.WriteFile(path, data, 0o644)
}

// clerkName is the base name of the file the clerk uploaded, whatever
// folder the browser sent with it, or fallback when it has none usable.
func clerkName(sent, fallback string) string {
	name := strings.TrimSpace(sent[strings.LastIndexAny(sent, `/\`)+1:])
	if name == "" || name == "." || name == ".." || strings.HasPrefix(name, ".") || strings.ContainsAny(name, ":*?\"<>|\x00") {
		return fallback
	}
	return name
}

// hidePath takes the upload's folder out of a message: the clerk knows
// the file by its name, and the server's folders are no one's business.
func hidePath(msg, dir string) string {
	msg = strings.ReplaceAll(msg, dir+string(filepath.Separator), "")
	return strings.ReplaceAll(msg, dir, "上传的文件")
}

func hideFolder(problems []dataset.Problem, dir string) []dataset.Problem {
	out := slices.Clone(problems)
	for i := range out {
		out[i].At.File = hidePath(out[i].At.File, dir)
		out[i].Message = hidePath(out[i].Message, dir)
	}
	return out
}

// replaceKeeping renames candidate over target, first keeping target as
// 历史版本/名字-时间-哈希.扩展名 beside it, and returns that copy's path.
// The first 8 hex digits of the kept file's SHA-256 stand beside the time,
// so that two uploads in one second keep two copies; a name already taken
// by another content gets -2, -3 … The copy is a hard link made only if
// the name is free, so no copy is ever overwritten; none is deleted.
func (s *server) replaceKeeping(target, candidate string) (string, error) {
	s.uploads.Lock()
	defer s.uploads.Unlock()
	raw, err := os.ReadFile(target)
	if errors.Is(err, os.ErrNotExist) {
		return "", os.Rename(candidate, target)
	}
	if err != nil {
		return "", err
	}
	keep := filepath.Join(filepath.Dir(target), keptFolder)
	if err := os.MkdirAll(keep, 0o755); err != nil {
		return "", err
	}
	ext := filepath.Ext(target)
	sum := sha256.Sum256(raw)
	stem := strings.TrimSuffix(filepath.Base(target), ext) + "-" + s.now().Format("20060102-150405") + "-" + hex.EncodeToString(sum[:4])
	var kept string
	for n := 1; kept == ""; n++ {
		path := filepath.Join(keep, stem+ext)
		if n > 1 {
			path = filepath.Join(keep, fmt.Sprintf("%s-%d%s", stem, n, ext))
		}
		switch done, err := keepAs(target, path, raw); {
		case err != nil:
			return "", err
		case done:
			kept = path
		}
	}
	return kept, os.Rename(candidate, target)
}

// keepAs makes path a copy of target (whose content is raw) unless path
// is taken; a path already holding the same content counts as kept.
func keepAs(target, path string, raw []byte) (bool, error) {
	err := os.Link(target, path)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, os.ErrExist) {
		old, err := os.ReadFile(path)
		return err == nil && bytes.Equal(old, raw), nil
	}
	// A file system without hard links: a copy, created only if new.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	_, err = f.Write(raw)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err == nil, err
}

// removeLeftovers deletes the upload folders a server killed mid-upload
// left beside the jobs' workbooks and templates: those no live upload
// holds locked, and older than leftoverAge.
func (s *server) removeLeftovers() {
	var dirs []string
	for _, sv := range s.jobs {
		if sv.Job == nil {
			continue
		}
		for _, f := range []string{sv.Job.Input, sv.Job.Template} {
			if f != "" && !slices.Contains(dirs, filepath.Dir(f)) {
				dirs = append(dirs, filepath.Dir(f))
			}
		}
	}
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !e.IsDir() || !strings.HasPrefix(e.Name(), uploadPrefix) {
				continue
			}
			path := filepath.Join(dir, e.Name())
			if fi, err := e.Info(); err != nil || time.Since(fi.ModTime()) < leftoverAge {
				continue
			}
			lock, err := publish.Acquire(path, 0)
			if err != nil {
				continue // an upload of another server, still running
			}
			lock.Release()
			if err := os.RemoveAll(path); err != nil {
				s.logf("无法删除上次未完成的上传 %s：%v", path, err)
			} else {
				s.logf("已删除上次未完成的上传留下的 %s", path)
			}
		}
	}
}
