package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
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
	maxUpload := fs.Int64("max-upload", 50, "上传文件的大小上限（MB）")
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
		fmt.Fprint(stderr, "用法：jixiao serve [--addr 127.0.0.1:8080] [--users 用户文件] 任务文件.yaml|目录...\n")
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
	s, err := newServer(fs.Args(), accounts, *maxUpload<<20, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "无法监听 %s：%v\n", *addr, err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go s.watch(ctx)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
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
	return exitInterrupt
}

// Statuses of a job, as the page shows them.
const (
	statusFresh    = "已是最新"
	statusStale    = "数据已变化，待生成"
	statusBuilding = "正在生成"
	statusFailed   = "生成失败" // a job file that cannot be loaded at start; a build's failure is its kind's word (statusWord)
	statusUnknown  = "未检查"
)

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
}

// server is the page's state: the jobs, their sessions and the watcher.
type server struct {
	mu        sync.Mutex
	jobs      []*served
	byPath    map[string]*served
	accounts  users
	sessions  sessions
	maxUpload int64
	log       io.Writer
	// changed wakes the pages waiting for news (events).
	changed chan struct{}
	version int
	mux     *http.ServeMux
	// builds counts the clerks' builds still running, so that the server
	// stops only after each has published or failed.
	builds sync.WaitGroup
}

func newServer(args []string, accounts users, maxUpload int64, log io.Writer) (*server, error) {
	files, err := expand(args)
	if err != nil {
		return nil, err
	}
	s := &server{byPath: map[string]*served{}, accounts: accounts, sessions: sessions{all: map[string]*session{}},
		maxUpload: maxUpload, log: log, changed: make(chan struct{})}
	for i, f := range files {
		abs, _ := filepath.Abs(f.path)
		sv := &served{ID: i + 1, Path: abs, Status: statusUnknown}
		if j, err := job.Load(abs); err != nil {
			sv.Status, sv.Error = statusFailed, err.Error()
		} else {
			sv.Job = j
			sv.Built = builtAt(j)
		}
		s.jobs = append(s.jobs, sv)
		s.byPath[abs] = sv
	}
	s.routes()
	return s, nil
}

// builtAt is when j's manifest was written: its last build.
func builtAt(j *job.Job) time.Time {
	fi, err := os.Stat(filepath.Join(j.Output, "jixiao-manifest.json"))
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}

// watch builds what is stale, and again as files change, until ctx ends.
func (s *server) watch(ctx context.Context) {
	var paths []string
	for _, sv := range s.jobs {
		if sv.Job != nil {
			paths = append(paths, sv.Path)
		}
	}
	if len(paths) == 0 {
		return
	}
	watch(ctx, paths, io.Discard, s.log, watchHooks{
		starting: func(path string) { s.set(path, func(sv *served) { sv.Status = statusBuilding }) },
		built: func(path string, res *runner.Result, err error) {
			s.finished(path, "系统", "自动生成", res, err)
		},
	})
}

// set changes one job's state and tells the waiting pages.
func (s *server) set(path string, change func(*served)) {
	s.mu.Lock()
	if sv, ok := s.byPath[path]; ok {
		change(sv)
	}
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
	s.mu.Unlock()
}

// finished records a check's or build's outcome, and a build in the history.
func (s *server) finished(path, user, action string, res *runner.Result, err error) {
	// The history is written before the status changes, so that a page
	// showing the new status also shows its line in the history.
	if sv := s.lookup(path); sv != nil && sv.Job != nil && (err != nil || res != nil && !res.Fresh) {
		e := runner.Event{Time: time.Now(), User: user, Action: action, Result: "已生成"}
		if err != nil {
			e.Result = "失败：" + statusOf(err)
		} else if res.Changes != nil {
			e.Changes = len(res.Changes.Changes)
		}
		runner.Record(sv.Job, e)
	}
	s.set(path, func(sv *served) {
		sv.Error, sv.Problems = "", nil
		switch {
		case err != nil:
			sv.Status = statusOf(err)
			sv.Error = err.Error()
			var de *dataset.DataError
			if errors.As(err, &de) {
				sv.Problems = de.Problems
				sv.Error = ""
			}
		case res.Fresh:
			sv.Status = statusFresh
		default:
			sv.Status = statusFresh
			sv.Problems = res.Problems
			sv.Built = builtAt(sv.Job)
		}
	})
}

// statusOf names the kind of a failure for the page.
func statusOf(err error) string { return statusWord(err) }

// build builds one job now, for a clerk who asked.
func (s *server) build(sv *served, user string) {
	s.set(sv.Path, func(sv *served) { sv.Status = statusBuilding })
	s.builds.Add(1)
	go func() {
		defer s.builds.Done()
		res, err := buildJob(sv.Job, true)
		s.finished(sv.Path, user, "生成", res, err)
	}()
}

// wait returns once every build a clerk started has ended.
func (s *server) wait() { s.builds.Wait() }

// lookup returns the job of a job file's path, or nil.
func (s *server) lookup(path string) *served {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.byPath[path]
}

// job returns the job with the page's id, or nil.
func (s *server) job(id int) *served {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id < 1 || id > len(s.jobs) {
		return nil
	}
	return s.jobs[id-1]
}

// snapshot copies the jobs' state for a page.
func (s *server) snapshot() ([]served, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]served, len(s.jobs))
	for i, sv := range s.jobs {
		out[i] = *sv
	}
	return out, s.version
}
