package pdf

import "jixiao/pipeline/layout"

// path draws a Path with fpdf, then restores the table's black hairline;
// one with a clip is drawn within it, one with a gradient as a shading.
// A clip shared with the paths next to it is set by the first (open)
// and ended by the last (end).
func (w *writer) path(p *layout.Path, open, end bool) {
	pdf := w.pdf
	if p.Clip != nil {
		if open {
			pdf.RawWriteStr("q")
			w.segs(p.Clip)
			pdf.RawWriteStr("W n")
		}
		if end {
			defer pdf.RawWriteStr("Q")
		}
	}
	if p.Shade != nil {
		w.shade(p)
		return
	}
	if p.Pattern != nil {
		w.patternFill(p)
		return
	}
	if p.StrokeShade != nil {
		w.shadeStroke(p)
		return
	}
	w.segs(p.Segs)
	style := "D"
	if p.Fill != "" {
		rgb := rgbOf(p.Fill)
		pdf.SetFillColor(rgb[0], rgb[1], rgb[2])
		style = "F"
	} else {
		rgb := rgbOf(p.Stroke)
		pdf.SetDrawColor(rgb[0], rgb[1], rgb[2])
		w.setStroke(p.Width)
		pdf.SetDashPattern(p.Dash, 0)
	}
	pdf.DrawPath(style)
	pdf.SetDashPattern(nil, 0)
	pdf.SetDrawColor(0, 0, 0)
	w.setStroke(w.border)
}

// segs writes a path's construction operators.
func (w *writer) segs(segs []layout.Seg) {
	pdf := w.pdf
	for _, s := range segs {
		switch s.Op {
		case 'M':
			pdf.MoveTo(s.Pts[0].X, s.Pts[0].Y)
		case 'L':
			pdf.LineTo(s.Pts[0].X, s.Pts[0].Y)
		case 'C':
			pdf.CurveBezierCubicTo(s.Pts[0].X, s.Pts[0].Y, s.Pts[1].X, s.Pts[1].Y, s.Pts[2].X, s.Pts[2].Y)
		case 'Z':
			pdf.ClosePath()
		}
	}
}

// sameClip tells whether the items a and b are shapes drawn within one
// clip, the same outline.
func sameClip(a, b layout.Item) bool {
	if a.Kind != layout.Shape || b.Kind != layout.Shape || len(a.Path.Clip) == 0 || len(a.Path.Clip) != len(b.Path.Clip) {
		return false
	}
	return &a.Path.Clip[0] == &b.Path.Clip[0]
}
