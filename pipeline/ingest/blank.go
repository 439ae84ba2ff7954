package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"jixiao/pipeline/dataset"
	"jixiao/pipeline/definition"

	"github.com/xuri/excelize/v2"
)

// blankRows is how far down the blank workbook's checks reach.
const blankRows = 5000

// Blank returns a new, empty input workbook for def: one sheet per table
// with its header row (each column's first header, an amount's unit added),
// frozen, and Excel data validation that stops most mistakes as they are
// typed: a grade drop-down, amounts of at least 0 and scores in their
// range, each with a hint in Chinese. sheets renames tables' sheets, as the
// job file's sheets key does.
func Blank(def *definition.Definition, sheets map[string]string) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", WrapText: true}})
	if err != nil {
		return nil, err
	}
	amountFmt, scoreFmt := "#,##0.00", "0.00"
	amount, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &amountFmt})
	score, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &scoreFmt})
	opt := Options{Sheets: sheets}
	for i, t := range def.Tables {
		sheet := opt.sheetOf(t)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sheet); err != nil {
				return nil, err
			}
		} else if _, err := f.NewSheet(sheet); err != nil {
			return nil, err
		}
		for c, col := range t.Columns {
			name := dataset.ColumnName(c + 1)
			if err := f.SetCellStr(sheet, name+"1", HeaderText(t, col)); err != nil {
				return nil, err
			}
			rng := fmt.Sprintf("%s2:%s%d", name, name, blankRows)
			if err := validate(f, sheet, col, rng); err != nil {
				return nil, err
			}
			switch col.Kind {
			case definition.Amount:
				f.SetColStyle(sheet, name, amount)
			case definition.Score:
				f.SetColStyle(sheet, name, score)
			}
			f.SetCellStyle(sheet, name+"1", name+"1", head)
			f.SetColWidth(sheet, name, name, columnWidth(col))
		}
		if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// HeaderText is the header a new workbook writes for a column: its first
// header, with the unit an amount is kept in.
func HeaderText(t *definition.Table, c *definition.Column) string {
	h := c.Headers[0]
	if c.Kind != definition.Amount {
		return h
	}
	if _, u := splitUnit(normalize(h)); u != 0 {
		return h
	}
	unit := c.Unit
	if unit == 0 {
		unit = t.Unit
	}
	if unit == 0 {
		return h
	}
	return h + "（" + unit.String() + "）"
}

func columnWidth(c *definition.Column) float64 {
	switch c.Kind {
	case definition.Sequence:
		return 6
	case definition.Amount:
		return 16
	case definition.Score, definition.Grade, definition.Integer, definition.Date:
		return 12
	}
	return 30
}

func validate(f *excelize.File, sheet string, c *definition.Column, rng string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(rng)
	switch c.Kind {
	case definition.Grade:
		names := c.Scale.Names()
		if err := dv.SetDropList(names); err != nil {
			return err
		}
		dv.SetInput(c.Label, fmt.Sprintf("请从下拉列表中选择：%s（%s）", strings.Join(names, "、"), bands(c.Scale)))
		dv.SetError(excelize.DataValidationErrorStyleStop, "等级不正确", "等级只能是 "+strings.Join(names, "、"))
	case definition.Amount:
		if err := dv.SetRange(0, 1e9, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetInput(c.Label, "请填写数字，不要带“万元”等文字")
		dv.SetError(excelize.DataValidationErrorStyleStop, "金额不正确", "金额应为不小于0的数字")
	case definition.Score:
		lo, hi := 0.0, 100.0
		if c.Min != nil {
			lo = c.Min.InexactFloat64()
		}
		if c.Max != nil {
			hi = c.Max.InexactFloat64()
		}
		if err := dv.SetRange(lo, hi, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetInput(c.Label, "请填写"+rangeText(c))
		dv.SetError(excelize.DataValidationErrorStyleStop, "评分不正确", "评分应为"+rangeText(c))
	default:
		return nil
	}
	return f.AddDataValidation(sheet, dv)
}
