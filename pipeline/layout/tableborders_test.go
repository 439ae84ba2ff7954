package layout

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
)

func line(style string, pt float64) *wordmodel.Border {
	return &wordmodel.Border{Style: style, Width: pt}
}

// strokes lists the border fills drawn across the horizontal line at y
// (within tol mm), left to right as drawn.
func strokes(ops []op, y, tol float64, horizontal bool) []op {
	var out []op
	for _, o := range ops {
		if o.kind != opFill || o.color != "000000" {
			continue
		}
		if horizontal && o.w > o.h && o.y-tol < y && y < o.y+o.h+tol {
			out = append(out, o)
		}
		if !horizontal && o.h >= o.w && o.x-tol < y && y < o.x+o.w+tol {
			out = append(out, o)
		}
	}
	return out
}

func twoByTwo(borders *wordmodel.TableBorders, cells ...*wordmodel.TableBorders) *wordmodel.Table {
	c := func(i int, text string) wordmodel.Cell {
		cl := cell(text, 1, wordmodel.Alone)
		if i < len(cells) {
			cl.Borders = cells[i]
		}
		return cl
	}
	return &wordmodel.Table{Widths: []int{1000, 1000}, Borders: borders, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{c(0, "甲"), c(1, "乙")}},
		{Cells: []wordmodel.Cell{c(2, "丙"), c(3, "丁")}},
	}}
}

// firstBox is the box of the first cell: its top-left corner and size,
// as the plain table would draw it, grown by the line over it.
func firstBox(t *testing.T, table *wordmodel.Table) op {
	t.Helper()
	plain := &wordmodel.Table{Widths: table.Widths}
	for _, row := range table.Rows {
		cells := append([]wordmodel.Cell(nil), row.Cells...)
		for i := range cells {
			cells[i].Borders = nil
		}
		plain.Rows = append(plain.Rows, wordmodel.Row{Cells: cells})
	}
	for _, o := range tableOps(t, plain)[0] {
		if o.kind == opRect {
			// The first row is as much higher as its top line is thick.
			o.h += thickness(top.of(table.Borders))
			return o
		}
	}
	t.Fatal("no box")
	return op{}
}

// TestADoubleBorderIsTwoLines: a double line is two strokes of its width,
// a width apart, centred on the edge, along each edge it is set on.
func TestADoubleBorderIsTwoLines(t *testing.T) {
	d := line("double", 0.5)
	table := twoByTwo(&wordmodel.TableBorders{Top: d, Left: d, Bottom: d, Right: d, InsideH: line("single", 1.5), InsideV: line("single", 1.5)})
	box := firstBox(t, table)
	ops := tableOps(t, table)[0]
	wt := 0.5 * ptToMM
	var top []op // the strokes over the first cell's middle
	for _, o := range strokes(ops, box.y, 2*wt, true) {
		if o.x < box.x+box.w/2 && box.x+box.w/2 < o.x+o.w {
			top = append(top, o)
		}
	}
	if len(top) != 2 {
		t.Fatalf("%d strokes on the top edge, want 2: %+v", len(top), top)
	}
	if !near(top[0].y, box.y-1.5*wt) || !near(top[1].y, box.y+0.5*wt) || !near(top[0].h, wt) {
		t.Errorf("double line strokes at %.3f and %.3f, %.3f thick; want %.3f and %.3f, %.3f", top[0].y, top[1].y, top[0].h, box.y-1.5*wt, box.y+0.5*wt, wt)
	}
	if left := strokes(ops, box.x, 2*wt, false); len(left) != 4 { // two strokes for each row
		t.Errorf("%d strokes on the left edge, want 4", len(left))
	}
	mid := strokes(ops, box.y+box.h, 0.1, true)
	// It starts on the double line's inner strand (╟).
	if len(mid) != 2 || !near(mid[0].x, box.x+0.5*wt) || !near(mid[0].h, 1.5*ptToMM) {
		t.Errorf("inside line: %+v, want one 1.5 pt stroke per cell, from %.3f", mid, box.x+0.5*wt)
	}
}

