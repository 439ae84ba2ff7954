package main

import (
	"errors"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/job"
	"jixiao/pipeline/publish"
	"jixiao/pipeline/runner"
	"jixiao/pipeline/verify"
)

// kind is what sort of failure an error is. Every error a command reports
// is of one kind, found by its type in kindOf; the exit code, the word the
// web page shows and the kind --json carries all follow from it, here and
// nowhere else.
type kind int

const (
	kindNone     kind = iota
	kindData          // bad cells: *dataset.DataError
	kindUsage         // a wrong command line
	kindJob           // the job file or the document definition: *job.Error, *runner.DefinitionError
	kindTemplate      // the Word or Excel template, or filling it: *runner.TemplateError
	kindMismatch      // the outputs disagree with the facts: *verify.Error, or build --verify differences
	kindIO            // a file could not be read or written: *publish.Error, *fileError
	kindBusy          // another run held the output folder: *publish.BusyError
	kindInternal      // a bug: a recovered panic (*runner.InternalError), or an error no stage classified
)

// kinds gives each kind its exit code, its name in --json and its word on
// the web page. The codes 0–5 predate the kinds and stay as they were.
var kinds = [...]struct {
	code       int
	name, word string
}{
	kindNone:     {exitOK, "", ""},
	kindData:     {exitData, "data", "数据有误"},
	kindUsage:    {exitUsage, "usage", "用法错误"},
	kindJob:      {exitUsage, "job", "任务文件有误"},
	kindTemplate: {exitUsage, "template", "模板有误"},
	kindMismatch: {exitMismatch, "mismatch", "核对不一致"},
	kindIO:       {exitIO, "io", "读写文件失败"},
	kindBusy:     {exitBusy, "busy", "输出目录被占用"},
	kindInternal: {exitInternal, "internal", "程序内部错误"},
}

func (k kind) code() int      { return kinds[k].code }
func (k kind) String() string { return kinds[k].name }

// word is the kind's status word on the web page.
func (k kind) word() string { return kinds[k].word }

// fileError is a file a command itself could not write (init's job file
// and workbook); the build's own writes are *publish.Error.
type fileError struct {
	path string
	err  error
}

func (e *fileError) Error() string {
	return "无法写入 " + e.path + "：" + publish.Explain(e.err)
}

func (e *fileError) Unwrap() error { return e.err }

// mismatchError is build --verify's finding: files on disk that differ from
// what the build makes now.
type mismatchError struct{ files []string }

func (e *mismatchError) Error() string {
	return "以下文件与重新生成的结果不同：" + strings.Join(e.files, "、")
}

// kindOf classifies err; the order matters where one error wraps another.
func kindOf(err error) kind {
	switch {
	case err == nil:
		return kindNone
	case errors.As(err, new(*runner.InternalError)):
		return kindInternal
	case publish.IsBusy(err):
		return kindBusy
	case errors.As(err, new(*dataset.DataError)):
		return kindData
	case errors.As(err, new(*verify.Error)), errors.As(err, new(*mismatchError)):
		return kindMismatch
	case errors.As(err, new(*runner.TemplateError)):
		return kindTemplate
	case errors.As(err, new(*job.Error)), errors.As(err, new(*runner.DefinitionError)):
		return kindJob
	case errors.As(err, new(*publish.Error)), errors.As(err, new(*fileError)):
		return kindIO
	}
	return kindInternal
}

// exitCode is the exit code of a command that failed with err.
func exitCode(err error) int { return kindOf(err).code() }

// statusWord is the web page's word for a job that failed with err.
func statusWord(err error) string { return kindOf(err).word() }
