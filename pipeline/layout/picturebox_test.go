package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestCroppedPicturesAreClipped: a cropped picture is drawn whole, larger
// than its box by what is cut off and placed so that its shown part fills
// the box, clipped to the box; one turned turns about the box's centre,
// the whole picture with it; room left empty makes it smaller.
func TestCroppedPicturesAreClipped(t *testing.T) {
	img := &wordmodel.Image{Name: "scan.jpeg", Format: "JPEG", Width: 50, Height: 20, Crop: wordmodel.Crop{L: 0.25, R: 0.25, T: 0.5}}
	ops := pictureOps(img, 10, 10, 50, 20)
	if len(ops) != 1 || ops[0].kind != opImage || ops[0].path == nil {
		t.Fatalf("ops %+v", ops)
	}
	o := ops[0]
	if !near(o.x, -15) || !near(o.y, -10) || !near(o.w, 100) || !near(o.h, 40) {
		t.Errorf("the whole picture at %.2f %.2f, %.2f by %.2f", o.x, o.y, o.w, o.h)
	}
	if x, y, w, h := o.path.Bounds(); !near(x, 10) || !near(y, 10) || !near(w, 50) || !near(h, 20) {
		t.Errorf("clipped to %.2f %.2f %.2f %.2f, want the box", x, y, w, h)
	}
	// Its left half cut off and turned a quarter clockwise: the whole
	// picture's centre, the box's left edge's middle, turns to above the
	// box's centre.
	turned := &wordmodel.Image{Format: "JPEG", Width: 50, Height: 20, Crop: wordmodel.Crop{L: 0.5}, Rotation: 90}
	o = pictureOps(turned, 10, 10, 50, 20)[0]
	if cx, cy := o.x+o.w/2, o.y+o.h/2; !near(cx, 35) || !near(cy, -5) || o.img.Rotation != 90 {
		t.Errorf("turned picture's centre %.2f %.2f, turned %v", cx, cy, o.img.Rotation)
	}
	if x, y, w, h := o.path.Bounds(); !near(x, 25) || !near(y, -5) || !near(w, 20) || !near(h, 50) {
		t.Errorf("turned clip %.2f %.2f %.2f %.2f", x, y, w, h)
	}
	padded := &wordmodel.Image{Format: "PNG", Width: 50, Height: 20, Crop: wordmodel.Crop{L: -0.25, R: -0.25}}
	if o := pictureOps(padded, 0, 0, 50, 20)[0]; !near(o.w, 50/1.5) || !near(o.x, 0.25*50/1.5) {
		t.Errorf("padded picture at %.2f, %.2f wide", o.x, o.w)
	}
	if ops := pictureOps(&wordmodel.Image{Format: "PNG", Width: 50, Height: 20}, 0, 0, 50, 20); len(ops) != 1 || ops[0].path != nil {
		t.Errorf("a plain picture is drawn %+v", ops)
	}
}

// TestFramedPicturesAreDrawn: a picture in a shape (图片形状) is drawn
// within the shape's outline; its line (图片边框) is drawn over it as a
// shape's, at its width and colour, dashed; the 圆角矩形 style's line
// round its corners.
func TestFramedPicturesAreDrawn(t *testing.T) {
	line := &wordmodel.Outline{Color: "C00000", Width: 2, Dash: "dash", Compound: "sng"}
	img := &wordmodel.Image{Format: "PNG", Width: 40, Height: 20, Frame: &wordmodel.Shape{Geometry: "roundRect", Corner: 0.25, Width: 40, Height: 20, Outline: line}}
	ops := pictureOps(img, 0, 0, 40, 20)
	if len(ops) != 2 || ops[0].kind != opImage || ops[1].kind != opPath {
		t.Fatalf("ops %+v", ops)
	}
	curves := 0
	for _, s := range ops[0].path.Segs {
		if s.Op == 'C' {
			curves++
		}
	}
	if curves != 4 || !near(ops[0].w, 40) {
		t.Errorf("clip of %d curves, picture %.2f wide", curves, ops[0].w)
	}
	if p := ops[1].path; p.Stroke != "C00000" || !near(p.Width, 2*ptToMM) || p.Dash == nil || p.Fill != "" {
		t.Errorf("the line %+v", p)
	}
	oval := &wordmodel.Image{Format: "PNG", Width: 40, Height: 20, Frame: &wordmodel.Shape{Geometry: "ellipse", Width: 40, Height: 20}}
	if ops := pictureOps(oval, 0, 0, 40, 20); len(ops) != 1 || ops[0].path == nil || ops[0].path.Segs[1].Op != 'C' {
		t.Errorf("oval picture %+v", ops)
	}
}