// TestNoneDrawsNothingAndTheCellWins: a cell's own none removes the
// table's line on its edge; of two cells' lines on an edge the heavier is
// drawn; dotted lines are dots.
func TestNoneDrawsNothingAndTheCellWins(t *testing.T) {
	single := line("single", 1)
	table := twoByTwo(&wordmodel.TableBorders{Top: single, Left: single, Bottom: single, Right: single, InsideH: single, InsideV: single},
		&wordmodel.TableBorders{Bottom: line("none", 0)}, // 甲: no line under it
		&wordmodel.TableBorders{Bottom: line("single", 0.5)},
		nil,
		&wordmodel.TableBorders{Top: line("single", 3), Right: line("dotted", 1)}, // 丁: heavier than 乙's bottom
	)
	box := firstBox(t, table)
	ops := tableOps(t, table)[0]
	mid := strokes(ops, box.y+box.h, 0.1, true)
	if len(mid) != 1 {
		t.Fatalf("%d strokes on the middle line, want only 丁's: %+v", len(mid), mid)
	}
	// It starts covering the 1 pt line down the middle (├).
	if !near(mid[0].x, box.x+box.w-0.5*ptToMM) || !near(mid[0].h, 3*ptToMM) {
		t.Errorf("middle line %+v; want 丁's 3 pt line over 乙's ½ pt", mid[0])
	}
	right := strokes(ops, box.x+2*box.w, 0.5, false)
	dots := 0
	for _, o := range right {
		if o.y > box.y+box.h-0.01 {
			dots++
		}
	}
	if dots < 5 { // a solid line is one stroke; the row is about 7 dots high
		t.Errorf("丁's dotted right edge drawn as %d strokes", dots)
	}
}

// TestPlainTablesStayBoxes: a table of plain single lines is drawn as
// hairline boxes, as the sample's attachment table always was.
func TestPlainTablesStayBoxes(t *testing.T) {
	single := line("single", 0.5)
	ops := tableOps(t, twoByTwo(&wordmodel.TableBorders{Top: single, InsideH: single}))[0]
	rects, fills := 0, 0
	for _, o := range ops {
		switch o.kind {
		case opRect:
			rects++
		case opFill:
			fills++
		}
	}
	if rects != 4 || fills != 0 {
		t.Errorf("%d boxes and %d strokes, want 4 boxes", rects, fills)
	}
}

