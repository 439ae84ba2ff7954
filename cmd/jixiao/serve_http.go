package main

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
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
	"formats": formats,
	"svg":     func(s string) template.HTML { return template.HTML(s) }, // made by package preview: every text and address escaped, only web and mail links
}).ParseFS(webFiles, "web/*.html"))

// downloads are what a job's page offers for download, by the key in the
// link: each published format's file (runner.WritersFor), then facts.json
// and the change reports. No name from the browser is ever a path.
func downloads(j *job.Job) []link {
	return append(formats(j), link{"facts", "facts.json", runner.FactsName}, link{"changes", changes.Name, changes.Name}, link{"history", changes.HistoryName, changes.HistoryName})
}

// formats are the job's published formats' files (runner.WritersFor), which the
// index links to on each job's row.
func formats(j *job.Job) []link {
	var files []link
	for _, w := range runner.WritersFor(j) {
		f := w.Format()
		files = append(files, link{f.Key, f.Label, w.Name(j)})
	}
	return files
}

func fileName(j *job.Job, key string) string {
	for _, f := range downloads(j) {
		if f.Key == key {
			return f.Name
		}
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
	m.HandleFunc("POST /jobs/{id}/ofd", s.switchOFD)
	m.HandleFunc("POST /jobs/{id}/example", s.exampleUpload)
	m.HandleFunc("POST /jobs/{id}/example/choose", s.exampleChoose)
	m.HandleFunc("GET /status", s.status)
	s.mux = m
}

// ServeHTTP adds the headers every page has, finds the request's session
// and asks for a login where the server has accounts, and reads a form
// under the limits, checking its token.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
	ss := s.sessionFor(w, r)
	if ss == nil {
		// No state on the server for a browser that has not logged in.
		ss = &session{csrf: s.formToken(w, r)}
		if s.accounts == nil {
			ss.user = "本机"
		}
	}
	if r.Method != http.MethodPost && r.ContentLength != 0 {
		s.refuse(w, r, http.StatusBadRequest, "只有提交表单时才能发送正文")
		return
	}
	if ss.user == "" && r.URL.Path != "/login" {
		switch {
		case r.Method == http.MethodGet && r.URL.Path != "/status":
			http.Redirect(w, r, "/login", http.StatusSeeOther)
		default:
			// The page's script goes to the login page on this.
			s.refuse(w, r, http.StatusUnauthorized, "请先登录")
		}
		return
	}
	if r.Method == http.MethodPost && !s.readForm(w, r, ss) {
		return
	}
	s.mux.ServeHTTP(w, r.WithContext(withSession(r.Context(), ss)))
}

// readForm reads a posted form within its size and time and checks its
// token; it answers the request itself when it does not pass.
func (s *server) readForm(w http.ResponseWriter, r *http.Request, ss *session) bool {
	size, whole, tooBigText := int64(1<<20), s.limits.body, "表单太大"
	if strings.HasSuffix(r.URL.Path, "/upload") {
		size, whole, tooBigText = s.maxUpload+1<<20, s.limits.upload, fmt.Sprintf("上传的文件太大，最多 %d MB", s.maxUpload>>20)
	}
	body := s.pace(w, r, whole)
	r.Body = http.MaxBytesReader(w, r.Body, size)
	// ParseMultipartForm drops ParseForm's error on a form that is not
	// multipart, so each is asked in turn.
	err := r.ParseForm()
	if err == nil {
		if err = r.ParseMultipartForm(1 << 20); errors.Is(err, http.ErrNotMultipart) {
			err = nil
		}
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		switch {
		case errors.As(err, &tooBig):
			w.Header().Set("Connection", "close")
			http.Error(w, tooBigText, http.StatusRequestEntityTooLarge)
		case body.slow:
			w.Header().Set("Connection", "close")
			s.logf("%s 的请求 %s 发送太慢（停顿超过 %s 或总共超过 %s），已断开", s.clientAddr(r), r.URL.Path, s.limits.stall, whole)
			http.Error(w, "发送太慢，已中断；请检查网络后重试", http.StatusRequestTimeout)
		default:
			http.Error(w, "表单无法读取", http.StatusBadRequest)
		}
		// The deadline stays: the server would otherwise wait to read
		// the rest of the body before it closes the connection.
		return false
	}
	body.done()
	if !validCSRF(ss, r) {
		http.Error(w, "页面已过期，请刷新后重试（缺少或错误的表单令牌）", http.StatusForbidden)
		return false
	}
	return true
}

