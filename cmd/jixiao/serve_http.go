package main

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"jixiao/pipeline/changes"
	"jixiao/pipeline/dataset"
	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

//go:embed web/*.html
var webFiles embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"when": func(t time.Time) string {
		if t.IsZero() {
			return "尚未生成"
		}
		return t.Local().Format("2006-01-02 15:04:05")
	},
	"svg": func(s string) template.HTML { return template.HTML(s) }, // made by pdf.Preview, every text escaped
}).ParseFS(webFiles, "web/*.html"))

// files are what a job's page offers for download, by the name in the
// link; no name from the browser is ever a path.
var files = []struct{ key, label string }{
	{"docx", "Word"}, {"xlsx", "Excel"}, {"pdf", "PDF"}, {"facts", "facts.json"}, {"changes", changes.Name},
}

func fileName(j *job.Job, key string) string {
	switch key {
	case "docx":
		return j.DocxName
	case "xlsx":
		return j.XlsxName
	case "pdf":
		return j.PDFName
	case "facts":
		return runner.FactsName
	case "changes":
		return changes.Name
	}
	return ""
}

func (s *server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.index)
	m.HandleFunc("GET /login", s.loginPage)
	m.HandleFunc("POST /login", s.login)
	m.HandleFunc("POST /logout", s.logout)
	m.HandleFunc("GET /jobs/{id}", s.jobPage)
	m.HandleFunc("GET /jobs/{id}/files/{key}", s.download)
	m.HandleFunc("GET /jobs/{id}/annotated", s.annotated)
	m.HandleFunc("POST /jobs/{id}/build", s.rebuild)
	m.HandleFunc("POST /jobs/{id}/upload", s.upload)
	m.HandleFunc("GET /status", s.status)
	s.mux = m
}

// ServeHTTP adds the headers every page has, and asks for a login where
// the server has accounts.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
	ss := s.sessions.get(w, r)
	if s.accounts == nil && ss.user == "" {
		ss.user = "本机"
	}
	if ss.user == "" && r.URL.Path != "/login" {
		if r.Method == http.MethodGet {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		} else {
			http.Error(w, "请先登录", http.StatusUnauthorized)
		}
		return
	}
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, s.maxUpload+1<<20)
		if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, fmt.Sprintf("上传的文件太大，最多 %d MB", s.maxUpload>>20), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "表单无法读取", http.StatusBadRequest)
			return
		}
		if !validCSRF(ss, r) {
			http.Error(w, "页面已过期，请刷新后重试（缺少或错误的表单令牌）", http.StatusForbidden)
			return
		}
	}
	s.mux.ServeHTTP(w, r.WithContext(withSession(r.Context(), ss)))
}

// view is what a page template gets.
type view struct {
	User, CSRF string
	Accounts   bool
	Jobs       []served
	Job        *served
	Files      []link
	History    []runner.Event
	Changes    string
	Preview    []string
	Message    string
	Problems   []dataset.Problem
	Version    int
}

type link struct{ Key, Label, Name string }

func (s *server) render(w http.ResponseWriter, r *http.Request, page string, v view) {
	ss := sessionOf(r)
	v.User, v.CSRF, v.Accounts = ss.user, ss.csrf, s.accounts != nil
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := pages.ExecuteTemplate(w, page, v); err != nil {
		fmt.Fprintf(s.log, "网页出错：%v\n", err)
	}
}

func (s *server) index(w http.ResponseWriter, r *http.Request) {
	jobs, version := s.snapshot()
	for i := range jobs {
		if jobs[i].Status == statusFresh && jobs[i].Job != nil {
			if fresh, _, err := runner.Fresh(jobs[i].Job); err == nil && !fresh {
				jobs[i].Status = statusStale
			}
		}
	}
	s.render(w, r, "index.html", view{Jobs: jobs, Version: version})
}

func (s *server) served(w http.ResponseWriter, r *http.Request) *served {
	id, err := strconv.Atoi(r.PathValue("id"))
	sv := s.job(id)
	if err != nil || sv == nil || sv.Job == nil {
		http.NotFound(w, r)
		return nil
	}
	return sv
}

