package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestTextGradientsSpanTheRun: a run's linear gradient runs from its
// first glyph's start to its last's end (the axis's (0, 0) to (1, 0) on
// the page), a downward one from the face's ascent over the baseline to
// its descent under it; its shadow's copy is drawn in the shadow's colour,
// not the gradient; a turned text's gradient turns with it.
func TestTextGradientsSpanTheRun(t *testing.T) {
	across := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFFF00"}, {Pos: 1, Color: "70AD47"}}}, Shadow: &wordmodel.TextShadow{DX: 1, DY: 1}}
	down := &wordmodel.Effects{Gradient: &wordmodel.Gradient{Stops: []wordmodel.GradientStop{{Pos: 0, Color: "FFF2F2"}, {Pos: 1, Color: "FF0000"}}, Angle: 90}}
	items := glyphItems(t, wordmodel.Run{Text: "平"}, wordmodel.Run{Text: "线性向右", Effects: across}, wordmodel.Run{Text: "向下", Effects: down, Size: 22})
	// On the document's grid each character is an item of its own: the
	// gradient spans them all.
	var texts, copies []Item
	var downward *Item
	for k, it := range items {
		switch {
		case it.Copy:
			copies = append(copies, it)
		case it.Shade != nil && it.Size == 22:
			downward = &items[k]
		case it.Shade != nil:
			texts = append(texts, it)
		}
	}
	if len(texts) == 0 || len(copies) != len(texts) || downward == nil {
		t.Fatalf("items %+v", items)
	}
	for _, c := range copies {
		if c.Shade != nil {
			t.Errorf("the shadow's copy %+v is filled with the gradient", c)
		}
	}
	first, last := texts[0], texts[len(texts)-1]
	width := last.X - first.X
	for _, a := range last.Advances {
		width += a
	}
	for _, it := range texts {
		m := it.Shade.Matrix
		if !near(m[4], first.X) || !near(m[0], width) || !near(m[1], 0) {
			t.Errorf("the gradient across %s runs from %.2f, %.2f mm long, want from %.2f across %.2f", it.Text, m[4], m[0], first.X, width)
		}
	}
	d := downward.Shade.Matrix
	if !near(d[0], 0) || d[1] <= 22*ptToMM || d[5] >= downward.Y-22*ptToMM*0.8 || d[5]+d[1] <= downward.Y {
		t.Errorf("the downward gradient %v does not run from over the type's top to under its baseline %.2f", d, downward.Y)
	}
	turned := first
	turned.Angle = 90
	// Its start, at the type's top over X, turned to its left.
	if p := turned.PageShade(); !near(p[0], 0) || !near(p[1], -width) || !near(p[4], first.X-(first.Y-first.Shade.Matrix[5])) {
		t.Errorf("turned upwards, the gradient across runs %v, want up from the start", p)
	}
}
