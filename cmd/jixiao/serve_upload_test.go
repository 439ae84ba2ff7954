package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
)

// kept reads the copies in a folder's 历史版本, sorted.
func kept(t *testing.T, dir string) (names []string, contents [][]byte) {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Join(dir, keptFolder))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, keptFolder, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, e.Name())
		contents = append(contents, b)
	}
	return names, contents
}

func TestServeUploadsInOneSecondKeepEveryCopy(t *testing.T) {
	s, dir := unbuiltServer(t, nil, io.Discard, "")
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	s.now = c.now
	// The builds after each upload are not what this test is about.
	s.update = func(*job.Job, bool) (*runner.Result, error) { return &runner.Result{Fresh: true}, nil }
	sj := behind(t, s, dir)
	token := sj.csrf(t)
	original, _ := os.ReadFile(sj.input)
	want := [][]byte{original}
	for i := range 6 {
		wb := variant(t, 4000000+int64(i)+1)
		if code, page := sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": "workbook"}, "数据.xlsx", wb); code != 200 || !strings.Contains(page, "已采用") {
			t.Fatalf("upload %d: %d\n%.500s", i+1, code, page)
		}
		want = append(want, wb)
	}
	names, contents := kept(t, dir)
	if len(names) != 6 {
		t.Fatalf("6 uploads in one second kept %d copies: %v", len(names), names)
	}
	for i, b := range want[:6] {
		if !slices.ContainsFunc(contents, func(c []byte) bool { return bytes.Equal(c, b) }) {
			t.Errorf("the file replaced by upload %d was not kept", i+1)
		}
	}
	if now, _ := os.ReadFile(sj.input); !bytes.Equal(now, want[6]) {
		t.Error("the last upload is not the job's workbook")
	}
	for _, n := range names {
		if !strings.HasPrefix(n, "数据-20260302-090000-") || filepath.Ext(n) != ".xlsx" {
			t.Errorf("kept copy %s is not named 数据-时间-哈希.xlsx", n)
		}
	}
}

func TestServeKeptCopiesNeverOverwrite(t *testing.T) {
	s, dir := unbuiltServer(t, nil, io.Discard, "")
	s.now = func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) }
	target := filepath.Join(dir, "模板.docx")
	os.WriteFile(target, []byte("版本 0"), 0o644)
	// A copy already there under the name the next one would take, with
	// other content (as a hash prefix may collide): it stays as it is.
	replaced, _ := os.ReadFile(target)
	h := sha256.Sum256(replaced)
	sum := hex.EncodeToString(h[:4])
	squatter := filepath.Join(dir, keptFolder, "模板-20260302-090000-"+sum+".docx")
	os.MkdirAll(filepath.Dir(squatter), 0o755)
	os.WriteFile(squatter, []byte("别的内容"), 0o644)
	// Replacements at once, within one second.
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			candidate := filepath.Join(t.TempDir(), "新.docx")
			os.WriteFile(candidate, []byte(fmt.Sprintf("版本 %d", i+1)), 0o644)
			if _, err := s.replaceKeeping(target, candidate); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	names, contents := kept(t, dir)
	all := map[string]bool{}
	for _, c := range contents {
		all[string(c)] = true
	}
	last, _ := os.ReadFile(target)
	all[string(last)] = true
	for i := range 41 {
		if !all[fmt.Sprintf("版本 %d", i)] {
			t.Errorf("版本 %d was lost", i)
		}
	}
	if b, _ := os.ReadFile(squatter); string(b) != "别的内容" || len(names) != 41 {
		t.Errorf("the copy already there became %q; %d copies", b, len(names))
	}
	if !slices.Contains(names, "模板-20260302-090000-"+sum+"-2.docx") {
		t.Errorf("the colliding copy is not numbered: %v", names)
	}
}

