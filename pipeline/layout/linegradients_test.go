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

// TestATiledFlippedGradientRepeatsMirrored: a left-to-right gradient over
// the box's left half, flipped across, is two paths, each a half of the
// 40 by 20 box drawn within the outline: the left half's axis from x 100
// to 120, the right half's mirrored, from 140 back to 120 (the colours
// out and back); a tile a quarter of the box down, flipped down only,
// repeats across unmirrored and down mirrored.
func TestATiledFlippedGradientRepeatsMirrored(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	sp := &wordmodel.Shape{Geometry: "rect", Width: 40, Height: 20,
		Gradient: &wordmodel.Gradient{RotWithShape: true, Stops: stops, Tile: wordmodel.Box{W: 0.5, H: 1}, FlipX: true}}
	ps := shapePaths(sp, 100, 100, 40, 20)
	if len(ps) != 2 {
		t.Fatalf("%d paths, want a tile each half", len(ps))
	}
	for k, want := range [][2]float64{{100, 120}, {140, 120}} {
		p := ps[k]
		if p.Shade == nil || p.Clip == nil {
			t.Fatalf("tile %d: %+v", k, p)
		}
		m := matrix(p.Shade.Matrix)
		if a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0}); !nearly(a.X, want[0], 1e-9) || !nearly(b.X, want[1], 1e-9) {
			t.Errorf("tile %d: axis %v to %v, want x %v", k, a, b, want)
		}
		x, _, w, _ := p.Bounds()
		if !nearly(x, 100+20*float64(k), 1e-9) || !nearly(w, 20, 1e-9) {
			t.Errorf("tile %d spans %v + %v", k, x, w)
		}
	}
	sp.Gradient = &wordmodel.Gradient{Angle: 90, RotWithShape: true, Stops: stops, Tile: wordmodel.Box{W: 0.5, H: 0.5}, FlipY: true}
	ps = shapePaths(sp, 100, 100, 40, 20)
	if len(ps) != 4 {
		t.Fatalf("%d paths, want four tiles", len(ps))
	}
	// Row by row: the top row's tiles run down, the bottom row's up.
	for k, want := range [][2]float64{{100, 110}, {100, 110}, {120, 110}, {120, 110}} {
		m := matrix(ps[k].Shade.Matrix)
		if a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0}); !nearly(a.Y, want[0], 1e-9) || !nearly(b.Y, want[1], 1e-9) {
			t.Errorf("tile %d: axis %v to %v, want y %v", k, a, b, want)
		}
	}
}
