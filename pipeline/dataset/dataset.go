package dataset

import (
	"jixiao/pipeline/definition"
	"jixiao/pipeline/money"

	"github.com/shopspring/decimal"
)

// Dataset is the whole input: one Table per table the definition declares,
// in the definition's order.
type Dataset struct {
	Source string // the file or folder, as named in messages
	Def    *definition.Definition
	Tables []*Table
}

// Table returns the table read for the declared table d, or nil.
func (ds *Dataset) Table(d *definition.Table) *Table {
	for _, t := range ds.Tables {
		if t.Def == d {
			return t
		}
	}
	return nil
}

// Table is one sheet's data as its definition types it.
type Table struct {
	Def   *definition.Table
	Sheet CellRef // File and Sheet only
	// Columns are where each declared column was found, in the
	// definition's order; Col 0 for a column the sheet does not have.
	Columns []Found
	// HeaderRow is the header's row; FirstRow and LastRow bound the data
	// rows (1-based), for formulas.
	HeaderRow, FirstRow, LastRow int
	// Count is the number of data rows, headings not counted.
	Count int
	// Rows are the rows, headings included, where Def.KeepRows; nil otherwise.
	Rows []*Row
	// Stated are the total row's values, by column; nil without a total row.
	Stated []Value
	// StatedRow is the total row's reference.
	StatedRow CellRef
	// StatedAbove says the total row stands above the data, just under
	// the header, where the printed table has it too.
	StatedAbove bool
	// Note is the note under the table (注：…, 说明：…), its lines joined
	// by newlines; "" without one.
	Note string
}

// Found is where a declared column is, and what its header said.
type Found struct {
	Col    int    // 1-based; 0 when absent
	Header string // the header's text as written
	// Unit is the unit an amount column was written in.
	Unit money.Unit
	// Format is the number format the workbook shows a sum of an amount
	// column in: the total row's own cell's where the total states the
	// amount, else the data rows' (the last row's); for a CSV file, the
	// decimals and grouping the numbers are written with (#,##0.00). ""
	// where nothing says.
	Format string
}

// Row is one data row, one heading row (一、项目绩效评价) of a table
// with section rows, or one subtotal row closing a section.
type Row struct {
	Ref CellRef // Col 0
	// Heading is the heading's text on a heading row; "" on a data row.
	Heading string
	// Subtotal is the label of a subtotal row as written (小计, 本类小计);
	// its amounts are the section's sums as computed, never as the
	// workbook states them, and its other cells are as written.
	Subtotal string
	// LabelSpan is how many columns a subtotal row's label covers, from
	// its own, where the workbook merges it across them; 0 for one cell.
	LabelSpan int
	// Group numbers the headings from 1; rows before the first heading are 0.
	Group int
	// Seq is the row's number within its group, from 1; 0 on a heading.
	Seq    int
	Values []Value // by column, in the definition's order
}

// Value is one cell, typed by its column's kind.
type Value struct {
	Ref   CellRef
	Blank bool
	// Text is the cell's text as written (trimmed); for every kind.
	Text string
	// Amount is an amount's value, in 万元.
	Amount money.Amount
	// Number is a score's or an integer's value, and an amount's in the
	// unit it was written in.
	Number decimal.Decimal
	// Grade is the index of a grade in its scale; -1 where there is none.
	Grade int
	// GradeComputed says the grade came from the score, not the cell.
	GradeComputed bool
	// Display is the number as the workbook shows it (2059, 162.00,
	// 2,272.47); "" where the format is not known, as in CSV.
	Display string
	// Format is the number format code Display came from (0.00"万元",
	// 会计专用 …), for the Excel attachment to show the cell so too.
	Format string
	// Block numbers the vertical merge the cell belongs to: cells of one
	// block share it. Only merge columns set it.
	Block int
}

// Data reports whether the row is a data row: no heading, no subtotal.
func (r *Row) Data() bool { return r.Heading == "" && r.Subtotal == "" }

// RowSink receives each data row of a table as ingest reads it, so that
// figures can be tallied without keeping the rows.
type RowSink interface {
	Add(t *Table, r *Row)
}
