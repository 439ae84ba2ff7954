package layout

import "jixiao/pipeline/wordmodel"

// shadowOps draw sp's shadow without blur (wordmodel's SolidShadow) under
// it, its box's top left corner at x, y and h tall: the shape's inside
// and line in the shadow's colour, moved by its offset (across and down
// the page, whatever the shape's turn), as VML draws it; none where it
// has no shadow.
func shadowOps(sp *wordmodel.Shape, x, y, h float64) []op {
	sh := sp.SolidShadow
	if sh == nil {
		return nil
	}
	copied := wordmodel.Shape{Geometry: sp.Geometry, Width: sp.Width, Height: h, Rotation: sp.Rotation, FlipH: sp.FlipH, FlipV: sp.FlipV,
		Corner: sp.Corner, Paths: sp.Paths}
	if (sp.Fill != "" || sp.Gradient != nil || sp.Pattern != nil || sp.Picture != nil) && sp.Geometry != "line" {
		copied.Fill = sh.Color
	}
	if sp.Outline != nil {
		o := *sp.Outline
		o.Color = sh.Color
		copied.Outline = &o
	}
	var ops []op
	for _, p := range shapePaths(&copied, x+sh.DX, y+sh.DY, sp.Width, h) {
		ops = append(ops, op{kind: opPath, path: p})
	}
	return ops
}
