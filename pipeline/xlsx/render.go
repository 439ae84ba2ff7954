package xlsx

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"text/template"

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

type filler struct {
	f         *excelize.File
	statsRows int // the 统计 sheet's last row
	l         *layout
	data      *document.Data
	formulas  []formula
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

// Render fills the template with data and returns the workbook's bytes.
func (t *Template) Render(data *document.Data) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(t.raw))
	if err != nil {
		return nil, fmt.Errorf("Excel 模板 %s 无法打开：%v", t.name, err)
	}
	defer f.Close()
	l, err := findLayout(t.name, f)
	if err != nil {
		return nil, err
	}
	fl := &filler{f: f, l: l, data: data}
	steps := []func() error{fl.placeholders, fl.rows, fl.total, fl.statistics, fl.dimensions, fl.recalculateOnOpen}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("填写 Excel 模板 %s 出错：%w", t.name, err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return finish(buf.Bytes(), fl.formulas)
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
				if !strings.Contains(v, "{{") || sheet == fl.l.sheet && (r+1 == fl.l.markerRow || r+1 == fl.l.totalRow && c+1 == fl.l.totalCol) {
					continue
				}
				text, err := execute(v, fl.data)
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

func execute(src string, data *document.Data) (string, error) {
	t, errs := tmpl.Compile("cell", src, reflect.TypeFor[document.Data](), template.FuncMap{})
	if len(errs) > 0 {
		return "", errs[0]
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

// rows repeats the marked row once per project, with its styles. Row
// heights are left unset, so that Excel and LibreOffice fit each row to its
// wrapped text.
func (fl *filler) rows() error {
	f, l, sheet := fl.f, fl.l, fl.l.sheet
	rows := fl.data.Attachment.Rows
	n := len(rows)
	fl.first, fl.last = l.markerRow, l.markerRow+n-1
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
		if l.totalRow != 0 {
			l.totalRow--
		}
		fl.last = fl.first
		return nil
	case n > 1:
		if err := f.InsertRows(sheet, l.markerRow+1, n-1); err != nil {
			return err
		}
		if l.totalRow != 0 {
			l.totalRow += n - 1
		}
	}
	for c := 1; c <= l.lastCol; c++ {
		if err := f.SetCellStyle(sheet, cellName(c, fl.first), cellName(c, fl.last), styles[c]); err != nil {
			return err
		}
	}
	for i, row := range rows {
		r := fl.first + i
		// In column order: shared strings are numbered as they are first
		// written, and a map's order would change the bytes from run to run.
		for c := 1; c <= l.lastCol; c++ {
			if field, ok := l.fields[c]; ok {
				if err := fl.setField(cellName(c, r), row, field); err != nil {
					return err
				}
			}
		}
	}
	return fl.mergeAgencies()
}

func (fl *filler) setField(cell string, row document.Row, field string) error {
	f, sheet := fl.f, fl.l.sheet
	switch field {
	case "序号":
		return f.SetCellInt(sheet, cell, int64(row.Seq))
	case "金额":
		return f.SetCellDefault(sheet, cell, row.Amount.Decimal().String())
	case "评分":
		if !row.Score.Set {
			return f.SetCellStr(sheet, cell, "")
		}
		return f.SetCellDefault(sheet, cell, row.Score.Value.String())
	case "项目名称":
		return f.SetCellStr(sheet, cell, row.Name)
	case "单位":
		return f.SetCellStr(sheet, cell, row.Unit)
	case "等级":
		return f.SetCellStr(sheet, cell, row.Grade)
	case "评价机构":
		return f.SetCellStr(sheet, cell, row.Agency)
	}
	return fmt.Errorf("模板行中的 {{.%s}} 不能用在 Excel 表格中", field)
}

// mergeAgencies merges the 评价机构 cells of each block, as the input did.
func (fl *filler) mergeAgencies() error {
	col := fl.l.column("评价机构")
	if col == 0 {
		return nil
	}
	rows := fl.data.Attachment.Rows
	for i := 0; i < len(rows); i++ {
		if rows[i].AgencyMerge != document.Starts {
			continue
		}
		end := i
		for end+1 < len(rows) && rows[end+1].AgencyMerge == document.Continues {
			end++
		}
		if err := fl.f.MergeCell(fl.l.sheet, cellName(col, fl.first+i), cellName(col, fl.first+end)); err != nil {
			return err
		}
		i = end
	}
	return nil
}

// total writes the 合计 as a live sum that also carries its value.
func (fl *filler) total() error {
	if fl.l.totalRow == 0 {
		return nil
	}
	amount := colName(fl.l.column("金额"))
	text := fmt.Sprintf("SUM(%s%d:%s%d)", amount, fl.first, amount, fl.last)
	cell := cellName(fl.l.totalCol, fl.l.totalRow)
	if len(fl.data.Attachment.Rows) == 0 {
		return fl.f.SetCellInt(fl.l.sheet, cell, 0)
	}
	return fl.setFormula(fl.l.sheet, cell, text, fl.data.Attachment.Total.Decimal().String())
}

func (fl *filler) setFormula(sheet, cell, text, value string) error {
	if err := fl.f.SetCellFormula(sheet, cell, text); err != nil {
		return err
	}
	fl.formulas = append(fl.formulas, formula{text, value})
	return nil
}

// dimensions records each sheet's used range, which excelize leaves as the
// template had it; openpyxl's read-only mode reads only that far. The range
// is known from the filling, so the sheets need not be read again.
func (fl *filler) dimensions() error {
	rows := fl.l.rows + max(len(fl.data.Attachment.Rows), 1) - 1
	if err := fl.f.SetSheetDimension(fl.l.sheet, "A1:"+cellName(max(fl.l.cols, fl.l.lastCol, 1), max(rows, 1))); err != nil {
		return err
	}
	return fl.f.SetSheetDimension(statsSheet, "A1:"+cellName(statsCols, max(fl.statsRows, 1)))
}

func (fl *filler) recalculateOnOpen() error {
	on := true
	return fl.f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &on})
}