// refuse answers a request without reading its body, and closes the
// connection at once: the server would otherwise read the rest of the body
// first, as slowly as the browser cares to send it.
func (s *server) refuse(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if r.ContentLength != 0 {
		w.Header().Set("Connection", "close")
		http.NewResponseController(w).SetReadDeadline(time.Now())
	}
	http.Error(w, msg, code)
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
	// Earlier are the change reports before the latest, newest first.
	Earlier  []changes.Entry
	Preview  []string
	Message  string
	Problems []dataset.Problem
	Version  int
	// Fields are the fields the job's templates can use, as jixiao fields lists them.
	Fields []fieldGroup
	// Example is the report on last year's document, just uploaded.
	Example *exampleView
	// OFD is whether the job makes an OFD copy, for its switch.
	OFD ofdView
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
	s.showJobWith(w, r, sv, msg, problems, nil)
}

// showJobWith is showJob with the report on last year's document.
func (s *server) showJobWith(w http.ResponseWriter, r *http.Request, sv *served, msg string, problems []dataset.Problem, ex *exampleView) {
	jobs, version := s.snapshot()
	cur := jobs[sv.ID-1]
	v := view{Job: &cur, Message: msg, Problems: problems, Version: version, History: runner.History(sv.Job, 50), Example: ex}
	for _, f := range downloads(sv.Job) {
		if fi, err := os.Lstat(filepath.Join(sv.Job.Output, f.Name)); err == nil && fi.Mode().IsRegular() {
			v.Files = append(v.Files, f)
		}
	}
	if b, err := os.ReadFile(filepath.Join(sv.Job.Output, changes.Name)); err == nil {
		v.Changes = strings.TrimPrefix(string(b), "\uFEFF")
	}
	if kept, err := changes.History(sv.Job.Output); err == nil && len(kept) > 1 {
		v.Earlier = kept[1:min(len(kept), earlierShown+1)]
	}
	v.Preview, _ = runner.Preview(sv.Job, runner.PreviewPages)
	v.Fields = pageFields.list(sv.Job)
	v.OFD = ofdOf(sv.Job)
	s.render(w, r, "job.html", v)
}

// earlierShown is how many earlier change reports a job's page shows; the
// whole history is a download.
const earlierShown = 20

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

// statusWait is how long a page's request for news waits for a change: less
// than the README's nginx waits for an answer (proxy_read_timeout).
const statusWait = 25 * time.Second

// status is the jobs' state as JSON; with ?after=N it waits (statusWait)
// for a change past version N, so that open pages update without a reload.
func (s *server) status(w http.ResponseWriter, r *http.Request) {
	if after, err := strconv.Atoi(r.URL.Query().Get("after")); err == nil {
		s.mu.Lock()
		version, changed := s.version, s.changed
		s.mu.Unlock()
		if version <= after {
			select {
			case <-changed:
			case <-time.After(statusWait):
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

// login checks a name and password, within the throttle (serve_throttle.go),
// and begins the session: a new one, so that a session fixed before the
// login is worth nothing.
func (s *server) login(w http.ResponseWriter, r *http.Request) {
	if s.accounts == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	name, addr, now := r.PostFormValue("name"), s.clientAddr(r), s.now()
	_, account := s.accounts[name]
	if wait := s.logins.admit(name, addr, account, now); wait > 0 {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusTooManyRequests)
		s.render(w, r, "login.html", view{Message: "登录失败次数过多，请 " + waitText(wait) + "后再试"})
		return
	}
	if !s.accounts.check(name, r.PostFormValue("password")) {
		s.render(w, r, "login.html", view{Message: "用户名或密码不对"})
		return
	}
	s.logins.succeeded(name, addr, now)
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.sessions.end(c.Value)
	}
	ss := s.sessions.start(name, now)
	s.setCookie(w, r, sessionCookie, ss.id, 0)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil {
		s.sessions.end(c.Value)
	}
	s.setCookie(w, r, sessionCookie, "", -1)
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
