package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"jixiao/pipeline/dataset"

	"github.com/xuri/excelize/v2"
)

// Annotate returns a copy of the workbook at path in which each problem's
// cell is filled red (yellow for a warning) and carries the message as a
// comment, so that a clerk can fix the sheet by looking at it. The file at
// path is only read.
func Annotate(path string, problems []dataset.Problem) ([]byte, error) {
	snap, err := Load(path)
	if err != nil {
		return nil, err
	}
	return AnnotateSnapshot(snap, problems)
}

// AnnotateSnapshot marks up the workbook a build read (Load), so that the
// cells marked are those the problems were found in.
func AnnotateSnapshot(snap *Snapshot, problems []dataset.Problem) ([]byte, error) {
	wb := snap.Workbook()
	if wb == nil {
		return nil, fmt.Errorf("标注只支持工作簿，不支持 CSV 文件")
	}
	f, err := openForEdit(wb, Options{})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	name := snap.Name()
	styles := map[[2]int]int{} // (original style, severity) → marked style
	comments := map[string][]string{}
	marked := map[string]bool{}
	var order []dataset.CellRef
	for _, p := range problems {
		at := p.At
		if at.File != name || at.Sheet == "" || at.Row == 0 {
			continue
		}
		if at.Col == 0 {
			at.Col = 1
		}
		cell, err := excelize.CoordinatesToCellName(at.Col, at.Row)
		if err != nil {
			continue
		}
		key := at.Sheet + "!" + cell
		if _, seen := comments[key]; !seen {
			order = append(order, at)
		}
		comments[key] = append(comments[key], p.Severity.String()+"："+p.Message)
		if marked[key] {
			continue // the first (most severe) problem of a cell sets its colour
		}
		marked[key] = true
		orig, _ := f.GetCellStyle(at.Sheet, cell)
		id, ok := styles[[2]int{orig, int(p.Severity)}]
		if !ok {
			id, err = markedStyle(f, orig, p.Severity)
			if err != nil {
				return nil, err
			}
			styles[[2]int{orig, int(p.Severity)}] = id
		}
		if err := f.SetCellStyle(at.Sheet, cell, cell, id); err != nil {
			return nil, err
		}
	}
	for _, at := range order {
		cell, _ := excelize.CoordinatesToCellName(at.Col, at.Row)
		text := strings.Join(comments[at.Sheet+"!"+cell], "\n")
		if err := f.AddComment(at.Sheet, excelize.Comment{Cell: cell, Author: "jixiao", Paragraph: []excelize.RichTextRun{{Text: text}}}); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// markedStyle copies a cell's style with a red (error) or yellow fill.
func markedStyle(f *excelize.File, orig int, sev dataset.Severity) (int, error) {
	st, err := f.GetStyle(orig)
	if err != nil || st == nil {
		st = &excelize.Style{}
	}
	color := "FF9999"
	if sev != dataset.Error {
		color = "FFF2A8"
	}
	st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
	return f.NewStyle(st)
}
