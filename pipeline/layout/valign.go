package layout

import (
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A section's 页面垂直对齐 (w:vAlign) moves the text of each of its pages,
// its last too, as Word and LibreOffice do (LibreOffice's page style
// TextVerticalAdjust): the page is laid out from the top, and once it is
// full the space left under its text goes above it (bottom), half above
// (center), or between its paragraphs (both, 两端对齐: the space shared
// among the gaps between the paragraphs that begin on the page; a page of
// one paragraph stays at the top). What the page puts in place stays:
// its header and footer, its borders, its footnotes, a float placed from
// the page or the margins. A bookmark on the page moves with its line.

// fixed marks the operations of the page so far (its borders, header and
// the footer's room) as staying where they are when its text moves.
func (r *renderer) fixPage() {
	for i := len(r.ops) - 1; i >= 0 && r.ops[i].kind != opPage; i-- {
		r.ops[i].fixed = true
	}
	r.tops = append(r.tops[:0], r.y)
}

// topHere records where a paragraph's first line begins on the page.
func (r *renderer) topHere() {
	if !r.inStory && !r.inBox && (len(r.tops) == 0 || r.y > r.tops[len(r.tops)-1]+0.01) {
		r.tops = append(r.tops, r.y)
	}
}

// pinning marks ops as staying where the page puts them, while a float
// placed from the page or its margins is drawn.
func (r *renderer) pin(ops []op) []op {
	if r.pinning {
		for i := range ops {
			ops[i].fixed = true
		}
	}
	return ops
}

// pinned reports whether a float stays where the page puts it when the
// text moves: one placed from the page or its margins, not from its
// paragraph or line.
func pinned(f *wordmodel.Float) bool {
	return f != nil && f.FromY != "paragraph" && f.FromY != "line"
}

// alignPage moves the page's text as its section's VAlign says, before
// its footnotes and footer are drawn. A page that two sections share is
// left as it is.
func (r *renderer) alignPage() {
	if r.pageSection != r.section || r.pageSection >= len(r.pageSections) || r.inStory || r.inBox {
		return
	}
	how := r.pageSections[r.pageSection].VAlign
	foot := r.y
	if r.inColumns() || r.cols.foot > 0 {
		foot = max(foot, r.cols.foot)
	}
	free := r.textFoot() - r.noteSpace - foot
	if how == "" || free <= 0.01 || !r.onPage {
		return
	}
	shift := func(y float64) float64 {
		switch how {
		case "center":
			return free / 2
		case "bottom":
			return free
		}
		gaps := len(r.tops) - 1
		if gaps < 1 {
			return 0
		}
		k := 0
		for _, t := range r.tops[1:] {
			if t <= y+0.01 {
				k++
			}
		}
		return free * float64(k) / float64(gaps)
	}
	start := len(r.ops) - 1
	for start > 0 && r.ops[start].kind != opPage {
		start--
	}
	for i := start + 1; i < len(r.ops); i++ {
		if o := &r.ops[i]; !o.fixed {
			moveOp(o, shift(opTop(*o)))
		}
	}
	for i := range r.frontFloats { // drawn at the page's end, over its text
		if o := &r.frontFloats[i]; !o.fixed {
			moveOp(o, shift(opTop(*o)))
		}
	}
	for name, p := range r.marks {
		if p.page == r.page {
			p.y += shift(p.y)
			r.marks[name] = p
		}
	}
	r.y += shift(r.y) // footnotes beneath the text follow it
}

// opTop is the top of what an operation draws, for the paragraph it
// belongs to: a text's baseline is below its line's top.
func opTop(o op) float64 {
	if o.kind == opPath && o.path != nil {
		_, y, _, _ := o.path.Bounds()
		return y
	}
	return o.y
}

// moveOp moves an operation dy down the page; a path is copied, as paths
// may be shared.
func moveOp(o *op, dy float64) {
	if dy == 0 {
		return
	}
	o.y += dy
	if o.clip != 0 {
		o.clip += dy
	}
	if o.path == nil {
		return
	}
	o.path = movedPath(o.path, 0, dy)
}

// movedPath is a copy of p moved dx across and dy down the page, its
// gradients and patterns with it; paths may be shared, so p is kept.
func movedPath(p *Path, dx, dy float64) *Path {
	c := *p
	c.Segs, c.Clip = movedSegs(p.Segs, dx, dy), movedSegs(p.Clip, dx, dy)
	for _, sh := range []**Shade{&c.Shade, &c.StrokeShade} {
		if *sh != nil {
			m := **sh
			m.Matrix[4] += dx
			m.Matrix[5] += dy
			*sh = &m
		}
	}
	if c.Pattern != nil {
		pt := *c.Pattern
		pt.Matrix[4] += dx
		pt.Matrix[5] += dy
		c.Pattern = &pt
	}
	return &c
}

// movedSegs is a copy of segs moved dx across and dy down.
func movedSegs(segs []Seg, dx, dy float64) []Seg {
	out := slices.Clone(segs)
	for i := range out {
		pts := slices.Clone(out[i].Pts)
		for k := range pts {
			pts[k].X += dx
			pts[k].Y += dy
		}
		out[i].Pts = pts
	}
	return out
}
