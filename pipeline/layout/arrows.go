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
	for k, end := range []wordmodel.Arrow{o.Head, o.Tail} {
		tip, from := a, b
		if k == 1 {
			tip, from = b, a
		}
		segs, back := arrowHead(o, end, tip, from)
		if segs == nil {
			continue
		}
		if k == 0 {
			a = back
		} else {
			b = back
		}
		heads, open = append(heads, segs), append(open, end.Type == "arrow")
	}
	return a, b, heads, open
}

// arrowHead is the arrowhead end of the line o at tip, pointing away
// from from, and where the line stops short of the tip under it; nil for
// none.
func arrowHead(o *wordmodel.Outline, end wordmodel.Arrow, tip, from Point) ([]Seg, Point) {
	n := math.Hypot(tip.X-from.X, tip.Y-from.Y)
	if end.Type == "" || n == 0 {
		return nil, tip
	}
	base := max(o.Width*ptToMM, arrowBase)
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
	return segs, at(-min(back, n/2), 0)
}

// pathArrows are the arrowheads at the ends of a shape's stroked path
// segs (a bent or curved connector's, an arc's): at the start of its
// first subpath and the end of its last, each pointing along the path
// there; and trim, which shortens a strand of it under them.
func pathArrows(o *wordmodel.Outline, segs []Seg) (heads [][]Seg, open []bool, trim func([]Seg) []Seg) {
	var pts []Point
	for _, s := range segs {
		pts = append(pts, s.Pts...)
	}
	trim = func(s []Seg) []Seg { return s }
	if len(pts) < 2 {
		return nil, nil, trim
	}
	// The direction at an end is towards the nearest point apart from it.
	away := func(i, step int) Point {
		for k := i + step; k >= 0 && k < len(pts); k += step {
			if math.Hypot(pts[k].X-pts[i].X, pts[k].Y-pts[i].Y) > 1e-6 {
				return pts[k]
			}
		}
		return pts[i]
	}
	var moves [2]Point
	for k, end := range []wordmodel.Arrow{o.Head, o.Tail} {
		i, step := 0, 1
		if k == 1 {
			i, step = len(pts)-1, -1
		}
		head, back := arrowHead(o, end, pts[i], away(i, step))
		if head != nil {
			heads, open = append(heads, head), append(open, end.Type == "arrow")
			moves[k] = Point{back.X - pts[i].X, back.Y - pts[i].Y}
		}
	}
	trim = func(s []Seg) []Seg {
		out := make([]Seg, len(s))
		for i, seg := range s {
			out[i] = Seg{Op: seg.Op, Pts: append([]Point(nil), seg.Pts...)}
		}
		shift := func(p *Point, m Point) { p.X, p.Y = p.X+m.X, p.Y+m.Y }
		if len(out) > 0 && len(out[0].Pts) > 0 {
			shift(&out[0].Pts[0], moves[0])
		}
		for i := len(out) - 1; i >= 0; i-- {
			if n := len(out[i].Pts); n > 0 {
				shift(&out[i].Pts[n-1], moves[1])
				break
			}
		}
		return out
	}
	return heads, open, trim
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