func TestServeRemovesStaleUploadFoldersAtStart(t *testing.T) {
	s, dir := unbuiltServer(t, nil, io.Discard, "")
	jobPath := s.jobs[0].Path
	old := time.Now().Add(-time.Hour)
	leftover := filepath.Join(dir, uploadPrefix+"111")
	os.MkdirAll(leftover, 0o755)
	os.WriteFile(filepath.Join(leftover, "数据.xlsx"), []byte("半个文件"), 0o644)
	os.Chtimes(leftover, old, old)
	live := filepath.Join(dir, uploadPrefix+"222")
	lock, err := publish.Acquire(live, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	os.Chtimes(live, old, old)
	fresh := filepath.Join(dir, uploadPrefix+"333")
	os.MkdirAll(fresh, 0o755)
	log := &syncBuffer{}
	if _, err := newServer([]string{jobPath}, nil, 1<<20, log); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(leftover); !os.IsNotExist(err) {
		t.Error("a crashed upload's folder was left")
	}
	if !strings.Contains(log.String(), "已删除上次未完成的上传") {
		t.Errorf("the removal is not logged: %q", log)
	}
	for _, keep := range []string{live, fresh} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("%s, an upload that may be running, was removed", filepath.Base(keep))
		}
	}
}

var uploadNews = regexp.MustCompile(`(?s)<div class="msg" id="message">.*?</div>|<ul class="problems" id="upload-problems">.*?</ul>`)

func TestServeRejectedUploadsNameTheClerksFile(t *testing.T) {
	tpl := filepath.Join(t.TempDir(), "模板.docx")
	copyFile(t, "../../templates/disclosure.docx", tpl)
	s, dir := unbuiltServer(t, nil, io.Discard, "templates:\n  docx: "+tpl+"\n")
	// The template beside the workbook, so that uploads of either sit in
	// the job's folder.
	os.Rename(tpl, filepath.Join(dir, "模板.docx"))
	s.jobs[0].Job.Template = filepath.Join(dir, "模板.docx")
	sj := behind(t, s, dir)
	token := sj.csrf(t)
	for _, tc := range []struct {
		kind, name string
		body       []byte
		want       string
	}{
		{"template", "我改过的模板.docx", []byte("这不是 Word 文件"), "我改过的模板.docx"},
		{"template", `C:\Users\王会计\Desktop\模板 (2).docx`, []byte("PK\x03\x04 坏的压缩包"), "模板 (2).docx"},
		{"workbook", "新数据.xlsx", badWorkbook(t), "新数据.xlsx!重点绩效评价结果!D7"},
	} {
		code, page := sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": tc.kind}, tc.name, tc.body)
		// What the page says of the upload: its message and problems.
		said := strings.Join(uploadNews.FindAllString(page, -1), "\n")
		if code != 200 || !strings.Contains(said, "没有替换原文件") || !strings.Contains(said, tc.want) {
			t.Errorf("%s: %d, the page does not name %s:\n%s", tc.name, code, tc.want, said)
		}
		for _, internal := range []string{uploadPrefix, dir} {
			if strings.Contains(said, internal) {
				t.Errorf("%s: the page shows the server's path %s:\n%s", tc.name, internal, said)
			}
		}
	}
	if entries, _ := filepath.Glob(filepath.Join(dir, uploadPrefix+"*")); len(entries) != 0 {
		t.Errorf("uploads left behind: %v", entries)
	}
}

// formFile is the one reading of an upload, the workbook's or template's
// and last year's document's alike.
func TestFormFile(t *testing.T) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("file", "去年的说明.docx")
	fw.Write([]byte("内容"))
	mw.Close()
	r := httptest.NewRequest("POST", "/", &body)
	r.Header.Set("Content-Type", mw.FormDataContentType())
	data, name, err := formFile(r, "file")
	if err != nil || string(data) != "内容" || name != "去年的说明.docx" {
		t.Errorf("file: %q %q %v", data, name, err)
	}
	if _, _, err := formFile(r, "data"); !errors.Is(err, http.ErrMissingFile) || uploadProblem(err) != "请选择要上传的文件" {
		t.Errorf("no file: %v", err)
	}
	if uploadProblem(io.ErrUnexpectedEOF) != "上传的文件无法读取" {
		t.Error("a broken upload")
	}
}
