package xlsx

import (
	"bytes"
	"fmt"
	"strings"

	"jixiao/pipeline/definition"
	"jixiao/pipeline/document"
	"jixiao/pipeline/tmpl"

	"github.com/xuri/excelize/v2"
)

// formula is a formula cell and the value it computes, which excelize cannot
// store beside the formula and finish writes in afterwards.
type formula struct {
	text  string
	value string
}

// placed is a formula and the sheet it is on: two sheets' totals may read
// SUM(D4:D20) alike and differ in value.
type placed struct {
	sheet string
	formula
}

type filler struct {
	f         *excelize.File
	statsRows int // the 统计 sheet's last row
	statsCols int // and its last column
	ls        layouts
	tables    []*filled // by layout
	data      *document.Data
	view      any
	formulas  []placed
	// numFmts are the styles made for cells shown in a format not their
	// column's (cellformat.go), by the column's style and the format.
	numFmts map[numFmtKey]int
}

// filled is one table as it is filled.
type filled struct {
	l   *layout
	sec *document.Section // the section whose rows the table shows
	// first and last data rows of the table, after filling.
	first, last int
}

func cellName(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// Table says where the filled workbook keeps a table: the sheet, the
// first data row, and the sheet column of each table column (by its
// index in the definition; 0 where the template does not show it). The
// consistency check reads the cells there back.
type Table struct {
	Sheet    string
	FirstRow int
	Columns  []int
	Section  *document.Section
	// Totals are the cells of the column sums under the rows.
	Totals []Total
	// Heading is the column of a heading row's one merged cell; 0 where
	// headings fill the marked row's cells.
	Heading int
}

// Total is a column's sum in the filled workbook: its cell and figure.
type Total struct {
	Row, Col int
	Figure   *document.Figure
}

// Render fills the template with data and returns the workbook's bytes.
func (t *Template) Render(data *document.Data) ([]byte, error) {
	b, _, err := t.RenderTables(data)
	return b, err
}

// RenderTables is Render, and says where each table went, in sheet order.
func (t *Template) RenderTables(data *document.Data) ([]byte, []*Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(t.raw))
	if err != nil {
		return nil, nil, fmt.Errorf("Excel 模板 %s 无法打开：%v", t.name, err)
	}
	defer f.Close()
	ls, err := findLayouts(t.name, f, t.def)
	if err != nil {
		return nil, nil, err
	}
	fl := &filler{f: f, ls: ls, data: data, view: data.View()}
	for _, l := range ls {
		fl.tables = append(fl.tables, &filled{l: l, sec: data.Section(l.section.Key)})
	}
	steps := []func() error{fl.placeholders, fl.fillTables, fl.statistics, fl.dimensions, fl.recalculateOnOpen}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, nil, fmt.Errorf("填写 Excel 模板 %s 出错：%w", t.name, err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, nil, err
	}
	out, err := finish(buf.Bytes(), fl.formulas)
	var tables []*Table
	for _, ft := range fl.tables {
		l := ft.l
		tbl := &Table{Sheet: l.sheet, FirstRow: ft.first, Columns: make([]int, len(l.section.Table.Columns)), Section: ft.sec}
		for i, c := range l.section.Table.Columns {
			tbl.Columns[i] = l.column(c)
		}
		if l.heading != nil {
			tbl.Heading = l.heading.from
		}
		for _, t := range l.totals {
			tbl.Totals = append(tbl.Totals, Total{t.row, t.col, ft.sec.Figure(t.fig.Key)})
		}
		tables = append(tables, tbl)
	}
	return out, tables, err
}

// fillTables fills each table: its rows, then its total.
func (fl *filler) fillTables() error {
	for _, ft := range fl.tables {
		if err := fl.rows(ft); err != nil {
			return err
		}
		if err := fl.total(ft); err != nil {
			return err
		}
	}
	return nil
}

