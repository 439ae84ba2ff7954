package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"jixiao/pipeline/ingest"
	"jixiao/pipeline/job"
	"jixiao/pipeline/runner"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// options are the flags of build and validate.
type options struct {
	outDir   string
	quiet    bool
	asJSON   bool
	annotate bool
	force    bool
	verify   bool
	wait     time.Duration
	jobs     int
	shard    string
}

func parseFlags(name string, args []string, stderr io.Writer) (*options, []string, bool) {
	fs := flags(name, stderr)
	o := &options{}
	if name == "build" {
		fs.StringVar(&o.outDir, "o", "", "输出目录")
		fs.BoolVar(&o.force, "force", false, "即使已是最新也重新生成")
		fs.BoolVar(&o.verify, "verify", false, "在内存中重新生成，报告与磁盘上不同的文件")
		fs.DurationVar(&o.wait, "wait", runner.DefaultLockWait, "输出目录被另一次运行占用时最多等待多久")
	}
	if name == "validate" {
		fs.BoolVar(&o.annotate, "annotate", false, "写出标注了问题单元格的工作簿副本")
	}
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "同时处理的任务数")
	fs.StringVar(&o.shard, "shard", "", "只处理第 i 份（共 n 份）任务，如 0/4")
	fs.BoolVar(&o.quiet, "q", false, "只输出错误")
	fs.BoolVar(&o.quiet, "quiet", false, "只输出错误")
	fs.BoolVar(&o.asJSON, "json", false, "以 JSON 输出结果")
	if err := fs.Parse(args); err != nil {
		return nil, nil, false
	}
	if fs.NArg() == 0 {
		fmt.Fprintf(stderr, "请指定任务文件或目录，例如：jixiao %s config/qinyuan-2023.yaml\n", name)
		return nil, nil, false
	}
	if o.jobs < 1 {
		fmt.Fprint(stderr, "-j 应为正整数\n")
		return nil, nil, false
	}
	return o, fs.Args(), true
}

func buildCmd(args []string, stdout, stderr io.Writer, update updater) int {
	o, configs, ok := parseFlags("build", args, stderr)
	if !ok {
		return exitUsage
	}
	build := guarded(update)
	return runJobs(configs, o, stdout, stderr, func(j *job.Job, r *jobReport) {
		if o.outDir != "" {
			j = j.WithOutput(o.outDir)
		}
		j = j.WithLockWait(o.wait)
		if o.verify {
			verifyOnDisk(j, r)
			return
		}
		res, err := build(j, o.force)
		if err != nil {
			r.failed(err)
			return
		}
		if res.Fresh {
			r.Status = "已是最新"
			return
		}
		r.Reason = res.Reason
		r.Status = "已生成"
		r.Problems = problemReports(res.Problems)
		r.Outputs = res.Written
		if res.Changes != nil {
			r.Changes = res.Changes.Changes
		}
	})
}

func verifyOnDisk(j *job.Job, r *jobReport) {
	diff, err := runner.Differences(j)
	if err != nil {
		r.failed(err)
		return
	}
	if len(diff) == 0 {
		r.Status = "一致"
		return
	}
	r.failed(&mismatchError{diff})
	r.Status = "不一致"
}

func validateCmd(args []string, stdout, stderr io.Writer) int {
	o, configs, ok := parseFlags("validate", args, stderr)
	if !ok {
		return exitUsage
	}
	return runJobs(configs, o, stdout, stderr, func(j *job.Job, r *jobReport) {
		// One reading of the input serves the check and the marked-up
		// copy; when it cannot be read, the check says why.
		in, _ := ingest.Load(j.Input)
		_, problems, err := runner.CheckInput(j, in)
		if o.annotate && len(problems.Sorted()) > 0 && in != nil {
			path, aerr := runner.Annotate(j, in, problems)
			if aerr != nil {
				r.Error = fmt.Sprintf("无法写出标注文件：%v", aerr)
			} else {
				r.Outputs = append(r.Outputs, path)
			}
		}
		if err != nil {
			outputs := r.Outputs
			r.failed(err)
			r.Outputs = outputs
			return
		}
		r.Status = "已检查"
		r.Problems = problemReports(problems.Sorted())
	})
}

// expand turns folders into the job files they hold, sorted.
func expand(args []string) ([]jobFile, error) {
	var out []jobFile
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			out = append(out, jobFile{a, filepath.Base(a)})
			continue
		}
		var found []string
		for _, pat := range []string{"*.yaml", "*.yml"} {
			m, _ := filepath.Glob(filepath.Join(a, pat))
			found = append(found, m...)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("目录 %s 中没有任务文件（*.yaml）", a)
		}
		sort.Strings(found)
		for _, f := range found {
			rel, _ := filepath.Rel(a, f)
			out = append(out, jobFile{f, filepath.ToSlash(rel)})
		}
	}
	return out, nil
}

// jobFile is a job file, and its name relative to the folder it was
// found in (its own name for a file given as such).
type jobFile struct{ path, rel string }

// shard keeps the jobs of share i of n ("i/n"), so that the machines of a
// batch system can share a city's or a province's jobs. A job's share is
// a hash of its name within the folder, not its place in the list, so
// adding or removing one job moves no other.
func shard(files []jobFile, spec string) ([]jobFile, error) {
	if spec == "" {
		return files, nil
	}
	a, b, ok := strings.Cut(spec, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return nil, fmt.Errorf("--shard 应写成 i/n，0 ≤ i < n，例如 0/4")
	}
	var out []jobFile
	for _, f := range files {
		h := fnv.New32a()
		h.Write([]byte(f.rel))
		if int(h.Sum32()%uint32(n)) == i {
			out = append(out, f)
		}
	}
	return out, nil
}

