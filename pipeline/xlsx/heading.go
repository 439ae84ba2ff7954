package xlsx

import (
	"fmt"
	"regexp"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"

	"github.com/xuri/excelize/v2"
)

// headingRow is the template's row for a table's section headings: the
// row right above the marked row whose one cell, merged across the table
// as the bureau's workbook has it, holds {{.分组}} (一、项目绩效评价 is
// {{.序号}}{{.分组}}). Each heading row is printed in its shape, one merged
// cell in its styles; data rows keep the marked row's. Without it a
// heading fills the marked row's cells, its number under 序号.
type headingRow struct {
	row, from, to int
	text          string
	// styles are the row's cell styles, from..to, read when filling.
	styles []int
}

var anyTag = regexp.MustCompile(`\{\{.*?\}\}`)

// readHeading takes the heading row from above the marked row, if the
// template has one. Its cell may name the heading text and the text and
// sequence columns of a heading row; anything else prints nothing there.
func (l *layout) readHeading(name string, f *excelize.File, rows [][]string) error {
	if l.markerRow < 2 || len(rows) < l.markerRow-1 {
		return nil
	}
	var h *headingRow
	for c, v := range rows[l.markerRow-2] {
		if !namesHeading(v) {
			continue
		}
		if h != nil {
			return fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行有两个单元格写着 {{.%s}}，分组标题的模板行只能有一个（跨整行合并的）单元格", name, l.sheet, l.markerRow-1, document.HeadingText)
		}
		h = &headingRow{row: l.markerRow - 1, from: c + 1, to: c + 1, text: v}
	}
	if h == nil {
		return nil
	}
	if !l.section.Table.SectionRows {
		return fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行是分组标题的模板行，但文档定义中的表格“%s”没有分组标题行：请在表格中写 section_rows: true", name, l.sheet, h.row, l.section.Table.Key)
	}
	for _, tg := range anyTag.FindAllString(h.text, -1) {
		m := fieldTag.FindStringSubmatch(tg)
		if m != nil && (m[1] == document.HeadingText || headingColumn(l.section.Table.Column(m[1]))) {
			continue
		}
		return fmt.Errorf("Excel 模板 %s：工作表“%s”单元格 %s 是分组标题的模板行，只能写 {{.%s}} 和文字、序号列（如 {{.序号}}），不能写 %s", name, l.sheet, cellName(h.from, h.row), document.HeadingText, tg)
	}
	merges, err := f.GetMergeCells(l.sheet)
	if err != nil {
		return err
	}
	for _, m := range merges {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, _, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		if c1 == h.from && r1 == h.row {
			h.to = c2
		}
	}
	// A heading cell that stops short of the marked row's columns prints
	// a broken row, as a Word heading row that is not merged across does.
	first := l.lastCol
	for c := range l.fields {
		first = min(first, c)
	}
	if h.from > first || h.to < l.lastCol {
		return fmt.Errorf("Excel 模板 %s：工作表“%s”第%d行是分组标题的模板行，须是一个跨整行合并的单元格（%s 到 %s），现在是 %s 到 %s，打印出来是一行残缺的表格；请选中这一行表格的全部单元格，点“合并后居中”或“合并单元格”", name, l.sheet, h.row, cellName(first, h.row), cellName(l.lastCol, h.row), cellName(h.from, h.row), cellName(h.to, h.row))
	}
	l.heading = h
	return nil
}

// namesHeading reports whether a cell's text prints the heading's text.
func namesHeading(v string) bool {
	for _, tg := range anyTag.FindAllString(v, -1) {
		if m := fieldTag.FindStringSubmatch(tg); m != nil && m[1] == document.HeadingText {
			return true
		}
	}
	return false
}

// headingColumn reports whether a heading row holds text in column c.
func headingColumn(c *definition.Column) bool {
	return c != nil && (c.Kind == definition.Text || c.Kind == definition.Sequence)
}

// takeHeading removes the heading template row before the rows are
// inserted, keeping its styles.
func (fl *filler) takeHeading(l *layout) error {
	h := l.heading
	for c := h.from; c <= h.to; c++ {
		s, err := fl.f.GetCellStyle(l.sheet, cellName(c, h.row))
		if err != nil {
			return err
		}
		h.styles = append(h.styles, s)
	}
	if err := fl.f.RemoveRow(l.sheet, h.row); err != nil {
		return err
	}
	l.markerRow--
	l.rows--
	l.moveTotals(-1, h.row)
	return nil
}

// printHeading writes a heading row at sheet row r as the template's
// heading row: its text in one cell merged over the row.
func (fl *filler) printHeading(l *layout, r int, row document.Row) error {
	h := l.heading
	tbl := l.section.Table
	text := anyTag.ReplaceAllStringFunc(h.text, func(tg string) string {
		key := fieldTag.FindStringSubmatch(tg)[1]
		if key == document.HeadingText {
			return row.Heading
		}
		return row.Cells[tbl.Index(tbl.Column(key))].Text
	})
	for i, s := range h.styles {
		if err := fl.f.SetCellStyle(l.sheet, cellName(h.from+i, r), cellName(h.from+i, r), s); err != nil {
			return err
		}
	}
	if err := fl.f.SetCellStr(l.sheet, cellName(h.from, r), text); err != nil {
		return err
	}
	if h.to > h.from {
		return fl.f.MergeCell(l.sheet, cellName(h.from, r), cellName(h.to, r))
	}
	return nil
}
