package wordmodel

import (
	"fmt"
	"strings"
)

// A VML shape of a preset type (v:shape type="#_x0000_t5", as Word 2007
// and WPS write an inserted triangle) is drawn as the DrawingML preset
// polygon of the same shape (geometry.go). VML's adjust values (adj,
// up to eight numbers, comma-separated, any left out its type's default)
// are lengths in a 21600 by 21600 box; DrawingML's are shares of the
// shape's shorter side or of its height, in 100,000ths: each type says
// how its adj become the preset's guides.

// vmlPreset is one VML preset type: the DrawingML preset it is, its adj
// defaults, the preset's adjust guides from adj for a box w by h, and
// whether VML draws it upside down from DrawingML's (its trapezoid is
// wide at the top).
type vmlPreset struct {
	prst    string
	adj     []float64
	guides  func(adj []float64, w, h float64) map[string]float64
	flipped bool
}

// share is a VML length (21600ths of the side side) as a share of ss in
// 100,000ths.
func share(v, side, ss float64) float64 {
	if ss <= 0 {
		return 0
	}
	return v / 21600 * side / ss * 100000
}

var vmlPresets = map[string]vmlPreset{
	"#_x0000_t5": {prst: "triangle", adj: []float64{10800}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": a[0] / 21600 * 100000}
	}},
	"#_x0000_t6": {prst: "rtTriangle"},
	"#_x0000_t4": {prst: "diamond"},
	"#_x0000_t7": {prst: "parallelogram", adj: []float64{5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": share(a[0], w, min(w, h))}
	}},
	"#_x0000_t8": {prst: "trapezoid", adj: []float64{5400}, flipped: true, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": share(a[0], w, min(w, h))}
	}},
	"#_x0000_t56": {prst: "pentagon"},
	"#_x0000_t9": {prst: "hexagon", adj: []float64{5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": share(a[0], w, min(w, h))}
	}},
	"#_x0000_t10": {prst: "octagon", adj: []float64{6326}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": a[0] / 21600 * 100000}
	}},
	"#_x0000_t12": {prst: "star5"},
	// Arrows: adj[0] is where the head starts along the arrow, adj[1]
	// where the shaft's edge is across it.
	"#_x0000_t13": {prst: "rightArrow", adj: []float64{16200, 5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj1": (21600 - 2*a[1]) / 21600 * 100000, "adj2": share(21600-a[0], w, min(w, h))}
	}},
	"#_x0000_t66": {prst: "leftArrow", adj: []float64{5400, 5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj1": (21600 - 2*a[1]) / 21600 * 100000, "adj2": share(a[0], w, min(w, h))}
	}},
	"#_x0000_t67": {prst: "downArrow", adj: []float64{16200, 5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj1": (21600 - 2*a[1]) / 21600 * 100000, "adj2": share(21600-a[0], h, min(w, h))}
	}},
	"#_x0000_t68": {prst: "upArrow", adj: []float64{5400, 5400}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj1": (21600 - 2*a[1]) / 21600 * 100000, "adj2": share(a[0], h, min(w, h))}
	}},
	"#_x0000_t55": {prst: "chevron", adj: []float64{16200}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": share(21600-a[0], w, min(w, h))}
	}},
	"#_x0000_t15": {prst: "homePlate", adj: []float64{16200}, guides: func(a []float64, w, h float64) map[string]float64 {
		return map[string]float64{"adj": share(21600-a[0], w, min(w, h))}
	}},
}

// vmlPolygonShape gives sp, a VML shape of preset type typ whose box is
// set, the preset's corners with the shape's adj (its own, else its
// v:shapetype's in el, else the type's defaults).
func vmlPolygonShape(sp *Shape, typ, tag, el string) {
	p := vmlPresets[typ]
	adj := append([]float64(nil), p.adj...)
	for _, given := range []string{vmlShapeTypeAdj(el, typ), attr(tag, "adj")} {
		for k, v := range strings.Split(given, ",") {
			if k < len(adj) && strings.TrimSpace(v) != "" {
				adj[k] = vmlNumber(v)
			}
		}
	}
	var avLst strings.Builder
	if p.guides != nil {
		g := p.guides(adj, sp.Width, sp.Height)
		for _, name := range []string{"adj", "adj1", "adj2"} {
			if v, ok := g[name]; ok {
				fmt.Fprintf(&avLst, `<a:gd name="%s" fmla="val %.0f"/>`, name, v)
			}
		}
	}
	def, _ := presetDefinition(p.prst)
	paths, text := shapeGeometry(def, sp.Width, sp.Height, avLst.String())
	sp.Geometry, sp.Paths, sp.TextRect = p.prst, paths, &text
	sp.FlipV = sp.FlipV != p.flipped
}

// vmlShapeTypeAdj is the adj of the v:shapetype in el that defines the
// type typ; "" for none.
func vmlShapeTypeAdj(el, typ string) string {
	for i := next(el, "v:shapetype", 0); i >= 0; i = next(el, "v:shapetype", i+1) {
		if tag := startTag(el, i); "#"+attr(tag, "id") == typ {
			return attr(tag, "adj")
		}
	}
	return ""
}
