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

// TestGroundUnderATextIsTheShapeFilledBeneath: a shape filled under a
// text (a text box's fill, the page's colour) is the ground its blurred
// shadow is graded over: its colour, a gradient's where the text is; one
// outside the text is not.
func TestGroundUnderATextIsTheShapeFilledBeneath(t *testing.T) {
	text := Item{Kind: Glyphs, X: 20, Y: 20, Size: 12, Advances: []float64{4, 4}}
	square := polygonSegs(Point{10, 10}, Point{40, 10}, Point{40, 30}, Point{10, 30})
	items := []Item{{Kind: Shape, Path: &Path{Segs: square, Fill: "DDEBF7"}}}
	if g := groundUnder(items, text); g != "DDEBF7" {
		t.Errorf("the ground under a filled square is %q", g)
	}
	// Across the square from black at its left to white at its right:
	// the text's middle (24 mm) is 14 of its 30 mm across.
	across := &Shade{Stops: []Stop{{Pos: 0, Color: "000000"}, {Pos: 1, Color: "FFFFFF"}}, Matrix: [6]float64{30, 0, 0, 20, 10, 10}}
	items = append(items, Item{Kind: Shape, Path: &Path{Segs: square, Shade: across}})
	if g := groundUnder(items, text); g != "777777" {
		t.Errorf("the ground under a gradient is %q, want its grey at the text's middle", g)
	}
	far := polygonSegs(Point{100, 10}, Point{140, 10}, Point{140, 30}, Point{100, 30})
	if g := groundUnder([]Item{{Kind: Shape, Path: &Path{Segs: far, Fill: "FF0000"}}}, text); g != "" {
		t.Errorf("a square elsewhere is taken as the ground: %q", g)
	}
}
