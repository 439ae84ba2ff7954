package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"jixiao/pipeline/wordmodel"
)

// rowMerges are the cells of the workbook's table, under its header, that
// one row's merge spans across some of its columns (合计 over A:C, 小计
// over A:B), as "row:text:columns", the row counted from the header's; a
// heading across the whole row is another check's.
func (b bureau) rowMerges() []string {
	var out []string
	width := len(b.rows[b.header-1])
	for _, m := range b.merges {
		from, to, _ := strings.Cut(m, ":")
		c1, r1, _ := excelize.CellNameToCoordinates(from)
		c2, r2, _ := excelize.CellNameToCoordinates(to)
		if r1 != r2 || r1 <= b.header || c2 == c1 || c2-c1+1 >= width {
			continue
		}
		text := ""
		if row := b.rows[r1-1]; c1 <= len(row) {
			text = displayed(row, len(row))[c1-1]
		}
		out = append(out, fmt.Sprintf("%d:%s:%d", r1-b.header, text, c2-c1+1))
	}
	slices.Sort(out)
	return out
}

// checkRowMerges compares the cells merged across columns under the header
// in the .docx table (gridSpan; the PDF is laid out from the same model)
// and the .xlsx attachment (merged ranges) with the workbook's.
func checkRowMerges(t *testing.T, b bureau, table *wordmodel.Table, xlsx []byte) {
	t.Helper()
	want := b.rowMerges()
	var doc []string
	for i, r := range table.Rows[1:] {
		for _, c := range r.Cells {
			if c.Span > 1 && c.Span < len(table.Widths) {
				doc = append(doc, fmt.Sprintf("%d:%s:%d", i+1, strings.TrimSpace(c.Text), c.Span))
			}
		}
	}
	slices.Sort(doc)
	if !slices.Equal(doc, want) {
		t.Errorf(".docx: cells merged across columns %q, the workbook %q", doc, want)
	}
	f, err := excelize.OpenReader(bytes.NewReader(xlsx))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	rows, _ := f.GetRows(sheet)
	header := slices.IndexFunc(rows, func(r []string) bool {
		return len(r) > 1 && r[0] == table.Rows[0].Cells[0].Text && r[1] == table.Rows[0].Cells[1].Text
	}) + 1
	merges, _ := f.GetMergeCells(sheet)
	var got []string
	for _, m := range merges {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if r1 == r2 && r1 > header && c2 > c1 && c2-c1+1 < len(table.Widths) {
			got = append(got, fmt.Sprintf("%d:%s:%d", r1-header, m.GetCellValue(), c2-c1+1))
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf(".xlsx: cells merged across columns %q, the workbook %q", got, want)
	}
}
