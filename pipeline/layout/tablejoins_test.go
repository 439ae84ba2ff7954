package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// inked reports whether a black line covers the point x, y.
func inked(ops []op, x, y float64) bool {
	for _, o := range ops {
		if o.kind == opFill && o.color == "000000" && o.x <= x && x <= o.x+o.w && o.y <= y && y <= o.y+o.h {
			return true
		}
	}
	return false
}

// joint is a point near a node, dx and dy line widths from it, and
// whether Word inks it.
type joint struct {
	name   string
	dx, dy float64
	inked  bool
}

// checkJoints lays out table and checks the points around node (col, row)
// of its grid of first-cell-sized boxes, wt mm being the line width the
// points are measured in.
func checkJoints(t *testing.T, table *wordmodel.Table, wt float64, col, row int, joints []joint) {
	t.Helper()
	box := firstBox(t, table)
	ops := tableOps(t, table)[0]
	x, y := box.x+float64(col)*box.w, box.y+float64(row)*box.h
	for _, j := range joints {
		if got := inked(ops, x+j.dx*wt, y+j.dy*wt); got != j.inked {
			t.Errorf("node %d,%d: %s (%+.1f, %+.1f widths): inked %v, Word's %v", col, row, j.name, j.dx, j.dy, got, j.inked)
		}
	}
}

// TestDoubleLinesJoinAsWordDraws: a table of double lines draws its
// corners as ╔, its edges' joins as ╦ and ╠ and its middle as ╬: the outer
// strands closed round the corner, the gaps between strands open into
// each join.
func TestDoubleLinesJoinAsWordDraws(t *testing.T) {
	d := line("double", 0.75)
	table := twoByTwo(&wordmodel.TableBorders{Top: d, Left: d, Bottom: d, Right: d, InsideH: d, InsideV: d})
	wt := 0.75 * ptToMM
	checkJoints(t, table, wt, 0, 0, []joint{ // ╔
		{"outer corner", -1, -1, true}, {"inner corner", 1, 1, true},
		{"gap at the corner", 0, 0, false}, {"top gap past the corner", 1, 0, false}, {"left gap below the corner", 0, 1, false},
		{"outside the corner", -2, -2, false},
	})
	checkJoints(t, table, wt, 1, 0, []joint{ // ╦
		{"outer strand across", 0, -1, true}, {"gap", 0, 0, false}, {"inner strand cut", 0, 1, false},
		{"inner corner left", -1, 1, true}, {"inner corner right", 1, 1, true},
	})
	checkJoints(t, table, wt, 0, 1, []joint{ // ╠
		{"outer strand down", -1, 0, true}, {"gap", 0, 0, false}, {"inner strand cut", 1, 0, false},
	})
	checkJoints(t, table, wt, 1, 1, []joint{ // ╬
		{"middle", 0, 0, false}, {"above", 0, -1, false}, {"below", 0, 1, false}, {"left", -1, 0, false}, {"right", 1, 0, false},
		{"upper left", -1, -1, true}, {"upper right", 1, -1, true}, {"lower left", -1, 1, true}, {"lower right", 1, 1, true},
	})
}

// TestSingleLinesMeetDoubleOnes: single inside lines end on a double
// frame's inner strand, never crossing its gap (╟, ╤); a thick single
// line turns a corner closed (┌); a line meeting none ends square.
func TestSingleLinesMeetDoubleOnes(t *testing.T) {
	d, s := line("double", 0.75), line("single", 1.5)
	wt := 0.75 * ptToMM
	table := twoByTwo(&wordmodel.TableBorders{Top: d, Left: d, Bottom: d, Right: d, InsideH: s, InsideV: s})
	checkJoints(t, table, wt, 0, 1, []joint{ // ╟
		{"outer strand", -1, 0, true}, {"gap", 0, 0, false}, {"inner strand", 1, 0, true}, {"single line", 3, 0, true},
	})
	checkJoints(t, table, wt, 1, 0, []joint{ // ╤
		{"outer strand", 0, -1, true}, {"gap", 0, 0, false}, {"inner strand", 0, 1, true}, {"single line", 0, 3, true},
	})
	thick := line("single", 3)
	wt3 := 3 * ptToMM
	corner := twoByTwo(&wordmodel.TableBorders{Top: thick, Left: thick, Bottom: thick, Right: thick, InsideH: line("none", 0), InsideV: line("none", 0)})
	checkJoints(t, corner, wt3, 0, 0, []joint{{"outer corner", -0.4, -0.4, true}}) // ┌
	open := twoByTwo(&wordmodel.TableBorders{Top: d, Left: line("none", 0), Bottom: d, Right: d, InsideH: line("none", 0), InsideV: line("none", 0)})
	checkJoints(t, open, wt, 0, 0, []joint{{"before the left end", -0.2, -1, false}, {"at the left end", 0.2, -1, true}})
}
