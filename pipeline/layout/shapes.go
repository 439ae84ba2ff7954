package layout

import (
	"math"
	"slices"
	"unicode/utf8"

	"jixiao/pipeline/wordmodel"
)

// Path is an outline drawn on a page, in mm from its top left corner: a
// line, a shape's outline strand or its inside. Each back-end draws it as
// it stands; the layout has already placed, rotated and flipped it.
type Path struct {
	Segs []Seg
	// Stroke is the line's colour, RRGGBB, "" for no line; Width its
	// width, mm; Dash its dashes and gaps, mm, nil for a solid line.
	Stroke string
	Width  float64
	Dash   []float64
	// StrokeShade is a gradient the line is stroked with in place of
	// Stroke's colour (a line's gradient, gradients.go); nil for none.
	StrokeShade *Shade
	// Fill is the inside's colour, RRGGBB; "" for none. Shade is a
	// gradient the inside is filled with instead, Pattern a pattern
	// (gradients.go).
	Fill    string
	Shade   *Shade
	Pattern *Pattern
	// Clip is an outline the path is drawn within; nil for none.
	Clip []Seg
}

// Seg is one step of a path: M moves to Pts[0], L draws a line to it, C a
// cubic Bézier curve through Pts[0] and Pts[1] to Pts[2], Z closes the
// outline.
type Seg struct {
	Op  byte
	Pts []Point
}

// Point is a place on the page, mm.
type Point struct{ X, Y float64 }

// kappa places a cubic Bézier's control points on a quarter ellipse.
const kappa = 0.5522847498

// strand is one line of a compound outline: its offset from the
// outline's middle (negative: above a line, outside a shape) and its
// width, both as shares of the outline's width.
type strand struct{ offset, width float64 }

// compounds are DrawingML's compound lines, top (or outside) first: a
// double line is two thirds-wide lines a third apart; thick-thin is 3:1:1.
var compounds = map[string][]strand{
	"sng":       {{0, 1}},
	"dbl":       {{-1.0 / 3, 1.0 / 3}, {1.0 / 3, 1.0 / 3}},
	"thickThin": {{-0.2, 0.6}, {0.4, 0.2}},
	"thinThick": {{-0.4, 0.2}, {0.2, 0.6}},
	"tri":       {{-3.0 / 7, 1.0 / 7}, {0, 3.0 / 7}, {3.0 / 7, 1.0 / 7}},
}

// dashes are DrawingML's preset dashes, dash and gap lengths in line widths.
var dashes = map[string][]float64{
	"dash": {4, 3}, "sysDash": {3, 1}, "sysDot": {1, 1}, "dot": {1, 3}, "lgDash": {8, 3},
	"dashDot": {4, 3, 1, 3}, "lgDashDot": {8, 3, 1, 3}, "lgDashDotDot": {8, 3, 1, 3, 1, 3},
	"sysDashDot": {3, 1, 1, 1}, "sysDashDotDot": {3, 1, 1, 1, 1, 1},
}

// shapePaths are the paths that draw sp in the box x, y, w, h: its
// inside, then each strand of its outline.
func shapePaths(sp *wordmodel.Shape, x, y, w, h float64) []*Path {
	var out []*Path
	if (sp.Fill != "" || sp.Gradient != nil || sp.Pattern != nil) && sp.Geometry != "line" {
		out = append(out, filledPaths(sp, x, y, w, h)...)
	}
	if o := sp.Outline; o != nil && o.Width > 0 {
		total := o.Width * ptToMM
		var dash []float64
		for _, d := range dashes[o.Dash] {
			dash = append(dash, d*total)
		}
		var heads [][]Seg
		var open []bool
		from, to := Point{0, 0}, Point{w, h}
		trim := func(s []Seg) []Seg { return s }
		if sp.Geometry == "line" {
			from, to, heads, open = arrowed(o, w, h)
		} else if stroked := strokedSegs(sp, w, h, 0); openPath(stroked) {
			// A closed outline has no ends to put arrowheads on.
			heads, open, trim = pathArrows(o, stroked)
		}
		var shade *Shade
		if o.Gradient != nil {
			shade = lineShade(sp, o.Gradient, total, x, y, w, h)
		}
		for _, s := range compounds[o.Compound] {
			segs := trim(outline(sp, w, h, s.offset*total))
			if sp.Geometry == "line" {
				segs = lineSegs(from, to, s.offset*total)
			}
			if len(segs) == 0 {
				continue
			}
			p := &Path{Segs: positioned(segs, sp, x, y, w, h), Stroke: o.Color, Width: s.width * total, StrokeShade: shade}
			if dash != nil {
				p.Dash = dash
			}
			out = append(out, p)
		}
		// Arrowheads are solid whatever the line's dashes, in the line's
		// gradient where it has one.
		for k, segs := range heads {
			p := &Path{Segs: positioned(segs, sp, x, y, w, h), Fill: o.Color, Shade: shade}
			if open[k] {
				p = &Path{Segs: p.Segs, Stroke: o.Color, Width: total, StrokeShade: shade}
			}
			out = append(out, p)
		}
	}
	return out
}

