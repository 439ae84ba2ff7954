package wordmodel

import (
	"math"
	"strings"
	"testing"
)

// TestEveryPresetIsDrawn: each of the standard's 187 presets evaluates,
// at a wide, a tall and a square size, to paths of finite points near
// its box (a callout's pointer and a scroll's curl reach out of it), a
// text rectangle inside it, and a line or an inside to draw.
func TestEveryPresetIsDrawn(t *testing.T) {
	if n := len(presetIndex()); n != 187 {
		t.Fatalf("%d presets, want the standard's 187", n)
	}
	for name, def := range presetIndex() {
		for _, size := range [][2]float64{{40, 20}, {15, 50}, {30, 30}} {
			w, h := size[0], size[1]
			paths, text := shapeGeometry(def, w, h, "")
			drawn := false
			for _, sub := range paths {
				drawn = drawn || sub.Stroke || sub.Fill != "none"
				if len(sub.Segs) == 0 || sub.Segs[0].Op != 'M' {
					t.Errorf("%s %v: a subpath does not start with a move: %v", name, size, sub.Segs)
				}
				for _, s := range sub.Segs {
					for _, p := range s.Pts {
						if math.IsNaN(p.X+p.Y) || math.IsInf(p.X+p.Y, 0) || p.X < -2*w || p.X > 3*w || p.Y < -2*h || p.Y > 3*h {
							t.Errorf("%s %v: point %v", name, size, p)
						}
					}
				}
			}
			if !drawn {
				t.Errorf("%s %v: nothing drawn", name, size)
			}
			if text.W < -0.001 || text.H < -0.001 || text.X < -0.001 || text.Y < -0.001 || text.X+text.W > w+0.001 || text.Y+text.H > h+0.001 {
				t.Errorf("%s %v: text rectangle %+v", name, size, text)
			}
		}
	}
}

// TestArcsFollowTheStandardsAngles: an a:arcTo's angles are where a ray
// from the ellipse's centre meets it, not the ellipse's parameter: 45°
// on an ellipse twice as wide as tall is on the diagonal through its
// centre; a half turn ends across the ellipse; each curve is at most a
// quarter turn, its control points on the tangents.
func TestArcsFollowTheStandardsAngles(t *testing.T) {
	near := func(p Point, x, y float64) bool { return math.Abs(p.X-x) < 1e-6 && math.Abs(p.Y-y) < 1e-6 }
	// From (2, 0) on an ellipse 2 by 1 about the origin, 45° clockwise.
	segs, end := arcBeziers(Point{2, 0}, 2, 1, 0, 45)
	d := 2 / math.Sqrt(5) // the diagonal meets x²/4 + y² = 1 at x = y = 2/√5
	if len(segs) != 1 || !near(end, d, d) || !near(segs[0].Pts[2], d, d) {
		t.Errorf("45° ends at %v, want (%.4f, %.4f): %v", end, d, d, segs)
	}
	// Its first control point lies straight down from the start, the
	// tangent there.
	if p := segs[0].Pts[0]; math.Abs(p.X-2) > 1e-9 || p.Y <= 0 {
		t.Errorf("first control point %v, want below (2, 0)", p)
	}
	// A half turn clockwise (the page's y going down) from the left end:
	// two quarter curves, through the top, to the right end.
	segs, end = arcBeziers(Point{0, 1}, 2, 1, 180, 180)
	if len(segs) != 2 || !near(segs[0].Pts[2], 2, 0) || !near(end, 4, 1) {
		t.Errorf("half turn: %v to %v", segs, end)
	}
	// A quarter curve's control points are kappa along the tangents.
	if p := segs[0].Pts[0]; !near(p, 0, 1-0.5522847498307933) {
		t.Errorf("quarter curve's first control point %v", p)
	}
	// A full turn comes back where it started.
	if segs, end = arcBeziers(Point{3, 5}, 1, 1, 90, 360); len(segs) != 4 || !near(end, 3, 5) {
		t.Errorf("full turn: %v to %v", segs, end)
	}
	// Anticlockwise from the left end goes down, through the bottom.
	if segs, end = arcBeziers(Point{0, 1}, 2, 1, 180, -90); len(segs) != 1 || !near(end, 2, 2) {
		t.Errorf("quarter turn back: %v to %v", segs, end)
	}
}

// TestQuadraticCurvesAreCubic: a quadratic curve is the cubic one of
// control points two thirds of the way to its control point.
func TestQuadraticCurvesAreCubic(t *testing.T) {
	got := quadToCubic(Point{0, 0}, Point{3, 3}, Point{6, 0})
	if got[0] != (Point{2, 2}) || got[1] != (Point{4, 2}) || got[2] != (Point{6, 0}) {
		t.Errorf("quad to cubic = %v", got)
	}
}

// TestPresetDefinitionsAreTheStandards: the embedded table is the
// standard's, a preset a line; spot checks of its text against Annex D.
func TestPresetDefinitionsAreTheStandards(t *testing.T) {
	for name, want := range map[string]string{
		"heart":    `<a:gd name="dx1" fmla="*/ w 49 48"/>`,
		"arc":      `<a:arcTo wR="wd2" hR="hd2" stAng="stAng" swAng="swAng"/>`,
		"can":      `<a:path stroke="false" fill="lighten"`,
		"triangle": `<a:gd name="adj" fmla="val 50000"/>`,
	} {
		if def, ok := presetDefinition(name); !ok || !strings.Contains(def, want) {
			t.Errorf("%s: %q lacks %q", name, def, want)
		}
	}
}
