package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// arrowBase is the narrowest line an arrowhead is sized from, mm: a
// hairline's arrowhead is as large as a 2 pt line's, so that it shows,
// as Office and LibreOffice draw it.
const arrowBase = 0.7

// arrowed is a line's course and its arrowheads in its box, w by h: the
// line from a to b, shortened to the base of a filled arrowhead so that
// its strands do not poke through the point, and the heads' paths
// (filled, or stroked for an open arrow), in the line's colour.
func arrowed(o *wordmodel.Outline, w, h float64) (a, b Point, heads [][]Seg, open []bool) {
	a, b = Point{0, 0}, Point{w, h}
	n := math.Hypot(w, h)
	if n == 0 {
		return a, b, nil, nil
	}
	base := max(o.Width*ptToMM, arrowBase)
	for k, end := range []wordmodel.Arrow{o.Head, o.Tail} {
		if end.Type == "" {
			continue
		}
		tip, from := a, b
		if k == 1 {
			tip, from = b, a
		}
		// u points from the line into the tip; v across it.
		u := Point{(tip.X - from.X) / n, (tip.Y - from.Y) / n}
		v := Point{-u.Y, u.X}
		L, W := end.Length*base, end.Width*base/2
		at := func(along, across float64) Point {
			return Point{tip.X + u.X*along + v.X*across, tip.Y + u.Y*along + v.Y*across}
		}
		back := 0.0 // how far the line stops short of its end
		var segs []Seg
		switch end.Type {
		case "triangle":
			segs, back = polygonSegs(at(0, 0), at(-L, W), at(-L, -W)), L
		case "stealth":
			segs, back = polygonSegs(at(0, 0), at(-L, W), at(-L/2, 0), at(-L, -W)), L/2
		case "diamond":
			segs = polygonSegs(at(L/2, 0), at(0, W), at(-L/2, 0), at(0, -W))
		case "oval":
			segs = ellipseSegs(tip, u, v, L/2, W)
		case "arrow":
			segs = []Seg{{'M', []Point{at(-L, W)}}, {'L', []Point{at(0, 0)}}, {'L', []Point{at(-L, -W)}}}
		}
		back = min(back, n/2)
		if k == 0 {
			a = at(-back, 0)
		} else {
			b = at(-back, 0)
		}
		heads, open = append(heads, segs), append(open, end.Type == "arrow")
	}
	return a, b, heads, open
}

// polygonSegs is the closed path through pts.
func polygonSegs(pts ...Point) []Seg {
	out := []Seg{{'M', []Point{pts[0]}}}
	for _, p := range pts[1:] {
		out = append(out, Seg{'L', []Point{p}})
	}
	return append(out, Seg{'Z', nil})
}

// ellipseSegs is an ellipse about c with radius ru along u and rv along v.
func ellipseSegs(c, u, v Point, ru, rv float64) []Seg {
	at := func(s, t float64) Point {
		return Point{c.X + u.X*s*ru + v.X*t*rv, c.Y + u.Y*s*ru + v.Y*t*rv}
	}
	k := kappa
	return []Seg{
		{'M', []Point{at(1, 0)}},
		{'C', []Point{at(1, k), at(k, 1), at(0, 1)}},
		{'C', []Point{at(-k, 1), at(-1, k), at(-1, 0)}},
		{'C', []Point{at(-1, -k), at(-k, -1), at(0, -1)}},
		{'C', []Point{at(k, -1), at(1, -k), at(1, 0)}},
		{'Z', nil},
	}
}
