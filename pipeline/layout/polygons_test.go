package layout

import (
	"slices"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestPresetPolygonsAreDrawn: a triangle and a right arrow Word draws
// are filled and outlined through their corners at their place on the
// page; a double line's strands stand a third of its width outside and
// inside the outline, mitred at the corners; a text box shaped as a
// triangle sets its text in the triangle's text rectangle.
func TestPresetPolygonsAreDrawn(t *testing.T) {
	const mm = 36000
	tri := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 40 * mm, CY: 20 * mm}
	arrow := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 150 * mm, CX: 40 * mm, CY: 20 * mm}
	box := st.Anchor{H: "page", V: "page", X: 100 * mm, Y: 200 * mm, CX: 60 * mm, CY: 40 * mm}
	body := st.Para(st.Text("锚"),
		st.Run(tri.Drawing(1, "等腰三角形 1", st.Shape(tri, "triangle", "", st.Fill("FF0000")+st.Ln(38100, "dbl", "", "000000"), "", "", "")), ""),
		st.Run(arrow.Drawing(2, "箭头: 右 2", st.Shape(arrow, "rightArrow", "", st.Fill("00FF00")+st.Ln(12700, "", "", "0000FF"), "", "", "")), ""),
		st.Run(box.Drawing(3, "文本框 3", st.Shape(box, "triangle", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", st.Para(st.Text("三角")), ` lIns="0" tIns="0" rIns="0" bIns="0">`)), ""))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	ps := paths(r)
	// The figures in front of the text are drawn over the page's text,
	// after the text box, which stays with its text where it stands.
	if k := slices.IndexFunc(ps, func(p *Path) bool { return p.Fill == "FF0000" }); k > 0 {
		ps = append(ps[k:], ps[:k]...)
	}
	corners := func(p *Path) []Point {
		var out []Point
		for _, s := range p.Segs {
			out = append(out, s.Pts...)
		}
		return out
	}
	same := func(name string, got []Point, want ...Point) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %d corners %v, want %v", name, len(got), got, want)
			return
		}
		for i := range want {
			if !nearly(got[i].X, want[i].X, 0.01) || !nearly(got[i].Y, want[i].Y, 0.01) {
				t.Errorf("%s: corners %v, want %v", name, got, want)
				return
			}
		}
	}
	if len(ps) < 7 || ps[0].Fill != "FF0000" || ps[3].Fill != "00FF00" || ps[4].Stroke != "0000FF" {
		t.Fatalf("paths %+v", ps)
	}
	same("the triangle", corners(ps[0]), Point{50, 120}, Point{70, 100}, Point{90, 120})
	same("the arrow", corners(ps[4]), Point{50, 155}, Point{80, 155}, Point{80, 150}, Point{90, 160}, Point{80, 170}, Point{80, 165}, Point{50, 165})
	// The double line is 3 pt: strands a third of it wide, a third out
	// and in; the triangle's base is moved straight down and up.
	third := 3 * ptToMM / 3
	a, b := corners(ps[1]), corners(ps[2])
	if !nearly(a[0].Y+b[0].Y, 240, 0.01) || !nearly(max(a[0].Y, b[0].Y), 120+third, 0.01) || !nearly(a[2].Y, a[0].Y, 0.001) || !nearly(ps[1].Width, third, 0.001) {
		t.Errorf("the double line's strands at %v and %v, %.3f wide", a, b, ps[1].Width)
	}
	// A triangle's text rectangle: from a quarter to three quarters of its
	// width, from half its height down.
	words := firstTextOp(t, r, "三角")
	if words.x < 100+15-0.01 || glyphTop(words) < 200+20-0.01 {
		t.Errorf("the triangle's text at (%.2f, %.2f), outside its text rectangle from (115, 220)", words.x, glyphTop(words))
	}
}
