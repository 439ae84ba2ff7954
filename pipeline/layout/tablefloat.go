package layout

import (
	"fmt"

	"jixiao/pipeline/wordmodel"
)

// A floating table (wordmodel.TableFloat) is anchored in the paragraph
// after it: it takes no room in the flow, stands where its w:tblpPr puts
// it, and the text from its anchor paragraph on wraps around it as around
// a square-wrapped picture on both sides, keeping its distances. One the
// text cannot pass beside (a table across the text, its room under 300
// twips) has the text go under it: laid out in line, as Word shows it. One
// that does not fit below its place moves to the next page with its
// anchor paragraph, as Word moves it; one taller than a page is laid out
// in the flow, its rows split over the pages, and warned of.

// floatTable lays out the floating table t; false where it cannot float
// (taller than a page) and is to be laid out in the flow.
func (r *renderer) floatTable(t *wordmodel.Table) bool {
	tl := r.layoutTable(t)
	if len(tl.rows) == 0 {
		return true
	}
	// The line closing its last row takes room under it, as at a page's
	// foot.
	h := tl.foot(tl.rows[len(tl.rows)-1])
	for _, row := range tl.rows {
		h += row.height
	}
	x0, x1, any := tl.across()
	if !any {
		return true // no cell to place: nothing to draw
	}
	f := t.Float
	x, y, ok := r.placeTable(f, x1-x0, h)
	if !ok {
		r.warnings = append(r.warnings, fmt.Sprintf("浮动表格（%s）比一页还高：PDF 把它排在正文中逐行跨页，文字不环绕它；请在 Word 模板中取消“文字环绕”或拆分表格", tableName(t)))
		return false
	}
	for _, row := range tl.rows {
		for k := range row.cells {
			row.cells[k].x += x - x0
		}
	}
	box := wordmodel.Wrap{Mode: "square", Side: "bothSides", Top: f.Top, Bottom: f.Bottom, Left: f.Left, Right: f.Right, Outline: wordmodel.Box{W: x1 - x0, H: h}}
	e, _ := exclusionOf(x, y, box)
	e.table = true
	// Reaching into the space after the paragraph above takes no text's
	// room: a table dragged a little up is not said.
	set := r.y
	if r.prev.page == r.page {
		set -= r.prev.after
	}
	if e.y0 < set-0.01 && r.onPage {
		r.warnings = append(r.warnings, fmt.Sprintf("浮动表格（%s）高出它所锚定的段落，PDF 中它上方已排好的文字不会绕开它；请在 Word 模板中把它的垂直位置设为相对于段落", tableName(t)))
	}
	r.floats = append(r.floats, e)
	top, onPage := r.y, r.onPage
	rowY := y
	for _, row := range tl.rows {
		row.page, row.y = 0, rowY
		rowY += row.height
	}
	r.y = y
	r.drawTable(tl)
	r.y, r.onPage = top, onPage
	return true
}

// placeTable is where a floating table w by h stands on the page: its
// left border's x and its top. One placed from its paragraph that does
// not fit below its place on a page with text on it starts the next
// page, where its anchor paragraph goes too; one placed from the margin
// or the page, which would stand as low on the next, is pulled up to end
// at the foot, as Word keeps it on its page; false for one taller than
// the text block, which fits no page.
func (r *renderer) placeTable(f *wordmodel.TableFloat, w, h float64) (x, y float64, ok bool) {
	if h > r.bottom()-r.top()+0.01 {
		return 0, 0, false
	}
	x, y = r.tableAt(f, w, h)
	if y+h <= r.bottom()+0.01 {
		return x, y, true
	}
	if f.FromY == "text" && r.onPage {
		r.newPage()
		if x, y = r.tableAt(f, w, h); y+h <= r.bottom()+0.01 {
			return x, y, true
		}
	}
	return x, r.bottom() - h, true
}

// tableAt is where f puts a table w by h on the page as it stands, the
// anchor paragraph starting at r.y; a table that may not overlap another
// floating table goes under the ones it would.
func (r *renderer) tableAt(f *wordmodel.TableFloat, w, h float64) (x, y float64) {
	start, room := r.left(), r.width()
	if f.FromX == "page" {
		start, room = 0, r.g.w
	}
	x = aligned(start, room, f.X, w, f.AlignX)
	start, room = r.top(), r.g.bh
	switch f.FromY {
	case "page":
		start, room = 0, r.g.h
	case "text":
		start, room = r.y, r.bottom()-r.y
	}
	y = aligned(start, room, f.Y, h, f.AlignY)
	if !f.NoOverlap {
		return x, y
	}
	for moved := true; moved; {
		moved = false
		for _, e := range r.floats {
			if e.table && e.x0 < x+w+f.Right && e.x1 > x-f.Left && e.y0 < y+h+f.Bottom && e.y1 > y-f.Top {
				y, moved = e.y1+f.Top, true
			}
		}
	}
	return x, y
}
