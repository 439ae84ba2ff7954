package layout

// A vertical cell's runs keep their formatting as a cell's across do
// (cellruns.go): size, weight, colour, 楷体 for italic, capitals, and
// their lines and background. Word draws a line under upright vertical
// text on its right, as under text turned to read upwards (btLr, drawn
// as a level line turned: verticalmarks.go), whose foot is its right; a
// strike runs down the characters' middle; a highlight or shading fills
// the characters' boxes.

// verticalDecorations draws the background and the lines of the unit u
// of an upright column running from..to down the page, em its type size
// in mm, across the column's middle.
func (r *renderer) verticalDecorations(u unit, across, from, to, em float64) {
	d := u.deco
	if d == nil {
		return
	}
	// Across the page: the characters' box, where a line under them
	// goes, and their middle.
	left, right, under, middle := across-em/2, across+em/2, across+em*(0.5+underBelow/2), across
	if d.background != "" {
		r.fill(left, from, right-left, to-from, d.background)
	}
	color := u.color
	if color == "" {
		color = "000000"
	}
	weight := max(em*lineWeight, 0.2)
	line := func(x, w float64, style string) {
		var dash []float64
		switch style {
		case "dotted":
			dash = []float64{w, w}
		case "dashed":
			dash = []float64{3 * w, 2 * w}
		}
		segs := []Seg{{'M', []Point{{x, from}}}, {'L', []Point{{x, to}}}}
		if style == "wavy" {
			// A zigzag down the column, its teeth three widths long, as
			// a level wavy line's.
			segs = textLineSegs(op{x: from, w: to - from, h: w, text: style})
			for i := range segs {
				p := segs[i].Pts[0]
				segs[i].Pts[0] = Point{x + p.Y, p.X}
			}
		}
		r.ops = append(r.ops, op{kind: opPath, path: &Path{Segs: segs, Stroke: color, Width: w, Dash: dash}})
	}
	switch d.underline {
	case "":
	case "double":
		line(under-weight, weight*0.7, "solid")
		line(under+weight, weight*0.7, "solid")
	case "thick", "wavyHeavy", "dottedHeavy", "dashedHeavy", "dashLongHeavy", "dashDotHeavy", "dashDotDotHeavy":
		line(under, weight*2, lineStyle(d.underline))
	default:
		line(under, weight, lineStyle(d.underline))
	}
	switch d.strike {
	case 1:
		line(middle, weight, "solid")
	case 2:
		line(middle-weight, weight*0.7, "solid")
		line(middle+weight, weight*0.7, "solid")
	}
}
