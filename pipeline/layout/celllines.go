package layout

import "jixiao/pipeline/wordmodel"

// wrapsFromLine reports whether f, anchored in a cell, is laid out in it,
// wraps, and is placed from its anchor's line or character.
func wrapsFromLine(f *wordmodel.Float) bool {
	return f.Wrap.Mode != "" && f.InCell && (f.FromX == "character" || f.FromY == "line")
}

// fromLineAt reports whether a float of c anchored in the paragraph
// starting at the cell's text line before wraps and is placed from its
// line or character.
func (c *tableCell) fromLineAt(before int) bool {
	for i := range c.floats {
		if c.floats[i].Before == before && wrapsFromLine(c.floats[i].Float) {
			return true
		}
	}
	for i := range c.shapes {
		if c.shapes[i].Before == before && wrapsFromLine(c.shapes[i].Float) {
			return true
		}
	}
	return false
}

// fromLine is where a cell's float placed from its line or character
// stands: its left on the page, and its top below its paragraph's.
type fromLine struct{ x, dy float64 }

// lineExclusions adds to excl the room the floats of c anchored in the
// paragraph starting at the cell's text line before, placed from their
// line or character, take where lines (that paragraph's set without
// them, the first paraTop below the content top) put their anchors; y is
// 0 at the content top, as cellExclusions has it. Each float's place is
// kept for cellFloats to draw it there, whatever the lines set around it
// make of its anchor, as a body paragraph's (lineanchor.go).
func (r *renderer) lineExclusions(excl []exclusion, c tableCell, before int, lines []cellLine, paraTop float64) []exclusion {
	inner := c.w - c.pad[1] - c.pad[3]
	const tall = 1e6 // as cellExclusions: the row's height is not known yet
	a := area{page: rect{c.x, -c.pad[0], c.w, tall}, margin: rect{c.x + c.pad[1], 0, inner, tall}, colLeft: c.x + c.pad[1], colWidth: inner}
	drawn, label := r.drawn, r.label
	defer func() { r.drawn, r.label = drawn, label }()
	all := c
	all.to = len(lines)
	r.drawn, r.label = r.cellDrawn(lines, all, 0, paraTop), 0
	add := func(f *wordmodel.Float, w, h float64, at int) {
		if at != before || !wrapsFromLine(f) {
			return
		}
		x, y := r.placeIn(f, w, h, paraTop, a)
		if r.fromLine == nil {
			r.fromLine = map[*wordmodel.Float]fromLine{}
		}
		r.fromLine[f] = fromLine{x, y - paraTop}
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
		add(sp.Float, sp.Width, sp.Height, sp.Before)
	}
	return excl
}
