package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"jixiao/pipeline/opc/opctest"

	"github.com/chromedp/chromedp"
)

// chromium finds Debian's Chromium; without it the browser test skips,
// unless JIXIAO_INTEROP=1 makes it mandatory.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	opctest.Unavailable(t, "Chromium (Debian: apt-get install chromium)", exec.ErrNotFound)
	return ""
}

// TestServeInARealBrowser is a clerk's afternoon: open the job's page,
// upload a workbook with a bad cell and see that cell named, upload a good
// one, wait for the build, and download the PDF. With -update it also
// writes the screenshot the README shows.
func TestServeInARealBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromium(t)
	sj := serveJob(t, nil)
	dir := t.TempDir()
	bad := filepath.Join(dir, "数据.xlsx")
	os.WriteFile(bad, badWorkbook(t), 0o644)
	good := filepath.Join(dir, "good", "数据.xlsx")
	os.MkdirAll(filepath.Dir(good), 0o755)
	copyFile(t, "../../data/qinyuan-2023.xlsx", good)

	ctx := browse(t, exe, dir)
	err := chromedp.Do(ctx,
		chromedp.Navigate(sj.srv.URL+"/"),
		chromedp.WaitVisible(`a[href="/jobs/1"]`),
		chromedp.Click(`a[href="/jobs/1"]`),
		chromedp.WaitVisible(`#upload-workbook`),
		chromedp.SetUploadFiles(`#upload-workbook input[type=file]`, []string{bad}),
		chromedp.Submit(`#upload-workbook`),
		chromedp.WaitVisible(`#upload-problems`),
	)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := chromedp.Run(ctx, chromedp.Text(`#upload-problems`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(problems, "数据.xlsx!重点绩效评价结果!D7") {
		t.Fatalf("the bad cell is not named: %q", problems)
	}
	err = chromedp.Do(ctx,
		chromedp.SetUploadFiles(`#upload-workbook input[type=file]`, []string{good}),
		chromedp.Submit(`#upload-workbook`),
		chromedp.WaitVisible(`#message`),
	)
	if err != nil {
		t.Fatal(err)
	}
	if err := acrossReloads(ctx, 60*time.Second, func(left time.Duration) error {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('[data-status="1"]') && document.querySelector('[data-status="1"]').textContent === "已是最新"`, chromedp.WithPollingTimeout(left)))
		return err
	}); err != nil {
		t.Fatalf("the build never finished on the page: %v", err)
	}
	var pdfHead string
	if err := acrossReloads(ctx, 20*time.Second, func(time.Duration) (err error) {
		pdfHead, err = chromedp.Run(ctx, chromedp.Evaluate[string](`fetch("/jobs/1/files/pdf").then(r => r.arrayBuffer()).then(b => String.fromCharCode(...new Uint8Array(b).slice(0, 5)))`, chromedp.EvalAwaitPromise))
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if pdfHead != "%PDF-" {
		t.Errorf("the downloaded PDF begins %q", pdfHead)
	}
	if *update {
		// The page reloads itself once its build is done; a navigation
		// at that moment is aborted, and tried again.
		var err error
		for range 5 {
			if err = chromedp.Do(ctx, chromedp.Navigate(sj.srv.URL+"/jobs/1")); err == nil {
				_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll(".pages svg").length > 0`, chromedp.WithPollingTimeout(10*time.Second)))
			}
			if err == nil {
				break
			}
			time.Sleep(300 * time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("testdata/serve.png", shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// browse starts a headless Chromium with its profile in dir, for at most
// 90 seconds of the test.
func browse(t *testing.T, exe, dir string) context.Context {
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.WindowSize(1366, 768),
		chromedp.Flag("headless", "new"), chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(filepath.Join(dir, "profile")))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(alloc)
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancel(); cancelBrowser(); cancelAlloc() })
	return ctx
}

// TestServeStatusInARealBrowser watches a job's page while its build waits
// for another, runs, and ends, and the index once the workbook is saved:
// the page says 排队中, 正在生成, 已是最新 and 输入已更改，等待生成 as each
// becomes true, without the clerk reloading it.
func TestServeStatusInARealBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromium(t)
	sj := serveJob(t, nil)
	held := holdBuilds(t, sj.s)
	sv := sj.s.jobs[0]
	sj.s.set(sv.Path, func(sv *served) { sv.Status = statusFresh })
	ctx := browse(t, exe, t.TempDir())
	shows := func(status string) {
		t.Helper()
		if err := acrossReloads(ctx, 30*time.Second, func(left time.Duration) error {
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](`(document.querySelector('[data-status="1"]') || {}).textContent === "`+status+`"`, chromedp.WithPollingTimeout(left)))
			return err
		}); err != nil {
			t.Fatalf("the page never said %s: %v", status, err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(sj.srv.URL+"/jobs/1"), chromedp.WaitVisible(`#rebuild`)); err != nil {
		t.Fatal(err)
	}
	shows(statusFresh)
	giveTurn := holdTurn(t, sv) // another build has the job
	if err := chromedp.Do(ctx, chromedp.Click(`#rebuild`)); err != nil {
		t.Fatal(err)
	}
	shows(statusQueued)
	giveTurn()
	held.next(t)
	shows(statusBuilding)
	held.release <- struct{}{}
	shows(statusFresh)
	raw, _ := os.ReadFile(sj.input)
	os.WriteFile(sj.input, append(raw, 0), 0o644)
	if err := chromedp.Do(ctx, chromedp.Navigate(sj.srv.URL+"/")); err != nil {
		t.Fatal(err)
	}
	shows(statusStale)
}

// acrossReloads runs step until it succeeds or within has passed. The page
// reloads itself when a build ends; a script running at that moment loses
// its context and fails, which is no failure of the page, so it is run again.
func acrossReloads(ctx context.Context, within time.Duration, step func(left time.Duration) error) error {
	deadline := time.Now().Add(within)
	for {
		err := step(time.Until(deadline))
		if err == nil || ctx.Err() != nil || time.Until(deadline) <= 0 {
			return err
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestServeOFDSwitchInARealBrowser presses the page's OFD switch on and
// off: the page links the OFD once the build ends, then no longer links
// it and says the old one is left.
func TestServeOFDSwitchInARealBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromium(t)
	sj := serveJob(t, nil)
	ctx := browse(t, exe, t.TempDir())
	until := func(what, js string) {
		t.Helper()
		if err := acrossReloads(ctx, 60*time.Second, func(left time.Duration) error {
			_, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(left)))
			return err
		}); err != nil {
			t.Fatalf("the page never %s: %v", what, err)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(sj.srv.URL+"/jobs/1"), chromedp.WaitVisible(`#ofd-switch`), chromedp.Submit(`#ofd-switch`)); err != nil {
		t.Fatal(err)
	}
	until("linked the OFD", `!!document.querySelector('a[href="/jobs/1/files/ofd"]') && document.body.dataset.waiting !== "1"`)
	if err := chromedp.Do(ctx, chromedp.Submit(`#ofd-switch`)); err != nil {
		t.Fatal(err)
	}
	until("said the old OFD is left", `!document.querySelector('a[href="/jobs/1/files/ofd"]') && !!document.querySelector('#ofd-stale') && document.body.dataset.waiting !== "1"`)
}
