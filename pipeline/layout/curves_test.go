package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestCurvedShapesAreDrawn: a heart Word draws is filled and outlined by
// cubic curves at its place on the page; a can's lid is filled lighter
// than its body and its line drawn once over both; an elbow connector
// (bentConnector3) with an arrowhead at its end gets the head there,
// pointing along its last leg, its line stopping under the head; a
// closed shape gets none.
func TestCurvedShapesAreDrawn(t *testing.T) {
	const mm = 36000
	heart := st.Anchor{H: "page", V: "page", X: 48 * mm, Y: 100 * mm, CX: 48 * mm, CY: 30 * mm}
	can := st.Anchor{H: "page", V: "page", X: 20 * mm, Y: 150 * mm, CX: 20 * mm, CY: 40 * mm}
	elbow := st.Anchor{H: "page", V: "page", X: 100 * mm, Y: 150 * mm, CX: 40 * mm, CY: 20 * mm}
	arrowLn := `<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:tailEnd type="triangle"/></a:ln>`
	body := st.Para(st.Text("锚"),
		st.Run(heart.Drawing(1, "心形 1", st.Shape(heart, "heart", "", st.Fill("FF0000")+st.Ln(12700, "", "", "000000"), "", "", "")), ""),
		st.Run(can.Drawing(2, "圆柱形 2", st.Shape(can, "can", "", st.Fill("4472C4")+st.Ln(12700, "", "", "000000"), "", "", "")), ""),
		st.Run(elbow.Drawing(3, "连接符: 肘形 3", st.Shape(elbow, "bentConnector3", "", arrowLn, "", "", "")), ""))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	ps := paths(r)
	if len(ps) != 7 {
		t.Fatalf("%d paths, want heart 2, can 3, connector and its head: %+v", len(ps), ps)
	}
	// The heart's first curve: from (hc, hd4) to its point (hc, b),
	// through (x3, -hd3) and (x4, hd4), on the page.
	h := ps[0]
	if h.Fill != "FF0000" || len(h.Segs) != 4 || h.Segs[1].Op != 'C' {
		t.Fatalf("heart = %+v", h)
	}
	want := []Point{{48 + 34, 100 - 10}, {48 + 73, 107.5}, {72, 130}}
	for i, p := range h.Segs[1].Pts {
		if !nearly(p.X, want[i].X, 0.01) || !nearly(p.Y, want[i].Y, 0.01) {
			t.Errorf("heart's curve %v, want %v", h.Segs[1].Pts, want)
		}
	}
	if ps[1].Stroke != "000000" || ps[1].Segs[1].Op != 'C' {
		t.Errorf("heart's line = %+v", ps[1])
	}
	// The can: its body, then its lid lighter, then one line.
	if ps[2].Fill != "4472C4" || ps[3].Fill != "8FAADC" || ps[4].Stroke != "000000" || ps[4].Fill != "" {
		t.Errorf("can = %+v %+v %+v", ps[2], ps[3], ps[4])
	}
	// The connector: right from (100, 150) to the middle, down, right to
	// (140, 170); its head's tip there, its line stopping short of it.
	line, head := ps[5], ps[6]
	last := line.Segs[len(line.Segs)-1].Pts[0]
	if line.Stroke != "000000" || !nearly(line.Segs[0].Pts[0].X, 100, 0.01) || !nearly(last.Y, 170, 0.01) || last.X > 139.5 || last.X < 130 {
		t.Errorf("connector = %+v", line.Segs)
	}
	tip := head.Segs[0].Pts[0]
	if head.Fill != "000000" || !nearly(tip.X, 140, 0.01) || !nearly(tip.Y, 170, 0.01) {
		t.Errorf("arrowhead = %+v", head.Segs)
	}
	// The head's back corners stand left of the tip, one above, one below.
	if b1, b2 := head.Segs[1].Pts[0], head.Segs[2].Pts[0]; b1.X >= 140 || b2.X >= 140 || (b1.Y-170)*(b2.Y-170) >= 0 {
		t.Errorf("arrowhead's base %v %v", b1, b2)
	}
}
