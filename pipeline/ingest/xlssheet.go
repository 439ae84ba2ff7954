package ingest

// biffRows is a sheet of a BIFF8 workbook as a rowSource: its decoded
// cells given row by row.
// biffMaxCols is the width of a BIFF8 sheet, A to IV.
const biffMaxCols = 256

type biffRows struct {
	sh      *biffSheet
	i       int
	padding int
}

func (b *biffBook) sheetNames() []string {
	out := make([]string, len(b.sheets))
	for i, s := range b.sheets {
		out[i] = s.name
	}
	return out
}

func (b *biffBook) hiddenSheet(name string) bool {
	for _, s := range b.sheets {
		if s.name == name {
			return s.hidden
		}
	}
	return false
}

func (b *biffBook) sheet(name string) (rowSource, error) {
	for _, s := range b.sheets {
		if s.name == name {
			return &biffRows{sh: s}, nil
		}
	}
	return nil, failf("没有工作表“%s”", name)
}

func (r *biffRows) next() (int, []string, []string, bool, error) {
	cells := r.sh.cells
	if r.i >= len(cells) {
		return 0, nil, nil, false, nil
	}
	row := cells[r.i].row
	var texts, formats []string
	for ; r.i < len(cells) && cells[r.i].row == row; r.i++ {
		c := cells[r.i]
		if c.col > biffMaxCols {
			return 0, nil, nil, false, locate(failf("单元格 %s 超出了 .xls 格式的最大列 IV，文件可能已损坏", ref(c.col, row)), row, 0)
		}
		if r.padding += c.col - 1 - len(texts); r.padding > maxPadding {
			return 0, nil, nil, false, locate(failf("工作表中的空单元格过多（到 %s 为止），可能是文件损坏或在很远的列中有数据", ref(c.col, row)), row, 0)
		}
		for len(texts) < c.col-1 {
			texts, formats = append(texts, ""), append(formats, "General")
		}
		texts, formats = append(texts, c.text), append(formats, c.fmt)
	}
	return row, texts, formats, true, nil
}

func (r *biffRows) merges() []span { return r.sh.spans }

func (r *biffRows) formula(int, int) string    { return "" }
func (r *biffRows) hiddenRow(row int) bool     { return r.sh.hiddenRows[row] }
func (r *biffRows) hiddenCols() ([]int, error) { return r.sh.hiddenCols, nil }
func (r *biffRows) filtered() bool             { return r.sh.filtered }
func (r *biffRows) close()                     {}
