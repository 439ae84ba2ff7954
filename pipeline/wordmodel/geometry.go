package wordmodel

import (
	_ "embed"
	"math"
	"strings"
	"sync"
)

// A shape's outline is DrawingML's geometry (ECMA-376 Part 1 §20.1.9): a
// list of guides, evaluated in order over the shape's size and its adjust
// values, and paths through them. A preset (a:prstGeom) is the
// standard's definition of that name (presetgeom.txt); a freeform (任意多
// 边形, 自由曲线: a:custGeom) carries its own. Both are read by the same
// reader into Shape.Paths, the preset's arcs and quadratic curves turned
// into cubic ones here, once, for every back-end.

// presetGeometry is ECMA-376 Part 1's presetShapeDefinitions.xml, Annex
// D of the standard, which Ecma publishes free of charge to copy and use:
// each preset a line, its name, a tab and its definition as a:custGeom's
// content (presetgen writes it from the standard's file).
//
//go:generate go run ./presetgen -in testdata/presetShapeDefinitions.xml
//go:embed presetgeom.txt
var presetGeometry string

var presetIndex = sync.OnceValue(func() map[string]string {
	defs := map[string]string{}
	for _, line := range strings.Split(presetGeometry, "\n") {
		if name, def, ok := strings.Cut(line, "\t"); ok {
			defs[name] = def
		}
	}
	return defs
})

// presetDefinition is preset prst's geometry; ok false for a name the
// standard does not define.
func presetDefinition(prst string) (def string, ok bool) {
	def, ok = presetIndex()[prst]
	return def, ok
}

// Subpath is one a:path of a shape's geometry: its steps, mm from the
// shape's box's top left corner (only M, L, C and Z: arcs and quadratic
// curves are read as cubic curves), whether it is drawn with the
// shape's line, and how its inside is filled: "none", or "norm" with the
// shape's fill, or that fill lightened or darkened (lighten, lightenLess,
// darken, darkenLess: a can's lid, a cube's sides).
type Subpath struct {
	Segs   []PathSeg
	Fill   string
	Stroke bool
}

// PathSeg is one step of a subpath: M moves to Pts[0], L draws a line to
// it, C a cubic Bézier curve through Pts[0] and Pts[1] to Pts[2], Z
// closes the subpath.
type PathSeg struct {
	Op  byte
	Pts []Point
}

// shapeGeometry evaluates the geometry def (a:custGeom's content, or a
// preset's) for a box w by h mm, with the document's adjust values avLst
// (a:gd elements) over the definition's own: its paths and its text
// rectangle (the whole box where it names none).
func shapeGeometry(def string, w, h float64, avLst string) ([]Subpath, Box) {
	// Guides are evaluated in EMU, as a freeform's numbers are written.
	W, H := w*emuPerMM, h*emuPerMM
	g := guides(W, H)
	own := map[string]float64{}
	eachElement(avLst, "a:gd", func(tag string) {
		if v, ok := strings.CutPrefix(attr(tag, "fmla"), "val "); ok {
			own[attr(tag, "name")] = number(v)
		}
	})
	if i := next(def, "a:avLst", 0); i >= 0 {
		eachElement(def[i:end(def, i, "a:avLst")], "a:gd", func(tag string) {
			name := attr(tag, "name")
			if v, ok := own[name]; ok {
				g[name] = v
				return
			}
			g.define(name, attr(tag, "fmla"))
		})
	}
	if i := next(def, "a:gdLst", 0); i >= 0 {
		eachElement(def[i:end(def, i, "a:gdLst")], "a:gd", func(tag string) {
			g.define(attr(tag, "name"), attr(tag, "fmla"))
		})
	}
	text := Box{W: w, H: h}
	if i := next(def, "a:rect", 0); i >= 0 {
		tag := startTag(def, i)
		l, t := g.value(attr(tag, "l"))/emuPerMM, g.value(attr(tag, "t"))/emuPerMM
		text = Box{X: l, Y: t, W: g.value(attr(tag, "r"))/emuPerMM - l, H: g.value(attr(tag, "b"))/emuPerMM - t}
	}
	var paths []Subpath
	if i := next(def, "a:pathLst", 0); i >= 0 {
		list := def[i:end(def, i, "a:pathLst")]
		for k := next(list, "a:path", 0); k >= 0; k = next(list, "a:path", k+1) {
			paths = append(paths, g.path(list[k:end(list, k, "a:path")], W, H))
		}
	}
	return paths, text
}

// define evaluates a guide's formula ("op args …") into name.
func (g guideValues) define(name, fmla string) {
	if f := strings.Fields(fmla); len(f) > 0 && name != "" {
		g[name] = g.formula(f[0], f[1:])
	}
}

// eachElement calls f with the start tag of each <name> in s, in order.
func eachElement(s, name string, f func(tag string)) {
	for i := next(s, name, 0); i >= 0; i = next(s, name, i+1) {
		f(startTag(s, i))
	}
}

