package layout

import "jixiao/pipeline/wordmodel"

// A cell's text flows around a float laid out in the cell and set to wrap
// (square, tight, through: beside it; top and bottom: under it) as a body
// paragraph's does around the page's floats (flow.go): each line is set
// in the room its band leaves, beside the float on one side or both (a
// line on each side of it, as Word continues a line past a float), or
// under it where no room is wide enough, the row growing with the text.
// The float is placed when its paragraph's first line is, from the
// cell's box, its content box or its paragraph, as cellFloats draws it.
// One placed from its anchor's line or character (a 公章 set 四周型 and
// 相对于字符 in a signature table) stands where its paragraph's lines put
// the anchor, and the lines wrap around where it stands, as in the body
// (lineanchor.go): the paragraph is set without it, the float placed
// from those lines and the paragraph set again around it, the float
// staying there (celllines.go). One placed
// otherwise (at the middle or foot of the cell's box, or relative to the
// page: not laid out in the cell) is drawn at its place, the text not
// flowing around it, and warned of.

// wraps reports whether the text of the cell c flows around the float f
// anchored in it.
func (c *tableCell) wraps(f *wordmodel.Float) bool {
	if f.Wrap.Mode == "" || !f.InCell || f.FromX == "character" || f.FromY == "line" {
		return false
	}
	// Its place down the cell is known before the row's height is only
	// from the paragraph, or from the top of a cell whose text starts at
	// its top.
	return f.FromY == "paragraph" || (f.AlignY == "" || f.AlignY == "top") && (c.valign == "" || c.goesOn)
}

// wrapped is whether any float of c has its text flow around it.
func (c *tableCell) wrapsAny() bool {
	for i := range c.floats {
		if f := c.floats[i].Float; c.wraps(f) || wrapsFromLine(f) {
			return true
		}
	}
	for i := range c.shapes {
		if f := c.shapes[i].Float; c.wraps(f) || wrapsFromLine(f) {
			return true
		}
	}
	return false
}

// cellExclusions adds to excl the floats of c anchored in the paragraph
// starting at the cell's text line before, whose top is paraTop below the
// cell's content top and whose lines are lineH high, that its text flows
// around; y is 0 at the content top.
func (r *renderer) cellExclusions(excl []exclusion, c tableCell, before int, paraTop, lineH float64) []exclusion {
	inner := c.w - c.pad[1] - c.pad[3]
	const tall = 1e6 // the row's height is not known yet: no float here is placed by it
	a := area{page: rect{c.x, -c.pad[0], c.w, tall}, margin: rect{c.x + c.pad[1], 0, inner, tall}, colLeft: c.x + c.pad[1], colWidth: inner}
	drawn := r.drawn
	r.drawn = nil
	defer func() { r.drawn = drawn }()
	add := func(f *wordmodel.Float, w, h float64, at int) {
		if at != before || !c.wraps(f) {
			return
		}
		x, y := r.placeIn(f, w, h, paraTop, a)
		if e, ok := exclusionOf(x, y, f.Wrap); ok {
			excl = append(excl, e)
		}
	}
	for i := range c.floats {
		fl := &c.floats[i]
		add(fl.Float, fl.Width, fl.Height, fl.Before)
	}
	for i := range c.shapes {
		sp := &c.shapes[i]
		if sp.DropLines > 0 {
			if sp.Before == before && !sp.DropHangs {
				x, y := r.placeIn(sp.Float, sp.Width, sp.Height, paraTop, a)
				excl = append(excl, dropCapExclusion(x, y, sp.Width, float64(sp.DropLines)*lineH, sp.Float.Wrap))
			}
			continue
		}
		add(sp.Float, sp.Width, sp.Height, sp.Before)
	}
	return excl
}

// bandLine is a line set around a cell's floats: its units, where it
// starts from the content box's left and how wide its room is, how far
// under the line before its band the floats pushed the band, and whether
// it ends its band (the lines of a band stand side by side).
type bandLine struct {
	units   []unit
	x, room float64
	push    float64
	last    bool
}

// aroundFloats sets units, one piece of a paragraph set as s, into lines
// around excl from y (below the content top), each lineH high, the first
// indented by first: the lines and where the text under them starts.
func aroundFloats(units []unit, excl []exclusion, s *cellSet, c tableCell, first, y, lineH float64) (out []bandLine, end float64) {
	left := c.x + c.pad[1]
	inner := c.w - c.pad[1] - c.pad[3]
	for k := 0; k == 0 || len(units) > 0; k++ {
		x0, x1 := left+s.left, left+inner-s.right
		if k == 0 {
			x0 += first
		}
		need := minWrap
		if len(units) > 0 {
			need = max(need, units[0].width)
		}
		top, spans, free := room(excl, y, lineH, x0, x1, need)
		lines, rest := fillBand(units, spans, free)
		if len(rest) == len(units) && len(units) > 0 && free {
			lines[0], rest = takeLine(units, x1-x0, true) // a unit wider than the cell: set alone
		}
		for i, line := range lines {
			out = append(out, bandLine{units: line, x: spans[i].x0 - left, room: spans[i].width(), push: top - y, last: i == len(lines)-1})
		}
		y = top + lineH
		units = rest
	}
	return out, y
}
