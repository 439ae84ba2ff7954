package main

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// servedJob is a job of its own folder, built once, behind a test server.
type servedJob struct {
	dir, input, out string
	srv             *httptest.Server
	s               *server
	client          *http.Client
}

func serveJob(t *testing.T, accounts users) *servedJob {
	t.Helper()
	dir := t.TempDir()
	input := filepath.Join(dir, "数据.xlsx")
	copyFile(t, "../../data/qinyuan-2023.xlsx", input)
	out := filepath.Join(dir, "out")
	jobPath := writeJob(t, dir, input, out)
	built(t, jobPath)
	s, err := newServer([]string{jobPath}, accounts, 10<<20, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return behind(t, s, dir)
}

// behind serves s, whose job is in dir, to a test browser.
func behind(t *testing.T, s *server, dir string) *servedJob {
	srv := httptest.NewServer(s)
	// A build started from the page still writing into the job's
	// directory would make its removal fail.
	t.Cleanup(func() { srv.Close(); s.wait() })
	jar, _ := cookiejar.New(nil)
	return &servedJob{dir: dir, input: s.jobs[0].Job.Input, out: s.jobs[0].Job.Output, srv: srv, s: s, client: &http.Client{Jar: jar}}
}

// unbuiltServer is a server of one job of the sample workbook in dir,
// never built; extra is appended to its job file.
func unbuiltServer(t *testing.T, accounts users, log io.Writer, extra string) (s *server, dir string) {
	t.Helper()
	dir = t.TempDir()
	input := filepath.Join(dir, "数据.xlsx")
	copyFile(t, "../../data/qinyuan-2023.xlsx", input)
	jobPath := writeJob(t, dir, input, filepath.Join(dir, "out"))
	if extra != "" {
		f, _ := os.OpenFile(jobPath, os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString(extra)
		f.Close()
	}
	s, err := newServer([]string{jobPath}, accounts, 1<<20, log)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir
}

func (sj *servedJob) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := sj.client.Get(sj.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// csrf is the form token of the session's pages.
func (sj *servedJob) csrf(t *testing.T) string {
	t.Helper()
	_, page := sj.get(t, "/jobs/1")
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no form token on the page:\n%.500s", page)
	}
	return m[1]
}

// post sends a form, with a file where name is not "".
func (sj *servedJob) post(t *testing.T, path string, fields map[string]string, fileName string, file []byte) (int, string) {
	t.Helper()
	files := map[string][2]string{}
	if fileName != "" {
		files["file"] = [2]string{fileName, string(file)}
	}
	return sj.postFiles(t, path, fields, files)
}

// waitFor waits until job 1 shows status, as its page would.
func (sj *servedJob) waitFor(t *testing.T, status string) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if sj.s.statusNow() == status {
			return
		}
	}
	t.Fatalf("status never became %s", status)
}

