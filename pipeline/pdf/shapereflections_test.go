package pdf

import (
	"bytes"
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestShapeReflectionsInThePDF: each reflected shape of the corpus casts
// one picture (no soft mask, the same bytes each time): the blue
// rectangle's is as wide as it, as tall as the fade's end (endPos of its
// 25 mm), its top row the fill at the start alpha over white (52% or 50%
// of 4472C4's red), lighter down it.
func TestShapeReflectionsInThePDF(t *testing.T) {
	for _, f := range shapeReflectionFeatures(t) {
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if len(doc.Undrawn) > 0 {
			t.Errorf("%s: listed %v", f.name, doc.Undrawn)
			continue
		}
		out := renderDoc(t, doc, false)
		if !bytes.Equal(out, renderDoc(t, doc, false)) {
			t.Errorf("%s: two PDFs of the same document differ", f.name)
		}
		if bytes.Contains(out, []byte("/SMask")) {
			t.Errorf("%s: a soft mask in the archival PDF", f.name)
		}
		end, alpha := map[string]float64{"shape-reflection-tight": 0.35, "shape-reflection-half": 0.55, "shape-reflection-full": 0.9, "shape-reflection-wps": 0.555}[f.name], 0.52
		if f.name == "shape-reflection-full" || f.name == "shape-reflection-wps" {
			alpha = 0.5
		}
		mmPx := 150 / 25.4
		var pictures, blue int
		for _, img := range imagesOf(t, out) {
			pictures++
			b := img.pixels.Bounds()
			x := (b.Min.X + b.Max.X) / 2
			// Its second row: the first may be the shape's foot's edge.
			r0, _, b0, _ := img.pixels.At(x, b.Min.Y+1).RGBA()
			if b0>>8 <= r0>>8 {
				continue // the ellipse's
			}
			blue++
			if math.Abs(float64(b.Dx())-50*mmPx) > 3 || math.Abs(float64(b.Dy())-end*25*mmPx) > 0.15*end*25*mmPx {
				t.Errorf("%s: the rectangle's reflection is %d×%d px, want %.0f×%.0f", f.name, b.Dx(), b.Dy(), 50*mmPx, end*25*mmPx)
			}
			want := 255 + (0x44-255)*alpha
			r1, _, _, _ := img.pixels.At(x, b.Min.Y+b.Dy()*3/4).RGBA()
			if math.Abs(float64(r0>>8)-want) > 6 || r1>>8 < r0>>8+40 {
				t.Errorf("%s: the reflection's red %d at its top (want %.0f), %d three quarters down: it does not fade", f.name, r0>>8, want, r1>>8)
			}
		}
		if pictures != 2 || blue != 1 {
			t.Errorf("%s: %d pictures, %d of the rectangle's reflection; want 2, 1", f.name, pictures, blue)
		}
	}
}
