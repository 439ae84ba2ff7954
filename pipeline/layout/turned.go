package layout

import "math"

// A rotated text box's text turns with it, as Word draws it (unless its
// bodyPr keeps the text upright): its paragraphs are set in the box as it
// stands unturned, and every drawing of them turned about the box's
// centre. Text turns by its op's angle, which each back-end draws (PDF,
// OFD and the SVG preview alike); a fill, a rule under or through text
// and a line become paths through their turned corners, which every
// back-end draws too; a link keeps the box around its turned corners.

// turner turns points deg degrees clockwise about c.
type turner struct {
	c        Point
	sin, cos float64
}

func newTurner(c Point, deg float64) turner {
	sin, cos := math.Sincos(deg * math.Pi / 180)
	return turner{c, sin, cos}
}

func (t turner) at(x, y float64) Point {
	dx, dy := x-t.c.X, y-t.c.Y
	return Point{t.c.X + dx*t.cos - dy*t.sin, t.c.Y + dx*t.sin + dy*t.cos}
}

// path is p turned: its points, its clip's, its gradient's or pattern's
// space.
func (t turner) path(p *Path) *Path {
	q := *p
	at := func(pt Point) Point { return t.at(pt.X, pt.Y) }
	q.Segs, q.Clip = mapSegs(p.Segs, at), mapSegs(p.Clip, at)
	// Turning about c is a matrix too: the space's map, then the turn.
	turn := matrix{t.cos, t.sin, -t.sin, t.cos, t.c.X - t.c.X*t.cos + t.c.Y*t.sin, t.c.Y - t.c.X*t.sin - t.c.Y*t.cos}
	if p.Shade != nil {
		s := *p.Shade
		s.Matrix = matrix(s.Matrix).then(turn)
		q.Shade = &s
	}
	if p.Pattern != nil {
		pt := *p.Pattern
		pt.Matrix = matrix(pt.Matrix).then(turn)
		q.Pattern = &pt
	}
	if p.StrokeShade != nil {
		s := *p.StrokeShade
		s.Matrix = matrix(s.Matrix).then(turn)
		q.StrokeShade = &s
	}
	return &q
}

// mapSegs are segs with each point moved by f; nil for nil.
func mapSegs(segs []Seg, f func(Point) Point) []Seg {
	if segs == nil {
		return nil
	}
	out := make([]Seg, len(segs))
	for i, s := range segs {
		out[i] = Seg{Op: s.Op, Pts: make([]Point, len(s.Pts))}
		for k, pt := range s.Pts {
			out[i].Pts[k] = f(pt)
		}
	}
	return out
}

// turned are ops turned deg degrees clockwise about c; ok false where one
// cannot be. A picture turns about its box's centre, which moves: its op's
// angle adds to its own rotation.
func turned(ops []op, c Point, deg float64) (out []op, ok bool) {
	t := newTurner(c, deg)
	rect := func(o op) []Point {
		return []Point{t.at(o.x, o.y), t.at(o.x+o.w, o.y), t.at(o.x+o.w, o.y+o.h), t.at(o.x, o.y+o.h)}
	}
	ok = true
	for _, o := range ops {
		switch o.kind {
		case opText:
			p := t.at(o.x, o.y)
			// A cut at a line's top is level; turned text is drawn whole
			// (the caller warns of it).
			o.x, o.y, o.angle, o.clip = p.X, p.Y, o.angle-deg, 0
		case opPath:
			o.path = t.path(o.path)
		case opImage:
			mid := t.at(o.x+o.w/2, o.y+o.h/2)
			o.x, o.y, o.angle = mid.X-o.w/2, mid.Y-o.h/2, o.angle-deg
			if o.path != nil {
				o.path = t.path(o.path)
			}
		case opFill:
			o = op{kind: opPath, path: &Path{Segs: polygonSegs(rect(o)...), Fill: o.color}}
		case opRect:
			o = op{kind: opPath, path: &Path{Segs: polygonSegs(rect(o)...), Stroke: "000000", Width: hairline}}
		case opLine:
			o = op{kind: opPath, path: ruleAlong(o, t)}
		case opLink:
			x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for _, p := range rect(o) {
				x0, y0, x1, y1 = min(x0, p.X), min(y0, p.Y), max(x1, p.X), max(y1, p.Y)
			}
			o.x, o.y, o.w, o.h = x0, y0, x1-x0, y1-y0
		default:
			ok = false
		}
		out = append(out, o)
	}
	return out, ok
}

// hairline is the width of a plain box's lines turned into a path, mm.
const hairline = 0.1

// ruleAlong is a rule under or through text (opLine: from x, y w long, h
// thick, in its style) as a turned path, as the back-ends draw the rule.
func ruleAlong(o op, t turner) *Path {
	color := o.color
	if color == "" {
		color = "000000"
	}
	p := &Path{Stroke: color, Width: o.h}
	switch o.text {
	case "dotted":
		p.Dash = []float64{o.h, o.h * 2}
	case "dashed":
		p.Dash = []float64{o.h * 6, o.h * 3}
	}
	p.Segs = []Seg{{'M', []Point{t.at(o.x, o.y)}}}
	if o.text != "wavy" {
		p.Segs = append(p.Segs, Seg{'L', []Point{t.at(o.x+o.w, o.y)}})
		return p
	}
	// A zigzag, its teeth three line widths long.
	step, amp := o.h*3, o.h*1.5
	for k, px := 1, o.x; px < o.x+o.w-0.001; k++ {
		px = min(o.x+float64(k)*step, o.x+o.w)
		p.Segs = append(p.Segs, Seg{'L', []Point{t.at(px, o.y+amp*float64(1-2*(k%2)))}})
	}
	return p
}
