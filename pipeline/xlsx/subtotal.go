package xlsx

import (
	"fmt"
	"slices"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
)

// A section's subtotal row prints through the marked row like a data row;
// its amounts are then made live SUBTOTAL(9,…) formulas over the section's
// rows, and the table's total a SUBTOTAL over all of them, which Excel and
// LibreOffice compute leaving the subtotals out: a SUM would count every
// amount twice. A label the bureau's workbook merges across columns (小计
// over 序号 and 名称) is merged across the same columns, where the marked
// row has them side by side.

// subtotals writes each subtotal row's amounts as formulas over the rows
// of the section it closes; an empty section's stays the 0 it printed.
func (fl *filler) subtotals(ft *filled) error {
	rows, start := ft.sec.Rows, 0
	for i, row := range rows {
		if row.Heading != "" {
			start = i + 1
			continue
		}
		if row.Subtotal == "" {
			continue
		}
		for _, col := range ft.l.fieldCols() {
			c := row.Cells[ft.l.fields[col]]
			if c.Column.Kind != definition.Amount || !c.Money.Set || i == start {
				continue
			}
			text := fmt.Sprintf("SUBTOTAL(9,%s%d:%s%d)", colName(col), ft.first+start, colName(col), ft.first+i-1)
			if err := fl.setFormula(ft.l.sheet, cellName(col, ft.first+i), text, c.Money.Value().String()); err != nil {
				return err
			}
		}
		start = i + 1
	}
	return nil
}

// sumFunction is the total's function: SUBTOTAL(9, where the table's
// rows hold subtotals, SUM( otherwise.
func sumFunction(sec *document.Section) string {
	if slices.ContainsFunc(sec.Rows, func(r document.Row) bool { return r.Subtotal != "" }) {
		return "SUBTOTAL(9,"
	}
	return "SUM("
}

// mergeLabel merges a subtotal row's label, at sheet row r, across the
// columns the workbook merges it over (document.Row.LabelSpan), when the
// marked row holds those columns side by side, in order.
func (fl *filler) mergeLabel(l *layout, r int, row document.Row) error {
	if row.Subtotal == "" || row.LabelSpan < 2 {
		return nil
	}
	cols := l.fieldCols()
	for k, col := range cols {
		i := l.fields[col]
		if c := row.Cells[i]; c.Text == "" || c.Column.Kind != definition.Text && c.Column.Kind != definition.Sequence {
			continue
		}
		for m := 1; m < row.LabelSpan; m++ {
			if k+m >= len(cols) || cols[k+m] != col+m || l.fields[cols[k+m]] != i+m {
				return nil
			}
		}
		return fl.f.MergeCell(l.sheet, cellName(col, r), cellName(col+row.LabelSpan-1, r))
	}
	return nil
}
