package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestGlowAndReflection: a glow is four copies of the glyphs widened by
// strokes of twice 5, 3.75, 2.5 and 1.25 pt, palest first, moved under
// the texts before it that it reaches (发's under 前, 光's under 发); a reflection is the glyphs mirrored
// under the run's box and filled with a gradient down it from the text's
// colour at 55% over white to white, drawn before the text.
func TestGlowAndReflection(t *testing.T) {
	glow := &wordmodel.Effects{Glow: &wordmodel.TextGlow{Radius: 5, Color: "8FAADC"}}
	reflect := &wordmodel.Effects{Reflection: &wordmodel.Reflection{Blur: 0.5, StartAlpha: 0.55, EndAlpha: 0.003, EndPos: 0.455}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "前发光映像", Runs: []wordmodel.Run{
		{Text: "前"}, {Text: "发光", Effects: glow}, {Text: "映像", Effects: reflect, Color: "4472C4"}}}}}
	laid, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	laid.Pages(func(p Page) error {
		items = append(items, p.Items...)
		return nil
	})
	first, second, bands, mirror := -1, -1, []Item{}, -1
	var reflected Item
	for k, it := range items {
		switch {
		case it.Kind == Glyphs && it.Text == "前" && !it.Copy:
			first = k
		case it.Kind == Glyphs && it.Text == "发" && !it.Copy:
			second = k
		case it.Kind == Glyphs && it.Copy:
			bands = append(bands, it)
			if it.Text == "发" && first >= 0 || it.Text == "光" && second >= 0 {
				t.Errorf("the glow's copy of %s is drawn over the text before it, which it reaches", it.Text)
			}
		case it.Kind == Shape && it.Path.Shade != nil && mirror < 0:
			mirror = k
		case it.Kind == Glyphs && strings.HasPrefix(it.Text, "映"):
			reflected = it
			if mirror < 0 {
				t.Errorf("映像 is drawn before its reflection")
			}
		}
	}
	// On the document's grid each character is an item of its own.
	if len(bands) != 2*blurBands || first < 0 || mirror < 0 {
		t.Fatalf("%d glow copies, 前 at %d, the reflection at %d", len(bands), first, mirror)
	}
	last := 255
	for k, b := range bands[:blurBands] {
		if want := 2 * 5 * float64(blurBands-k) / blurBands * ptToMM; !near(b.Outline, want) || b.OutlineColor != b.Color || rgbOf(b.Color)[0] >= last {
			t.Errorf("glow copy %d: %+v, want widened by %.2f mm, darker than %d", k, b, want, last)
		}
		last = rgbOf(b.Color)[0]
	}
	p := items[mirror].Path
	x, y, _, h := p.Bounds()
	if y <= reflected.Y || y > reflected.Y+reflected.Size*ptToMM*0.5 || h < reflected.Size*ptToMM*0.5 || x < reflected.X-1 {
		t.Errorf("the reflection is at %.2f, %.2f, %.2f high; the text's baseline at %.2f, %.2f", x, y, h, reflected.X, reflected.Y)
	}
	s := p.Shade
	if len(s.Stops) != 2 || s.Stops[0].Color != overWhite("4472C4", 0.55) || s.Stops[1].Pos != 0.455 || rgbOf(s.Stops[1].Color)[0] < 0xFE || s.Matrix[0] != 0 || s.Matrix[1] <= 0 {
		t.Errorf("the reflection's fade %+v", s)
	}
}
