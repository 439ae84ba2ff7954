package layout

import (
	"math"
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A float the text wraps around that is placed from the line or the
// character of its anchor (an old template's 公章 set 四周型 and
// 相对于字符) stands where the paragraph's lines put its anchor, and the
// lines wrap around where it stands: Word settles the two. Here the
// paragraph is set once, undrawn, around the page's floats but not this
// one, its anchor's line and character found there, the float placed from
// them, and the lines then set for good around it. An anchor the trial
// sets past the page's foot is on a later page: the float is placed from
// the paragraph's first line instead, as it goes with that line.

// wrapsByLine reports whether f is wrapped and placed from its anchor's
// line or character.
func wrapsByLine(f *wordmodel.Float) bool {
	return f != nil && f.Wrap.Mode != "" && (f.FromX == "character" || f.FromY == "line")
}

// trialLines are the lines p sets from r.y as l lays it out, around the
// page's floats, undrawn and on no new page; the renderer is left as it
// was. bottom is the page's foot, which the trial lines may pass.
func (r *renderer) trialLines(p *wordmodel.Paragraph, l look) (lines []drawnLine, bottom float64) {
	saved := *r
	bottom = r.bottom()
	r.ops, r.drawn, r.sink = nil, nil, func([]op) {}
	r.floats, r.warnings, r.notes = slices.Clone(r.floats), slices.Clone(r.warnings), slices.Clone(r.notes)
	r.g.bh = math.MaxFloat32 // nothing breaks to a new page
	r.setLines(p, l)
	lines = r.drawn
	*r = saved
	return lines, bottom
}

// placeByLine places the float f, w by h, of paragraph p starting at
// top, from where its anchor falls among lines, and returns its top left
// corner.
func (r *renderer) placeByLine(f *wordmodel.Float, w, h float64, p *wordmodel.Paragraph, top float64, lines []drawnLine, bottom float64) (x, y float64) {
	drawn, label := r.drawn, r.label
	r.drawn, r.label = lines, labelOf(p)
	if lineTop, _ := r.anchorAt(f.At, top, r.left()); lineTop+r.linePitch() > bottom+0.01 {
		r.drawn = lines[:min(1, len(lines))]
		f2 := *f
		f2.At = 0
		f = &f2
	}
	x, y = r.placeFloat(f, w, h, top, r.left(), r.width())
	r.drawn, r.label = drawn, label
	return x, y
}

// labelOf is the number of characters of p's list label, which its
// lines' first holds before its text.
func labelOf(p *wordmodel.Paragraph) int {
	if p.Label == nil {
		return 0
	}
	return len([]rune(p.Label.Text))
}
