package layout

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestCellSpacingSetsCellsApart: a table of cell spacing (单元格间距)
// draws each cell inset by the spacing from its grid box, its shading
// and its own box of lines (the table's inside lines) there, two cells
// twice the spacing apart; the table's outer lines run round its grid;
// each row is twice the spacing taller; a row's own spacing is its own.
func TestCellSpacingSetsCellsApart(t *testing.T) {
	spaced := func(pt, second float64) *wordmodel.Table {
		table := twoByTwo(&wordmodel.TableBorders{Top: line("single", 1.5), Left: line("single", 1.5), Bottom: line("single", 1.5), Right: line("single", 1.5), InsideH: line("single", 0.5), InsideV: line("single", 0.5)})
		for i := range table.Rows {
			table.Rows[i].CellSpacing = pt
			for k := range table.Rows[i].Cells {
				table.Rows[i].Cells[k].Shading = "D9D9D9"
			}
		}
		table.Rows[1].CellSpacing = second
		return table
	}
	fills := func(ops []op) []op {
		var out []op
		for _, o := range ops {
			if o.kind == opFill && o.color == "D9D9D9" {
				out = append(out, o)
			}
		}
		return out
	}
	plain, ops := fills(tableOps(t, spaced(0, 0))[0]), tableOps(t, spaced(3, 6))[0]
	got := fills(ops)
	if len(plain) != 4 || len(got) != 4 {
		t.Fatalf("%d and %d shaded cells, want 4", len(plain), len(got))
	}
	for i, sp := range []float64{3, 3, 6, 6} {
		sp *= ptToMM
		p, g := plain[i], got[i]
		rowGrowth := 0.0 // the first row's growth moves the second down
		if i >= 2 {
			rowGrowth = 2 * 3 * ptToMM
		}
		if !near(g.x, p.x+sp) || !near(g.w, p.w-2*sp) || !near(g.y, p.y+rowGrowth+sp) || !near(g.h, p.h) {
			t.Errorf("cell %d shaded at %.2f, %.2f, %.2f × %.2f; without spacing %.2f, %.2f, %.2f × %.2f: want it inset by %.2f, its row %.2f taller", i, g.x, g.y, g.w, g.h, p.x, p.y, p.w, p.h, sp, 2*sp)
		}
	}
	first := got[0]
	sp := 3 * ptToMM
	// The table's left edge, 1.5 pt, round the grid; the cell's own, ½ pt.
	frame, own := strokes(ops, first.x-sp, 0.5, false), strokes(ops, first.x, 0.2, false)
	if len(frame) == 0 || !near(frame[0].w, 1.5*ptToMM) || frame[0].y > first.y-sp+0.01 {
		t.Errorf("the table's left line: %+v, want 1.5 pt from %.2f", frame, first.y-sp)
	}
	if len(own) == 0 || !near(own[0].w, 0.5*ptToMM) || math.Abs(own[0].y-first.y) > 0.2 { // joined to its top line
		t.Errorf("the first cell's left line: %+v, want ½ pt along its box from %.2f", own, first.y)
	}
	if top := strokes(ops, first.y-sp, 0.5, true); len(top) == 0 || !near(top[0].h, 1.5*ptToMM) {
		t.Errorf("the table's top line: %+v", top)
	}
}

// TestCellSpacingInOtherUnitsIsNone: a table whose cell spacing is set
// as a percentage, auto or nil (as programs other than Word write it) is
// laid out as one without, as Word takes it (MS-OI29500 2.1.152-154): its
// second row's text stands where the plain table's does, where twips
// set the cells apart.
func TestCellSpacingInOtherUnitsIsNone(t *testing.T) {
	table := func(tblPr string) string {
		row := func(text string) string {
			return `<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>` + st.Para(st.Text(text)) + `</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("格")) + `</w:tc></w:tr>`
		}
		return `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/>` + tblPr + `<w:tblBorders><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>` + row("甲") + row("乙") + `</w:tbl>`
	}
	at := func(tblPr string) op {
		_, r := laidShapes(t, st.Docx(t, table(tblPr)+st.Para(st.Text("后")), nil))
		return firstTextOp(t, r, "乙")
	}
	plain := at("")
	if twips := at(`<w:tblCellSpacing w:w="100" w:type="dxa"/>`); near(twips.x, plain.x) || near(twips.y, plain.y) {
		t.Fatalf("乙 at (%.2f, %.2f) with spacing in twips, as without (%.2f, %.2f)", twips.x, twips.y, plain.x, plain.y)
	}
	for _, unit := range []string{"pct", "auto", "nil"} {
		if got := at(`<w:tblCellSpacing w:w="100" w:type="` + unit + `"/>`); !near(got.x, plain.x) || !near(got.y, plain.y) {
			t.Errorf("%s: 乙 at (%.2f, %.2f), want (%.2f, %.2f) as without spacing", unit, got.x, got.y, plain.x, plain.y)
		}
	}
}
