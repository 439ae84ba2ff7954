package layout

import (
	"strings"

	"jixiao/pipeline/wordmodel"
)

// A table whose lines are all plain (single, black, at most ¾ pt) or
// unset is drawn as it always was: each cell a box in the preset's hairline.
// Any other line — none, double, dotted, dashed, coloured, heavy — makes
// the table draw each cell's edges as Word resolves them: the cell's own
// line (w:tcBorders) over the table's (w:tblBorders, else its style's),
// and of two cells' lines on a shared edge the heavier. Lines are filled
// rectangles, so that a vertical one draws as a horizontal one does, and
// are drawn after the page's cells, over their shading, as Word draws them.

// plainLine is the widest line, in pt, drawn as the preset's hairline.
const plainLine = 0.75

func plain(b *wordmodel.TableBorders) bool {
	if b == nil {
		return true
	}
	for _, l := range []*wordmodel.Border{b.Top, b.Left, b.Bottom, b.Right, b.InsideH, b.InsideV} {
		if l != nil && (l.Style != "single" || l.Color != "" || l.Width > plainLine) {
			return false
		}
	}
	return true
}

// plainTable reports whether all of t's lines are plain.
func plainTable(t *wordmodel.Table) bool {
	if !plain(t.Borders) {
		return false
	}
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			if !plain(c.Borders) {
				return false
			}
		}
	}
	return true
}

// side picks one of a TableBorders' lines.
type side func(*wordmodel.TableBorders) *wordmodel.Border

var (
	top     side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.Top }
	left    side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.Left }
	bottom  side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.Bottom }
	right   side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.Right }
	insideH side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.InsideH }
	insideV side = func(b *wordmodel.TableBorders) *wordmodel.Border { return b.InsideV }
)

func (s side) of(b *wordmodel.TableBorders) *wordmodel.Border {
	if b == nil {
		return nil
	}
	return s(b)
}

// strands is how many parallel lines a style draws.
func strands(style string) int {
	switch {
	case style == "triple":
		return 3
	case style == "double", strings.HasPrefix(style, "thinThick"), strings.HasPrefix(style, "thickThin"):
		return 2
	}
	return 1
}

// heavier is Word's choice between two cells' lines on one edge: the one
// with more ink (width times strands); the first on a tie.
func heavier(a, b *wordmodel.Border) *wordmodel.Border {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case weight(b) > weight(a):
		return b
	}
	return a
}

func weight(l *wordmodel.Border) float64 {
	if l.Style == "none" {
		return 0
	}
	return l.Width * float64(strands(l.Style))
}

// edge resolves one edge of cell c: the heavier of its own line and its
// neighbour's across the edge, else the table's (outer or inside).
func edge(own, neighbour *wordmodel.Border, table *wordmodel.TableBorders, outer, inside side, isOuter bool) *wordmodel.Border {
	if l := heavier(own, neighbour); l != nil {
		return l
	}
	if isOuter {
		return outer.of(table)
	}
	return inside.of(table)
}

// cellAt is the cell of row covering grid column col; nil if none.
func (row *tableRow) cellAt(col int) *tableCell {
	if row == nil {
		return nil
	}
	for i := range row.cells {
		if c := &row.cells[i]; c.col <= col && col < c.col+c.span {
			return c
		}
	}
	return nil
}

// cellEdges queues the lines of the box x, y, w, h of cell c: its top and
// left edges always, its bottom edge when closes (nothing is drawn under
// it on this page) and its right edge at the table's right. above is the
// row over the box on this page, nil at the top of the table's part.
func (r *renderer) cellEdges(tl *tableLayout, row, above *tableRow, c tableCell, y, h float64, closes bool) {
	tl.line(tl.over(above, c), c.x, y, c.w, false, false)
	var before *wordmodel.Border
	if c.col > 0 {
		before = right.of(row.cellAt(c.col - 1).borders)
	}
	tl.line(edge(left.of(c.borders), before, tl.borders, left, insideV, c.col == 0 || row.besideGap(c.col-1)), c.x, y, h, true, false)
	if closes {
		tl.line(tl.closing(c), c.x, y+h, c.w, false, true)
	}
	if c.col+c.span == tl.columns || row.besideGap(c.col+c.span) {
		tl.line(edge(right.of(c.borders), nil, tl.borders, right, insideV, true), c.x+c.w, y, h, true, true)
	}
}

