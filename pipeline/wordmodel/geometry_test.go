package wordmodel_test

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestPresetPolygonsAreRead: Word's polygonal preset shapes are read as
// their corners at the shape's size, from presetShapeDefinitions' guides:
// with their default adjust values, and with the document's own
// (a:avLst), each corner where the definition's formulas put it; a text
// box of that shape keeps its text rectangle.
func TestPresetPolygonsAreRead(t *testing.T) {
	const mm = 36000
	for _, tc := range []struct {
		prst, avLst string
		w, h        int // mm
		want        []wordmodel.Point
		count       int
	}{
		{"triangle", "", 40, 20, []wordmodel.Point{{0, 20}, {20, 0}, {40, 20}}, 3},
		{"triangle", `<a:gd name="adj" fmla="val 25000"/>`, 40, 20, []wordmodel.Point{{0, 20}, {10, 0}, {40, 20}}, 3},
		{"rtTriangle", "", 30, 20, []wordmodel.Point{{0, 20}, {0, 0}, {30, 20}}, 3},
		{"diamond", "", 30, 20, []wordmodel.Point{{0, 10}, {15, 0}, {30, 10}, {15, 20}}, 4},
		{"parallelogram", "", 40, 20, []wordmodel.Point{{0, 20}, {5, 0}, {40, 0}, {35, 20}}, 4},
		{"trapezoid", `<a:gd name="adj" fmla="val 50000"/>`, 40, 20, []wordmodel.Point{{0, 20}, {10, 0}, {30, 0}, {40, 20}}, 4},
		{"rightArrow", "", 40, 20, []wordmodel.Point{{0, 5}, {30, 5}, {30, 0}, {40, 10}, {30, 20}, {30, 15}, {0, 15}}, 7},
		{"rightArrow", `<a:gd name="adj1" fmla="val 20000"/><a:gd name="adj2" fmla="val 100000"/>`, 40, 20,
			[]wordmodel.Point{{0, 8}, {20, 8}, {20, 0}, {40, 10}, {20, 20}, {20, 12}, {0, 12}}, 7},
		{"leftArrow", "", 40, 20, []wordmodel.Point{{0, 10}, {10, 0}, {10, 5}, {40, 5}, {40, 15}, {10, 15}, {10, 20}}, 7},
		{"upArrow", "", 20, 40, []wordmodel.Point{{0, 10}, {10, 0}, {20, 10}, {15, 10}, {15, 40}, {5, 40}, {5, 10}}, 7},
		{"downArrow", "", 20, 40, []wordmodel.Point{{0, 30}, {5, 30}, {5, 0}, {15, 0}, {15, 30}, {20, 30}, {10, 40}}, 7},
		{"chevron", "", 40, 20, []wordmodel.Point{{0, 0}, {30, 0}, {40, 10}, {30, 20}, {0, 20}, {10, 10}}, 6},
		{"homePlate", "", 40, 20, []wordmodel.Point{{0, 0}, {30, 0}, {40, 10}, {30, 20}, {0, 20}}, 5},
		{"octagon", "", 20, 20, []wordmodel.Point{{0, 5.8578}, {5.8578, 0}}, 8},
		{"hexagon", "", 40, 20, []wordmodel.Point{{0, 10}, {5, 0}, {35, 0}, {40, 10}}, 6},
		{"pentagon", "", 20, 20, []wordmodel.Point{{0, 7.6393}, {10, 0}, {20, 7.6393}}, 5},
		{"star5", "", 20, 20, []wordmodel.Point{{0, 7.6393}, {7.6393, 7.6393}, {10, 0}}, 10},
	} {
		a := st.Anchor{H: "column", V: "paragraph", CX: tc.w * mm, CY: tc.h * mm}
		spPr := ""
		prst := tc.prst
		if tc.avLst != "" {
			prst = `<a:prstGeom prst="` + tc.prst + `"><a:avLst>` + tc.avLst + `</a:avLst></a:prstGeom>`
		}
		doc := shapeDoc(t, `<w:p><w:r><w:t>形</w:t></w:r>`+st.Run(a.Drawing(5, "形状 5", st.Shape(a, prst, "", spPr, st.Style(true), "", "")), "")+`</w:p>`, nil)
		wantListed(t, doc)
		sps := shapesOf(doc)
		if len(sps) != 1 || sps[0].Geometry != tc.prst || len(corners(sps[0])) != tc.count {
			t.Errorf("%s %s: read %+v", tc.prst, tc.avLst, sps)
			continue
		}
		for i, p := range tc.want {
			if got := corners(sps[0])[i]; math.Abs(got.X-p.X) > 0.001 || math.Abs(got.Y-p.Y) > 0.001 {
				t.Errorf("%s %s: corner %d at %.4f, want %.4f", tc.prst, tc.avLst, i, got, p)
			}
		}
	}
}

// corners are the points a polygonal shape's outline goes through, in
// order: its paths' moves' and lines'.
func corners(sp wordmodel.Shape) []wordmodel.Point {
	var out []wordmodel.Point
	for _, sub := range sp.Paths {
		for _, s := range sub.Segs {
			if s.Op == 'M' || s.Op == 'L' {
				out = append(out, s.Pts...)
			}
		}
	}
	return out
}

