package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAJustifiedLastLineBesideAFloatIsNotStretched: a justified
// paragraph's last line, standing left of a picture wrapped on both
// sides, is set left at its own width, as Word sets any last line; the
// empty span right of the picture does not make it a line to stretch.
func TestAJustifiedLastLineBesideAFloatIsNotStretched(t *testing.T) {
	pic := floatPicture(t, 50, 50, wordmodel.Float{FromX: "margin", AlignX: "center", FromY: "paragraph"}, "square", "bothSides")
	p := body("甲乙丙", pic)
	p.Align = "both"
	r := presetLaid(t, p)
	img := floatDrawn(t, r)
	bands := bandsOf(r)
	if len(bands) != 1 {
		t.Fatalf("%d lines, want 1", len(bands))
	}
	if right, want := bands[0].right(), bands[0].ops[0].x+3*r.g.cell; right > want+0.5 || right > img.x-3 {
		t.Errorf("%q ends at %.2f mm, want at its own width's %.2f (the picture at %.2f)", bands[0].text(), right, want, img.x)
	}
}
