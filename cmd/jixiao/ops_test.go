//go:build unix

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"jixiao/pipeline/opc/opctest"

	"github.com/xuri/excelize/v2"
)

// The README's operations part is what the IT person copies onto a fresh
// machine: these tests run each command it shows, with the server's paths
// turned into a folder of the test's, as the IT person would type them.

// codeBlock is one of the README's fenced blocks.
type codeBlock struct {
	lang string
	text string
}

func readmeBlocks(t *testing.T) []codeBlock {
	t.Helper()
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []codeBlock
	var cur *codeBlock
	for _, line := range strings.SplitAfter(string(raw), "\n") {
		fence := strings.HasPrefix(line, "```")
		switch {
		case fence && cur == nil:
			cur = &codeBlock{lang: strings.TrimSpace(strings.TrimPrefix(line, "```"))}
		case fence:
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.text += line
		}
	}
	return out
}

// Each file under docs/ops is in the README, whole, so that what the IT
// person reads is what they copy.
func TestOpsFilesAreTheREADMEs(t *testing.T) {
	files, _ := filepath.Glob("../../docs/ops/*")
	if len(files) < 4 {
		t.Fatalf("docs/ops holds %v", files)
	}
	blocks := readmeBlocks(t)
	for _, f := range files {
		body, _ := os.ReadFile(f)
		found := false
		for _, b := range blocks {
			found = found || b.text == string(body)
		}
		if !found {
			t.Errorf("the README has no block that is %s", f)
		}
	}
}

// The systemd units are valid as systemd reads them: no unknown key, a
// command that is there. systemd-analyze is asked where it is installed
// (and must be under JIXIAO_INTEROP=1).
func TestOpsUnitsVerify(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		opctest.Unavailable(t, "systemd-analyze", err)
	}
	sandbox, bin := opsSandbox(t)
	units, _ := filepath.Glob("../../docs/ops/*.service")
	timers, _ := filepath.Glob("../../docs/ops/*.timer")
	var args []string
	for _, u := range append(units, timers...) {
		body, _ := os.ReadFile(u)
		path := filepath.Join(t.TempDir(), filepath.Base(u))
		os.WriteFile(path, []byte(serverPaths(string(body), sandbox, filepath.Join(bin, "jixiao"))), 0o644)
		args = append(args, path)
	}
	out, err := exec.Command(analyze, append([]string{"verify"}, args...)...).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

// Every jixiao command the README shows (the command list, the web
// server's, cron's, systemd's, the Task Scheduler's, the batch's) runs and
// succeeds; watch and serve start, and stop with 0 when asked to.
func TestREADMECommandsWork(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	n := 0
	for _, b := range readmeBlocks(t) {
		cmds, dir := commandsOf(b)
		if len(cmds) == 0 {
			continue
		}
		sandbox, bin := opsSandbox(t)
		for _, c := range cmds {
			n++
			c = serverPaths(c, sandbox, "jixiao")
			runREADMECommand(t, c, filepath.Join(sandbox, dir), bin)
		}
	}
	t.Logf("%d commands run", n)
	if n < 25 {
		t.Errorf("only %d commands found in the README", n)
	}
}