func badWorkbook(t *testing.T) []byte {
	t.Helper()
	f, err := excelize.OpenFile("../../data/qinyuan-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.SetCellStr("重点绩效评价结果", "D7", "12,3a4")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	return buf.Bytes()
}

func TestServeListsJobsAndServesTheirFiles(t *testing.T) {
	sj := serveJob(t, nil)
	sj.s.set(sj.s.jobs[0].Path, func(sv *served) { sv.Status = statusFresh })
	code, page := sj.get(t, "/")
	if code != 200 || !strings.Contains(page, "沁源县") || !strings.Contains(page, "已是最新") || !strings.Contains(page, `/jobs/1/files/pdf`) {
		t.Fatalf("index %d:\n%.800s", code, page)
	}
	code, pdf := sj.get(t, "/jobs/1/files/pdf")
	if code != 200 || !strings.HasPrefix(pdf, "%PDF") {
		t.Errorf("pdf: %d %.20q", code, pdf)
	}
	// The browser saves the download under the output's own Chinese name.
	resp, err := sj.client.Get(sj.srv.URL + "/jobs/1/files/pdf")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	_, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
	if want := fileName(sj.s.jobs[0].Job, "pdf"); err != nil || params["filename"] != want || !strings.Contains(want, "绩效目标情况说明") {
		t.Errorf("Content-Disposition %q names %q (%v), want %q", resp.Header.Get("Content-Disposition"), params["filename"], err, want)
	}
	code, page = sj.get(t, "/jobs/1")
	if code != 200 || !strings.Contains(page, "<svg") || !strings.Contains(page, "生成记录") {
		t.Errorf("job page %d", code)
	}
	// No path from the browser opens a file: only the job's own outputs, by key.
	for _, path := range []string{"/jobs/1/files/../../etc/passwd", "/jobs/1/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/jobs/1/files/%2Fetc%2Fpasswd",
		"/jobs/1/files/manifest", "/jobs/2/files/pdf", "/jobs/0/files/pdf", "/jobs/x/files/pdf", "/jobs/1/files/" + url.PathEscape(sj.input)} {
		if code, body := sj.get(t, path); code == 200 && !strings.Contains(body, "<html") {
			t.Errorf("%s served a file", path)
		}
	}
	// A link in the output folder is not followed out of it.
	secret := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(secret, []byte("机密"), 0o644)
	facts := filepath.Join(sj.out, "facts.json")
	os.Remove(facts)
	if err := os.Symlink(secret, facts); err != nil {
		t.Skip("no symlinks here")
	}
	if code, body := sj.get(t, "/jobs/1/files/facts"); code == 200 || strings.Contains(body, "机密") {
		t.Errorf("a symlink was followed: %d %q", code, body)
	}
}

func TestServeUploadIsCheckedFirst(t *testing.T) {
	sj := serveJob(t, nil)
	before, _ := os.ReadFile(sj.input)
	token := sj.csrf(t)
	code, page := sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": "workbook"}, "数据.xlsx", badWorkbook(t))
	if code != 200 || !strings.Contains(page, "数据.xlsx!重点绩效评价结果!D7") || !strings.Contains(page, "没有替换原文件") {
		t.Fatalf("bad upload %d:\n%s", code, page)
	}
	if after, _ := os.ReadFile(sj.input); !bytes.Equal(after, before) {
		t.Fatal("a workbook with a bad cell replaced the input")
	}
	good, _ := os.ReadFile("../../data/qinyuan-2023.xlsx")
	f, _ := excelize.OpenReader(bytes.NewReader(good))
	f.SetCellStr("重点绩效评价结果", "B2", "网页上传的项目名称")
	var buf bytes.Buffer
	f.WriteTo(&buf)
	code, page = sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": "workbook"}, "新数据.xlsx", buf.Bytes())
	if code != 200 || !strings.Contains(page, "已采用上传的 新数据.xlsx") {
		t.Fatalf("good upload %d:\n%s", code, page)
	}
	sj.waitFor(t, statusFresh)
	if after, _ := os.ReadFile(sj.input); !bytes.Equal(after, buf.Bytes()) {
		t.Error("the good workbook did not replace the input")
	}
	kept, _ := filepath.Glob(filepath.Join(sj.dir, "历史版本", "数据-*.xlsx"))
	if len(kept) != 1 {
		t.Errorf("previous versions kept: %v", kept)
	} else if old, _ := os.ReadFile(kept[0]); !bytes.Equal(old, before) {
		t.Error("the kept version is not the previous workbook")
	}
	if facts, _ := os.ReadFile(filepath.Join(sj.out, "facts.json")); !strings.Contains(string(facts), "网页上传的项目名称") {
		t.Error("the job was not built from the upload")
	}
	_, page = sj.get(t, "/jobs/1")
	for _, want := range []string{"上传数据", "本机", "未采用", "已采用", "SHA-256"} {
		if !strings.Contains(page, want) {
			t.Errorf("the history lacks %q", want)
		}
	}
	if entries, _ := filepath.Glob(filepath.Join(sj.dir, ".jixiao-upload-*")); len(entries) != 0 {
		t.Errorf("uploads left behind: %v", entries)
	}
	// A Word template upload is checked by the same checker as lint.
	code, page = sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": "template"}, "模板.docx", []byte("not a docx"))
	if code != 200 || !strings.Contains(page, "内置模板") {
		t.Errorf("template upload to a job on the built-in template: %d", code)
	}
	code, _ = sj.post(t, "/jobs/1/upload", map[string]string{"csrf": token, "kind": "workbook"}, "大.xlsx", make([]byte, 11<<20))
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("an upload over the limit: %d", code)
	}
}

