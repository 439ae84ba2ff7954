package layout

// A row of cell spacing (单元格间距, wordmodel's Row.CellSpacing) stands
// its cells apart, as Word draws them: each cell inset by the spacing
// from its grid box on every side, so that two cells are twice the
// spacing apart, drawn as a box of its own lines (its own, else the
// table's inside ones), and the table's outer lines run round the rows,
// the spacing from the cells. The row is the spacing's height taller above
// and below its cells.

import "jixiao/pipeline/wordmodel"

// rowFrame queues the table's outer lines along row, drawn at y: down its
// left and right edges, across its top where first (nothing over it in
// its part on the page) and its foot where last.
func (r *renderer) rowFrame(tl *tableLayout, row *tableRow, first, last bool, y float64) {
	x0, x1 := row.spacedExtent()
	h := row.height
	tl.line(left.of(tl.borders), x0, y, h, true, false)
	tl.line(right.of(tl.borders), x1, y, h, true, true)
	if first {
		tl.line(top.of(tl.borders), x0, y, x1-x0, false, false)
	}
	if last {
		tl.line(bottom.of(tl.borders), x0, y+h, x1-x0, false, true)
	}
}

// spacedExtent is where row's grid starts and ends across: its cells'
// boxes grown by the spacing around them.
func (row *tableRow) spacedExtent() (x0, x1 float64) {
	if len(row.cells) == 0 {
		return 0, 0
	}
	first, end := row.cells[0], row.cells[len(row.cells)-1]
	x0, x1 = first.x, end.x+end.w
	if !first.skipped {
		x0 -= row.spacing
	}
	if !end.skipped {
		x1 += row.spacing
	}
	return x0, x1
}

// boxEdges queues the four lines of cell c's box, from y h high: its
// own, else the table's inside lines, the outer ones running round the
// table.
func (r *renderer) boxEdges(tl *tableLayout, c tableCell, y, h float64) {
	line := func(own *wordmodel.Border, inside side) *wordmodel.Border {
		return edge(own, nil, tl.borders, inside, inside, false)
	}
	tl.line(line(top.of(c.borders), insideH), c.x, y, c.w, false, false)
	tl.line(line(left.of(c.borders), insideV), c.x, y, h, true, false)
	tl.line(line(bottom.of(c.borders), insideH), c.x, y+h, c.w, false, true)
	tl.line(line(right.of(c.borders), insideV), c.x+c.w, y, h, true, true)
}
