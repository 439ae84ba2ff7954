package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// vmlPreset is a WPS / Word 2007 shape of VML preset type t (its
// v:shapetype with the type's default adj, as they write one beside the
// shape), 144 by 72 pt (50.8 by 25.4 mm), adj its own ("" for none).
func vmlPreset(t, name, adj, typeAdj string) string {
	if adj != "" {
		adj = ` adj="` + adj + `"`
	}
	if typeAdj != "" {
		typeAdj = ` adj="` + typeAdj + `"`
	}
	return st.Pict(`<v:shapetype id="_x0000_t` + t + `" coordsize="21600,21600" o:spt="` + t + `"` + typeAdj + ` path="m@0,l,21600r21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="custom"/></v:shapetype>` +
		`<v:shape id="` + name + `" o:spid="_x0000_s1026" type="#_x0000_t` + t + `"` + adj + ` style="position:absolute;margin-left:10pt;margin-top:5pt;width:144pt;height:72pt;z-index:251659264" fillcolor="red" strokecolor="#c00000"/>`)
}

func TestVMLPresetShapesAreThePolygons(t *testing.T) {
	const w, h = 50.8, 25.4
	has := func(sp wordmodel.Shape, x, y float64) bool {
		for _, p := range corners(sp) {
			if nearMM(p.X, x) && nearMM(p.Y, y) {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		t, name, adj, typeAdj, prst string
		corners                     int
		at                          [][2]float64 // corners the shape must have
		flipV                       bool
	}{
		{"5", "等腰三角形 1", "5400", "10800", "triangle", 3, [][2]float64{{w / 4, 0}, {0, h}, {w, h}}, false},
		{"5", "等腰三角形 2", "", "10800", "triangle", 3, [][2]float64{{w / 2, 0}}, false},
		{"4", "菱形 3", "", "", "diamond", 4, [][2]float64{{0, h / 2}, {w / 2, 0}}, false},
		{"7", "平行四边形 4", "", "5400", "parallelogram", 4, [][2]float64{{w / 4, 0}, {w * 3 / 4, h}}, false},
		// VML's trapezoid is wide at the top: DrawingML's flipped.
		{"8", "梯形 5", "2700", "5400", "trapezoid", 4, [][2]float64{{w / 8, 0}, {w * 7 / 8, 0}, {0, h}}, true},
		{"9", "六边形 6", "", "5400", "hexagon", 6, [][2]float64{{w / 4, 0}, {0, h / 2}}, false},
		{"56", "正五边形 7", "", "", "pentagon", 5, nil, false},
		{"12", "五角星 8", "", "", "star5", 10, nil, false},
		{"13", "右箭头 9", "14400,7200", "16200,5400", "rightArrow", 7, [][2]float64{{w * 2 / 3, h / 3}, {w * 2 / 3, 0}, {w, h / 2}, {0, h * 2 / 3}}, false},
		{"66", "左箭头 10", "", "5400,5400", "leftArrow", 7, [][2]float64{{w / 4, 0}, {0, h / 2}, {w, h / 4}}, false},
		{"67", "下箭头 11", "", "16200,5400", "downArrow", 7, [][2]float64{{w / 4, 0}, {w / 2, h}, {0, h * 3 / 4}}, false},
		{"68", "上箭头 12", "10800", "5400,5400", "upArrow", 7, [][2]float64{{w / 2, 0}, {0, h / 2}, {w / 4, h}}, false},
	} {
		doc := shapeDoc(t, `<w:p>`+vmlPreset(tc.t, tc.name, tc.adj, tc.typeAdj)+`</w:p>`, nil)
		wantListed(t, doc)
		sh := shapesOf(doc)
		if len(sh) != 1 {
			t.Fatalf("%s: %d shapes", tc.name, len(sh))
		}
		sp := sh[0]
		if sp.Geometry != tc.prst || len(corners(sp)) != tc.corners || sp.FlipV != tc.flipV || sp.Fill != "FF0000" || sp.TextRect == nil {
			t.Errorf("%s: %s with %d corners, flipped %v, fill %s; want %s with %d", tc.name, sp.Geometry, len(corners(sp)), sp.FlipV, sp.Fill, tc.prst, tc.corners)
		}
		for _, p := range tc.at {
			if !has(sp, p[0], p[1]) {
				t.Errorf("%s: no corner at %.2f, %.2f: %v", tc.name, p[0], p[1], corners(sp))
			}
		}
	}
}
