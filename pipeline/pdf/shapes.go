package pdf

import "jixiao/pipeline/layout"

// path draws a Path with fpdf, then restores the table's black hairline.
func (w *writer) path(p *layout.Path) {
	pdf := w.pdf
	for _, s := range p.Segs {
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