// openPath reports whether segs has ends: a path none of whose
// subpaths is closed.
func openPath(segs []Seg) bool {
	return len(segs) > 0 && !slices.ContainsFunc(segs, func(s Seg) bool { return s.Op == 'Z' })
}

// lineSegs is the line from a to b moved d to its left (above one drawn
// left to right).
func lineSegs(a, b Point, d float64) []Seg {
	n := math.Hypot(b.X-a.X, b.Y-a.Y)
	if n == 0 {
		return nil
	}
	// The unit normal to the left of the line's direction, y down.
	nx, ny := -(b.Y-a.Y)/n, (b.X-a.X)/n
	return []Seg{{'M', []Point{{a.X + d*nx, a.Y + d*ny}}}, {'L', []Point{{b.X + d*nx, b.Y + d*ny}}}}
}

// outline is sp's geometry in its own box, w by h from 0, 0, moved by d:
// a line d to its left (above one drawn left to right), a closed shape's
// outline d outwards.
func outline(sp *wordmodel.Shape, w, h, d float64) []Seg {
	pt := func(x, y float64) []Point { return []Point{{x, y}} }
	switch sp.Geometry {
	case "line":
		return lineSegs(Point{0, 0}, Point{w, h}, d)
	case "ellipse":
		cx, cy, rx, ry := w/2, h/2, max(w/2+d, 0), max(h/2+d, 0)
		kx, ky := rx*kappa, ry*kappa
		return []Seg{
			{'M', pt(cx+rx, cy)},
			{'C', []Point{{cx + rx, cy + ky}, {cx + kx, cy + ry}, {cx, cy + ry}}},
			{'C', []Point{{cx - kx, cy + ry}, {cx - rx, cy + ky}, {cx - rx, cy}}},
			{'C', []Point{{cx - rx, cy - ky}, {cx - kx, cy - ry}, {cx, cy - ry}}},
			{'C', []Point{{cx + kx, cy - ry}, {cx + rx, cy - ky}, {cx + rx, cy}}},
			{'Z', nil},
		}
	}
	if sp.Paths != nil {
		return strokedSegs(sp, w, h, d)
	}
	x0, y0, x1, y1 := -d, -d, w+d, h+d
	rad := 0.0
	if sp.Geometry == "roundRect" {
		rad = max(sp.Corner*min(w, h)+d, 0)
		rad = min(rad, (x1-x0)/2, (y1-y0)/2)
	}
	if rad <= 0 {
		return []Seg{{'M', pt(x0, y0)}, {'L', pt(x1, y0)}, {'L', pt(x1, y1)}, {'L', pt(x0, y1)}, {'Z', nil}}
	}
	k := rad * (1 - kappa)
	return []Seg{
		{'M', pt(x0+rad, y0)}, {'L', pt(x1-rad, y0)},
		{'C', []Point{{x1 - k, y0}, {x1, y0 + k}, {x1, y0 + rad}}}, {'L', pt(x1, y1-rad)},
		{'C', []Point{{x1, y1 - k}, {x1 - k, y1}, {x1 - rad, y1}}}, {'L', pt(x0+rad, y1)},
		{'C', []Point{{x0 + k, y1}, {x0, y1 - k}, {x0, y1 - rad}}}, {'L', pt(x0, y0+rad)},
		{'C', []Point{{x0, y0 + k}, {x0 + k, y0}, {x0 + rad, y0}}}, {'Z', nil},
	}
}

