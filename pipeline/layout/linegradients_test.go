package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestALineIsStrokedWithItsGradient: a line's gradient (Outline.Gradient)
// strokes each strand of the outline (a double line's both) and fills
// its arrowhead, across the shape's box: a rectangle's left to right
// over its 40 mm; a level line's box, of no height, is taken as high as
// the line so that a gradient down it has a length.
func TestALineIsStrokedWithItsGradient(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	g := &wordmodel.Gradient{RotWithShape: true, Stops: stops}
	sp := &wordmodel.Shape{Geometry: "rect", Width: 40, Height: 20, Outline: &wordmodel.Outline{Color: "FF0000", Width: 6, Dash: "solid", Compound: "dbl", Gradient: g}}
	ps := shapePaths(sp, 100, 100, 40, 20)
	if len(ps) != 2 {
		t.Fatalf("%d paths, want the double line's two strands", len(ps))
	}
	for _, p := range ps {
		if p.StrokeShade == nil || p.Stroke != "FF0000" || p.Shade != nil {
			t.Fatalf("strand %+v", p)
		}
		m := matrix(p.StrokeShade.Matrix)
		if a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0}); !nearly(a.X, 100, 1e-9) || !nearly(b.X, 140, 1e-9) || !nearly(a.Y, b.Y, 1e-9) {
			t.Errorf("axis %v to %v, want 100 to 140 across", a, b)
		}
	}
	line := &wordmodel.Shape{Geometry: "line", Width: 50, Height: 0, Outline: &wordmodel.Outline{Color: "FF0000", Width: 3, Dash: "dash", Compound: "sng",
		Tail: wordmodel.Arrow{Type: "triangle", Width: 3, Length: 3}, Gradient: &wordmodel.Gradient{Angle: 90, RotWithShape: true, Stops: stops}}}
	ps = shapePaths(line, 10, 50, 50, 0)
	if len(ps) != 2 || ps[0].StrokeShade == nil || ps[0].Dash == nil || ps[1].Shade == nil || ps[1].Fill == "" {
		t.Fatalf("line paths %+v", ps)
	}
	m := matrix(ps[0].StrokeShade.Matrix)
	// 3 pt is 1.06 mm: the axis runs down that height about y 50.
	if a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0}); !nearly(b.Y-a.Y, 3*ptToMM, 1e-9) || !nearly((a.Y+b.Y)/2, 50, 1e-9) {
		t.Errorf("level line's axis %v to %v", a, b)
	}
}
