package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// Shade is a gradient filling a path's inside in place of its Fill: its
// stops run along the axis from (0, 0) to (1, 0) of its own space, or,
// Radial, out from (0, 0) to the unit circle, and Matrix maps that space
// onto the page (x' = a·x + c·y + e, y' = b·x + d·y + f, mm): each
// back-end draws it as its own shading (PDF axial and radial shadings,
// OFD AxialShd and RadialShd, SVG gradients), its colours held past its
// ends.
type Shade struct {
	Radial bool
	Stops  []Stop
	Matrix [6]float64
}

// Stop is a gradient's colour, RRGGBB, at Pos, 0 at its start to 1 at
// its end.
type Stop struct {
	Pos   float64
	Color string
}

// Pattern is a pattern filling a path's inside in place of its Fill: a
// cell of 8 by 8 dots (Rows, as wordmodel.Pattern's), set dots in Fg and
// the rest in Bg, repeated every 8 along both axes of its own space,
// which Matrix maps onto the page as Shade's does: each back-end draws
// it as its own tiling (a PDF tiling pattern, an SVG pattern) or as the
// dots drawn within the path (OFD).
type Pattern struct {
	Rows   [8]byte
	Fg, Bg string
	Matrix [6]float64
}

// Runs are the pattern's set dots, each row's runs of them: X, Y (from
// the cell's top left) and N dots across; each back-end draws one a
// rectangle.
func (p *Pattern) Runs() [][3]int {
	var out [][3]int
	for y, row := range p.Rows {
		for x := 0; x < 8; {
			n := 0
			for x+n < 8 && row&(0x80>>(x+n)) != 0 {
				n++
			}
			if n > 0 {
				out = append(out, [3]int{x, y, n})
			}
			x += max(n, 1)
		}
	}
	return out
}

// dotMM is a pattern's dot: Office draws them at 96 to the inch.
const dotMM = 25.4 / 96

// matrix is an affine map, as Shade.Matrix.
type matrix [6]float64

func (m matrix) apply(p Point) Point {
	return Point{m[0]*p.X + m[2]*p.Y + m[4], m[1]*p.X + m[3]*p.Y + m[5]}
}

// then is m followed by n.
func (m matrix) then(n matrix) matrix {
	return matrix{
		n[0]*m[0] + n[2]*m[1], n[1]*m[0] + n[3]*m[1],
		n[0]*m[2] + n[2]*m[3], n[1]*m[2] + n[3]*m[3],
		n[0]*m[4] + n[2]*m[5] + n[4], n[1]*m[4] + n[3]*m[5] + n[5],
	}
}

// placement maps a shape's own box, w by h from 0, 0, onto the page:
// flipped within the box, turned clockwise about its centre, moved to x,
// y (positioned).
func placement(sp *wordmodel.Shape, x, y, w, h float64) matrix {
	m := matrix{1, 0, 0, 1, 0, 0}
	if sp.FlipH {
		m = matrix{-1, 0, 0, 1, w, 0}
	}
	if sp.FlipV {
		m = m.then(matrix{1, 0, 0, -1, 0, h})
	}
	sin, cos := math.Sincos(sp.Rotation * math.Pi / 180)
	m = m.then(matrix{1, 0, 0, 1, -w / 2, -h / 2})
	m = m.then(matrix{cos, sin, -sin, cos, 0, 0})
	return m.then(matrix{1, 0, 0, 1, x + w/2, y + h/2})
}

// gradientPaths fill the outline segs (in the shape's own box, w by h)
// with the shape's gradient, each colour shaded by the subpath's fill
// mode: one path for a linear or circular gradient; for a rectangular
// one (path rect or shape), four, each a linear gradient from the focus
// out to one of the box's sides, drawn within the outline.
func gradientPaths(sp *wordmodel.Shape, segs []Seg, mode string, x, y, w, h float64) []*Path {
	g := sp.Gradient
	stops := make([]Stop, len(g.Stops))
	for i, s := range g.Stops {
		stops[i] = Stop{Pos: s.Pos, Color: shaded(s.Color, mode)}
	}
	place := placement(sp, x, y, w, h)
	page := positioned(segs, sp, x, y, w, h)
	// A gradient that does not turn with its shape runs across the box
	// the turned shape takes on the page.
	bx, by, bw, bh := 0.0, 0.0, w, h
	if !g.RotWithShape && sp.Rotation != 0 {
		bx, by, bw, bh = (&Path{Segs: page}).Bounds()
		place = matrix{1, 0, 0, 1, 0, 0}
	}
	if g.Path == "" && g.Tile != (wordmodel.Box{}) {
		return tiledGradientPaths(g, stops, page, bx, by, bw, bh, place)
	}
	if g.Path == "" || g.Path == "circle" {
		return []*Path{{Segs: page, Shade: shadeOver(g, stops, bx, by, bw, bh, place)}}
	}
	return quarterPaths(g, stops, page, bx, by, bw, bh, place)
}

