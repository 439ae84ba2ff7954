package runner

import (
	"fmt"
	"os"
	"path/filepath"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/docx"
	"jixiao/pipeline/job"
	"jixiao/pipeline/layout"
	"jixiao/pipeline/ofd"
	"jixiao/pipeline/output"
	"jixiao/pipeline/pdf"
	"jixiao/pipeline/verify"
	"jixiao/pipeline/xlsx"
)

// Writers are the published formats, in the order they are published,
// listed in the manifest and offered on the page (package output). A
// build renders, checks and publishes each; adding a format is a package
// with an output.Writer and one line here.
var Writers = []output.Writer{
	docx.Writer{},
	xlsx.Writer{},
	pdf.Writer{Layout: pdfLayoutOf},
	ofd.Writer{Layout: pdfLayoutOf},
}

// WritersFor are the writers of Writers that j publishes: a writer that
// says what it Wants (the OFD copy, only with ofd: true) is left out of a
// job that does not ask for it.
func WritersFor(j *job.Job) []output.Writer {
	var ws []output.Writer
	for _, w := range Writers {
		if o, ok := w.(interface{ Wants(*job.Job) bool }); ok && !o.Wants(j) {
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// unwanted warns of a file in j's output folder that a writer j does not
// want made on an earlier build (an OFD copy from when the job said ofd:
// true): this build neither replaces nor lists it, so it may no longer
// say what the other files say.
func unwanted(j *job.Job, problems *dataset.Problems) {
	for _, w := range Writers {
		o, ok := w.(interface{ Wants(*job.Job) bool })
		if !ok || o.Wants(j) {
			continue
		}
		if _, err := os.Stat(filepath.Join(j.Output, w.Name(j))); err == nil {
			problems.Warn(dataset.CellRef{File: w.Name(j)}, fmt.Sprintf("输出目录中的 %s 是以前生成的%s文件；任务文件现在不要求生成它，本次没有更新，内容可能已过时，请删除或在任务文件中重新打开", w.Name(j), w.Format().Label))
		}
	}
}

// pdfLayoutOf is the PDF's preset and fonts for j, and the line naming
// the fonts.
func pdfLayoutOf(j *job.Job) (*layout.Preset, layout.FontSet, string, error) {
	l, err := loadPDFLayout(j)
	if err != nil {
		return nil, layout.FontSet{}, "", err
	}
	return l.preset, l.fonts, fontLine(l), nil
}

// checked is each writer's file, named, with its writer's reader.
func (s *state) checked() []verify.File {
	files := make([]verify.File, len(s.rendered))
	for i, r := range s.rendered {
		files[i] = verify.File{Name: s.writers[i].Name(s.j), Output: r.Check}
	}
	return files
}

// placements fills the document the Fills writer makes and returns what
// its template placed.
func (s *state) placements() ([]docx.Placement, error) {
	for i, w := range s.writers {
		if w.Source() != output.Fills {
			continue
		}
		r, err := s.forms[i].Render(&output.Input{Data: s.data})
		if err != nil {
			return nil, err
		}
		read, err := r.Check.ReadBack()
		if err != nil {
			return nil, err
		}
		if p, ok := read.(verify.Placer); ok {
			return p.Placements(), nil
		}
	}
	return nil, nil
}