// pathOf reads one shape of geometry geom (a prst, or a:custGeom) w by h
// mm as Word writes it, and fails unless it is drawn.
func pathOf(t *testing.T, geom string, w, h int) wordmodel.Shape {
	t.Helper()
	const mm = 36000
	a := st.Anchor{H: "column", V: "paragraph", CX: w * mm, CY: h * mm}
	doc := shapeDoc(t, `<w:p><w:r><w:t>形</w:t></w:r>`+st.Run(a.Drawing(5, "形状 5", st.Shape(a, geom, "", "", st.Style(true), "", "")), "")+`</w:p>`, nil)
	wantListed(t, doc)
	sps := shapesOf(doc)
	if len(sps) != 1 || len(sps[0].Paths) == 0 {
		t.Fatalf("%s: read %+v", geom, sps)
	}
	return sps[0]
}

func nearPoint(p wordmodel.Point, x, y float64) bool {
	return math.Abs(p.X-x) < 0.001 && math.Abs(p.Y-y) < 0.001
}

// TestCurvedPresetsAreRead: a heart is two cubic curves through the
// standard's guides, its control points where hand computation puts
// them; an arc runs from its start angle to its end, a quarter of the
// ellipse by default, not filled but drawn; a can's lid is lighter.
func TestCurvedPresetsAreRead(t *testing.T) {
	heart := pathOf(t, "heart", 48, 30)
	segs := heart.Paths[0].Segs
	// hc 24, hd4 7.5, y1 = -hd3 = -10, x3 = hc + w·10/48 = 34, x4 = hc + w·49/48 = 73,
	// x1 = hc - w·49/48 = -25, x2 = hc - w·10/48 = 14.
	if len(segs) != 4 || segs[1].Op != 'C' || !nearPoint(segs[0].Pts[0], 24, 7.5) ||
		!nearPoint(segs[1].Pts[0], 34, -10) || !nearPoint(segs[1].Pts[1], 73, 7.5) || !nearPoint(segs[1].Pts[2], 24, 30) ||
		!nearPoint(segs[2].Pts[0], -25, 7.5) || !nearPoint(segs[2].Pts[1], 14, -10) || segs[3].Op != 'Z' {
		t.Errorf("heart = %+v", segs)
	}
	if tr := heart.TextRect; tr == nil || !nearMM(tr.X, 8) || !nearMM(tr.Y, 7.5) || !nearMM(tr.W, 32) || !nearMM(tr.H, 12.5) {
		t.Errorf("heart's text rectangle = %+v", heart.TextRect)
	}
	// arc: from 270° (the top) clockwise to 0° (the right end).
	arc := pathOf(t, "arc", 40, 20)
	if len(arc.Paths) != 2 || arc.Paths[0].Stroke || arc.Paths[1].Fill != "none" || !arc.Paths[1].Stroke {
		t.Fatalf("arc's paths = %+v", arc.Paths)
	}
	line := arc.Paths[1].Segs
	if len(line) != 2 || !nearPoint(line[0].Pts[0], 20, 0) || !nearPoint(line[1].Pts[2], 40, 10) {
		t.Errorf("arc = %+v", line)
	}
	// The same arc from 180° to 45°: through the top to the right, lower down.
	arc = pathOf(t, `<a:prstGeom prst="arc"><a:avLst><a:gd name="adj1" fmla="val 10800000"/><a:gd name="adj2" fmla="val 2700000"/></a:avLst></a:prstGeom>`, 40, 20)
	line = arc.Paths[1].Segs
	last := line[len(line)-1].Pts[2]
	// 45° meets the ellipse x²/20² + y²/10² = 1 where x = y = 20/√5.
	if d := 20 / math.Sqrt(5); len(line) != 4 || !nearPoint(line[0].Pts[0], 0, 10) || !nearPoint(last, 20+d, 10+d) {
		t.Errorf("arc 180° to 45° = %+v", line)
	}
	can := pathOf(t, "can", 20, 40)
	if len(can.Paths) != 3 || can.Paths[1].Fill != "lighten" || can.Paths[1].Stroke {
		t.Errorf("can's paths = %+v", can.Paths)
	}
}

// TestFreeformsAreRead: a custGeom's path is scaled from its own space to
// the shape's box; its quadratic curve becomes the cubic one; its arc
// goes on from where the path stands; its text is set in its a:rect.
func TestFreeformsAreRead(t *testing.T) {
	sp := pathOf(t, st.Freeform, 40, 20)
	segs := sp.Paths[0].Segs
	if sp.Geometry != "custom" || len(segs) != 7 || !sp.Paths[0].Stroke || sp.Paths[0].Fill != "norm" {
		t.Fatalf("freeform = %+v", sp)
	}
	// 1000 by 500 is 40 by 20 mm: x·0.04, y·0.04.
	if !nearPoint(segs[0].Pts[0], 0, 20) || !nearPoint(segs[1].Pts[0], 20, 0) {
		t.Errorf("move and line = %+v", segs[:2])
	}
	if q := segs[2]; q.Op != 'C' || !nearPoint(q.Pts[0], 26.6667, 0) || !nearPoint(q.Pts[1], 33.3333, 6.6667) || !nearPoint(q.Pts[2], 40, 20) {
		t.Errorf("quadratic curve = %+v", q)
	}
	// The arc: a half circle of radius 250 (10 mm) from (1000, 500)
	// clockwise, its centre (750, 500): through the bottom to (500, 500).
	if a, b := segs[3], segs[4]; a.Op != 'C' || !nearPoint(a.Pts[2], 30, 30) || !nearPoint(b.Pts[2], 20, 20) {
		t.Errorf("arc = %+v %+v", a, b)
	}
	if tr := sp.TextRect; tr == nil || !nearMM(tr.W, 40) || !nearMM(tr.H, 20) {
		t.Errorf("text rectangle = %+v", sp.TextRect)
	}
}
