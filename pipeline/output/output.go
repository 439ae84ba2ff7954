package output

import (
	"errors"
	"fmt"
	"jixiao/pipeline/opc"
	"os"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/job"
	"jixiao/pipeline/wordmodel"
)

// Writer is one published format.
type Writer interface {
	Format() Format
	// Source is what the writer renders from.
	Source() Source
	// Name is the output file's name for j.
	Name(j *job.Job) string
	// Load reads the writer's template for j and checks it against def,
	// adding what the clerk should know of it to notes.
	Load(j *job.Job, def *definition.Definition, notes *dataset.Problems) (Template, error)
}

// Format names a format to the clerk: Key in the page's links, Label on them.
type Format struct{ Key, Label string }

// Source is what a writer renders from.
type Source int

const (
	// Data writers render the document model alone, beside the chain.
	Data Source = iota
	// Fills is the writer whose filled document, read back, the Filled
	// writers lay out (Word). There is one.
	Fills
	// Filled writers lay out the document the Fills writer made.
	Filled
)

// Template is a writer's template, loaded for one job.
type Template interface {
	Render(in *Input) (*Rendered, error)
}

// Input is what a template renders.
type Input struct {
	Data *document.Data
	// Filled is the Fills writer's document, read back from its bytes; nil
	// for the Fills and Data writers.
	Filled *wordmodel.Document
	// Shared keeps what the writers of one build compute once for all of
	// them (the layout the PDF and the OFD copy draw); nil shares nothing.
	Shared *Shared
}

// Rendered is one output file, made in memory.
type Rendered struct {
	Data []byte
	// Warnings are what the clerk should know of the file (a line the PDF
	// had to break inside a word …), in Chinese.
	Warnings []string
	// Filled is the Fills writer's document read back, for the Filled
	// writers and the check.
	Filled *wordmodel.Document
	// Check reads the file back for the consistency check.
	Check ReadBacker
}

// ReadBacker reads an output back from its own bytes, with its format's
// own reader, so the check sees what the file says, not what the writer
// meant.
type ReadBacker interface {
	ReadBack() (Reading, error)
}

// Reading is an output read back. Every reading has the file's text, in
// reading order; package verify asks a reading for more through
// interfaces of its own.
type Reading interface {
	Text() string
}

// TemplateError is a template that cannot be used, or that the data
// cannot fill.
type TemplateError struct{ Err error }

func (e *TemplateError) Error() string { return e.Err.Error() }

func (e *TemplateError) Unwrap() error { return e.Err }

// Refused is err, a writer's layout refusing the document it was given
// (a blurred effect that would hide the text under it, a page reference
// it cannot settle), as the TemplateError it is: the clerk's template
// asks for what the file cannot show, not the program failing. nil stays
// nil; an error of a kind already is left as it is.
func Refused(err error) error {
	if err == nil || errors.As(err, new(*TemplateError)) {
		return err
	}
	return &TemplateError{Err: err}
}

// TemplateBytes reads the template at path, or returns the embedded
// default when path is empty; key is the job file's key that names it.
func TemplateBytes(path, key, defaultName string, embedded []byte) (string, []byte, error) {
	if path == "" {
		return "内置模板 " + defaultName, embedded, nil
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > MaxTemplateBytes {
		return "", nil, &TemplateError{fmt.Errorf("模板 %s 有 %d MB，超过 %d MB；模板通常只有几百 KB，请压缩其中的图片后另存", path, fi.Size()>>20, MaxTemplateBytes>>20)}
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", nil, &TemplateError{fmt.Errorf("模板文件 %s 不存在，请检查任务文件中的 %s", path, key)}
		}
		return "", nil, &TemplateError{fmt.Errorf("无法读取模板 %s：%w", path, err)}
	}
	// Before any reader unpacks a part: a crafted package must not take
	// the machine's memory first.
	if err := opc.CheckBounds(raw); err != nil {
		return "", nil, &TemplateError{fmt.Errorf("模板 %s：%w", path, err)}
	}
	return path, raw, nil
}

// MaxTemplateBytes is the largest template file read: a real one is a few
// hundred kilobytes, and every part of it is held in memory.
const MaxTemplateBytes = 64 << 20