// TestATableWithoutLinesDrawsNone: no boxes and no strokes but the one
// line a cell sets for itself.
func TestATableWithoutLinesDrawsNone(t *testing.T) {
	none := line("none", 0)
	table := twoByTwo(&wordmodel.TableBorders{Top: none, Left: none, Bottom: none, Right: none, InsideH: none, InsideV: none},
		nil, nil, nil, &wordmodel.TableBorders{Bottom: line("single", 0.5)})
	n := 0
	for _, o := range tableOps(t, table)[0] {
		if o.kind == opRect || o.kind == opFill {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d lines drawn, want only 丁's bottom", n)
	}
}

// TestLinesAddToRowHeights: a row is as much higher as the line over it
// is thick, all its strands and gaps, as Word (and LibreOffice) count it:
// a long table of heavy lines runs onto more pages.
func TestLinesAddToRowHeights(t *testing.T) {
	pitch := func(l *wordmodel.Border) float64 {
		r, err := layout(&wordmodel.Document{Blocks: []wordmodel.Block{twoByTwo(&wordmodel.TableBorders{Top: l, Left: l, Bottom: l, Right: l, InsideH: l, InsideV: l})}}, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		return textOp(t, r, "丙").y - textOp(t, r, "甲").y
	}
	none := pitch(line("none", 0))
	for _, c := range []struct {
		l     *wordmodel.Border
		thick float64 // pt
	}{{line("single", 1), 1}, {line("double", 0.75), 2.25}, {line("thickThinSmallGap", 1.5), 3}, {line("thinThickMediumGap", 1.5), 3}, {line("thinThickLargeGap", 1), 3.25}} {
		if got := pitch(c.l) - none; math.Abs(got-c.thick*ptToMM) > 0.01 {
			t.Errorf("%s %.2f pt: rows %.3f mm further apart, want %.3f", c.l.Style, c.l.Width, got, c.thick*ptToMM)
		}
	}
}

// TestThinThickLines: a thick-thin line is its thick strand (the line's
// width) over a ¾ pt gap and a ¾ pt thin strand, top down as named, the
// whole centred on the edge; thin-thick is the other way round.
func TestThinThickLines(t *testing.T) {
	for _, c := range []struct {
		style     string
		top, down float64 // the strands' widths, pt
	}{{"thickThinSmallGap", 3, 0.75}, {"thinThickSmallGap", 0.75, 3}} {
		l := line(c.style, 3)
		table := twoByTwo(&wordmodel.TableBorders{Top: l, Left: line("none", 0), Bottom: l, Right: line("none", 0), InsideH: line("none", 0), InsideV: line("none", 0)})
		box := firstBox(t, table)
		half := 4.5 * ptToMM / 2 // 3 + ¾ + ¾ pt across
		var got []op
		for _, o := range strokes(tableOps(t, table)[0], box.y, half+0.01, true) {
			if o.x < box.x+box.w/2 && box.x+box.w/2 < o.x+o.w {
				got = append(got, o)
			}
		}
		if len(got) != 2 || !near(got[0].y, box.y-half) || !near(got[0].h, c.top*ptToMM) || !near(got[1].h, c.down*ptToMM) || !near(got[1].y+got[1].h, box.y+half) {
			t.Errorf("%s: strokes %+v, want %.2f then %.2f pt from %.3f to %.3f", c.style, got, c.top, c.down, box.y-half, box.y+half)
		}
	}
}

// TestCellDiagonalsRunCornerToCorner: a cell's tl2br runs from its top
// left to its bottom right, its tr2bl from its top right to its bottom
// left, in their colour, in a plain table as in a ruled one; the other
// cells draw none.
func TestCellDiagonalsRunCornerToCorner(t *testing.T) {
	red := &wordmodel.Border{Style: "single", Width: 1, Color: "FF0000"}
	table := twoByTwo(nil, &wordmodel.TableBorders{TopLeft: line("single", 0.5), TopRight: red})
	var box op
	var diags []*Path
	for _, o := range tableOps(t, table)[0] {
		switch {
		case o.kind == opRect && box.w == 0:
			box = o
		case o.kind == opPath && len(o.path.Segs) == 2:
			diags = append(diags, o.path)
		}
	}
	if len(diags) != 2 {
		t.Fatalf("%d diagonals drawn, want 2", len(diags))
	}
	near := func(p, q Point) bool { return math.Abs(p.X-q.X) < 0.01 && math.Abs(p.Y-q.Y) < 0.01 }
	ends := func(p *Path) (Point, Point) { return p.Segs[0].Pts[0], p.Segs[1].Pts[0] }
	a, b := ends(diags[0])
	if !near(a, Point{box.x, box.y}) || !near(b, Point{box.x + box.w, box.y + box.h}) || diags[0].Stroke != "000000" {
		t.Errorf("tl2br %v → %v (%s), want the cell %+v corner to corner", a, b, diags[0].Stroke, box)
	}
	a, b = ends(diags[1])
	if !near(a, Point{box.x + box.w, box.y}) || !near(b, Point{box.x, box.y + box.h}) || diags[1].Stroke != "FF0000" ||
		math.Abs(diags[1].Width-ptToMM) > 0.01 {
		t.Errorf("tr2bl %v → %v (%s %.2f), want the cell %+v corner to corner, red, 1 pt", a, b, diags[1].Stroke, diags[1].Width, box)
	}
}
