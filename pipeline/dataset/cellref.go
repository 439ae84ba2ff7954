package dataset

import (
	"fmt"
	"strconv"
)

// CellRef names one cell of one sheet of one input file. Col and Row are
// 1-based; a zero Col names the whole row, a zero Row the whole sheet.
type CellRef struct {
	File  string
	Sheet string
	Col   int
	Row   int
}

// ColumnName turns 1 into A, 27 into AA.
func ColumnName(col int) string {
	name := ""
	for col > 0 {
		col--
		name = string(rune('A'+col%26)) + name
		col /= 26
	}
	return name
}

// String prints the reference as the clerk finds it in Excel: data.xlsx!绩效自评!D7.
func (c CellRef) String() string {
	s := c.File
	if c.Sheet != "" {
		s += "!" + c.Sheet
	}
	switch {
	case c.Row > 0 && c.Col > 0:
		s += "!" + ColumnName(c.Col) + strconv.Itoa(c.Row)
	case c.Row > 0:
		s += fmt.Sprintf("!第%d行", c.Row)
	}
	return s
}

// Cell returns the reference to column col of the same row.
func (c CellRef) Cell(col int) CellRef { c.Col = col; return c }

// Range prints the cells from c down to c's column in row lastRow, as a
// formula would name them: 绩效自评!C2:C1167.
func (c CellRef) Range(lastRow int) string {
	col := ColumnName(c.Col)
	sheet := c.Sheet
	if sheet == "" {
		sheet = c.File // a CSV file is its own sheet
	}
	return fmt.Sprintf("%s!%s%d:%s%d", sheet, col, c.Row, col, lastRow)
}

// WithRow returns the reference to row row of the same column.
func (c CellRef) WithRow(row int) CellRef { c.Row = row; return c }
