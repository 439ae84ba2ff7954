package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestBlurredShadowIsGraded: a blurred w14 shadow is four copies widened
// by strokes of twice 3, 2.25, 1.5 and 0.75 pt (a 3 pt blur), each paler
// than the next and stroked in its own fill, then the glyphs' shape,
// all at the shadow's place and lighter than the shadow's colour; over a
// run's shading they are graded over the shading's colour, not white; a
// sharp shadow stays one copy in its colour.
func TestBlurredShadowIsGraded(t *testing.T) {
	blurred := &wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.06, DY: 1.06, Color: "666666", Blur: 3}}
	sharp := &wordmodel.Effects{Shadow: &wordmodel.TextShadow{DX: 1.06, DY: 1.06, Color: "666666"}}
	items := glyphItems(t, wordmodel.Run{Text: "模糊", Effects: blurred}, wordmodel.Run{Text: "底纹", Effects: blurred, Shading: "FFFF00"},
		wordmodel.Run{Text: "清晰", Effects: sharp})
	copies := map[string][]Item{}
	for _, it := range items {
		if it.Copy {
			// On the document's grid each character is an item of its own.
			first := []rune(it.Text)[0:1]
			copies[string(first)] = append(copies[string(first)], it)
		}
	}
	if len(copies["清"]) != 1 || copies["清"][0].Color != "666666" || copies["清"][0].Outline != 0 {
		t.Errorf("the sharp shadow is %+v", copies["清"])
	}
	for _, text := range []string{"模", "底"} {
		bands := copies[text]
		if len(bands) != blurBands+1 {
			t.Fatalf("%s: %d copies, want %d", text, len(bands), blurBands+1)
		}
		last := rgbOf("FFFFFF")
		for k, b := range bands {
			c := rgbOf(b.Color)
			want := 0.0
			if k < blurBands {
				want = 2 * 3 * float64(blurBands-k) / blurBands * ptToMM
			}
			if !near(b.Outline, want) || b.Outline > 0 && b.OutlineColor != b.Color || c[0] >= last[0] || b.X != bands[0].X || b.Y != bands[0].Y {
				t.Errorf("%s copy %d: %+v, want widened by %.2f mm in its own colour, darker than %v", text, k, b, want, last)
			}
			last = c
		}
		if last[0] <= 0x66 {
			t.Errorf("%s: the shadow's core %v is not lighter than its colour", text, last)
		}
		if yellow := last[2] < last[0]-8; yellow != (text == "底") {
			t.Errorf("%s: the shadow's core %v is graded over the wrong ground", text, last)
		}
	}
}
