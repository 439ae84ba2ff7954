package layout

import (
	"fmt"
	"math"

	"jixiao/pipeline/wordmodel"
)

// subpathSegs is one of a shape's subpaths in its box, w by h: the
// geometry is read at the shape's own size, a box grown to fit its text
// stretches it; moved d outwards (inwards where negative), a compound
// line's strand.
func subpathSegs(sub wordmodel.Subpath, sp *wordmodel.Shape, w, h, d float64) []Seg {
	sx, sy := 1.0, 1.0
	if sp.Width > 0 {
		sx = w / sp.Width
	}
	if sp.Height > 0 {
		sy = h / sp.Height
	}
	var pts []wordmodel.Point
	closed := false
	for _, s := range sub.Segs {
		for _, p := range s.Pts {
			pts = append(pts, wordmodel.Point{X: p.X * sx, Y: p.Y * sy})
		}
		closed = closed || s.Op == 'Z'
	}
	// A curve's control points are moved as a polygon's corners are:
	// near enough for the few tenths of a millimetre a strand is off.
	pts = offsetPoints(pts, d, closed)
	out := make([]Seg, 0, len(sub.Segs))
	k := 0
	for _, s := range sub.Segs {
		seg := Seg{Op: s.Op}
		for range s.Pts {
			seg.Pts = append(seg.Pts, Point{pts[k].X, pts[k].Y})
			k++
		}
		out = append(out, seg)
	}
	return out
}

// strokedSegs are the subpaths of sp drawn with its line, moved d.
func strokedSegs(sp *wordmodel.Shape, w, h, d float64) []Seg {
	var out []Seg
	for _, sub := range sp.Paths {
		if sub.Stroke {
			out = append(out, subpathSegs(sub, sp, w, h, d)...)
		}
	}
	return out
}

// filledPaths are sp's insides: its outline's, or each of its subpaths'
// that is filled, in its shade of the shape's fill or gradient.
func filledPaths(sp *wordmodel.Shape, x, y, w, h float64) []*Path {
	type inside struct {
		segs []Seg
		mode string
	}
	insides := []inside{{outline(sp, w, h, 0), "norm"}}
	if sp.Paths != nil {
		insides = nil
		for _, sub := range sp.Paths {
			if sub.Fill != "none" {
				insides = append(insides, inside{subpathSegs(sub, sp, w, h, 0), sub.Fill})
			}
		}
	}
	var out []*Path
	for _, in := range insides {
		if sp.Gradient != nil {
			out = append(out, gradientPaths(sp, in.segs, in.mode, x, y, w, h)...)
			continue
		}
		if p := sp.Pattern; p != nil {
			m := matrix{dotMM, 0, 0, dotMM, 0, 0}.then(placement(sp, x, y, w, h))
			out = append(out, &Path{Segs: positioned(in.segs, sp, x, y, w, h),
				Pattern: &Pattern{Rows: p.Rows, Fg: shaded(p.Fg, in.mode), Bg: shaded(p.Bg, in.mode), Matrix: m}})
			continue
		}
		out = append(out, &Path{Segs: positioned(in.segs, sp, x, y, w, h), Fill: shaded(sp.Fill, in.mode)})
	}
	return out
}

// pictureFill draws a shape's picture fill: the picture over its box,
// cropped, turned and flipped with it, within its filled outline.
func pictureFill(sp *wordmodel.Shape, x, y, w, h float64) op {
	return clippedPicture(sp.Picture, sp, insideSegs(sp, w, h), x, y, w, h)
}

// pathShades are how much a subpath's fill mode takes its colour towards
// white (positive) or black: a can's lid is lighter, a cube's sides
// darker, as LibreOffice shades them.
var pathShades = map[string]float64{"lighten": 0.4, "lightenLess": 0.2, "darken": -0.4, "darkenLess": -0.2}

// shaded is the colour RRGGBB in a subpath's fill mode.
func shaded(color, mode string) string {
	k, ok := pathShades[mode]
	if !ok {
		return color
	}
	var rgb [3]int
	if _, err := fmt.Sscanf(color, "%02x%02x%02x", &rgb[0], &rgb[1], &rgb[2]); err != nil {
		return color
	}
	for i, c := range rgb {
		v := float64(c)
		if k > 0 {
			v += (255 - v) * k
		} else {
			v *= 1 + k
		}
		rgb[i] = int(math.Round(v))
	}
	return fmt.Sprintf("%02X%02X%02X", rgb[0], rgb[1], rgb[2])
}

// offsetPoints is the polygon (or, open, the polyline) pts with each side
// moved d outwards (in where negative), its corners mitred.
func offsetPoints(pts []wordmodel.Point, d float64, closed bool) []wordmodel.Point {
	if d == 0 || len(pts) < 2 {
		return pts
	}
	area := 0.0
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		area += a.X*b.Y - b.X*a.Y
	}
	sign := 1.0
	if area < 0 {
		sign = -1
	}
	n := len(pts)
	// normal is side i's (from pts[i] to the next) outward unit normal;
	// a point on top of the next takes the next side's.
	var normal func(i, tries int) (float64, float64)
	normal = func(i, tries int) (float64, float64) {
		a, b := pts[i], pts[(i+1)%n]
		ex, ey := b.X-a.X, b.Y-a.Y
		l := math.Hypot(ex, ey)
		if l < 1e-9 {
			if tries >= n || !closed && i+1 >= n-1 {
				return 0, 0
			}
			return normal((i+1)%n, tries+1)
		}
		return sign * ey / l, -sign * ex / l
	}
	out := make([]wordmodel.Point, n)
	for i, p := range pts {
		var ax, ay, bx, by float64
		switch {
		case !closed && i == 0:
			ax, ay = normal(0, 0)
			bx, by = ax, ay
		case !closed && i == n-1:
			ax, ay = normal(n-2, 0)
			bx, by = ax, ay
		default:
			ax, ay = normal((i+n-1)%n, 0)
			bx, by = normal(i, 0)
		}
		k := d / max(1+ax*bx+ay*by, 0.25) // a sharp point's mitre is cut at 4d
		out[i] = wordmodel.Point{X: p.X + (ax+bx)*k, Y: p.Y + (ay+by)*k}
	}
	return out
}
