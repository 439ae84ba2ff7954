package xlsx

import "fmt"

type numFmtKey struct {
	style  int
	format string
}

// cellFormat gives a cell printed as the workbook showed it the number
// format the workbook's cell had, where the column's style (the template's,
// the commonest of the column) has another: a column whose cells differ
// in format (one 约3.0 among 12.50万元) shows each as the clerk saw it,
// as the Word table does.
func (fl *filler) cellFormat(sheet, cell, format string) error {
	if format == "" || format == "General" {
		return nil
	}
	base, err := fl.f.GetCellStyle(sheet, cell)
	if err != nil {
		return fmt.Errorf("cellFormat %s!%s: %w", sheet, cell, err)
	}
	key := numFmtKey{base, format}
	id, ok := fl.numFmts[key]
	if !ok {
		st, err := fl.f.GetStyle(base)
		if err != nil {
			return fmt.Errorf("cellFormat %s!%s: %w", sheet, cell, err)
		}
		id = base
		if st.CustomNumFmt == nil || *st.CustomNumFmt != format {
			st.NumFmt, st.CustomNumFmt = 0, &format
			if id, err = fl.f.NewStyle(st); err != nil {
				return fmt.Errorf("cellFormat %s!%s: %w", sheet, cell, err)
			}
		}
		if fl.numFmts == nil {
			fl.numFmts = map[numFmtKey]int{}
		}
		fl.numFmts[key] = id
	}
	if id == base {
		return nil
	}
	return fl.f.SetCellStyle(sheet, cell, cell, id)
}
