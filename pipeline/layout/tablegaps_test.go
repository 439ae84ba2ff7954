package layout

import (
	"slices"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// gapsTable is a table of three columns, 1.5 pt outer lines and ½ pt
// inside ones, whose second row leaves its first column empty, its third
// its last and its fourth both; every cell shaded grey.
func gapsTable() *wordmodel.Table {
	row := func(before, after int, texts ...string) wordmodel.Row {
		r := wordmodel.Row{Before: before, After: after}
		for _, s := range texts {
			c := cell(s, 1, wordmodel.Alone)
			c.Shading = "D9D9D9"
			r.Cells = append(r.Cells, c)
		}
		return r
	}
	outer, inside := line("single", 1.5), line("single", 0.5)
	return &wordmodel.Table{Widths: []int{1000, 1000, 1000}, Borders: &wordmodel.TableBorders{Top: outer, Left: outer, Bottom: outer, Right: outer, InsideH: inside, InsideV: inside},
		Rows: []wordmodel.Row{row(0, 0, "甲", "乙", "丙"), row(1, 0, "乙二", "丙二"), row(0, 1, "甲三", "乙三"), row(1, 1, "乙四"), row(0, 0, "甲五", "乙五", "丙五")}}
}

// TestRowsLeaveGridColumnsEmpty: grid columns a row leaves empty before
// its first cell or after its last (w:gridBefore, w:gridAfter) show no
// cell: no line down or across them, no shading; the row's first and
// last cells take the table's outer lines on their edges beside the
// empty columns, and the cells above and below them keep their inside
// lines there.
func TestRowsLeaveGridColumnsEmpty(t *testing.T) {
	ops := tableOps(t, gapsTable())[0]
	left, right := 1e9, 0.0 // the table's edges
	for _, o := range strokes(ops, 0, 1e9, false) {
		left, right = min(left, o.x+o.w/2), max(right, o.x+o.w/2)
	}
	w := (right - left) / 3
	col := func(i int) float64 { return left + float64(i)*w }
	// The rows' edges, down the middle column, which every row has.
	var ys []float64
	for _, o := range strokes(ops, 0, 1e9, true) {
		if o.x < col(1)+w/2 && col(1)+w/2 < o.x+o.w {
			ys = append(ys, o.y+o.h/2)
		}
	}
	slices.Sort(ys)
	if len(ys) != 6 {
		t.Fatalf("%d lines across the middle column, want 6: %v", len(ys), ys)
	}
	mid := func(row int) float64 { return (ys[row] + ys[row+1]) / 2 }
	down := func(x float64, row int) []op { // the lines down x across the row's middle
		var out []op
		for _, o := range strokes(ops, x, 0.5, false) {
			if o.y < mid(row) && mid(row) < o.y+o.h {
				out = append(out, o)
			}
		}
		return out
	}
	across := func(y, x float64) []op { // the lines across y over x
		var out []op
		for _, o := range strokes(ops, y, 0.5, true) {
			if o.x < x && x < o.x+o.w {
				out = append(out, o)
			}
		}
		return out
	}
	heavy, thin := 1.5*ptToMM, 0.5*ptToMM
	for _, c := range []struct {
		name  string
		lines []op
		want  float64 // the line's thickness; 0 for none
	}{
		{"the table's left edge beside the second row's empty column", down(col(0), 1), 0},
		{"the second row's first cell's left edge", down(col(1), 1), heavy},
		{"the table's right edge beside the third row's empty column", down(col(3), 2), 0},
		{"the third row's last cell's right edge", down(col(2), 2), heavy},
		{"the fourth row's left edge", down(col(1), 3), heavy},
		{"the fourth row's right edge", down(col(2), 3), heavy},
		{"the fourth row's empty columns' edges", append(down(col(0), 3), down(col(3), 3)...), 0},
		{"the first row's bottom over the empty column", across(ys[1], col(0)+w/2), thin},
		{"the third row's top under the empty column", across(ys[2], col(0)+w/2), thin},
		{"the second row's bottom over the third row's empty column", across(ys[2], col(2)+w/2), thin},
		{"the fifth row's top under the fourth row's empty columns", append(across(ys[4], col(0)+w/2), across(ys[4], col(2)+w/2)...), thin},
	} {
		switch {
		case c.want == 0 && len(c.lines) > 0:
			t.Errorf("%s: drawn %+v, want none", c.name, c.lines)
		case c.want > 0 && len(c.lines) == 0:
			t.Errorf("%s: not drawn", c.name)
		}
		for _, o := range c.lines {
			if th := min(o.w, o.h); c.want > 0 && !near(th, c.want) {
				t.Errorf("%s: %.2f mm thick, want %.2f", c.name, th, c.want)
			}
		}
	}
	for _, o := range ops {
		if o.kind == opFill && o.color == "D9D9D9" && o.x < col(1)-0.01 && o.y < mid(1) && mid(1) < o.y+o.h {
			t.Errorf("the second row's empty column shaded: %+v", o)
		}
	}
}

// TestPlainRowsLeaveGridColumnsEmpty: in a table of plain lines, drawn
// as hairline boxes, the empty columns get no box; the cells after them
// stand in their own columns.
func TestPlainRowsLeaveGridColumnsEmpty(t *testing.T) {
	table := gapsTable()
	table.Borders = nil
	var xs []float64 // the boxes' left edges, row by row
	for _, o := range tableOps(t, table)[0] {
		if o.kind == opRect {
			xs = append(xs, o.x)
		}
	}
	if len(xs) != 11 {
		t.Fatalf("%d boxes drawn, want the table's 11 cells", len(xs))
	}
	w := xs[1] - xs[0]
	col := func(i int) float64 { return xs[0] + float64(i)*w }
	want := []float64{col(0), col(1), col(2), col(1), col(2), col(0), col(1), col(1), col(0), col(1), col(2)}
	for i := range want {
		if !near(xs[i], want[i]) {
			t.Errorf("box %d at %.2f, want %.2f: %v", i, xs[i], want[i], xs)
			break
		}
	}
}
