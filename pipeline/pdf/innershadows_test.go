package pdf

import (
	"testing"
)

// TestInnerShadowsInThePDF: each inner-shadowed shape of the corpus has
// its inside drawn as one picture (no soft mask, the same bytes each
// time) of its fill darkened along the edges the shadow falls on and
// plain along the others: along the middle row, Word's 内部：右下 darkens
// the right end, not the left, WPS's (towards the bottom right) the
// left, not the right, and 内部：中 both; the middle is the plain fill.
func TestInnerShadowsInThePDF(t *testing.T) {
	for _, f := range innerShadowFeatures(t) {
		out, ok := effectPDF(t, f)
		if !ok {
			continue
		}
		fill := uint32(0xff) // FFC000's red
		if f.name == "textbox-inner-shadow" {
			fill = 0xde // DEEBF7's
		}
		insides := 0
		for _, img := range imagesOf(t, out) {
			b := img.pixels.Bounds()
			if b.Dx() < 200 {
				continue
			}
			insides++
			y := (b.Min.Y + b.Max.Y) / 2
			red := func(x int) uint32 { r, _, _, _ := img.pixels.At(x, y).RGBA(); return r >> 8 }
			// 0.7 mm in from either end, and the middle.
			l, r, m := red(b.Min.X+4), red(b.Max.X-5), red((b.Min.X+b.Max.X)/2)
			dark := func(v uint32) bool { return v+40 < fill }
			plain := func(v uint32) bool { return v+10 >= fill && v <= fill+4 }
			want := map[string][2]bool{"shape-inner-shadow": {false, true}, "textbox-inner-shadow": {false, true}, "shape-inner-shadow-wps": {true, false}, "shape-inner-shadow-centre": {true, true}}[f.name]
			if dark(l) != want[0] || dark(r) != want[1] || !want[0] && !plain(l) || !want[1] && !plain(r) || !plain(m) {
				t.Errorf("%s: along the middle row red %d at the left, %d at the right, %d in the middle; the fill's %d, darkened %v", f.name, l, r, m, fill, want)
			}
		}
		want := 2
		if f.name == "textbox-inner-shadow" {
			want = 1
		}
		if insides != want {
			t.Errorf("%s: %d pictures of insides, want %d", f.name, insides, want)
		}
	}
}
