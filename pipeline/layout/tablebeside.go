package layout

// A table in the flow whose rows would overlap a float the text wraps
// around (a photo wrapped square at the margin's side) stands beside the
// float, as LibreOffice lays out a Word document's: moved in past a
// float at its left, narrowed to end short of one at its right, its
// columns keeping their proportions, its cells' text set at their new
// widths. One that would be left less than half its width there, one
// that does not fit on the page, and one beside a top-and-bottom float
// go under the float instead (rowsplit.go).
//
// Only the page the table starts on is so: the rows it holds on the pages
// after (narrowed rows being taller, a table that fits its page at its
// own width may not beside the float) stand as the table's own width and
// place say, at the margin, with the float behind them, as LibreOffice
// lays out each page's part of a table anew. A row split at the first
// page's foot goes on overleaf as it was set there.

import "math"

// onPage is the layout the table's rows on page (from 0, its first) take:
// its own where it stands beside a float on the first page only.
func (tl *tableLayout) onPage(page int) *tableLayout {
	if page > 0 && tl.own != nil {
		return tl.own
	}
	return tl
}

// besideFloats is the span of the page, left to right, the table tl as
// laid out would stand in beside the page's floats where they leave room
// at its place; false where no float reaches it or it goes under them.
func (r *renderer) besideFloats(tl *tableLayout) (span, bool) {
	if len(r.floats) == 0 || len(tl.rows) == 0 {
		return span{}, false
	}
	h := 0.0
	for _, row := range tl.rows {
		h += row.height
	}
	tx0, tx1, ok := tl.across()
	if !ok || r.y+h > r.bottom()+0.01 {
		return span{}, false
	}
	lo, hi := min(tx0, r.left()), max(tx1, r.left()+r.width())
	top, spans, free := room(r.floats, r.y, h, lo, hi, minWrap)
	if free || top > r.y+0.01 {
		return span{}, false
	}
	best := spans[0]
	for _, s := range spans[1:] {
		if s.width() > best.width() {
			best = s
		}
	}
	left := max(tx0, best.x0)
	right := min(left+tx1-tx0, best.x1)
	if right-left < (tx1-tx0)/2 {
		return span{}, false
	}
	return span{left, right}, true
}

// fitTo maps grid lines x (on the page) into s, keeping their proportions.
func fitTo(x []float64, s span) []float64 {
	x0, x1 := x[0], x[len(x)-1]
	if x1 <= x0 {
		return x
	}
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = s.x0 + (v-x0)*s.width()/(x1-x0)
	}
	return out
}

// across is where the table's cells start and end, left to right; false
// for a table with no cell (a damaged one).
func (tl *tableLayout) across() (x0, x1 float64, ok bool) {
	x0, x1 = math.Inf(1), math.Inf(-1)
	for _, row := range tl.rows {
		for _, c := range row.cells {
			x0, x1 = min(x0, c.x), max(x1, c.x+c.w)
		}
	}
	return x0, x1, x0 <= x1
}