// over is the line over cell c, under the row above (nil at the top of
// the table's part): the heavier of its top line and the bottom line of
// the cell above, else the table's.
func (tl *tableLayout) over(above *tableRow, c tableCell) *wordmodel.Border {
	var up *wordmodel.Border
	if a := above.cellAt(c.col); a != nil {
		up = bottom.of(a.borders)
	}
	return edge(top.of(c.borders), up, tl.borders, top, insideH, above == nil)
}

// closing is the line under cell c where nothing follows it on the page:
// its own bottom line, else the table's; none under an empty stretch.
func (tl *tableLayout) closing(c tableCell) *wordmodel.Border {
	if c.skipped {
		return nil
	}
	return edge(bottom.of(c.borders), nil, tl.borders, bottom, insideH, true)
}

// line queues one resolved line along an edge from x, y, length long;
// its strands are drawn, their ends joined, when the page is done
// (tablejoins.go). far says the edge is a cell's bottom or right one: a
// 3-D line is queued as its toned strands (threed.go), each a line of
// its own.
func (tl *tableLayout) line(l *wordmodel.Border, x, y, length float64, vertical, far bool) {
	if l == nil || l.Style == "none" || length <= 0 {
		return
	}
	if strands := threeDStrands(l, l.Width*ptToMM, far); strands != nil {
		for _, s := range strands {
			one := &wordmodel.Border{Style: "single", Width: s.width / ptToMM, Color: s.color}
			if vertical {
				tl.line(one, x+s.offset, y, length, true, far)
			} else {
				tl.line(one, x, y+s.offset, length, false, far)
			}
		}
		return
	}
	tl.segs = append(tl.segs, segment{l: l, x: x, y: y, length: length, vertical: vertical})
}

// ruleOver is how thick the line over row is, all its strands and gaps,
// the thickest of its cells' top edges: Word sets a row's text that much
// lower and makes the row that much higher (and LibreOffice, reading
// Word's table, does too), so a long table of heavy lines runs onto more
// pages. The line itself stays centred on the edge. A table not read
// from Word (nil borders) draws the preset's boxes as it always has.
func (tl *tableLayout) ruleOver(row, above *tableRow) float64 {
	if tl.borders == nil {
		return 0
	}
	most := 0.0
	for _, c := range row.cells {
		if c.merge == wordmodel.Continues || c.skipped {
			continue // no line crosses a merge
		}
		most = max(most, thickness(tl.over(above, c)))
	}
	for i := range row.cells {
		row.cells[i].pad[0] += most
	}
	return most
}

// padding is a cell's margins in mm: its own (w:tcMar), else the table's
// (w:tblCellMar), else the preset's padding — also where Word's default
// would be none above and below, so that an unset table keeps its look.
// wordCellMargins are Word's cell margins where a table read from Word
// sets none, in pt: none above and below, 0.19 cm (108 twips) beside.
var wordCellMargins = [4]float64{0, 5.4, 0, 5.4}

func (tl *tableLayout) padding(table, own wordmodel.CellMargins) [4]float64 {
	var pad [4]float64
	for i := range pad {
		switch {
		case own.Set[i]:
			pad[i] = own.Pt[i] * ptToMM
		case table.Set[i]:
			pad[i] = table.Pt[i] * ptToMM
		case tl.word:
			pad[i] = wordCellMargins[i] * ptToMM
		default:
			pad[i] = tl.pad
		}
	}
	return pad
}

// need is the height the cell's lines and margins take.
func (c *tableCell) need(tl *tableLayout) float64 {
	h := c.contentHeight(tl)
	if c.lines() == 0 {
		h = max(h, c.lineH)
	}
	return h + c.pad[0] + c.pad[2]
}

// diagonals draws a cell's diagonal lines (斜线表头) corner to corner of
// its box x, y, w, h, over its shading and under its text, as Word
// draws them; a cell merged down draws them across all its rows.
func (r *renderer) diagonals(b *wordmodel.TableBorders, x, y, w, h float64) {
	if b == nil {
		return
	}
	if l := b.TopLeft; l != nil && l.Style != "none" {
		r.borderSide(l, Point{x, y}, Point{x + w, y + h}, 1)
	}
	if l := b.TopRight; l != nil && l.Style != "none" {
		r.borderSide(l, Point{x + w, y}, Point{x, y + h}, 1)
	}
}
