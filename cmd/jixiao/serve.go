package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"sync"
	"time"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"
)

// serveCmd serves the bureau's page: every job's status and files, its
// problems, a preview, its history, uploads and rebuilds; jobs rebuild as
// their files change, as under watch.
func serveCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("serve", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "监听地址；不是本机地址（127.0.0.1）时必须用 --users 设置账号")
	usersPath := fs.String("users", "", "用户文件（每行“名字:密码哈希”，用 --add-user 生成）")
	add := fs.String("add-user", "", "向 --users 指定的文件添加一个用户（密码从终端或标准输入读取），然后退出")
	maxUpload := fs.Int64("max-upload", defaultMaxUpload, "上传文件的大小上限（MB）")
	proxies := fs.String("trusted-proxy", defaultProxies, "可信的反向代理地址（逗号分隔，可写网段）：只有来自这些地址的 X-Forwarded-Proto、X-Forwarded-For 才被采信；空表示没有代理")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *add != "" {
		if *usersPath == "" {
			fmt.Fprintln(stderr, "请用 --users 指定用户文件，例如：jixiao serve --users /etc/jixiao/users --add-user 王会计")
			return exitUsage
		}
		if err := addUser(*usersPath, *add, stdin, stdout); err != nil {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "已添加用户 %s 到 %s\n", *add, *usersPath)
		return exitOK
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, "用法：jixiao serve [--addr 127.0.0.1:8080] [--users 用户文件] [--trusted-proxy 代理地址] [--max-upload MB] 任务文件.yaml|目录...\n")
		return exitUsage
	}
	var accounts users
	if *usersPath != "" {
		var err error
		if accounts, err = loadUsers(*usersPath); err != nil {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
	} else if !loopback(*addr) {
		fmt.Fprintf(stderr, "监听地址 %s 不只是本机，其他电脑也能访问：必须用 --users 设置账号（jixiao serve --users 用户文件 --add-user 名字）。只在本机使用时请用 --addr 127.0.0.1:8080\n", *addr)
		return exitUsage
	}
	trusted, err := parseProxies(*proxies)
	if err != nil {
		fmt.Fprintf(stderr, "--trusted-proxy %q 不是地址或网段：%v\n", *proxies, err)
		return exitUsage
	}
	s, err := newServer(fs.Args(), accounts, *maxUpload<<20, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	s.trusted = trusted
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "无法监听 %s：%v\n", *addr, err)
		return exitUsage
	}
	ctx, stopCode, release := onStop()
	defer release()
	go s.watch(ctx)
	srv := s.httpServer()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	fmt.Fprintf(stderr, "%s 网页已启动：http://%s/ （Ctrl-C 停止）\n", time.Now().Format("2006-01-02 15:04:05"), ln.Addr())
	err = srv.Serve(ln)
	// A build a clerk started publishes or fails before the process ends.
	s.wait()
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, err)
		return exitIO
	}
	return stopCode()
}

// served is one job of the page.
type served struct {
	ID       int
	Path     string
	Job      *job.Job
	Status   string
	Error    string
	Problems []dataset.Problem
	// Built is when the outputs were last written.
	Built time.Time
	// queued counts the builds waiting for their turn; running is set
	// while one runs. turn is taken by each build in turn; a pointer,
	// since served is copied for pages.
	queued  int
	running bool
	turn    *sync.Mutex
	// recorded is set when the queue has recorded the outcome of the
	// watcher's build, which the watcher then reports again.
	recorded bool
}

// server is the page's state: the jobs, the sessions and the watcher.
type server struct {
	mu        sync.Mutex
	jobs      []*served
	byPath    map[string]*served
	accounts  users
	sessions  *sessions
	logins    *throttle
	maxUpload int64
	limits    limits
	// trusted are the proxies whose X-Forwarded-Proto and -For are believed.
	trusted []netip.Prefix
	// secret signs the form tokens of browsers without a session.
	secret []byte
	// now is the clock of sessions, logins and kept copies; update builds
	// a job (runner.Update, guarded). Tests replace both.
	now    func() time.Time
	update updater
	log    io.Writer
	// changed wakes the pages waiting for news (events).
	changed chan struct{}
	version int
	mux     *http.ServeMux
	// uploads lets one upload at a time replace a file and keep the old one.
	uploads sync.Mutex
	// examples are the last year's documents uploaded, by job ID, under uploads.
	examples map[int]*exampleState
	// builds counts the clerks' builds still running, so that the server
	// stops only after each has published or failed.
	builds sync.WaitGroup
}

func newServer(args []string, accounts users, maxUpload int64, log io.Writer) (*server, error) {
	files, err := expand(args)
	if err != nil {
		return nil, err
	}
	s := &server{byPath: map[string]*served{}, accounts: accounts, sessions: newSessions(),
		maxUpload: maxUpload, limits: defaultLimits, secret: []byte(token()), now: time.Now, update: guarded(runner.Update),
		log: log, changed: make(chan struct{}), examples: map[int]*exampleState{}}
	s.logins = newThrottle(s.logf)
	s.trusted, _ = parseProxies(defaultProxies)
	for i, f := range files {
		abs, _ := filepath.Abs(f.path)
		sv := &served{ID: i + 1, Path: abs, Status: statusUnknown, turn: &sync.Mutex{}}
		if j, err := job.Load(abs); err != nil {
			sv.Status, sv.Error = statusOf(err), err.Error()
		} else {
			sv.Job = j
			sv.Built = builtAt(j)
		}
		s.jobs = append(s.jobs, sv)
		s.byPath[abs] = sv
	}
	s.removeLeftovers()
	s.routes()
	return s, nil
}

// defaultMaxUpload is --max-upload's default, in MB: within what the
// README's nginx lets through (client_max_body_size).
const defaultMaxUpload = 50

// defaultProxies are trusted unless --trusted-proxy says otherwise: a
// proxy on the same machine, as in the README's nginx setup.
const defaultProxies = "127.0.0.1,::1"

// logf writes a line of the server's log.
func (s *server) logf(format string, args ...any) {
	fmt.Fprintf(s.log, "%s %s\n", s.now().Format("2006-01-02 15:04:05"), fmt.Sprintf(format, args...))
}

// builtAt is when j's manifest was written: its last build.
func builtAt(j *job.Job) time.Time {
	fi, err := os.Stat(filepath.Join(j.Output, "jixiao-manifest.json"))
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}
