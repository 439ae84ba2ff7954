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
		if len(sps) != 1 || sps[0].Geometry != tc.prst || len(sps[0].Points) != tc.count {
			t.Errorf("%s %s: read %+v", tc.prst, tc.avLst, sps)
			continue
		}
		for i, p := range tc.want {
			if got := sps[0].Points[i]; math.Abs(got.X-p.X) > 0.001 || math.Abs(got.Y-p.Y) > 0.001 {
				t.Errorf("%s %s: corner %d at %.4f, want %.4f", tc.prst, tc.avLst, i, got, p)
			}
		}
	}
}