// runJobs runs do on each job, o.jobs at a time; a failing job does not
// stop the others. Reports come out in the order the jobs were given.
func runJobs(args []string, o *options, stdout, stderr io.Writer, do func(*job.Job, *jobReport)) int {
	files, err := expand(args)
	if err == nil {
		files, err = shard(files, o.shard)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.path
	}
	clash := sharedOutputs(paths, o)
	if o.outDir != "" && len(paths) > 1 {
		fmt.Fprint(stderr, "-o 只能用于一个任务文件\n")
		return exitUsage
	}
	bar := progress(stderr, len(paths), o)
	reports := make([]*jobReport, len(paths))
	sem := make(chan struct{}, o.jobs)
	var wg sync.WaitGroup
	for i, path := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			r := &jobReport{Job: path, Problems: []problemReport{}}
			var j *job.Job
			err := contained(&job.Job{Path: path}, func() (err error) {
				j, err = job.Load(path)
				return err
			})
			if err == nil {
				err = clash[path]
			}
			if err == nil {
				// A panic in this job's work fails this job alone.
				err = contained(j, func() error { do(j, r); return nil })
			}
			if err != nil {
				r.failed(err)
			}
			reports[i] = r
			if bar != nil {
				bar.Add(1)
			}
		}()
	}
	wg.Wait()
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	code := combine(reports)
	if o.asJSON {
		printJSON(stdout, reports, code)
		return code
	}
	for _, r := range reports {
		r.printText(stdout, stderr, o.quiet)
	}
	if len(reports) > 1 {
		summary(stdout, stderr, reports, o.quiet)
	}
	return code
}

// sharedOutputs finds jobs of a batch that write one output folder: they
// would take turns replacing each other's files, and the change report
// would compare two counties. Each such job fails, naming the others.
func sharedOutputs(paths []string, o *options) map[string]error {
	byOutput := map[string][]string{}
	for _, p := range paths {
		j, err := job.Load(p)
		if err != nil || o.outDir != "" {
			continue
		}
		key := filepath.Clean(j.Output)
		if runtime.GOOS == "windows" {
			key = strings.ToLower(key)
		}
		byOutput[key] = append(byOutput[key], p)
	}
	out := map[string]error{}
	for dir, ps := range byOutput {
		if len(ps) < 2 {
			continue
		}
		for _, p := range ps {
			var others []string
			for _, q := range ps {
				if q != p {
					others = append(others, q)
				}
			}
			out[p] = &job.Error{Path: p, Msg: fmt.Sprintf("输出目录 %s 与任务 %s 相同，每个任务须有自己的输出目录", dir, strings.Join(others, "、"))}
		}
	}
	return out
}

// combine is the batch's exit code: a single job's own; for many, 0 when
// all succeeded, 3 when some failed and others did not, else the worst.
func combine(reports []*jobReport) int {
	worst, failed := exitOK, 0
	for _, r := range reports {
		if r.code != exitOK {
			failed++
			worst = max(worst, r.code)
		}
	}
	if len(reports) > 1 && failed > 0 && failed < len(reports) {
		return exitSomeJobs
	}
	return worst
}

func summary(stdout, stderr io.Writer, reports []*jobReport, quiet bool) {
	counts := map[string]int{}
	for _, r := range reports {
		counts[r.Status]++
	}
	if !quiet {
		fmt.Fprintf(stdout, "共 %d 个任务：", len(reports))
		var parts []string
		for _, s := range []string{"已生成", "已是最新", "已检查", "一致", "不一致", "失败"} {
			if counts[s] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d 个", s, counts[s]))
			}
		}
		fmt.Fprintln(stdout, strings.Join(parts, "，"))
	}
	for _, r := range reports {
		if r.Status == "失败" {
			first, _, _ := strings.Cut(r.Error, "\n")
			if len(r.Problems) > 0 && r.Problems[0].At != "" {
				first += "；首个错误：" + r.Problems[0].At + "：" + r.Problems[0].Message
			}
			fmt.Fprintf(stderr, "失败 %s：%s\n", r.Job, first)
		}
	}
}

// progress is a bar on a terminal, and nothing when stderr is a log (cron,
// systemd, CI) or the output is quiet or JSON.
func progress(stderr io.Writer, n int, o *options) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || o.quiet || o.asJSON || n < 2 || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("生成中"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
}

// updater builds a job as runner.Update does. The commands are given
// theirs (build's by run, serve's and watch's in their state), so that a
// test hands them a build that fails in ways a real one should not.
type updater func(j *job.Job, force bool) (*runner.Result, error)

// guarded is update as build, watch and serve run it: a panic outside the
// runner's own boundaries is contained to its job.
func guarded(update updater) updater {
	return func(j *job.Job, force bool) (res *runner.Result, err error) {
		err = contained(j, func() (err error) {
			res, err = update(j, force)
			return err
		})
		return res, err
	}
}

// contained runs one job's work at the job's boundary: a panic in it
// becomes that job's *runner.InternalError, its stack logged.
func contained(j *job.Job, work func() error) (err error) {
	defer runner.Guard(j, &err)
	return work()
}
