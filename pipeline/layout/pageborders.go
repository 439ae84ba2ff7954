package layout

import (
	"slices"

	"jixiao/pipeline/wordmodel"
)

// Page borders (页面边框, w:pgBorders) are drawn on each page of their
// section they apply to: in front of the text, as Word draws them unless
// told to put them behind it, so they are the page's last drawing.

// pageBorders begins the current page's borders: drawn now if they go
// behind the text, kept for the page's end (endPage) if in front. A page
// begun empty that the next section takes (a landscape attachment) is
// given that section's borders in place of those it was begun with.
func (r *renderer) pageBorders() {
	r.pageBackground()
	r.frontBorders = r.frontBorders[:0]
	// Those behind are found by their paths: a float put behind all the
	// page's drawing since has moved them.
	if len(r.backBorders) > 0 {
		page := len(r.ops) - 1
		for page > 0 && r.ops[page].kind != opPage {
			page--
		}
		kept := slices.DeleteFunc(r.ops[page:], func(o op) bool { return o.kind == opPath && slices.Contains(r.backBorders, o.path) })
		r.ops = r.ops[:page+len(kept)]
		r.backBorders = r.backBorders[:0]
	}
	if r.section >= len(r.pageSections) || r.pageSections[r.section].PageBorders == nil || !r.pageSections[r.section].PageBorders.Shows(r.sectionPages <= 1) {
		return
	}
	b := r.pageSections[r.section].PageBorders
	start := len(r.ops)
	r.borderBox(b, r.pageSections[r.section])
	if b.Back {
		for _, o := range r.ops[start:] {
			r.backBorders = append(r.backBorders, o.path)
		}
		return
	}
	r.frontBorders = append(r.frontBorders, r.ops[start:]...)
	r.ops = r.ops[:start]
}

// endPage draws what goes over the page's text: its floats in front of
// the text, then its page borders.
func (r *renderer) endPage() {
	r.ops = append(r.ops, r.frontFloats...)
	r.frontFloats = r.frontFloats[:0]
	r.ops = append(r.ops, r.frontBorders...)
	r.frontBorders = r.frontBorders[:0]
	r.backBorders = r.backBorders[:0]
}

// borderBox draws the page's four border lines. Each line lies its space
// inside the page's edge (offsetFrom page) or outside the text block's
// (offsetFrom text, Word's default), which reaches up to the page's
// header and down to its footer where it has them and the borders
// surround them; the top and bottom lines run across the left and right
// ones so that the corners are closed.
func (r *renderer) borderBox(b *wordmodel.PageBorders, sec wordmodel.Section) {
	g := r.g
	textTop, textBottom := g.top, g.top+g.bh
	if shows(r.header) {
		if !b.OmitHeader {
			textTop = min(textTop, sec.HeaderDist)
		}
	}
	if shows(r.footer) {
		if !b.OmitFooter {
			textBottom = max(textBottom, g.h-sec.FooterDist)
		}
	}
	// mid is where a side's line's middle lies: edge is the page's or the
	// text block's side, out the direction away from the text.
	mid := func(l *wordmodel.Border, edge, out float64) float64 {
		if l == nil {
			return edge
		}
		half := l.Width * borderLines(l) * ptToMM / 2
		if b.FromPage {
			return edge - out*(l.Space*ptToMM+half)
		}
		return edge + out*(l.Space*ptToMM+half)
	}
	var top, bottom, left, right float64
	if b.FromPage {
		top, bottom, left, right = mid(b.Top, 0, -1), mid(b.Bottom, g.h, 1), mid(b.Left, 0, -1), mid(b.Right, g.w, 1)
	} else {
		top, bottom, left, right = mid(b.Top, textTop, -1), mid(b.Bottom, textBottom, 1), mid(b.Left, g.left, -1), mid(b.Right, g.left+g.bw, 1)
	}
	half := func(l *wordmodel.Border) float64 {
		if l == nil {
			return 0
		}
		return l.Width * borderLines(l) * ptToMM / 2
	}
	r.borderSide(b.Top, Point{left - half(b.Left), top}, Point{right + half(b.Right), top}, 1)
	r.borderSide(b.Bottom, Point{left - half(b.Left), bottom}, Point{right + half(b.Right), bottom}, -1)
	r.borderSide(b.Left, Point{left, top}, Point{left, bottom}, 1)
	r.borderSide(b.Right, Point{right, top}, Point{right, bottom}, -1)
}

// borderSide draws one side's line from a to b, its strands (a double
// line's two) offset towards in (1: down or right, -1: up or left) as
// the first strand is the outer one.
func (r *renderer) borderSide(l *wordmodel.Border, a, b Point, in float64) {
	if l == nil {
		return
	}
	w := l.Width * ptToMM
	color := l.Color
	if color == "" {
		color = "000000"
	}
	vertical := a.X == b.X
	strands, dash := threeDStrands(l, w, in < 0), []float64(nil)
	if strands == nil {
		dash = borderDash(l.Style, w)
		for _, s := range borderStrands(l.Style, w) {
			strands = append(strands, toned{strand{s.offset * in, s.width}, color})
		}
	}
	for _, s := range strands {
		d := s.offset
		p, q := Point{a.X, a.Y + d}, Point{b.X, b.Y + d}
		if vertical {
			p, q = Point{a.X + d, a.Y}, Point{b.X + d, b.Y}
		}
		r.ops = append(r.ops, op{kind: opPath, path: &Path{Segs: []Seg{{'M', []Point{p}}, {'L', []Point{q}}}, Stroke: s.color, Width: s.width, Dash: dash}})
	}
}
