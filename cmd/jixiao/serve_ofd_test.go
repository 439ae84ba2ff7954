package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The page's switch writes ofd: into the job file as the clerk would,
// keeps the old file, rebuilds, and the page links the OFD only while the
// job makes it; switched off, it says the old .ofd is left and stale.
func TestServeOFDSwitch(t *testing.T) {
	sj := serveJob(t, nil)
	jobPath := sj.s.jobs[0].Path
	original, _ := os.ReadFile(jobPath)
	// As Notepad on Windows saves it: a BOM, CRLF and the clerk's comments.
	text := "\uFEFF# 沁源县的任务（请勿删除本行）\r\n" + strings.ReplaceAll(strings.Replace(string(original), "year: 2023\n", "year: 2023  # 年度\n", 1), "\n", "\r\n")
	if err := os.WriteFile(jobPath, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	token := sj.csrf(t)
	ofdName := sj.s.jobs[0].Job.OFDName
	ofdLink := `href="/jobs/1/files/ofd"`
	if _, page := sj.get(t, "/jobs/1"); strings.Contains(page, ofdLink) || !strings.Contains(page, "同时生成 OFD 副本") {
		t.Fatalf("before the switch the page links an OFD or offers no switch:\n%s", page)
	}

	code, page := sj.post(t, "/jobs/1/ofd", map[string]string{"csrf": token, "ofd": "true"}, "", nil)
	if code != 200 || !strings.Contains(page, "ofd: true") {
		t.Fatalf("switching on: %d\n%.800s", code, page)
	}
	sj.s.wait()
	sj.waitFor(t, statusFresh)
	now, _ := os.ReadFile(jobPath)
	if want := text + "ofd: true\r\n"; string(now) != want {
		t.Fatalf("job file after switching on:\n%q\nwant\n%q", now, want)
	}
	if names, contents := kept(t, sj.dir); len(names) != 1 || string(contents[0]) != text || !strings.HasPrefix(names[0], "job-") || filepath.Ext(names[0]) != ".yaml" {
		t.Errorf("the old job file was not kept in %s as job-时间-哈希.yaml: %v", keptFolder, names)
	}
	if fi, err := os.Stat(filepath.Join(sj.out, ofdName)); err != nil || fi.Size() == 0 {
		t.Fatalf("the build after switching on published no %s: %v", ofdName, err)
	}
	_, page = sj.get(t, "/jobs/1")
	if !strings.Contains(page, ofdLink) || !strings.Contains(page, "不再生成 OFD 副本") || strings.Contains(page, `id="ofd-stale"`) {
		t.Fatalf("after switching on the page does not link the OFD:\n%s", page)
	}
	if !strings.Contains(page, "打开 OFD 副本") {
		t.Error("the history does not record the switch")
	}
	if code, body := sj.get(t, "/jobs/1/files/ofd"); code != 200 || len(body) == 0 {
		t.Errorf("the OFD download: %d", code)
	}
	// The page reloaded after its build posts the form again: nothing changes.
	if code, page := sj.post(t, "/jobs/1/ofd", map[string]string{"csrf": token, "ofd": "true"}, "", nil); code != 200 || !strings.Contains(page, "没有修改") {
		t.Errorf("switching on twice: %d\n%.800s", code, page)
	}
	if names, _ := kept(t, sj.dir); len(names) != 1 {
		t.Errorf("switching on twice kept %d job files: %v", len(names), names)
	}

	code, page = sj.post(t, "/jobs/1/ofd", map[string]string{"csrf": token, "ofd": "false"}, "", nil)
	if code != 200 || !strings.Contains(page, "ofd: false") {
		t.Fatalf("switching off: %d\n%.800s", code, page)
	}
	sj.s.wait()
	sj.waitFor(t, statusFresh)
	now, _ = os.ReadFile(jobPath)
	if want := text + "ofd: false\r\n"; string(now) != want {
		t.Fatalf("job file after switching off:\n%q\nwant\n%q", now, want)
	}
	_, page = sj.get(t, "/jobs/1")
	if strings.Contains(page, ofdLink) || !strings.Contains(page, "同时生成 OFD 副本") {
		t.Fatalf("after switching off the page still links the OFD:\n%s", page)
	}
	if _, err := os.Stat(filepath.Join(sj.out, ofdName)); err != nil {
		t.Fatalf("the old OFD was removed: %v", err)
	}
	if !strings.Contains(page, `id="ofd-stale"`) || !strings.Contains(page, ofdName+" 是以前生成的") {
		t.Errorf("the page does not say the old OFD is left stale:\n%s", page)
	}
	if !strings.Contains(page, "关闭 OFD 副本") {
		t.Error("the history does not record switching off")
	}
	if code, _ := sj.get(t, "/jobs/1/files/ofd"); code != 404 {
		t.Errorf("the stale OFD is still served: %d", code)
	}
	if names, _ := kept(t, sj.dir); len(names) != 2 {
		t.Errorf("two switches kept %d job files: %v", len(names), names)
	}
}

func TestServeOFDSwitchRefused(t *testing.T) {
	s, dir := unbuiltServer(t, nil, io.Discard, "")
	sj := behind(t, s, dir)
	jobPath := s.jobs[0].Path
	j := s.jobs[0].Job
	// A flow mapping loads, but has no line of its own for ofd:.
	before := fmt.Appendf(nil, "{county: 沁源县, year: 2023, input: %q, output: %q, requirements: {key_evaluations: 8}}\n", j.Input, j.Output)
	if err := os.WriteFile(jobPath, before, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, page := sj.post(t, "/jobs/1/ofd", map[string]string{"ofd": "false"}, "", nil); code != 403 || !strings.Contains(page, "令牌") {
		t.Errorf("a switch without the form token: %d %s", code, page)
	}
	token := sj.csrf(t)
	if code, _ := sj.post(t, "/jobs/1/ofd", map[string]string{"csrf": token, "ofd": "也许"}, "", nil); code != 400 {
		t.Errorf("a switch to neither on nor off: %d", code)
	}
	// The page says to edit such a file by hand.
	if code, page := sj.post(t, "/jobs/1/ofd", map[string]string{"csrf": token, "ofd": "false"}, "", nil); code != 200 || !strings.Contains(page, "请直接编辑任务文件") {
		t.Errorf("an unplain ofd value: %d\n%.800s", code, page)
	}
	if after, _ := os.ReadFile(jobPath); string(after) != string(before) {
		t.Errorf("a refused switch changed the job file: %q", after)
	}
	if names, _ := kept(t, dir); len(names) != 0 {
		t.Errorf("a refused switch kept copies: %v", names)
	}
}

func TestServeOFDSwitchNeedsLogin(t *testing.T) {
	usersFile := filepath.Join(t.TempDir(), "users")
	if err := addUser(usersFile, "王会计", strings.NewReader("正确的密码123\n"), io.Discard); err != nil {
		t.Fatal(err)
	}
	accounts, err := loadUsers(usersFile)
	if err != nil {
		t.Fatal(err)
	}
	s, dir := unbuiltServer(t, accounts, io.Discard, "")
	sj := behind(t, s, dir)
	before, _ := os.ReadFile(s.jobs[0].Path)
	if code, _ := sj.post(t, "/jobs/1/ofd", map[string]string{"ofd": "true"}, "", nil); code != 401 {
		t.Errorf("a switch without logging in: %d", code)
	}
	if after, _ := os.ReadFile(s.jobs[0].Path); string(after) != string(before) {
		t.Error("a switch without logging in changed the job file")
	}
}