// path reads one a:path, its points in its own w by h space (the
// shape's, W by H EMU, where it gives none), into mm in the shape's box.
func (g guideValues) path(el string, W, H float64) Subpath {
	tag := startTag(el, 0)
	sp := Subpath{Fill: "norm", Stroke: true}
	if f := attr(tag, "fill"); f != "" {
		sp.Fill = f
	}
	if s := attr(tag, "stroke"); s == "0" || s == "false" {
		sp.Stroke = false
	}
	sx, sy := 1.0/emuPerMM, 1.0/emuPerMM
	if pw := number(attr(tag, "w")); pw > 0 {
		sx = W / pw / emuPerMM
	}
	if ph := number(attr(tag, "h")); ph > 0 {
		sy = H / ph / emuPerMM
	}
	// Points are kept in the path's own space, where its arcs' angles
	// are, and scaled once the path is read: scaling keeps a Bézier curve
	// the same curve.
	var segs []PathSeg
	var cur, start Point
	pt := func(s string) Point { t := startTag(s, 0); return Point{g.value(attr(t, "x")), g.value(attr(t, "y"))} }
	for i := strings.Index(el[1:], "<a:") + 1; i > 0 && i < len(el); {
		name := el[i+1 : i+strings.IndexAny(el[i:], " />")]
		e := i + len(startTag(el, i))
		if !strings.HasSuffix(startTag(el, i), "/") {
			e = end(el, i, name)
		}
		step := el[i:e]
		var pts []Point
		for k := next(step, "a:pt", 0); k >= 0; k = next(step, "a:pt", k+1) {
			pts = append(pts, pt(step[k:]))
		}
		switch {
		case name == "a:moveTo" && len(pts) == 1:
			segs = append(segs, PathSeg{'M', pts})
			cur, start = pts[0], pts[0]
		case name == "a:lnTo" && len(pts) == 1:
			segs = append(segs, PathSeg{'L', pts})
			cur = pts[0]
		case name == "a:cubicBezTo" && len(pts) == 3:
			segs = append(segs, PathSeg{'C', pts})
			cur = pts[2]
		case name == "a:quadBezTo" && len(pts) == 2:
			segs = append(segs, PathSeg{'C', quadToCubic(cur, pts[0], pts[1])})
			cur = pts[1]
		case name == "a:arcTo":
			t := startTag(step, 0)
			var arc []PathSeg
			arc, cur = arcBeziers(cur, g.value(attr(t, "wR")), g.value(attr(t, "hR")), g.value(attr(t, "stAng"))/60000, g.value(attr(t, "swAng"))/60000)
			segs = append(segs, arc...)
		case name == "a:close":
			segs = append(segs, PathSeg{Op: 'Z'})
			cur = start
		}
		n := strings.Index(el[e:], "<a:")
		if n < 0 {
			break
		}
		i = e + n
	}
	for _, s := range segs {
		for k := range s.Pts {
			s.Pts[k] = Point{s.Pts[k].X * sx, s.Pts[k].Y * sy}
		}
	}
	sp.Segs = segs
	return sp
}

// quadToCubic is the cubic curve's control points and end drawing the
// quadratic curve from p0 through q to p2.
func quadToCubic(p0, q, p2 Point) []Point {
	return []Point{
		{p0.X + 2.0/3*(q.X-p0.X), p0.Y + 2.0/3*(q.Y-p0.Y)},
		{p2.X + 2.0/3*(q.X-p2.X), p2.Y + 2.0/3*(q.Y-p2.Y)},
		p2,
	}
}

// arcBeziers is an a:arcTo from cur: the arc of the ellipse of radii wR,
// hR on which cur stands at stAng, swept swAng (degrees, clockwise on the
// page, y going down), as cubic curves of at most a quarter turn each,
// and where it ends. The angles are where a ray from the ellipse's
// centre meets it, as the presets' own formulas place an arc's ends (a
// pie's x1 = hc + cat2(wd2, hd2·cos, wd2·sin)); the curves are drawn by
// the ellipse's parameter, which differs from that angle off the axes.
func arcBeziers(cur Point, wR, hR, stAng, swAng float64) ([]PathSeg, Point) {
	if swAng == 0 || wR == 0 && hR == 0 {
		return nil, cur
	}
	param := func(a float64) float64 {
		r := a * math.Pi / 180
		return math.Atan2(wR*math.Sin(r), hR*math.Cos(r))
	}
	t1 := param(stAng)
	dt := param(stAng+swAng) - t1
	switch {
	case math.Abs(swAng) >= 360:
		dt = math.Copysign(2*math.Pi, swAng)
	case swAng > 0:
		for dt <= 0 {
			dt += 2 * math.Pi
		}
	default:
		for dt >= 0 {
			dt -= 2 * math.Pi
		}
	}
	segs := ellipseArc(Point{cur.X - wR*math.Cos(t1), cur.Y - hR*math.Sin(t1)}, wR, hR, t1, dt)
	return segs, segs[len(segs)-1].Pts[2]
}

// ellipseArc is the arc of the ellipse about c of radii rx, ry from its
// parameter t1 through dt radians, as cubic curves of at most a quarter
// turn each.
func ellipseArc(c Point, rx, ry, t1, dt float64) []PathSeg {
	if dt == 0 {
		return nil
	}
	n := int(math.Ceil(math.Abs(dt)/(math.Pi/2) - 1e-9))
	step := dt / float64(n)
	// k is the control points' distance along the tangent for a curve
	// of step radians.
	k := 4.0 / 3 * math.Tan(step/4)
	at := func(t float64) (Point, Point) {
		s, co := math.Sincos(t)
		return Point{c.X + rx*co, c.Y + ry*s}, Point{-rx * s, ry * co}
	}
	var out []PathSeg
	p0, d0 := at(t1)
	for i := 1; i <= n; i++ {
		p1, d1 := at(t1 + step*float64(i))
		out = append(out, PathSeg{'C', []Point{{p0.X + k*d0.X, p0.Y + k*d0.Y}, {p1.X - k*d1.X, p1.Y - k*d1.Y}, p1}})
		p0, d0 = p1, d1
	}
	return out
}
