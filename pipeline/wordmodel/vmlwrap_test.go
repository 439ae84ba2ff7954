package wordmodel_test

import (
	"math"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestVMLWrapIsRead: a VML shape's w10:wrap, as Word 2003 and WPS write
// it: square on both sides with the style's wrap distances (VML's 9 pt
// beside by default), top and bottom, tight along its wrapcoords (in
// 21600ths, or its coordsize's units), on one side; none and no w10:wrap
// are in front of the text.
func TestVMLWrapIsRead(t *testing.T) {
	const pt = 25.4 / 72
	style := `position:absolute;margin-left:10pt;margin-top:5pt;width:100pt;height:50pt;z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text`
	for _, tc := range []struct {
		name, style, attrs, wrap string
		want                     wordmodel.Wrap
		poly                     []wordmodel.Point
	}{
		{"square", style + `;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3pt;mso-wrap-distance-right:12pt;mso-wrap-distance-bottom:3pt`, ``, `<w10:wrap type="square"/>`,
			wordmodel.Wrap{Mode: "square", Side: "bothSides", Left: 9 * pt, Right: 12 * pt, Top: 3 * pt, Bottom: 3 * pt, Outline: wordmodel.Box{W: 100 * pt, H: 50 * pt}}, nil},
		{"VML's defaults, on the largest side", style, ``, `<w10:wrap type="square" side="largest" anchorx="margin"/>`,
			wordmodel.Wrap{Mode: "square", Side: "largest", Left: 9 * pt, Right: 9 * pt, Outline: wordmodel.Box{W: 100 * pt, H: 50 * pt}}, nil},
		{"top and bottom", style, ``, `<w10:wrap type="topAndBottom"/>`,
			wordmodel.Wrap{Mode: "topAndBottom", Side: "bothSides", Left: 9 * pt, Right: 9 * pt, Outline: wordmodel.Box{W: 100 * pt, H: 50 * pt}}, nil},
		{"tight", style, ` wrapcoords="0 0 21600 10800 0 21600"`, `<w10:wrap type="tight" side="left"/>`,
			wordmodel.Wrap{Mode: "tight", Side: "left", Left: 9 * pt, Right: 9 * pt, Outline: wordmodel.Box{W: 100 * pt, H: 50 * pt}},
			[]wordmodel.Point{{0, 0}, {100 * pt, 25 * pt}, {0, 50 * pt}}},
		{"none", style, ``, `<w10:wrap type="none"/>`, wordmodel.Wrap{}, nil},
		{"in front", style, ``, ``, wordmodel.Wrap{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := shapeDoc(t, `<w:p><w:r><w:t>环绕</w:t></w:r>`+st.Pict(`<v:rect id="矩形 1" style="`+tc.style+`"`+tc.attrs+` fillcolor="red">`+tc.wrap+`</v:rect>`)+`</w:p>`, nil)
			wantListed(t, doc)
			sps := shapesOf(doc)
			if len(sps) != 1 {
				t.Fatalf("%d shapes", len(sps))
			}
			got := sps[0].Float.Wrap
			poly := got.Polygon
			got.Polygon = nil
			round := func(w *wordmodel.Wrap) {
				for _, p := range []*float64{&w.Left, &w.Right, &w.Top, &w.Bottom, &w.Outline.X, &w.Outline.Y, &w.Outline.W, &w.Outline.H} {
					*p = math.Round(*p*1000) / 1000
				}
			}
			want := tc.want
			round(&got)
			round(&want)
			if got != want {
				t.Errorf("wrap %+v, want %+v", got, want)
			}
			if (poly == nil) != (tc.poly == nil) {
				t.Fatalf("polygon %v, want %v", poly, tc.poly)
			}
			for i := range tc.poly {
				if math.Abs(poly.Points[i].X-tc.poly[i].X) > 0.001 || math.Abs(poly.Points[i].Y-tc.poly[i].Y) > 0.001 {
					t.Errorf("polygon %v, want %v", poly.Points, tc.poly)
				}
			}
		})
	}
}