// cron's line writes nothing when nothing is wrong, run after run, and the
// error in Chinese, naming the cell, when something is.
func TestCronLineLogsOnlyErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	var cron string
	for _, b := range readmeBlocks(t) {
		if cmds, _ := commandsOf(b); b.lang == "" && len(cmds) == 1 {
			cron = cmds[0]
		}
	}
	if !strings.Contains(cron, "/var/log/jixiao.log") {
		t.Fatalf("no cron line in the README: %q", cron)
	}
	sandbox, bin := opsSandbox(t)
	line := serverPaths(cron, sandbox, "jixiao")
	logFile := filepath.Join(sandbox, "jixiao.log")
	for i := 0; i < 2; i++ {
		runREADMECommand(t, line, sandbox, bin)
		if log, _ := os.ReadFile(logFile); len(log) > 0 {
			t.Fatalf("run %d logged with nothing wrong:\n%s", i+1, log)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(sandbox, "data", "qinyuan-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStr("重点绩效评价结果", "D3", "一百万")
	f.Save()
	f.Close()
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir, cmd.Env = sandbox, opsEnv(bin)
	if err := cmd.Run(); err == nil {
		t.Error("a run with bad data exited 0")
	}
	if log, _ := os.ReadFile(logFile); !strings.Contains(string(log), "重点绩效评价结果!D3") {
		t.Errorf("the log does not name the bad cell:\n%s", log)
	}
}

// commandsOf lists the jixiao commands of a README block, as a shell would
// run them, and the folder they run in (systemd's WorkingDirectory).
func commandsOf(b codeBlock) (cmds []string, dir string) {
	tr := regexp.MustCompile(`/TR "(?:cmd /c )?([^"]*)"`)
	k8s := regexp.MustCompile(`command: \["sh", "-c", "([^"]*)"\]`)
	for _, line := range strings.Split(b.text, "\n") {
		line = strings.TrimSpace(line)
		var c string
		switch {
		case strings.HasPrefix(line, "jixiao "), strings.HasPrefix(line, "sudo -u jixiao jixiao "):
			// The test's user stands in for the service's.
			c, _, _ = strings.Cut(strings.TrimPrefix(line, "sudo -u jixiao "), " # ")
		case strings.HasPrefix(line, "ExecStart="):
			c = strings.TrimPrefix(line, "ExecStart=")
		case strings.HasPrefix(line, "WorkingDirectory="):
			dir = strings.TrimPrefix(strings.TrimPrefix(line, "WorkingDirectory="), "/srv/jixiao")
		case strings.HasPrefix(line, "*/"):
			c = strings.Join(strings.Fields(line)[5:], " ")
		case tr.MatchString(line):
			c = tr.FindStringSubmatch(line)[1]
		case k8s.MatchString(line):
			c = k8s.FindStringSubmatch(line)[1]
		}
		if c != "" {
			cmds = append(cmds, strings.TrimSpace(c))
		}
	}
	return cmds, dir
}

// serverPaths turns the README's server paths into the sandbox's, and
// jixiao's own path into bin.
func serverPaths(s, sandbox, bin string) string {
	return strings.NewReplacer(
		"/usr/local/bin/jixiao", bin,
		`C:\jixiao\jixiao.exe`, bin,
		`C:\jixiao\`, sandbox+"/",
		"/srv/jixiao", sandbox,
		"/etc/jixiao/users", sandbox+"/users",
		"/var/log/jixiao.log", sandbox+"/jixiao.log",
		"/data/config", sandbox+"/config",
		"0.0.0.0:8080", "127.0.0.1:0",
		"127.0.0.1:8080", "127.0.0.1:0",
		"$(JOB_COMPLETION_INDEX)", "0", // Kubernetes expands it
	).Replace(s)
}

// opsSandbox is a folder laid out as the README's /srv/jixiao (config/,
// data/, a users file) with the files the command list names (a template,
// a job file, a workbook, last year's document) made by the kind their
// names say, and a bin folder whose jixiao is this test binary.
func opsSandbox(t *testing.T) (sandbox, bin string) {
	t.Helper()
	sandbox = t.TempDir()
	os.MkdirAll(filepath.Join(sandbox, "config"), 0o755)
	os.MkdirAll(filepath.Join(sandbox, "data"), 0o755)
	copyFile(t, "../../config/qinyuan-2023.yaml", filepath.Join(sandbox, "config", "qinyuan-2023.yaml"))
	copyFile(t, "../../data/qinyuan-2023.xlsx", filepath.Join(sandbox, "data", "qinyuan-2023.xlsx"))
	if err := addUser(filepath.Join(sandbox, "users"), "管理员", strings.NewReader("管理员的密码123\n"), io.Discard); err != nil {
		t.Fatal(err)
	}
	published := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd("build", "-q", "-o", published, "../../config/qinyuan-2023.yaml"); code != 0 {
		t.Fatal(stderr)
	}
	docx, _ := filepath.Glob(filepath.Join(published, "*.docx"))
	raw, _ := os.ReadFile("../../README.md")
	for _, name := range regexp.MustCompile(`[^\s/"]+\.(?:docx|xlsx|yaml)`).FindAllString(string(raw), -1) {
		path := filepath.Join(sandbox, name)
		if _, err := os.Stat(path); err == nil || strings.ContainsAny(name, "*{}$`") {
			continue
		}
		switch {
		case strings.HasSuffix(name, ".docx") && strings.Contains(name, "模板"):
			copyFile(t, "../../templates/disclosure.docx", path)
		case strings.HasSuffix(name, ".docx"):
			copyFile(t, docx[0], path)
		case strings.HasSuffix(name, ".xlsx"):
			copyFile(t, "../../data/qinyuan-2023.xlsx", path)
		case strings.HasSuffix(name, ".yaml"):
			writeJob(t, sandbox, filepath.Join(sandbox, "data", "qinyuan-2023.xlsx"), filepath.Join(sandbox, "out", name))
			os.Rename(filepath.Join(sandbox, "job.yaml"), path)
		}
	}
	bin = t.TempDir()
	if err := os.Symlink(os.Args[0], filepath.Join(bin, "jixiao")); err != nil {
		t.Fatal(err)
	}
	return sandbox, bin
}

func opsEnv(bin string) []string {
	return append(os.Environ(), "JIXIAO_AS_MAIN=1", "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// runREADMECommand runs line with sh in dir and checks that it succeeds;
// watch and serve are stopped as systemd stops them, once started.
func runREADMECommand(t *testing.T, line, dir, bin string) {
	t.Helper()
	serving := strings.Contains(line, " watch ") || strings.Contains(line, " serve ") && !strings.Contains(line, "--add-user")
	if serving {
		line = "exec " + line // the signal goes to jixiao, not to sh
	}
	cmd := exec.Command("sh", "-c", line)
	cmd.Dir, cmd.Env = dir, opsEnv(bin)
	cmd.Stdin = strings.NewReader("正确的密码123\n正确的密码123\n")
	var out bytes.Buffer
	cmd.Stdout = &out
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started, read := make(chan struct{}), make(chan struct{})
	var once sync.Once
	var errOut bytes.Buffer
	go func() {
		defer close(read)
		lines := bufio.NewScanner(stderr)
		for lines.Scan() {
			errOut.WriteString(lines.Text() + "\n")
			if s := lines.Text(); strings.Contains(s, "开始监视") || strings.Contains(s, "网页已启动") {
				once.Do(func() { close(started) })
			}
		}
	}()
	if serving {
		select {
		case <-started:
			cmd.Process.Signal(syscall.SIGTERM)
		case <-read:
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
		}
	}
	<-read
	if err := cmd.Wait(); err != nil {
		t.Errorf("%s: %v\n%s%s", line, err, out.String(), errOut.String())
	}
}

// The README's nginx lets through what the server takes and waits longer
// than a page's request for news, and forwards what the server believes.
func TestNginxConfigFitsTheServer(t *testing.T) {
	raw, err := os.ReadFile("../../docs/ops/jixiao.conf")
	if err != nil {
		t.Fatal(err)
	}
	conf := string(raw)
	setting := func(key string) int {
		m := regexp.MustCompile(`(?m)^\s*` + key + `\s+(\d+)([ms]);`).FindStringSubmatch(conf)
		if m == nil {
			t.Fatalf("no %s in the nginx config", key)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if body := setting("client_max_body_size"); body <= defaultMaxUpload {
		t.Errorf("nginx takes uploads up to %d MB, the server %d MB and the form around it", body, defaultMaxUpload)
	}
	if read := time.Duration(setting("proxy_read_timeout")) * time.Second; read <= statusWait {
		t.Errorf("nginx gives up after %v, a page's request for news waits %v", read, statusWait)
	}
	if !strings.Contains(conf, "proxy_pass http://127.0.0.1:8080;") || !strings.Contains(conf, "X-Forwarded-Proto https") ||
		!strings.Contains(conf, "X-Forwarded-For $remote_addr") || !strings.Contains(defaultProxies, "127.0.0.1") {
		t.Errorf("nginx does not forward to the server on this machine as a trusted proxy:\n%s", conf)
	}
}
