package layout

import (
	"math"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// shadowOps draw what a shape casts under it: its sharp outer shadow's
// paths (shadowPaths), or its blurred shadow and its glow as one picture
// (blurshadow.go), the glow over the shadow; nil for none.
func shadowOps(sp *wordmodel.Shape, x, y, w, h float64) []op {
	var layers []effectLayer
	var ops []op
	if s := sp.Shadow; s != nil {
		ps := shadowPaths(sp, x, y, w, h)
		// A sharp one under a glow is in the glow's picture: drawn apart,
		// it would lie under it.
		if s.Blur > 0 || sp.Glow != nil {
			layers = append(layers, effectLayer{paths: ps, radius: s.Blur, color: s.Color})
		} else {
			for _, p := range ps {
				ops = append(ops, op{kind: opPath, path: p})
			}
		}
	}
	if g := sp.Glow; g != nil {
		// LibreOffice's glow, as Word shows it: the silhouette grown by
		// half the radius, blurred over the other half.
		layers = append(layers, effectLayer{paths: shapePaths(sp, x, y, w, h), radius: g.Radius / 2, grow: g.Radius / 2, color: g.Color})
	}
	if layers != nil {
		if o, ok := effectPicture(layers, effectNames(sp)); ok {
			ops = append(ops, o)
		}
	}
	return ops
}

// effectNames names what sp casts, for a refusal: 图形“矩形 2”的阴影.
func effectNames(sp *wordmodel.Shape) string {
	var what []string
	if sp.Shadow != nil {
		what = append(what, "阴影")
	}
	if sp.Glow != nil {
		what = append(what, "发光")
	}
	return sp.Name + "的" + strings.Join(what, "和")
}

// shadowPaths are a shape's sharp outer shadow (wordmodel's ShapeShadow):
// each of its paths (its inside, its line's strands, its arrowheads)
// moved by the shadow's offset and drawn in the shadow's colour, a
// gradient or pattern inside as a plain one; drawn before the shape.
func shadowPaths(sp *wordmodel.Shape, x, y, w, h float64) []*Path {
	s := sp.Shadow
	dx, dy := s.DX, s.DY
	if s.RotWithShape && sp.Rotation != 0 {
		sin, cos := math.Sincos(sp.Rotation * math.Pi / 180)
		dx, dy = s.DX*cos-s.DY*sin, s.DX*sin+s.DY*cos
	}
	var out []*Path
	paths := shapePaths(sp, x, y, w, h)
	if s.SX != 0 || s.SY != 0 {
		paths = scaledPaths(paths, s)
	}
	for _, p := range paths {
		c := &Path{Segs: movedSegs(p.Segs, dx, dy), Clip: movedSegs(p.Clip, dx, dy), Width: p.Width, Dash: p.Dash}
		if p.Fill != "" || p.Shade != nil || p.Pattern != nil {
			c.Fill = s.Color
		} else {
			c.Stroke = s.Color
		}
		out = append(out, c)
	}
	return out
}

// scaledPaths are paths scaled by the shadow's SX and SY about its Align
// point of their bounds (on the page: a turned shape's, of its turned
// bounds).
func scaledPaths(paths []*Path, s *wordmodel.ShapeShadow) []*Path {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range paths {
		x, y, w, h := p.Bounds()
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x+w), max(y1, y+h)
	}
	if x0 > x1 {
		return paths
	}
	ax, ay := (x0+x1)/2, y1
	align := s.Align
	if align == "" {
		align = "b"
	}
	switch {
	case strings.HasPrefix(align, "t"):
		ay = y0
	case align == "l" || align == "ctr" || align == "r":
		ay = (y0 + y1) / 2
	}
	switch {
	case strings.HasSuffix(align, "l"):
		ax = x0
	case strings.HasSuffix(align, "r") && align != "ctr":
		ax = x1
	}
	out := make([]*Path, len(paths))
	for k, p := range paths {
		c := *p
		c.Segs = scaledSegs(p.Segs, ax, ay, s.SX, s.SY)
		c.Clip = scaledSegs(p.Clip, ax, ay, s.SX, s.SY)
		c.Width = p.Width * math.Sqrt(math.Abs(s.SX*s.SY))
		out[k] = &c
	}
	return out
}

// scaledSegs are segs scaled by sx, sy about ax, ay.
func scaledSegs(segs []Seg, ax, ay, sx, sy float64) []Seg {
	if segs == nil {
		return nil
	}
	out := make([]Seg, len(segs))
	for i, s := range segs {
		pts := make([]Point, len(s.Pts))
		for k, p := range s.Pts {
			pts[k] = Point{ax + (p.X-ax)*sx, ay + (p.Y-ay)*sy}
		}
		out[i] = Seg{Op: s.Op, Pts: pts}
	}
	return out
}
