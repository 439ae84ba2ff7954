package layout

// A 纵横混排 run's marks (its highlight or shading, underline, strike,
// text border and emphasis marks) are turned with its characters, as
// LibreOffice draws them: they are laid out as for a level run whose
// baseline starts at the turned text's foot, then turned a quarter
// counter-clockwise about that point, so that an underline runs up the
// right of the characters, a strike through their middle, emphasis dots
// on their left and the shading covers the run's em box.

// turnedMarks draws the marks of a 纵横混排 unit whose turned baseline
// starts at ox, oy (its text's foot) and whose em box's top (left, once
// turned) is top in from the baseline; sizeMM is the line's type size.
func (r *renderer) turnedMarks(e *eastAsian, ox, oy, top, sizeMM float64) {
	marked := false
	for _, t := range e.turned {
		marked = marked || t.deco != nil
	}
	if !marked {
		return
	}
	page := r.ops
	r.ops = nil
	xs, ends := make([]float64, len(e.turned)), make([]float64, len(e.turned))
	x := 0.0
	for i, t := range e.turned {
		w := t.width * e.squeeze
		xs[i], ends[i] = x, x+w
		if t.deco != nil {
			r.decorations(t, x, 0, -top, sizeMM, w)
			if t.deco.emphasis != "" && !t.space {
				r.emphasisMarks(t, x, -t.deco.rise*sizeMM, sizeMM)
			}
		}
		x += w
	}
	r.textBorders(e.turned, xs, ends, 0, sizeMM)
	level := r.ops
	r.ops = page
	for _, o := range level {
		r.ops = append(r.ops, turnedOp(o, ox, oy))
	}
}

// turnedOp is a level mark's operation o, laid out from the origin,
// turned a quarter counter-clockwise and moved to ox, oy: a point x
// along the baseline and y below it goes to ox+y, oy-x.
func turnedOp(o op, ox, oy float64) op {
	turn := func(p Point) Point { return Point{ox + p.Y, oy - p.X} }
	switch o.kind {
	case opFill:
		o.x, o.y, o.w, o.h = ox+o.y, oy-o.x-o.w, o.h, o.w
	case opLine:
		color := o.color
		if color == "" {
			color = "000000"
		}
		p := &Path{Segs: textLineSegs(o), Stroke: color, Width: o.h, Dash: lineDash(o.text, o.h)}
		o = op{kind: opPath, path: turnedPath(p, turn)}
	case opPath:
		o.path = turnedPath(o.path, turn)
	}
	return o
}

// turnedPath is p with each point turned.
func turnedPath(p *Path, turn func(Point) Point) *Path {
	q := *p
	segs := func(in []Seg) []Seg {
		out := make([]Seg, len(in))
		for i, s := range in {
			pts := make([]Point, len(s.Pts))
			for k, pt := range s.Pts {
				pts[k] = turn(pt)
			}
			out[i] = Seg{Op: s.Op, Pts: pts}
		}
		return out
	}
	q.Segs = segs(p.Segs)
	if p.Clip != nil {
		q.Clip = segs(p.Clip)
	}
	return &q
}

// textLineSegs is the path of a level line of text (an underline, a strike):
// straight, or a zigzag of teeth three widths long for a wavy one, as the
// back-ends draw a wavy Line.
func textLineSegs(o op) []Seg {
	segs := []Seg{{Op: 'M', Pts: []Point{{o.x, o.y}}}}
	if o.text != "wavy" {
		return append(segs, Seg{Op: 'L', Pts: []Point{{o.x + o.w, o.y}}})
	}
	step, amp := o.h*3, o.h*1.5
	for k := 1; o.x+float64(k-1)*step < o.x+o.w-0.001; k++ {
		segs = append(segs, Seg{Op: 'L', Pts: []Point{{min(o.x+float64(k)*step, o.x+o.w), o.y + amp*float64(1-2*(k%2))}}})
	}
	return segs
}

// lineDash is the dashes of a line of style (dotted, dashed) h thick, as
// the back-ends dash a Line; nil for a solid or wavy one.
func lineDash(style string, h float64) []float64 {
	switch style {
	case "dotted":
		return []float64{h, h * 2}
	case "dashed":
		return []float64{h * 6, h * 3}
	}
	return nil
}
