package layout

// A vertical cell's runs keep their formatting as a cell's across do
// (cellruns.go): size, weight, colour, 楷体 for italic, capitals, and
// their lines and background turned with the text. Word draws a line
// under upright vertical text on its right, as under text turned to read
// upwards, whose foot is its right; a strike runs down the characters'
// middle; a highlight or shading fills the characters' boxes. Scripts,
// emphasis marks, text borders, character scale and spacing and wavy
// lines are not drawn there, and wordmodel lists them.

// verticalDecorations draws the background and the lines of the unit u
// of a vertical column running from..to down the page, em its type size
// in mm. across is the column's middle for upright text, or the turned
// line's baseline.
func (r *renderer) verticalDecorations(u unit, across, from, to, em float64, turned bool) {
	d := u.deco
	if d == nil {
		return
	}
	// Across the page: the characters' box, where a line under them
	// goes, and their middle.
	left, right, under, middle := across-em/2, across+em/2, across+em*(0.5+underBelow/2), across
	if turned {
		f := u.face.font
		left, right = across-f.ascent*em, across+f.descent*em
		under, middle = across+underBelow*em, across-strikeAbove*em
	}
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
		r.ops = append(r.ops, op{kind: opPath, path: &Path{Segs: []Seg{{'M', []Point{{x, from}}}, {'L', []Point{{x, to}}}}, Stroke: color, Width: w, Dash: dash}})
	}
	switch d.underline {
	case "":
	case "double":
		line(under-weight, weight*0.7, "solid")
		line(under+weight, weight*0.7, "solid")
	case "thick", "dottedHeavy", "dashedHeavy", "dashLongHeavy", "dashDotHeavy", "dashDotDotHeavy":
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