// positioned puts a geometry drawn in the shape's own box on the page: flipped
// within the box, turned clockwise about its centre, moved to x, y.
func positioned(segs []Seg, sp *wordmodel.Shape, x, y, w, h float64) []Seg {
	m := placement(sp, x, y, w, h)
	out := make([]Seg, len(segs))
	for i, s := range segs {
		out[i] = Seg{Op: s.Op, Pts: make([]Point, len(s.Pts))}
		for k, p := range s.Pts {
			out[i].Pts[k] = m.apply(p)
		}
	}
	return out
}

// inlineShape draws the shape in the line of a paragraph with no text,
// as a block at the paragraph's alignment, as a picture there is; it
// reports whether there was one.
func (r *renderer) inlineShape(shapes []wordmodel.Shape, align string) bool {
	for i := range shapes {
		sp := &shapes[i]
		if sp.Float != nil {
			continue
		}
		if r.y+sp.Height > r.bottom()+0.01 && r.onPage {
			r.newPage()
		}
		x := r.left()
		switch align {
		case "center":
			x += (r.width() - sp.Width) / 2
		case "right", "end":
			x += r.width() - sp.Width
		}
		h := r.drawShape(sp, x, r.y)
		r.onPage = true
		// The block takes whole grid lines, so the text after it stays on the grid.
		pitch := r.linePitch()
		r.advance(math.Ceil(max(h, 0.01)/pitch-0.01) * pitch)
		return true
	}
	return false
}

// drawShape draws sp with its box's top left corner at x, y: its fill and
// outline, behind the text where Word puts it, then a text box's text. It
// returns the box's height, grown with its text where it grows.
func (r *renderer) drawShape(sp *wordmodel.Shape, x, y float64) float64 {
	h := sp.Height
	if sp.Art != nil {
		r.emit(r.textArt(sp, x, y), sp.Float != nil && sp.Float.Behind)
		return h
	}
	var text []op
	boxed := sp.Text != nil || sp.Linked()
	if boxed {
		text, h = r.boxText(sp, x, y)
	}
	if boxed && sp.Rotation != 0 && !sp.Upright {
		var ok bool
		if slices.ContainsFunc(text, func(o op) bool { return o.clip != 0 }) {
			r.warnOnce(sp.Name + "是旋转的文本框，其中固定值行距的文字比行高，Word 会裁去超出行顶的部分，PDF 随框旋转时画出了全字；请在 Word 中加大该段的行距或取消文本框的旋转")
		}
		if text, ok = turned(text, Point{x + sp.Width/2, y + h/2}, sp.Rotation); !ok {
			r.warnOnce(sp.Name + "是旋转的文本框，其中有 PDF 不能随框旋转的内容；请在 Word 中取消文本框的旋转")
		}
	}
	var ops []op
	if sp.Shadow != nil || sp.Glow != nil {
		ops = append(ops, shadowOps(sp, x, y, sp.Width, h)...)
	}
	if sp.Picture != nil && sp.Geometry != "line" {
		ops = append(ops, pictureFill(sp, x, y, sp.Width, h))
	}
	paths := shapePaths(sp, x, y, sp.Width, h)
	if sp.Reflection != nil {
		// Under the shape, as its shadow is.
		if o, ok := reflected(sp, paths, x, y, h); ok {
			ops = append(ops, o)
		}
	}
	if sp.SoftEdge > 0 {
		// Its soft edges fade it as a whole: one picture of it.
		if o, ok := softEdged(sp, paths); ok {
			ops = append(ops, o)
		}
		paths = nil
	}
	if sp.InnerShadow != nil {
		// Its inside with the shadow over it is one picture, under its line.
		if o, rest, ok := innerShadowed(sp, paths); ok {
			ops, paths = append(ops, o), rest
		}
	}
	for _, p := range paths {
		ops = append(ops, op{kind: opPath, path: p})
	}
	r.emitShape(sp, ops, r.pin(text))
	return h
}

