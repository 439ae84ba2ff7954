package ingest

import (
	"github.com/xuri/excelize/v2"
)

// sheetSource streams a sheet's rows as raw text, top to bottom. It is the
// only place the ingest stage touches excelize's row types.
type sheetSource struct {
	rows   *excelize.Rows
	row    int
	merges []span
}

// span is a merged range, 1-based and inclusive.
type span struct {
	top, left, bottom, right int
}

func openSheet(f *excelize.File, sheet string) (*sheetSource, error) {
	mcs, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, err
	}
	var merges []span
	for _, mc := range mcs {
		l, t, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		r, b, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 == nil && err2 == nil {
			merges = append(merges, span{t, l, b, r})
		}
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	return &sheetSource{rows: rows, merges: merges}, nil
}

// next returns the next row's number and cells, or ok=false at the end.
func (s *sheetSource) next() (row int, cells []string, ok bool, err error) {
	if !s.rows.Next() {
		return 0, nil, false, s.rows.Error()
	}
	s.row++
	cells, err = s.rows.Columns(excelize.Options{RawCellValue: true})
	return s.row, cells, true, err
}

func (s *sheetSource) close() { s.rows.Close() }
