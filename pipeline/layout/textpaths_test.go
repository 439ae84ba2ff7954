package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestRectangularTextGradientIsDrawnInTheGlyphs: a run's rectangular
// gradient from its centre is four linear quarters across the run's box,
// each drawn within the glyphs' outlines (a bold run's widened by sixteen
// copies round them), over the text drawn unfilled; a gradient outline is
// the outlines stroked after the text in a gradient across the run, as
// wide as the outline and, bold, the bold stroke, the text not outlined.
func TestRectangularTextGradientIsDrawnInTheGlyphs(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FFC000"}, {Pos: 1, Color: "C00000"}}
	rect := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Path: "rect", Focus: wordmodel.Box{X: 0.5, Y: 0.5}, Stops: stops}}
	outline := &wordmodel.Effects{Outline: 1, OutlineGradient: &wordmodel.Gradient{Angle: 90, Stops: stops}, NoFill: true}
	clips := map[bool]int{}
	for _, bold := range []bool{false, true} {
		doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "矩形轮廓", Runs: []wordmodel.Run{
			{Text: "矩形", Effects: rect, Bold: bold}, {Text: "轮廓", Effects: outline, Bold: bold}}}}}
		laid, err := Layout(doc, testOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		var items []Item
		laid.Pages(func(p Page) error {
			items = append(items, p.Items...)
			return nil
		})
		var quarters, strokes []*Path
		var texts []Item
		for _, it := range items {
			switch {
			case it.Kind == Shape && it.Path.Shade != nil:
				quarters = append(quarters, it.Path)
			case it.Kind == Shape && it.Path.StrokeShade != nil:
				strokes = append(strokes, it.Path)
			case it.Kind == Glyphs && strings.ContainsAny(it.Text, "矩形轮廓"):
				texts = append(texts, it)
			}
		}
		// On the document's grid each character is an item of its own.
		if len(quarters) != 8 || len(strokes) != 2 || len(texts) != 4 {
			t.Fatalf("bold %v: %d quarters, %d strokes, %d texts", bold, len(quarters), len(strokes), len(texts))
		}
		clips[bold] = len(quarters[0].Clip)
		for _, q := range quarters {
			if len(q.Clip) == 0 || len(q.Shade.Stops) != 2 || q.Shade.Radial {
				t.Errorf("bold %v: a quarter %d segs long within %d, stops %v", bold, len(q.Segs), len(q.Clip), q.Shade.Stops)
			}
		}
		// The first character's quarters run from the centre of both
		// characters' box: its right quarter's axis starts right of it.
		if m := quarters[1].Shade.Matrix; m[4] <= texts[0].X+texts[0].Advances[0]*0.9 {
			t.Errorf("bold %v: the right quarter's gradient starts at %.2f, not at the run's middle", bold, m[4])
		}
		for _, it := range texts[:2] {
			if !it.Hollow || it.Shade != nil || it.Bold || it.Outline != 0 {
				t.Errorf("bold %v: the text under the quarters %+v", bold, it)
			}
		}
		want := ptToMM
		if bold {
			want += texts[2].Size * ptToMM / 30
		}
		for k, s := range strokes {
			if !near(s.Width, want) || len(s.Segs) == 0 || s.StrokeShade.Radial || !texts[2+k].Hollow || texts[2+k].Outline != 0 {
				t.Errorf("bold %v: the outline %v wide over %+v, want %.3f", bold, s.Width, texts[2+k], want)
			}
		}
	}
	if clips[true] != clips[false]*(widenings+1) {
		t.Errorf("the bold glyphs' clip is %d segs, want the plain one's %d and %d copies", clips[true], clips[false], widenings)
	}
}