// quarterPaths are a rectangular gradient g of stops across the box bx,
// by, bw by bh, placed on the page by place: four paths, each a linear
// gradient from the focus out to one of the box's sides within the
// quarter of the box between them, drawn within clip.
func quarterPaths(g *wordmodel.Gradient, stops []Stop, clip []Seg, bx, by, bw, bh float64, place matrix) []*Path {
	frame := matrix{bw, 0, 0, bh, bx, by} // the unit square onto the box
	cx, cy := g.Focus.X+g.Focus.W/2, g.Focus.Y+g.Focus.H/2
	// From the focus to each side: the quarter of the box between them,
	// its gradient across the side.
	f := Point{cx, cy}
	var out []*Path
	for _, q := range [4]struct {
		a, b  Point
		along matrix // (0, 0) at the focus's line, (1, 0) at the side
	}{
		{Point{0, 0}, Point{1, 0}, matrix{0, -cy, 1, 0, 0, cy}},
		{Point{1, 0}, Point{1, 1}, matrix{1 - cx, 0, 0, 1, cx, 0}},
		{Point{1, 1}, Point{0, 1}, matrix{0, 1 - cy, 1, 0, 0, cy}},
		{Point{0, 1}, Point{0, 0}, matrix{-cx, 0, 0, 1, cx, 0}},
	} {
		if q.along[0] == 0 && q.along[1] == 0 {
			continue // the focus on that side
		}
		m := frame.then(place)
		tri := polygonSegs(m.apply(f), m.apply(q.a), m.apply(q.b))
		out = append(out, &Path{Segs: tri, Clip: clip, Shade: &Shade{Stops: stops, Matrix: q.along.then(m)}})
	}
	return out
}

// shadeOver is a linear or circular gradient g of stops across the box
// bx, by, bw by bh, placed on the page by place.
func shadeOver(g *wordmodel.Gradient, stops []Stop, bx, by, bw, bh float64, place matrix) *Shade {
	if g.Path == "circle" {
		// Out from the focus to the farthest corner.
		cx, cy := g.Focus.X+g.Focus.W/2, g.Focus.Y+g.Focus.H/2
		r := 0.0
		for _, c := range [][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
			r = max(r, math.Hypot(c[0]-cx, c[1]-cy))
		}
		return &Shade{Radial: true, Stops: stops, Matrix: matrix{r, 0, 0, r, cx, cy}.then(matrix{bw, 0, 0, bh, bx, by}).then(place)}
	}
	return &Shade{Stops: stops, Matrix: linearAxis(g, bw, bh).then(matrix{1, 0, 0, 1, bx, by}).then(place)}
}

// lineShade is a line's gradient g (wordmodel.Outline's) across the
// shape's box, turned and flipped with it unless it stays level; a box
// thinner than the line (a level or upright line's) is taken as wide as
// the line, about its middle, so that its gradient has a length.
func lineShade(sp *wordmodel.Shape, g *wordmodel.Gradient, width, x, y, w, h float64) *Shade {
	stops := make([]Stop, len(g.Stops))
	for i, s := range g.Stops {
		stops[i] = Stop{Pos: s.Pos, Color: s.Color}
	}
	place := placement(sp, x, y, w, h)
	bx, by, bw, bh := 0.0, 0.0, w, h
	if !g.RotWithShape && sp.Rotation != 0 {
		bx, by, bw, bh = (&Path{Segs: positioned(outline(sp, w, h, 0), sp, x, y, w, h)}).Bounds()
		place = matrix{1, 0, 0, 1, 0, 0}
	}
	if bw < width {
		bx, bw = bx-(width-bw)/2, width
	}
	if bh < width {
		by, bh = by-(width-bh)/2, width
	}
	return shadeOver(g, stops, bx, by, bw, bh, place)
}

// linearAxis maps a linear gradient's axis onto its box, w by h from 0,
// 0: across it at the gradient's angle, from the corner it meets first
// to the one it meets last; a scaled gradient's angle is taken in the
// unit square stretched to the box.
func linearAxis(g *wordmodel.Gradient, w, h float64) matrix {
	sin, cos := math.Sincos(g.Angle * math.Pi / 180)
	sx, sy := w, h // the square the angle is taken in, onto the box
	if !g.Scaled {
		sx, sy = 1, 1
	} else {
		w, h = 1, 1
	}
	half := (w*math.Abs(cos) + h*math.Abs(sin)) / 2
	// The axis and its perpendicular in the square, then stretched.
	m := matrix{2 * half * cos, 2 * half * sin, -sin, cos, w/2 - half*cos, h/2 - half*sin}
	return m.then(matrix{sx, 0, 0, sy, 0, 0})
}
