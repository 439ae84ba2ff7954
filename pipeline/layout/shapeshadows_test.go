package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
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

// TestAPicturesSharpShadowIsDrawnBeforeIt: a picture's sharp shadow is
// its box filled in the shadow's colour, moved by the shadow's offset,
// drawn before the picture; a framed one's is its shape's inside and
// line; one turned turns its box's shadow with it.
func TestAPicturesSharpShadowIsDrawnBeforeIt(t *testing.T) {
	shadow := &wordmodel.ShapeShadow{DX: 1, DY: 2, Color: "808080"}
	ops := pictureOps(&wordmodel.Image{Format: "JPEG", Width: 50, Height: 20, Shadow: shadow}, 10, 10, 50, 20)
	if len(ops) != 2 || ops[0].kind != opPath || ops[1].kind != opImage || ops[0].path.Fill != "808080" {
		t.Fatalf("ops %+v", ops)
	}
	if x, y, w, h := ops[0].path.Bounds(); !near(x, 11) || !near(y, 12) || !near(w, 50) || !near(h, 20) {
		t.Errorf("the shadow at %.2f %.2f, %.2f by %.2f", x, y, w, h)
	}
	line := &wordmodel.Outline{Color: "C00000", Width: 2, Compound: "sng"}
	framed := &wordmodel.Image{Format: "PNG", Width: 40, Height: 20, Shadow: shadow, Frame: &wordmodel.Shape{Geometry: "ellipse", Width: 40, Height: 20, Outline: line}}
	ops = pictureOps(framed, 0, 0, 40, 20)
	if len(ops) != 4 || ops[0].path.Fill != "808080" || ops[1].path.Stroke != "808080" || ops[2].kind != opImage || ops[3].path.Stroke != "C00000" {
		t.Fatalf("framed ops %+v", ops)
	}
	turned := pictureOps(&wordmodel.Image{Format: "JPEG", Width: 50, Height: 20, Rotation: 90, Shadow: shadow}, 10, 10, 50, 20)
	if x, y, w, h := turned[0].path.Bounds(); !near(x, 26) || !near(y, -3) || !near(w, 20) || !near(h, 50) {
		t.Errorf("the turned picture's shadow at %.2f %.2f, %.2f by %.2f", x, y, w, h)
	}
}