func (s *server) jobPage(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	s.showJob(w, r, sv, "", nil)
}

// showJob is a job's page, with a message and problems of what was just done.
func (s *server) showJob(w http.ResponseWriter, r *http.Request, sv *served, msg string, problems []dataset.Problem) {
	jobs, version := s.snapshot()
	cur := jobs[sv.ID-1]
	v := view{Job: &cur, Message: msg, Problems: problems, Version: version, History: runner.History(sv.Job, 50)}
	for _, f := range files {
		name := fileName(sv.Job, f.key)
		if fi, err := os.Lstat(filepath.Join(sv.Job.Output, name)); err == nil && fi.Mode().IsRegular() {
			v.Files = append(v.Files, link{f.key, f.label, name})
		}
	}
	if b, err := os.ReadFile(filepath.Join(sv.Job.Output, changes.Name)); err == nil {
		v.Changes = strings.TrimPrefix(string(b), "\uFEFF")
	}
	v.Preview, _ = runner.Preview(sv.Job, 20)
	s.render(w, r, "job.html", v)
}

func (s *server) download(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	name := fileName(sv.Job, r.PathValue("key"))
	if name == "" {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(sv.Job.Output, name)
	// A regular file in the output folder only: never a link out of it.
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", attachment(name))
	http.ServeContent(w, r, name, fi.ModTime(), f)
}

// attachment is the Content-Disposition that saves a download under name;
// Chinese names go in RFC 2231 form, which browsers decode.
func attachment(name string) string {
	return mime.FormatMediaType("attachment", map[string]string{"filename": name})
}

func (s *server) annotated(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	in, err := ingest.Load(sv.Job.Input)
	if err != nil {
		http.Error(w, "无法生成标注文件："+err.Error(), http.StatusInternalServerError)
		return
	}
	_, problems, _ := runner.CheckInput(sv.Job, in)
	data, err := ingest.AnnotateSnapshot(in, problems.Sorted())
	if err != nil {
		http.Error(w, "无法生成标注文件："+err.Error(), http.StatusInternalServerError)
		return
	}
	name := strings.TrimSuffix(filepath.Base(sv.Job.Input), filepath.Ext(sv.Job.Input)) + "-问题标注.xlsx"
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", attachment(name))
	w.Write(data)
}

func (s *server) rebuild(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	s.build(sv, sessionOf(r).user)
	http.Redirect(w, r, fmt.Sprintf("/jobs/%d", sv.ID), http.StatusSeeOther)
}

// upload checks a new workbook or Word template first; only if it passes
// does it replace the job's file, the old one kept with a timestamp, and
// the job then builds.
func (s *server) upload(w http.ResponseWriter, r *http.Request) {
	sv := s.served(w, r)
	if sv == nil {
		return
	}
	kind := r.FormValue("kind")
	file, header, err := r.FormFile("file")
	if err != nil {
		s.showJob(w, r, sv, "请选择要上传的文件", nil)
		return
	}
	defer file.Close()
	data, err := io.ReadAll(file)
	if err != nil {
		s.showJob(w, r, sv, "上传的文件无法读取", nil)
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
		if !strings.EqualFold(filepath.Ext(header.Filename), ".xlsx") {
			s.showJob(w, r, sv, "数据工作簿应为 .xlsx 文件（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）", nil)
			return
		}
	case "template":
		target = sv.Job.Template
		if target == "" {
			s.showJob(w, r, sv, "这个任务使用内置模板：请先复制 templates/disclosure.docx，在任务文件中写 templates: {docx: 文件路径}，再上传改过的模板", nil)
			return
		}
		if !strings.EqualFold(filepath.Ext(header.Filename), ".docx") {
			s.showJob(w, r, sv, "Word 模板应为 .docx 文件（.doc 请在 Word 或 WPS 中另存为 .docx）", nil)
			return
		}
	default:
		http.Error(w, "未知的上传类型", http.StatusBadRequest)
		return
	}
	// The candidate sits beside the file it would replace, under that
	// file's name, so that messages name the file the clerk knows and the
	// final rename stays within one file system.
	dir, err := os.MkdirTemp(filepath.Dir(target), ".jixiao-upload-")
	if err != nil {
		s.showJob(w, r, sv, "无法保存上传的文件："+err.Error(), nil)
		return
	}
	defer os.RemoveAll(dir)
	candidate := filepath.Join(dir, filepath.Base(target))
	if err := os.WriteFile(candidate, data, 0o644); err != nil {
		s.showJob(w, r, sv, "无法保存上传的文件："+err.Error(), nil)
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
	if err != nil {
		runner.Record(sv.Job, runner.Event{Time: time.Now(), User: user, Action: action, File: header.Filename, SHA256: hex.EncodeToString(sum[:]), Result: "未采用：" + statusOf(err)})
		var de *dataset.DataError
		if errors.As(err, &de) {
			s.showJob(w, r, sv, "上传的文件有误，没有替换原文件。请按下列问题修改后再上传：", de.Problems)
			return
		}
		s.showJob(w, r, sv, "上传的文件有误，没有替换原文件："+err.Error(), nil)
		return
	}
	if err := replaceKeeping(target, candidate); err != nil {
		s.showJob(w, r, sv, "无法替换原文件："+err.Error(), nil)
		return
	}
	runner.Record(sv.Job, runner.Event{Time: time.Now(), User: user, Action: action, File: header.Filename, SHA256: hex.EncodeToString(sum[:]), Result: "已采用"})
	s.build(sv, user)
	s.showJob(w, r, sv, fmt.Sprintf("已采用上传的 %s（原文件已保存到“历史版本”文件夹），正在生成……", header.Filename), problems.Sorted())
}

// replaceKeeping renames candidate over target, first keeping target as
// 历史版本/名字-时间.扩展名 beside it.
func replaceKeeping(target, candidate string) error {
	if _, err := os.Stat(target); err == nil {
		keep := filepath.Join(filepath.Dir(target), "历史版本")
		if err := os.MkdirAll(keep, 0o755); err != nil {
			return err
		}
		ext := filepath.Ext(target)
		old := filepath.Join(keep, strings.TrimSuffix(filepath.Base(target), ext)+"-"+time.Now().Format("20060102-150405")+ext)
		if err := os.Link(target, old); err != nil {
			raw, err := os.ReadFile(target)
			if err != nil {
				return err
			}
			if err := os.WriteFile(old, raw, 0o644); err != nil {
				return err
			}
		}
	}
	return os.Rename(candidate, target)
}

// status is the jobs' state as JSON; with ?after=N it waits (up to 25 s)
// for a change past version N, so that open pages update without a reload.
func (s *server) status(w http.ResponseWriter, r *http.Request) {
	if after, err := strconv.Atoi(r.URL.Query().Get("after")); err == nil {
		s.mu.Lock()
		version, changed := s.version, s.changed
		s.mu.Unlock()
		if version <= after {
			select {
			case <-changed:
			case <-time.After(25 * time.Second):
			case <-r.Context().Done():
				return
			}
		}
	}
	jobs, version := s.snapshot()
	type state struct {
		ID     int    `json:"id"`
		Status string `json:"status"`
		Built  string `json:"built"`
	}
	out := struct {
		Version int     `json:"version"`
		Jobs    []state `json:"jobs"`
	}{Version: version}
	for _, j := range jobs {
		built := "尚未生成"
		if !j.Built.IsZero() {
			built = j.Built.Local().Format("2006-01-02 15:04:05")
		}
		out.Jobs = append(out.Jobs, state{j.ID, j.Status, built})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(out)
}

func (s *server) loginPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "login.html", view{})
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	if s.accounts == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	name := r.FormValue("name")
	if !s.accounts.check(name, r.FormValue("password")) {
		time.Sleep(500 * time.Millisecond)
		s.render(w, r, "login.html", view{Message: "用户名或密码不对"})
		return
	}
	// A new session on login, so a session fixed before it is worth nothing.
	s.sessions.end(r)
	s.sessions.start(w, r).user = name
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	s.sessions.end(r)
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
