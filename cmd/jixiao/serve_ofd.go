package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
)

// ofdView is what the job's page says of the OFD copy: whether the job
// makes it, and the name of an OFD an earlier build left in the output
// folder that this job no longer makes (no build replaces or lists it).
type ofdView struct {
	On    bool
	Stale string
}

func ofdOf(j *job.Job) ofdView {
	v := ofdView{On: j.OFD}
	if fi, err := os.Lstat(filepath.Join(j.Output, j.OFDName)); !j.OFD && err == nil && fi.Mode().IsRegular() {
		v.Stale = j.OFDName
	}
	return v
}

// switchOFD turns the job's OFD copy on or off: it sets ofd: in the job
// file's text (job.SetKey, so the clerk's comments and line endings stay),
// keeps the old job file in 历史版本 as an upload does, and builds. The form
// posts the state wanted, not a toggle, so that a page reloaded after the
// build (which posts the form again) changes nothing.
func (s *server) switchOFD(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	on, err := strconv.ParseBool(r.PostFormValue("ofd"))
	if err != nil {
		http.Error(w, "未知的 OFD 设置", http.StatusBadRequest)
		return
	}
	name := filepath.Base(sv.Path)
	raw, err := os.ReadFile(sv.Path)
	if err != nil {
		s.showJob(w, r, sv, "无法读取任务文件 "+name+"："+publish.Explain(err), nil)
		return
	}
	edited, err := job.SetKey(raw, "ofd", strconv.FormatBool(on))
	if err != nil {
		s.logf("无法修改任务文件 %s 的 ofd：%v", sv.Path, err)
		s.showJob(w, r, sv, fmt.Sprintf("任务文件 %s 中 ofd 的写法网页无法修改（应为单独一行 ofd: true 或 ofd: false），请直接编辑任务文件", name), nil)
		return
	}
	if bytes.Equal(edited, raw) {
		s.showJob(w, r, sv, fmt.Sprintf("任务文件 %s 中已是 ofd: %t，没有修改", name, on), nil)
		return
	}
	j, err := job.Parse(sv.Path, edited)
	if err != nil {
		s.showJob(w, r, sv, "修改后的任务文件有误，没有修改："+err.Error(), nil)
		return
	}
	dir, candidate, done, err := stageBeside(sv.Path, name, edited)
	defer done()
	if err == nil {
		_, err = s.replaceKeeping(sv.Path, candidate)
	}
	if err != nil {
		s.logf("无法修改任务文件 %s：%v", sv.Path, err)
		s.showJob(w, r, sv, "无法修改任务文件："+hidePath(publish.Explain(err), dir), nil)
		return
	}
	user := sessionOf(r).user
	sum := sha256.Sum256(edited)
	action := map[bool]string{true: "打开 OFD 副本", false: "关闭 OFD 副本"}[on]
	s.set(sv.Path, func(sv *served) { sv.Job = j })
	runner.Record(j, runner.Event{Time: s.now(), User: user, Action: action, File: name, SHA256: hex.EncodeToString(sum[:]), Result: "已采用"})
	s.build(sv, user)
	msg := fmt.Sprintf("已在任务文件 %s 中写入 ofd: %t（原任务文件已保存到“%s”文件夹），正在重新生成……", name, on, keptFolder)
	if on {
		msg += "生成后可下载 OFD 副本"
	} else {
		msg += "网页不再提供 OFD 副本下载"
	}
	s.showJob(w, r, sv, msg, nil)
}