// placeholders fills every cell outside the table that holds {{…}} as text.
func (fl *filler) placeholders() error {
	for _, sheet := range fl.f.GetSheetList() {
		rows, err := fl.f.GetRows(sheet)
		if err != nil {
			return err
		}
		for r, row := range rows {
			for c, v := range row {
				if !strings.Contains(v, "{{") || fl.ls.inTable(sheet, r+1, c+1) {
					continue
				}
				text, err := execute(v, fl.data.Def, fl.view)
				if err != nil {
					return fmt.Errorf("工作表“%s”单元格 %s：%v", sheet, cellName(c+1, r+1), err)
				}
				if err := fl.f.SetCellStr(sheet, cellName(c+1, r+1), text); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func execute(src string, def *definition.Definition, view any) (string, error) {
	t, errs := tmpl.Compile("cell", src, document.TypeOf(def), tmpl.Helpers)
	if len(errs) > 0 {
		return "", errs[0]
	}
	var b strings.Builder
	if err := t.Execute(&b, view); err != nil {
		return "", err
	}
	return b.String(), nil
}

// rows repeats the marked row once per project, with its styles. Row
// heights are left unset, so that Excel and LibreOffice fit each row to its
// wrapped text.
func (fl *filler) rows(ft *filled) error {
	f, l, sheet := fl.f, ft.l, ft.l.sheet
	if l.heading != nil {
		if err := fl.takeHeading(l); err != nil {
			return err
		}
	}
	rows := ft.sec.Rows
	n := len(rows)
	ft.first, ft.last = l.markerRow, l.markerRow+n-1
	styles := map[int]int{}
	for c := 1; c <= l.lastCol; c++ {
		s, err := f.GetCellStyle(sheet, cellName(c, l.markerRow))
		if err != nil {
			return err
		}
		styles[c] = s
	}
	switch {
	case n == 0:
		if err := f.RemoveRow(sheet, l.markerRow); err != nil {
			return err
		}
		l.moveTotals(-1, l.markerRow)
		ft.last = ft.first
		return nil
	case n > 1:
		if err := f.InsertRows(sheet, l.markerRow+1, n-1); err != nil {
			return err
		}
		l.moveTotals(n-1, l.markerRow)
	}
	for c := 1; c <= l.lastCol; c++ {
		if err := f.SetCellStyle(sheet, cellName(c, ft.first), cellName(c, ft.last), styles[c]); err != nil {
			return err
		}
	}
	for i, row := range rows {
		r := ft.first + i
		if row.Heading != "" && l.heading != nil {
			if err := fl.printHeading(l, r, row); err != nil {
				return err
			}
			continue
		}
		// In column order: shared strings are numbered as they are first
		// written, and a map's order would change the bytes from run to run.
		for c := 1; c <= l.lastCol; c++ {
			if field, ok := l.fields[c]; ok {
				if err := fl.setField(sheet, cellName(c, r), row.Cells[field]); err != nil {
					return err
				}
			}
		}
		if err := fl.mergeLabel(l, r, row); err != nil {
			return err
		}
	}
	if err := fl.subtotals(ft); err != nil {
		return err
	}
	return fl.mergeBlocks(ft)
}

// setField writes one cell, typed: numbers as numbers at full precision,
// everything else as text.
func (fl *filler) setField(sheet, cell string, c document.Cell) error {
	f := fl.f
	switch c.Column.Kind {
	case definition.Sequence:
		if c.Seq > 0 {
			return f.SetCellInt(sheet, cell, int64(c.Seq))
		}
	case definition.Amount:
		if c.Money.Set {
			if c.Money.Decimals == definition.AsDisplayed && c.Money.Display != "" {
				if err := fl.cellFormat(sheet, cell, c.Money.Format); err != nil {
					return err
				}
			}
			return f.SetCellDefault(sheet, cell, c.Money.Value().String())
		}
		return f.SetCellStr(sheet, cell, c.Money.String()) // the workbook's mark for none (—), or empty
	case definition.Score, definition.Integer:
		if c.Number.Set {
			if c.Number.Decimals == definition.AsDisplayed && c.Number.Display != "" {
				if err := fl.cellFormat(sheet, cell, c.Number.Format); err != nil {
					return err
				}
			}
			return f.SetCellDefault(sheet, cell, c.Number.Value.String())
		}
		return f.SetCellStr(sheet, cell, c.Number.String())
	}
	return f.SetCellStr(sheet, cell, c.Text)
}

// mergeBlocks merges the cells of each vertical merge, as the input had them.
func (fl *filler) mergeBlocks(ft *filled) error {
	rows := ft.sec.Rows
	for _, col := range ft.l.fieldCols() {
		idx := ft.l.fields[col]
		if ft.l.section.Table.Columns[idx].Blank != definition.BlankMerge {
			continue
		}
		for i := 0; i < len(rows); i++ {
			if rows[i].Cells[idx].Merge != document.Starts {
				continue
			}
			end := i
			for end+1 < len(rows) && rows[end+1].Cells[idx].Merge == document.Continues {
				end++
			}
			if err := fl.f.MergeCell(ft.l.sheet, cellName(col, ft.first+i), cellName(col, ft.first+end)); err != nil {
				return err
			}
			i = end
		}
	}
	return nil
}

// total writes each column's sum under the rows as a live SUM that also
// carries its value, so that a clerk who edits a row sees every total move,
// not one of them.
func (fl *filler) total(ft *filled) error {
	l := ft.l
	for _, t := range l.totals {
		col := colName(l.column(t.fig.Of))
		text := fmt.Sprintf("%s%s%d:%s%d)", sumFunction(ft.sec), col, ft.first, col, ft.last)
		cell := cellName(t.col, t.row)
		var err error
		if len(ft.sec.Rows) == 0 {
			err = fl.f.SetCellInt(l.sheet, cell, 0)
		} else {
			err = fl.setFormula(l.sheet, cell, text, figureValue(ft.sec.Figure(t.fig.Key)))
		}
		if err != nil {
			return err
		}
		// A sum printed as the workbook shows it keeps the total row's own
		// format (¥ under rows in #,##0.00), as the Word table prints it.
		if m := ft.sec.Figure(t.fig.Key).Money; m.Decimals == definition.AsDisplayed && m.Display != "" {
			if err := fl.cellFormat(l.sheet, cell, m.Format); err != nil {
				return err
			}
		}
	}
	return nil
}

func (fl *filler) setFormula(sheet, cell, text, value string) error {
	if err := fl.f.SetCellFormula(sheet, cell, text); err != nil {
		return err
	}
	fl.formulas = append(fl.formulas, placed{sheet, formula{text, value}})
	return nil
}

// dimensions records each sheet's used range, which excelize leaves as the
// template had it; openpyxl's read-only mode reads only that far. The range
// is known from the filling, so the sheets need not be read again.
func (fl *filler) dimensions() error {
	for _, ft := range fl.tables {
		l := ft.l
		rows := l.rows + max(len(ft.sec.Rows), 1) - 1
		if err := fl.f.SetSheetDimension(l.sheet, "A1:"+cellName(max(l.cols, l.lastCol, 1), max(rows, 1))); err != nil {
			return err
		}
	}
	if idx, _ := fl.f.GetSheetIndex(statsSheet); idx < 0 {
		return nil
	}
	return fl.f.SetSheetDimension(statsSheet, "A1:"+cellName(max(fl.statsCols, 1), max(fl.statsRows, 1)))
}

func (fl *filler) recalculateOnOpen() error {
	on := true
	return fl.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &on})
}

// figureValue is a sum's value at full precision: an amount's in the unit
// the column prints in, a number's as it is.
func figureValue(f *document.Figure) string {
	if f.Def.Of != nil && f.Def.Of.Kind == definition.Amount {
		return f.Money.Value().String()
	}
	return f.Number.Value.String()
}
