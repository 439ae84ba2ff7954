package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestASharpShadowIsDrawnBeforeItsShape: a shape's sharp outer shadow is
// its inside and its line drawn first, in the shadow's colour, moved 3 pt
// at 45° (about 0.75 mm right and down); the shape then as it is.
func TestASharpShadowIsDrawnBeforeItsShape(t *testing.T) {
	rect := st.Anchor{H: "page", V: "page", X: 720000, Y: 720000, CX: 1800000, CY: 720000}
	shadow := `<a:effectLst><a:outerShdw dist="38100" dir="2700000" algn="tl" rotWithShape="0"><a:prstClr val="black"><a:alpha val="40000"/></a:prstClr></a:outerShdw></a:effectLst>`
	body := st.Para(st.Text("正文"), st.Run(rect.Drawing(2, "矩形 2", st.Shape(rect, "rect", "", st.Fill("FFC000")+st.Ln(12700, "", "", "C00000")+shadow, st.Style(true), "", "")), ""))
	_, r := laidShapes(t, st.Docx(t, body, nil))
	ps := paths(r)
	if len(ps) != 4 {
		t.Fatalf("%d paths, want the shadow's inside and line, the shape's", len(ps))
	}
	d := 3 * ptToMM / 1.4142135
	for k := range 2 {
		sx, sy, sw, sh := ps[k].Bounds()
		x, y, w, h := ps[k+2].Bounds()
		if !near(sx-x, d) || !near(sy-y, d) || !near(sw, w) || !near(sh, h) {
			t.Errorf("shadow path %d at %.2f, %.2f (%.2f × %.2f), its shape's at %.2f, %.2f (%.2f × %.2f)", k, sx, sy, sw, sh, x, y, w, h)
		}
	}
	if ps[0].Fill != "999999" || ps[1].Stroke != "999999" || ps[2].Fill != "FFC000" || ps[3].Stroke != "C00000" {
		t.Errorf("the shadow's inside %q and line %q, the shape's %q and %q", ps[0].Fill, ps[1].Stroke, ps[2].Fill, ps[3].Stroke)
	}
}
