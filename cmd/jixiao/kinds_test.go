package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/verify"
)

// Every error kind has its exit code and its word on the page, also when a
// stage wraps it; an error no stage classified is a bug, not bad data.
func TestEachErrorKindHasItsCodeAndWord(t *testing.T) {
	stage := func(err error) error { return &runner.StageError{Stage: "输出", Err: err} }
	cases := []struct {
		err  error
		code int
		name string
		word string
	}{
		{&dataset.DataError{}, 1, "data", "数据有误"},
		{&job.Error{Path: "a.yaml", Msg: "x"}, 2, "job", "任务文件有误"},
		{&runner.DefinitionError{Err: errors.New("x")}, 2, "job", "任务文件有误"},
		{stage(&runner.TemplateError{Err: errors.New("填写 Excel 模板 附件模板.xlsx 出错")}), 2, "template", "模板有误"},
		{stage(&verify.Error{Mismatches: []verify.Mismatch{{Output: "a.pdf", Want: "x"}}}), 6, "mismatch", "核对不一致"},
		{&mismatchError{[]string{"out/a.docx"}}, 6, "mismatch", "核对不一致"},
		{&publish.Error{Op: "写入", Path: "out", Err: os.ErrPermission}, 4, "io", "读写文件失败"},
		{&fileError{"jobs/a.yaml", os.ErrPermission}, 4, "io", "读写文件失败"},
		{fmt.Errorf("lock: %w", &publish.BusyError{Dir: "out"}), 5, "busy", "输出目录被占用"},
		{&runner.InternalError{Job: "a.yaml", Value: "boom"}, 7, "internal", "程序内部错误"},
		{stage(errors.New("fpdf: something unforeseen")), 7, "internal", "程序内部错误"},
	}
	for _, c := range cases {
		k := kindOf(c.err)
		if k.code() != c.code || k.String() != c.name || statusWord(c.err) != c.word || exitCode(c.err) != c.code {
			t.Errorf("%T %v: code %d, kind %q, word %q; want %d %q %q", c.err, c.err, k.code(), k, statusWord(c.err), c.code, c.name, c.word)
		}
	}
	if kindOf(nil).code() != exitOK {
		t.Error("nil is not ok")
	}
}

// Every failure kind's word is styled as a failure on the page.
func TestThePageStylesEveryFailureWord(t *testing.T) {
	css, err := os.ReadFile("web/head.html")
	if err != nil {
		t.Fatal(err)
	}
	for k := kindData; k <= kindInternal; k++ {
		if !strings.Contains(string(css), ".s-"+k.word()) {
			t.Errorf("web/head.html does not style %s", k.word())
		}
	}
}

// The README's exit-code table lists each code the kinds give.
func TestTheReadmeListsEveryExitCode(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for k := kindData; k <= kindInternal; k++ {
		if !strings.Contains(string(readme), fmt.Sprintf("\n| %d | ", k.code())) {
			t.Errorf("README's exit-code table lacks %d (%s)", k.code(), k)
		}
	}
}

// init's write failure is an I/O error, exit 4, naming the path.
func TestInitWriteFailureIsAnIOError(t *testing.T) {
	file := filepath.Join(t.TempDir(), "不是目录")
	os.WriteFile(file, nil, 0o644)
	dir := filepath.Join(file, "jobs")
	code, _, stderr := runCmd("init", "--county", "沁源县", "--year", "2024", dir)
	if code != exitIO || !strings.Contains(stderr, "无法写入 "+dir) {
		t.Errorf("exit %d, want %d\n%s", code, exitIO, stderr)
	}
}