// emitShape draws a shape's drawing and then its text: a float behind
// the text under everything on the page (its text where it stands), a
// line or a figure in front of it over the page's text. A text box in
// front stays where it is placed: its text is read there, in the order
// the output check reads the Word document (wordmodel's BoxText).
func (r *renderer) emitShape(sp *wordmodel.Shape, ops, text []op) {
	switch {
	case sp.Float != nil && sp.Float.Behind:
		r.emit(ops, true)
		r.ops = append(r.ops, text...)
	case sp.Float != nil && sp.Text == nil && !sp.Linked():
		r.emitFront(ops)
	default:
		r.ops = append(append(r.ops, r.pin(ops)...), text...)
	}
}

// boxText lays a text box's paragraphs out inside its box at x, y, and
// returns their drawing and the box's height: as tall as they are where
// the box is resized to fit its text (spAutoFit), as Word does. Text that does
// not fit a box that does not grow is drawn whole below its inside and
// warned of: Word cuts it off at the box's edge, and the PDF does not
// publish a document with words silently missing.
func (r *renderer) boxText(sp *wordmodel.Shape, x, y float64) ([]op, float64) {
	if sp.Linked() {
		return r.linkedText(sp, x, y)
	}
	in := sp.Inset
	tx, ty, tw, th := textRect(sp)
	// A vertical box's text is set as lines across a box as wide as the
	// inside is tall, standing on the inside's centre, and then turned
	// into columns (verticalbox.go).
	left, top, width, inner := x+tx+in[0], y+ty+in[1], tw-in[0]-in[2], th-in[1]-in[3]
	if sp.Vertical != "" {
		left, top, width, inner = left+width/2-inner/2, top+inner/2-width/2, inner, width
	}
	saved := *r
	// Text boxes are not on the document grid; nothing in a box breaks
	// to a new page.
	r.g = geometry{w: r.g.w, h: r.g.h, top: top, left: left, bw: width, bh: math.MaxFloat32}
	r.ops, r.noteSpace, r.prev, r.y, r.onPage, r.inBox = nil, 0, previous{}, top, true, true
	r.chain = nil // a box in a linked box's story is a lone box
	// The box's own floats stand in it and its text wraps around them
	// only.
	r.floats, r.framed, r.boxFront = nil, nil, nil
	r.box = &area{page: rect{x, y, sp.Width, sp.Height}, margin: rect{left, top, width, inner}, colLeft: left, colWidth: width}
	// Its tables are laid out as the body's, across its inside.
	for _, b := range sp.Story() {
		r.block(b)
	}
	r.placeFrames(nil) // a drop cap with no paragraph after it
	used := r.y - top
	ops, warnings := append(r.ops, r.boxFront...), r.warnings
	*r = saved
	r.warnings = warnings
	h := sp.Height
	switch {
	case sp.AutoFit && sp.Vertical == "":
		// The box is as tall as its text, grown or shrunk, as Word keeps it.
		h = used + sp.Height - th + in[1] + in[3]
	case used <= inner+0.01:
		shift := map[string]float64{"ctr": (inner - used) / 2, "b": inner - used}[sp.Anchor]
		for i := range ops {
			ops[i].y += shift
		}
	default:
		r.warnOnce(sp.Name + "的文字超出文本框：Word 只显示框内的部分，PDF 照录全部文字；请在 Word 中放大文本框，或设为“根据文字调整形状大小”")
	}
	if sp.Vertical != "" {
		ops = r.turnedColumns(ops, sp.Vertical, Point{left + width/2, top + inner/2})
	}
	return ops, h
}

