package layout

import (
	"fmt"
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A body's frame (图文框, a Word 2003 红头 or signature block) stands out
// of the text's flow, anchored to the next paragraph not in a frame: its
// paragraphs wait (r.framed) until that paragraph comes, are then laid
// out as a story in a box as wide as the frame or its text, placed as a
// float is from where that paragraph starts, and the body's text wraps
// around the box as around a float (flow.go). A drop cap (dropcap.go) is
// placed from the same paragraph.

// waitsForAnchor reports whether b is a paragraph in a frame of the body
// or of a text box, or a drop cap in a header, a footer or a text box,
// kept until its anchor comes: the drop cap is set beside its story's
// next paragraph as the body's is, and wraps that story's text only; a
// text box's frame is placed in the box, as Word places a float there
// (pageArea), and wraps the box's text only.
func (r *renderer) waitsForAnchor(b wordmodel.Block) bool {
	p, ok := b.(*wordmodel.Paragraph)
	if !ok || p.Frame == nil || (r.inStory || r.inBox) && r.box == nil && p.Frame.DropCap == "" {
		return false
	}
	r.framed = append(r.framed, p)
	return true
}

// placeFrames places the frames waiting for anchor, the block about to
// be laid out (nil at the document's end), each run of paragraphs framed
// alike one frame.
func (r *renderer) placeFrames(anchor wordmodel.Block) {
	waiting := r.framed
	if len(waiting) == 0 {
		return
	}
	r.framed = nil
	next, _ := anchor.(*wordmodel.Paragraph)
	top := r.anchorTop(next)
	for i := 0; i < len(waiting); {
		j := i + 1
		for j < len(waiting) && wordmodel.SameFrame(waiting[j-1], waiting[j]) {
			j++
		}
		notes := r.framedNotes(waiting[i:j])
		foot := top
		switch {
		case waiting[i].Frame.DropCap != "" && next != nil:
			r.dropCap(waiting[i], next, top)
		case waiting[i].Frame.DropCap != "" && (r.inStory || r.inBox):
			// A drop cap ending a header, a footer or a text box, with
			// no paragraph to stand beside: its letter on a line of its
			// own.
			r.paragraph(unframed(waiting[i:j])[0].(*wordmodel.Paragraph))
		default:
			foot = r.frame(waiting[i:j], top)
		}
		r.keepFramedNotes(notes, foot)
		i = j
	}
}

// anchorTop is where the first line of p, the paragraph frames are
// anchored to, will stand: under its space before, on the next page where
// that line does not fit on this one, which it then starts.
func (r *renderer) anchorTop(p *wordmodel.Paragraph) float64 {
	if p == nil {
		return r.y
	}
	l := r.look(p)
	// Nothing in a header, a footer or a text box breaks to a page.
	story := r.inStory || r.inBox
	if l.pageBreakBefore && (r.onPage || r.cols.at > 0) && !story {
		r.breakPage()
		return r.y
	}
	top := r.y
	if r.onPage || r.hardTop {
		top += l.before
	}
	if top+l.lineHeight > r.bottom()+0.01 && r.onPage && !story {
		r.newPage()
		return r.y
	}
	return top
}

// unframed are copies of paras out of their frame, laid out as a story.
func unframed(paras []*wordmodel.Paragraph) []wordmodel.Block {
	out := make([]wordmodel.Block, len(paras))
	for i, p := range paras {
		inner := *p
		inner.Frame = nil
		out[i] = &inner
	}
	return out
}

// frame draws paras, one frame, where it is placed from its anchor's top,
// and keeps the room it takes from the page's text as its wrap says; it
// returns the frame's foot.
func (r *renderer) frame(paras []*wordmodel.Paragraph, top float64) (foot float64) {
	f := paras[0].Frame
	blocks := unframed(paras)
	w := f.Width
	if w == 0 {
		for _, b := range blocks {
			w = max(w, r.naturalWidth(b.(*wordmodel.Paragraph)))
		}
		w = min(w, r.width())
	}
	x, y, h := r.layFrame(blocks, &f.Float, w, func(h float64) float64 {
		if f.Exact && h > f.Height+0.01 {
			r.warnOnce(fmt.Sprintf("图文框（%s）的文字超出它固定的高度：Word 只显示框内的部分，PDF 照录全部文字；请在 Word 中把图文框的高度改为“最小值”，或加大高度", paragraphName(paras[0])))
		}
		if f.Height > 0 && (f.Exact || f.Height > h) {
			return f.Height
		}
		return h
	}, top)
	wrap := f.Wrap
	wrap.Outline = wordmodel.Box{W: w, H: h}
	r.wrapAround("图文框", paras[0], top, x, y, wrap)
	return y + h
}

// layFrame lays blocks out as a story w wide, in a box as high as height
// makes their height, placed as fl from paraTop, and returns the box.
func (r *renderer) layFrame(blocks []wordmodel.Block, fl *wordmodel.Float, w float64, height func(float64) float64, paraTop float64) (x, y, h float64) {
	g := r.g
	r.g.bw = w
	_, _, h = r.layStory(blocks, 0)
	h = height(h)
	r.g = g
	x, y = r.placeFloat(fl, w, h, paraTop, r.left(), r.width())
	r.g.left, r.g.bw = x, w
	front, behind, _ := r.layStory(blocks, y)
	r.g = g
	r.emit(behind, true)
	r.ops = append(r.ops, front...)
	return x, y, h
}

// sizedFrames are a table cell's shapes with its frames (wordmodel's
// Shape.Framed, text boxes of the frame's paragraphs) sized as Word sizes
// a frame: as wide as its w:w or, without one, its text's longest line
// (never wider than the text block); as high as its text, at least its
// w:h, or exactly that; the text it wraps flows around that box. shapes
// itself where it has no frame, as nearly every cell.
func (r *renderer) sizedFrames(shapes []wordmodel.CellShape) []wordmodel.CellShape {
	if !slices.ContainsFunc(shapes, func(s wordmodel.CellShape) bool { return s.Framed }) {
		return shapes
	}
	out := slices.Clone(shapes)
	for i := range out {
		sp := &out[i].Shape
		if !sp.Framed {
			continue
		}
		if sp.NoWrap {
			sp.Width = 0
			for _, p := range sp.Text {
				sp.Width = max(sp.Width, r.naturalWidth(p))
			}
			sp.Width, sp.NoWrap = min(sp.Width, r.width()), false
		}
		if sp.AutoFit {
			measured := *sp
			measured.Height = 0
			_, h := r.boxText(&measured, 0, 0)
			sp.Height = max(sp.Height, h)
			sp.AutoFit = false
		}
		f := *sp.Float
		f.Wrap.Outline = wordmodel.Box{W: sp.Width, H: sp.Height}
		sp.Float = &f
	}
	return out
}
