package layout

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestLinearGradientsRunCornerToCorner: a linear gradient's axis runs
// from the corner it meets first to the one it meets last: at 45° in a
// 40 by 20 box its lines of one colour are square to the axis, which
// runs from (5, -5) to (35, 25); scaled (a:lin scaled), the angle is
// the unit square's, so the axis runs corner to corner, (0, 0) to
// (40, 20), its lines along the other diagonal's image; at 0° left to
// right; at 270° bottom to top.
func TestLinearGradientsRunCornerToCorner(t *testing.T) {
	near := func(p Point, x, y float64) bool { return nearly(p.X, x, 1e-9) && nearly(p.Y, y, 1e-9) }
	for _, tc := range []struct {
		angle    float64
		scaled   bool
		from, to Point
		along    Point // a step along a line of one colour
	}{
		{45, false, Point{5, -5}, Point{35, 25}, Point{-1, 1}},
		{45, true, Point{0, 0}, Point{40, 20}, Point{-40, 20}},
		{0, false, Point{0, 10}, Point{40, 10}, Point{0, 1}},
		{270, true, Point{20, 20}, Point{20, 0}, Point{1, 0}},
	} {
		m := linearAxis(&wordmodel.Gradient{Angle: tc.angle, Scaled: tc.scaled}, 40, 20)
		a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0})
		step := m.apply(Point{0, 1})
		d := Point{step.X - a.X, step.Y - a.Y}
		if !near(a, tc.from.X, tc.from.Y) || !near(b, tc.to.X, tc.to.Y) || !nearly(d.X*tc.along.Y-d.Y*tc.along.X, 0, 1e-9) {
			t.Errorf("%v° scaled %v: axis %v to %v, lines along %v", tc.angle, tc.scaled, a, b, d)
		}
	}
}

// TestAGradientTurnsWithItsShapeOrNot: a rotated shape's gradient turns
// with it where rotWithShape says so; otherwise it runs down the page
// across the box the turned shape takes.
func TestAGradientTurnsWithItsShapeOrNot(t *testing.T) {
	stops := []wordmodel.GradientStop{{Pos: 0, Color: "FF0000"}, {Pos: 1, Color: "0000FF"}}
	for _, turns := range []bool{true, false} {
		sp := &wordmodel.Shape{Geometry: "rect", Width: 40, Height: 20, Rotation: 90,
			Gradient: &wordmodel.Gradient{Angle: 90, RotWithShape: turns, Stops: stops}}
		ps := shapePaths(sp, 100, 100, 40, 20)
		if len(ps) != 1 || ps[0].Shade == nil {
			t.Fatalf("paths %+v", ps)
		}
		m := matrix(ps[0].Shade.Matrix)
		a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0})
		// Turned a quarter clockwise about (120, 110): the box's top is
		// on the right, at x 130; its bottom at x 110. Level, the turned
		// box spans y 90 to 130.
		if turns && !(nearly(a.X, 130, 1e-9) && nearly(b.X, 110, 1e-9)) || !turns && !(nearly(a.Y, 90, 1e-9) && nearly(b.Y, 130, 1e-9)) {
			t.Errorf("rotWithShape %v: axis %v to %v", turns, a, b)
		}
	}
}

// TestPatternsAreTiledFromTheBox: a pattern fill's cell is 8 dots of
// 1/96 inch each way, from the shape's box's top left, turning with the
// shape; the path is the shape's outline.
func TestPatternsAreTiledFromTheBox(t *testing.T) {
	pat := &wordmodel.Pattern{Rows: [8]byte{0xAA, 0x55}, Fg: "FF0000", Bg: "FFFFFF"}
	sp := &wordmodel.Shape{Geometry: "rect", Width: 40, Height: 20, Rotation: 90, Pattern: pat}
	ps := shapePaths(sp, 100, 100, 40, 20)
	if len(ps) != 1 || ps[0].Pattern == nil || ps[0].Pattern.Fg != "FF0000" || len(ps[0].Segs) != 5 {
		t.Fatalf("paths %+v", ps)
	}
	m := matrix(ps[0].Pattern.Matrix)
	// The box's top left, turned a quarter about (120, 110), is at
	// (130, 90); a cell's width runs down the page.
	o, across := m.apply(Point{0, 0}), m.apply(Point{8, 0})
	if !nearly(o.X, 130, 1e-9) || !nearly(o.Y, 90, 1e-9) || !nearly(across.Y-o.Y, 8*25.4/96, 1e-9) || !nearly(across.X, o.X, 1e-9) {
		t.Errorf("cell from %v across to %v", o, across)
	}
	if runs := ps[0].Pattern.Runs(); len(runs) != 8 || runs[0] != [3]int{0, 0, 1} || runs[4] != [3]int{1, 1, 1} {
		t.Errorf("runs %v", runs)
	}
}

