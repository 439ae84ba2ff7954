package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// shadowOps draw a shape's outer shadow: its shadowPaths, or the
// picture of them blurred (blurshadow.go).
func shadowOps(sp *wordmodel.Shape, x, y, w, h float64) []op {
	ps := shadowPaths(sp, x, y, w, h)
	if sp.Shadow.Blur > 0 {
		if o, ok := blurredShadow(sp, ps); ok {
			return []op{o}
		}
		return nil
	}
	ops := make([]op, len(ps))
	for k, p := range ps {
		ops[k] = op{kind: opPath, path: p}
	}
	return ops
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
	for _, p := range shapePaths(sp, x, y, w, h) {
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
