package layout

import (
	"math"

	"jixiao/pipeline/wordmodel"
)

// exclusion is the room a floating object takes from the text of its
// page: its outline grown by the distances the text keeps from it, and how
// the text flows around it. It knows nothing of what the object is: a
// picture, a shape or a text box is a box on the page and its Wrap.
type exclusion struct {
	x0, y0, x1, y1 float64
	mode, side     string // as wordmodel.Wrap's Mode and Side
	// poly is a tight or through wrap's polygon on the page, which each
	// band takes the width of where it crosses the band, grown by the
	// distances; nil where the box is the outline.
	poly                    []wordmodel.Point
	left, right, top, below float64
	// table: the object is a floating table, which another one set
	// not to overlap (w:tblOverlap never) goes under.
	table bool
}

// exclusionOf is the room an object whose box starts at x, y takes;
// false for one the text does not wrap around (in front of or behind it).
func exclusionOf(x, y float64, w wordmodel.Wrap) (exclusion, bool) {
	if w.Mode == "" {
		return exclusion{}, false
	}
	o := w.Outline
	e := exclusion{
		x0: x + o.X - w.Left, y0: y + o.Y - w.Top, x1: x + o.X + o.W + w.Right, y1: y + o.Y + o.H + w.Bottom,
		mode: w.Mode, side: w.Side, left: w.Left, right: w.Right, top: w.Top, below: w.Bottom,
	}
	if w.Polygon != nil {
		for _, p := range w.Polygon.Points {
			e.poly = append(e.poly, wordmodel.Point{X: x + p.X, Y: y + p.Y})
		}
	}
	return e, true
}

// across is what the float takes of the band y0 to y1 across: from lo to
// hi; false where it does not reach the band.
func (e exclusion) across(y0, y1 float64) (lo, hi float64, ok bool) {
	const eps = 0.01
	if e.y0 >= y1-eps || e.y1 <= y0+eps {
		return 0, 0, false
	}
	if e.poly == nil {
		return e.x0, e.x1, true
	}
	lo, hi, ok = polygonAcross(e.poly, y0-e.below, y1+e.top)
	return lo - e.left, hi + e.right, ok
}

// polygonAcross is how far the closed polygon pts reaches left and right
// within the strip y0 to y1: the extremes of its edges' parts in the strip.
func polygonAcross(pts []wordmodel.Point, y0, y1 float64) (lo, hi float64, ok bool) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for i, a := range pts {
		b := pts[(i+1)%len(pts)]
		if a.Y > b.Y {
			a, b = b, a
		}
		if b.Y < y0 || a.Y > y1 {
			continue
		}
		if b.Y == a.Y {
			lo, hi = min(lo, a.X, b.X), max(hi, a.X, b.X)
			continue
		}
		for _, y := range []float64{max(a.Y, y0), min(b.Y, y1)} {
			x := a.X + (b.X-a.X)*(y-a.Y)/(b.Y-a.Y)
			lo, hi = min(lo, x), max(hi, x)
		}
	}
	return lo, hi, hi >= lo
}

// minWrap is the narrowest room beside a float that a line takes: 300
// twips, the width LibreOffice takes Word's limit to be for documents from
// Word (txtfly.cxx, TEXT_MIN_SMALL); narrower room is left empty. A line
// whose next character does not fit the room is set below as well.
const minWrap = 300.0 / 20 * ptToMM

// span is a stretch of a line's band that text may take, x0 to x1.
type span struct{ x0, x1 float64 }

func (s span) width() float64 { return s.x1 - s.x0 }

// cut takes the float's room lo to hi out of spans, whose outer edges
// are x0 and x1, and the side the text may not use (left: text on its left
// only; right: on its right only; largest: on the wider side only). A
// top-and-bottom float leaves nothing.
func (e exclusion) cut(spans []span, lo, hi, x0, x1 float64) []span {
	if e.mode == "topAndBottom" {
		return nil
	}
	side := e.side
	if side == "largest" {
		side = "right"
		if lo-x0 >= x1-hi {
			side = "left"
		}
	}
	switch side {
	case "left":
		hi = math.Inf(1)
	case "right":
		lo = math.Inf(-1)
	}
	var out []span
	for _, s := range spans {
		if s.x0 < lo {
			out = append(out, span{s.x0, min(s.x1, lo)})
		}
		if s.x1 > hi {
			out = append(out, span{max(s.x0, hi), s.x1})
		}
	}
	return out
}

// room is where a line h high may stand, at y or the first place below it
// where the page's floats leave a span between x0 and x1 at least need
// wide: that y and the spans there, left to right. free says no float
// touches the band, whose one span is then x0 to x1 whatever its width.
func room(floats []exclusion, y, h, x0, x1, need float64) (top float64, spans []span, free bool) {
	const eps = 0.01
	for {
		spans = []span{{x0, x1}}
		below := math.Inf(1)
		for _, e := range floats {
			lo, hi, ok := e.across(y, y+h)
			if !ok || hi <= x0+eps || lo >= x1-eps {
				continue
			}
			below = min(below, e.y1)
			spans = e.cut(spans, lo, hi, x0, x1)
		}
		if math.IsInf(below, 1) {
			return y, spans, true
		}
		wide := spans[:0]
		for _, s := range spans {
			if s.width() >= need-eps {
				wide = append(wide, s)
			}
		}
		if len(wide) > 0 {
			return y, wide, false
		}
		if !(below > y) {
			// Only a float with no extent (a NaN the reader let through)
			// ends at or above the line it crosses; looking again under it
			// would look at the same place for ever.
			return y, []span{{x0, x1}}, true
		}
		y = below // under the float that ends first, and look again
	}
}

// fillBand sets units into a band's spans in turn, left to right, as
// Word continues a line on the far side of a float: each span's line
// (nil where the next unit does not fit it) and the units left. Only a
// free band sets a unit wider than it alone on the line.
func fillBand(units []unit, spans []span, free bool) (lines [][]unit, rest []unit) {
	for _, s := range spans {
		var line []unit
		line, units = takeLine(units, s.width(), free)
		lines = append(lines, line)
	}
	return lines, units
}
