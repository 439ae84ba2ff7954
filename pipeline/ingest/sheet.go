package ingest

import (
	"github.com/xuri/excelize/v2"
)

// rowSource streams one sheet's rows as raw text, top to bottom. The
// workbook and CSV readers implement it; the checks in section.go see only
// this, and only this file and workbook.go know excelize.
type rowSource interface {
	// next returns the next row's number and cells, or ok=false at the end.
	next() (row int, cells []string, ok bool, err error)
	// merges lists the merged ranges.
	merges() []span
	// formula returns the formula of a cell, "" when it has none.
	formula(col, row int) string
	// blankContinuesAbove reports whether a blank 评价机构 cell continues
	// the block above: true where the format has no merged cells (CSV),
	// which is how the published table reads when saved as CSV.
	blankContinuesAbove() bool
	close()
}

// span is a merged range, 1-based and inclusive.
type span struct {
	top, left, bottom, right int
}

// xlsxSheet is a worksheet of an open workbook.
type xlsxSheet struct {
	f     *excelize.File
	name  string
	rows  *excelize.Rows
	row   int
	spans []span
}

func openSheet(f *excelize.File, sheet string, spans []span) (*xlsxSheet, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	return &xlsxSheet{f: f, name: sheet, rows: rows, spans: spans}, nil
}

func (s *xlsxSheet) next() (row int, cells []string, ok bool, err error) {
	if !s.rows.Next() {
		return 0, nil, false, s.rows.Error()
	}
	s.row++
	cells, err = s.rows.Columns(excelize.Options{RawCellValue: true})
	return s.row, cells, true, err
}

func (s *xlsxSheet) merges() []span { return s.spans }

// formula is asked only about blank cells, so the cost of loading the sheet
// is paid only when a clerk's workbook has an uncalculated formula.
func (s *xlsxSheet) formula(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return ""
	}
	f, _ := s.f.GetCellFormula(s.name, name)
	return f
}

func (s *xlsxSheet) close()                    { s.rows.Close() }
func (s *xlsxSheet) blankContinuesAbove() bool { return false }
