package layout

import "jixiao/pipeline/wordmodel"

// A row that leaves grid columns empty before its first cell or after its
// last (w:gridBefore, w:gridAfter: a row shorter than the others, common
// in tables edited by hand) has no cell there, as Word draws it: no
// lines, no shading, nothing of the row's height. Its first and last
// cells are the row's edges, drawn with the table's outer lines, as Word
// takes a row's first and last cell; a cell above or below the empty
// columns keeps its line there, the table's inside one unless its own
// (Word takes only the table's first and last row as its top and bottom).
// LibreOffice, which reads the empty columns as cells of no lines, draws
// the table's inside lines beside them too.

// rowCells is how many cells row is laid out as: its own, and one for each
// end it leaves empty.
func rowCells(row wordmodel.Row) int {
	n := len(row.Cells)
	if row.Before > 0 {
		n++
	}
	if row.After > 0 {
		n++
	}
	return n
}

// skip adds to row the empty stretch of n grid columns from col, on the
// column edges cols, if any.
func (row *tableRow) skip(cols []float64, col, n int) {
	n = min(n, len(cols)-1-col)
	if n <= 0 {
		return
	}
	row.cells = append(row.cells, tableCell{col: col, span: n, x: cols[col], w: cols[col+n] - cols[col], group: -1, skipped: true})
}

// gapEdges draws, along the top of the empty stretch c of row at y, the
// bottom lines of the cells above it (above: the row over it on the
// page), which no cell under them draws.
func (r *renderer) gapEdges(tl *tableLayout, row, above *tableRow, c tableCell, y float64) {
	if tl.plain || above == nil {
		return // a plain table's cells are whole boxes
	}
	for _, a := range above.cells {
		x0, x1 := max(a.x, c.x), min(a.x+a.w, c.x+c.w)
		if a.skipped || x1-x0 < 0.01 {
			continue
		}
		tl.line(edge(bottom.of(a.borders), nil, tl.borders, bottom, insideH, false), x0, y, x1-x0, false, true)
	}
}

// besideGap reports whether the cell of row before grid column col (at
// col-1), or after it, is an empty stretch: the edge there is the row's
// outer one.
func (row *tableRow) besideGap(col int) bool {
	c := row.cellAt(col)
	return c != nil && c.skipped
}
