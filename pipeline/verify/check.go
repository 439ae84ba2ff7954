package verify

import (
	"fmt"

	"jixiao/pipeline/facts"
	"jixiao/pipeline/fault"
	"jixiao/pipeline/output"
)

// File is one output to check: its name, and its writer's reader
// (output.ReadBacker), which reads the file back from its bytes. A test or
// tool that changes a file's bytes hands the reader of the changed bytes.
type File struct {
	Name   string
	Output output.ReadBacker
}

// Every reading (output.Reading) has the whole text, in which no template
// mark or punctuation debris may stand. What else a reading can say, it
// says through the interfaces below, in package output's terms; the check
// asks each reading for what it has, and names no format.

// Running is a reading whose text runs as the document does: every placed
// figure is found in it, in order, after the template's text before it.
// White space does not count; page furniture (page numbers) is left out.
type Running interface {
	Running() string
}

// Tabled is a reading of the document's top-level tables, in order: each
// table a section's rows were placed in has as many body rows.
type Tabled interface {
	Tables() []output.Table
}

// Workbook is a reading of cells by sheet, with where the writer put each
// figure of its printed tables: each is in its cell.
type Workbook interface {
	Sheet(name string) [][]string
	Cells() []output.Cell
}

// Placer is the reading of the output whose template placed the figures
// (the Word document): the figures every output is checked for.
type Placer interface {
	Placements() []output.Placement
}

// CheckFiles compares the outputs with the facts. The outputs are read
// back side by side, then checked side by side; an output that cannot be
// read back is a mismatch too: nothing unchecked is published.
func CheckFiles(f *facts.File, files []File) error {
	var ms []Mismatch
	for _, c := range f.Checks {
		if !c.OK {
			ms = append(ms, Mismatch{Output: "计算", Want: c.What + "不成立：" + c.Detail})
		}
	}
	readings := make([]output.Reading, len(files))
	found := make([][]Mismatch, len(files))
	var g fault.Group
	for i, file := range files {
		g.Go(func() {
			r, err := file.Output.ReadBack()
			if err != nil {
				found[i] = []Mismatch{{Output: file.Name, Want: fmt.Sprintf("核对时无法读取：%v", err)}}
				return
			}
			readings[i] = r
		})
	}
	g.Wait()
	var placed []output.Placement
	var want []expected
	for i, r := range readings {
		if p, ok := r.(Placer); ok {
			var wrong []Mismatch
			placed = p.Placements()
			want, wrong = placements(f, placed, files[i].Name)
			ms = append(ms, wrong...)
			break
		}
	}
	for i, r := range readings {
		if r != nil {
			g.Go(func() { found[i] = check(f, r, placed, want, files[i].Name) })
		}
	}
	g.Wait()
	for i := range found {
		ms = append(ms, found[i]...)
	}
	if len(ms) > 0 {
		return &Error{Mismatches: ms}
	}
	return nil
}

// check is everything one reading can be checked for.
func check(f *facts.File, r output.Reading, placed []output.Placement, want []expected, name string) []Mismatch {
	ms := leftovers(r.Text(), placed, name)
	if run, ok := r.(Running); ok {
		ms = append(ms, align(want, squash(run.Running()), name)...)
	}
	if t, ok := r.(Tabled); ok {
		ms = append(ms, tableRows(f, placed, t.Tables(), name)...)
	}
	if w, ok := r.(Workbook); ok {
		ms = append(ms, checkCells(f, w, name)...)
	}
	return ms
}