// TestAPictureFillIsDrawnWithinItsShape: a shape's picture fill is the
// picture over the shape's box, turned with it, drawn within the
// shape's outline (the Picture item's Path); the outline is drawn over
// it.
func TestAPictureFillIsDrawnWithinItsShape(t *testing.T) {
	img := &wordmodel.Image{Name: "image1.png", Format: "PNG", Data: []byte{1}}
	sp := wordmodel.Shape{Name: "椭圆", Geometry: "ellipse", Width: 40, Height: 20, Rotation: 30, Picture: img,
		Float:   &wordmodel.Float{FromX: "page", FromY: "page", X: 50, Y: 100},
		Outline: &wordmodel.Outline{Color: "000000", Width: 1, Dash: "solid", Compound: "sng"}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Paragraph{Style: "Normal", Text: "图", Runs: []wordmodel.Run{{Text: "图"}}, Shapes: []wordmodel.Shape{sp}}}}
	laid, err := Layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var items []Item
	laid.Pages(func(p Page) error {
		for _, it := range p.Items {
			if it.Kind == Picture || it.Kind == Shape {
				items = append(items, it)
			}
		}
		return nil
	})
	if len(items) != 2 || items[0].Kind != Picture || items[1].Kind != Shape {
		t.Fatalf("items %+v", items)
	}
	pic := items[0]
	if pic.X != 50 || pic.Y != 100 || pic.W != 40 || pic.H != 20 || pic.Angle != -30 || pic.Path == nil || len(pic.Path.Segs) != 6 || pic.Path.Segs[1].Op != 'C' {
		t.Errorf("picture %+v", pic)
	}
	// The clip is the ellipse as its outline is drawn, turned.
	if a, b := pic.Path.Segs[0].Pts[0], items[1].Path.Segs[0].Pts[0]; !nearly(a.X, b.X, 1e-9) || !nearly(a.Y, b.Y, 1e-9) {
		t.Errorf("clip starts at %v, the outline at %v", a, b)
	}
}

// TestATurnedTextBoxTurnsItsShapesFills: a shape in a rotated text box
// turns with the box's text: its outline, its clip and its gradient's
// space alike.
func TestATurnedTextBoxTurnsItsShapesFills(t *testing.T) {
	p := &Path{Segs: polygonSegs(Point{10, 0}, Point{20, 0}, Point{20, 10}), Clip: polygonSegs(Point{10, 0}, Point{20, 0}, Point{20, 10}),
		Shade: &Shade{Matrix: [6]float64{10, 0, 0, 1, 10, 5}}}
	out, ok := turned([]op{{kind: opPath, path: p}}, Point{0, 0}, 90)
	if !ok || len(out) != 1 {
		t.Fatalf("turned %+v", out)
	}
	q := out[0].path
	// A quarter clockwise about the origin (y down): (x, y) to (-y, x).
	m := matrix(q.Shade.Matrix)
	if a, b := m.apply(Point{0, 0}), m.apply(Point{1, 0}); !nearly(a.X, -5, 1e-9) || !nearly(a.Y, 10, 1e-9) || !nearly(b.X, -5, 1e-9) || !nearly(b.Y, 20, 1e-9) {
		t.Errorf("gradient axis %v to %v", a, b)
	}
	if c := q.Clip[1].Pts[0]; !nearly(c.X, 0, 1e-9) || !nearly(c.Y, 20, 1e-9) || q.Segs[2].Pts[0] != q.Clip[2].Pts[0] {
		t.Errorf("clip %v, outline %v", q.Clip, q.Segs)
	}
	if p.Shade.Matrix != [6]float64{10, 0, 0, 1, 10, 5} {
		t.Errorf("the original changed: %v", p.Shade.Matrix)
	}
}
