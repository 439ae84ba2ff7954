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
		if f.name == "picture-reflection" || f.name == "picture-reflection-jpeg" {
			continue // TestPictureReflectionsInThePDF
		}
		out, ok := effectPDF(t, f)
		if !ok {
			continue
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

// TestPictureReflectionsInThePDF: a picture's reflection (the corpus's
// bands of black, red, white and blue, 50 by 20 mm) is one picture
// beside the picture itself, as wide as it and as tall as the fade's end
// (endPos of its 20 mm), its bands in their order, each faded over white
// from the start alpha (52% of black: 122) down.
// A JPEG's has a picture of its own too.
func TestPictureReflectionsInThePDF(t *testing.T) {
	mmPx := 150 / 25.4
	for _, f := range shapeReflectionFeatures(t) {
		if f.name != "picture-reflection" && f.name != "picture-reflection-jpeg" {
			continue
		}
		doc, err := wordmodel.Read(f.docx(t))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if len(doc.Undrawn) > 0 {
			t.Errorf("%s: listed %v", f.name, doc.Undrawn)
			continue
		}
		out := renderDoc(t, doc, false)
		if !bytes.Equal(out, renderDoc(t, doc, false)) || bytes.Contains(out, []byte("/SMask")) {
			t.Errorf("%s: two PDFs differ or a soft mask", f.name)
		}
		if f.name == "picture-reflection-jpeg" {
			// The JPEG is kept as it is (DCT), its reflection a PNG.
			if n := bytes.Count(out, []byte("/Subtype /Image")); n != 2 {
				t.Errorf("%s: %d pictures, want the JPEG and its reflection", f.name, n)
			}
			continue
		}
		end := 0.35
		var found bool
		for _, img := range imagesOf(t, out) {
			b := img.pixels.Bounds()
			if b.Dx() == 100 && b.Dy() == 40 {
				continue // the picture
			}
			found = true
			if math.Abs(float64(b.Dx())-50*mmPx) > 3 || math.Abs(float64(b.Dy())-end*20*mmPx) > 3 {
				t.Errorf("%s: the reflection is %d×%d px, want %.0f×%.0f", f.name, b.Dx(), b.Dy(), 50*mmPx, end*20*mmPx)
			}
			at := func(band, row int) (uint32, uint32, uint32) {
				r, g, bl, _ := img.pixels.At(b.Min.X+b.Dx()*(2*band+1)/8, b.Min.Y+row).RGBA()
				return r >> 8, g >> 8, bl >> 8
			}
			k, _, _ := at(0, 1)
			r, g, _ := at(1, 1)
			w, _, _ := at(2, 1)
			_, _, bl := at(3, 1)
			kLow, _, _ := at(0, b.Dy()*3/4)
			if math.Abs(float64(k)-122) > 8 || r < 250 || g > 135 || w < 250 || bl < 250 || kLow < k+40 {
				t.Errorf("%s: the reflection's top row black %d, red %d/%d, white %d, blue %d; black three quarters down %d", f.name, k, r, g, w, bl, kLow)
			}
		}
		if !found {
			t.Errorf("%s: no reflection", f.name)
		}
	}
}
