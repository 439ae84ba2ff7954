package layout

import (
	"image"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestPicturesInALineOfText: a signature after 负责人： is drawn where its
// run is, between the text before and after it, standing on the line's
// baseline; the line grows to hold it, so the next paragraph starts below
// it; a picture wider than the indented lines is scaled down to them; the
// content stream places both.
func TestPicturesInALineOfText(t *testing.T) {
	png := testPNG(t, image.NewGray(image.Rect(0, 0, 8, 4)))
	sig := wordmodel.Image{Name: "sig.png", Format: "PNG", Data: png, Width: 30, Height: 15}
	banner := wordmodel.Image{Name: "banner.png", Format: "PNG", Data: png, Width: 400, Height: 20}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: "负责人：（签字）", Images: []wordmodel.Image{sig},
			Runs: []wordmodel.Run{{Text: "负责人："}, {Picture: 1}, {Text: "（签字）"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "下方横幅", Images: []wordmodel.Image{banner},
			Runs: []wordmodel.Run{{Text: "下方"}, {Picture: 1}, {Text: "横幅"}}, Indent: &wordmodel.Indent{Left: 400}},
	}}
	opt, r, imgs := laidPictures(t, doc, 2)
	s := imgs[0]
	before, after := firstTextOp(t, r, "负"), firstTextOp(t, r, "（")
	if s.img.Name != "sig.png" || s.w != 30 || s.h != 15 || !near(s.x+s.w, after.x) || s.x <= before.x {
		t.Errorf("the signature at %+v, want just before （ at %.2f", s, after.x)
	}
	if !near(s.y+s.h, before.y) || !near(before.y, after.y) || glyphTop(before) < s.y {
		t.Errorf("the signature from %.2f to %.2f, want it on the baseline %.2f (（ at %.2f)", s.y, s.y+s.h, before.y, after.y)
	}
	if s.y < r.top()-0.01 {
		t.Errorf("the signature starts at %.2f, above the text block at %.2f: the line did not grow", s.y, r.top())
	}
	b := imgs[1]
	next := firstTextOp(t, r, "下")
	if b.y < s.y+s.h || glyphTop(next) < s.y+s.h {
		t.Errorf("the next paragraph (%.2f, its picture at %.2f) is over the signature ending at %.2f", glyphTop(next), b.y, s.y+s.h)
	}
	inner := r.width() - 400/20*ptToMM
	if !near(b.w, inner) || !near(b.h, 20*inner/400) || !near(b.x, r.left()+400/20*ptToMM) {
		t.Errorf("the banner is %.2f × %.2f at %.2f, want the indented lines' width %.2f", b.w, b.h, b.x, inner)
	}
	wantPlaced(t, doc, opt, imgs)
}