func TestServeFormsNeedTheirToken(t *testing.T) {
	sj := serveJob(t, nil)
	sj.csrf(t) // a session
	for _, fields := range []map[string]string{{}, {"csrf": "0123"}, {"csrf": strings.Repeat("a", 64)}} {
		if code, _ := sj.post(t, "/jobs/1/build", fields, "", nil); code != http.StatusForbidden {
			t.Errorf("a build without the right token: %d", code)
		}
	}
	// Another browser's token does not do either.
	other := serveJobClient(sj)
	token := sj.csrf(t)
	if code, _ := other.post(t, "/jobs/1/build", map[string]string{"csrf": token}, "", nil); code != http.StatusForbidden {
		t.Errorf("a token from another session: %d", code)
	}
	if code, _ := sj.post(t, "/jobs/1/build", map[string]string{"csrf": token}, "", nil); code != 200 {
		t.Errorf("a build with the token: %d", code)
	}
	sj.waitFor(t, statusFresh)
}

// serveJobClient is the same server seen from another browser.
func serveJobClient(sj *servedJob) *servedJob {
	jar, _ := cookiejar.New(nil)
	c := *sj
	c.client = &http.Client{Jar: jar}
	return &c
}

func TestServeAccounts(t *testing.T) {
	usersFile := filepath.Join(t.TempDir(), "users")
	if err := addUser(usersFile, "王会计", strings.NewReader("正确的密码123\n"), io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := addUser(usersFile, "短", strings.NewReader("123\n"), io.Discard); err == nil {
		t.Error("a short password was accepted")
	}
	raw, _ := os.ReadFile(usersFile)
	if strings.Contains(string(raw), "正确的密码") || !strings.HasPrefix(string(raw), "王会计:$2") {
		t.Fatalf("users file: %q", raw)
	}
	accounts, err := loadUsers(usersFile)
	if err != nil {
		t.Fatal(err)
	}
	sj := serveJob(t, accounts)
	noRedirect := *sj.client
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, _ := noRedirect.Get(sj.srv.URL + "/jobs/1/files/pdf")
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login" {
		t.Fatalf("a file without login: %d", resp.StatusCode)
	}
	_, page := sj.get(t, "/login")
	token := csrfField.FindStringSubmatch(page)[1]
	if _, page := sj.post(t, "/login", map[string]string{"csrf": token, "name": "王会计", "password": "错的"}, "", nil); !strings.Contains(page, "用户名或密码不对") {
		t.Error("a wrong password logged in")
	}
	if code, page := sj.post(t, "/login", map[string]string{"csrf": token, "name": "王会计", "password": "正确的密码123"}, "", nil); code != 200 || !strings.Contains(page, "当前用户：王会计") {
		t.Fatalf("login: %d\n%.300s", code, page)
	}
	for _, c := range sj.client.Jar.Cookies(mustURL(sj.srv.URL)) {
		if c.Name == sessionCookie && c.Value == "" {
			t.Error("empty session cookie")
		}
	}
	if code, _ := sj.get(t, "/jobs/1/files/pdf"); code != 200 {
		t.Errorf("a file after login: %d", code)
	}
	// The cookie is HttpOnly and SameSite.
	resp, _ = http.Get(sj.srv.URL + "/login")
	if c := resp.Header.Get("Set-Cookie"); !strings.Contains(c, "HttpOnly") || !strings.Contains(c, "SameSite=Strict") {
		t.Errorf("cookie %q", c)
	}
}

func mustURL(s string) *url.URL { u, _ := url.Parse(s); return u }

func TestServeRefusesAnOpenAddressWithoutAccounts(t *testing.T) {
	code, _, stderr := runCmd("serve", "--addr", "0.0.0.0:0", "../../config/qinyuan-2023.yaml")
	if code != 2 || !strings.Contains(stderr, "必须用 --users") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	for _, addr := range []string{"127.0.0.1:8080", "localhost:80", "[::1]:8080"} {
		if !loopback(addr) {
			t.Errorf("%s is loopback", addr)
		}
	}
	for _, addr := range []string{"0.0.0.0:8080", ":8080", "10.0.0.5:80"} {
		if loopback(addr) {
			t.Errorf("%s is not loopback", addr)
		}
	}
}
