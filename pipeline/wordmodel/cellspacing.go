package wordmodel

import (
	"strconv"

	"jixiao/pipeline/wordxml"
)

// Cell spacing (单元格间距, w:tblCellSpacing: 表格属性 › 选项 › 允许调整单元格
// 间距) sets a table's cells apart, each in its own lines within the
// table's outer ones. The table's w:tblPr sets it for all its rows; a
// row's w:trPr, or its w:tblPrEx (what Word writes for a row set apart
// from its table), for that row. Word writes it in twips (w:type="dxa");
// one in another unit (pct, auto, nil) is none, as Word takes it
// (MS-OI29500 2.1.152-154).

// cellSpacing is the spacing the properties props set, pt; -1 for none
// set, 0 for none.
func cellSpacing(props string) float64 {
	i := next(props, "w:tblCellSpacing", 0)
	if i < 0 {
		return -1
	}
	tag := tagOf(props[i:])
	if t := attr(tag, "w:type"); t != "" && t != "dxa" {
		return 0
	}
	twips, _ := strconv.Atoi(attr(tag, "w:w"))
	return float64(max(twips, 0)) / 20
}

// rowSpacing is the cell spacing of the row tr of a table whose own is
// table (-1 for none set): its w:trPr's, else its w:tblPrEx's, else the
// table's, pt.
func rowSpacing(tr string, table float64) float64 {
	head := len(tr) // a nested table's rows are its own
	if i := next(tr, "w:tc", 0); i >= 0 {
		head = i
	}
	for _, name := range []string{"w:trPr", "w:tblPrEx"} {
		if i := wordxml.Next(tr, name, 0, head); i >= 0 {
			if v := cellSpacing(tr[i:end(tr, i, name)]); v >= 0 {
				return v
			}
		}
	}
	return max(table, 0)
}