// textRect is where a text box's text stands in its box, inset not
// taken off, from the box's top left corner: the geometry's text
// rectangle, an ellipse's the rectangle inscribed in it, a rounded
// rectangle's leaving out part of its corners, as DrawingML defines; a
// polygon's its definition's, maybe off centre.
func textRect(sp *wordmodel.Shape) (tx, ty, tw, th float64) {
	if tr := sp.TextRect; tr != nil {
		return tr.X, tr.Y, tr.W, tr.H
	}
	var ex, ey float64
	switch sp.Geometry {
	case "ellipse":
		k := (1 - math.Sqrt2/2) / 2
		ex, ey = k*sp.Width, k*sp.Height
	case "roundRect":
		ex = sp.Corner * min(sp.Width, sp.Height) * (1 - math.Sqrt2/2)
		ey = ex
	}
	return ex, ey, sp.Width - 2*ex, sp.Height - 2*ey
}

// warnOnce warns once of a box drawn on every page (a header's).
func (r *renderer) warnOnce(msg string) {
	if !slices.Contains(r.warnings, msg) {
		r.warnings = append(r.warnings, msg)
	}
}

// emit adds a float's drawing to the page: in front of what is drawn
// so far, or behind all of it (in a text box, all of the box's text).
func (r *renderer) emit(ops []op, behind bool) {
	ops = r.pin(ops)
	if !behind {
		r.ops = append(r.ops, ops...)
		return
	}
	switch {
	case len(ops) == 0:
		return
	case r.box != nil:
		// Under the text box's text, over its fill, drawn before it; a
		// header's box too: the header's behind-text drawing is the
		// story's own, which the box's layout does not hand back.
		r.ops = append(slices.Clip(ops), r.ops...)
		return
	case r.inStory:
		r.storyBehind = append(r.storyBehind, ops...)
		return
	}
	page := 0
	for i := len(r.ops) - 1; i >= 0; i-- {
		if r.ops[i].kind == opPage {
			page = i
			break
		}
	}
	page += r.backdrop // over the page's background
	r.ops = append(r.ops[:page+1], append(ops, r.ops[page+1:]...)...)
}

// emitFront draws a float in front of the text: over all of the body's
// text on the page, at the page's end, as Word stacks it; in a header,
// a footer or a text box where it stands, over what came before it.
func (r *renderer) emitFront(ops []op) {
	ops = r.pin(ops)
	if r.inStory || r.inBox {
		// Over the box's or the header's text, drawn after it (boxFront).
		r.boxFront = append(r.boxFront, ops...)
		return
	}
	r.frontFloats = append(r.frontFloats, ops...)
}

// Bounds is the box the path's points lie in, widened by its line's
// width.
func (p *Path) Bounds() (x, y, w, h float64) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range p.Segs {
		for _, pt := range s.Pts {
			x0, y0, x1, y1 = min(x0, pt.X), min(y0, pt.Y), max(x1, pt.X), max(y1, pt.Y)
		}
	}
	if x0 > x1 {
		return 0, 0, 0, 0
	}
	return x0 - p.Width/2, y0 - p.Width/2, x1 - x0 + p.Width, y1 - y0 + p.Width
}

// drawnLine is a line of a paragraph as drawn: its units, its top, where
// it starts, the gap between its units, and whether a line break ends it.
type drawnLine struct {
	units   []unit
	top, x  float64
	gap     float64
	newline bool
}

// anchorAt is the top of the line the paragraph's character at stands
// in, and the character's left edge; the paragraph's top and the
// column's left where no paragraph's lines are known (a header's, a
// cell's) or the paragraph has none.
func (r *renderer) anchorAt(at int, paraTop, colLeft float64) (lineTop, x float64) {
	at += r.label
	for i, l := range r.drawn {
		n := 0
		for _, u := range l.units {
			n += utf8.RuneCountInString(u.text)
		}
		// A character at a line's end stands at the next line's start,
		// unless a line break ends the line.
		if at > n || at == n && !l.newline && i < len(r.drawn)-1 {
			if i < len(r.drawn)-1 {
				at -= n
				if l.newline {
					at--
				}
				continue
			}
			at = n // past the text it reads (a dropped soft hyphen): its end
		}
		x = l.x
		for k, u := range l.units {
			c := utf8.RuneCountInString(u.text)
			if at < c {
				return l.top, x + u.width*float64(at)/float64(max(c, 1))
			}
			at -= c
			x += u.width
			if k < len(l.units)-1 {
				x += l.gap
			}
		}
		return l.top, x
	}
	return paraTop, colLeft
}
