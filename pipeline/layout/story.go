package layout

import (
	"slices"

	"jixiao/pipeline/wordmodel"
)

// A header and a footer are stories of their own: paragraphs and tables
// laid out by the body's own paragraph and table layout, across the text
// block, in a box Word puts in the page's margin. A header's first line
// stands at the section's header distance from the page's top and it
// grows down; a footer's last line ends at the footer distance from the
// page's bottom and it grows up. Their paragraphs are on the document
// grid where they snap to it (Word's 页眉 and 页脚 styles turn that off),
// nothing in them breaks to a new page, and their floats wrap their own
// story's text only, never the body's.

// Word's default header and footer distances (1.5 cm, 1.75 cm), for a
// model not read from Word.
const (
	defaultHeaderDist = 15.0
	defaultFooterDist = 17.5
)

// storyOf is the story of a header or footer: its blocks where it was read
// from Word; a model not read from Word has lines only, each set as a
// centred line of 五号 宋体 off the grid, as Word's 页眉 style sets it,
// its pictures and shapes floating from the first.
func storyOf(m wordmodel.Margin) []wordmodel.Block {
	if m.Blocks != nil {
		return m.Blocks
	}
	var out []wordmodel.Block
	plain := func(text string) *wordmodel.Paragraph {
		return &wordmodel.Paragraph{Text: text, Runs: []wordmodel.Run{{Text: text, Font: "宋体"}}, Align: "center", StyleSize: headerSize,
			Indent: &wordmodel.Indent{}, Spacing: &wordmodel.Spacing{Line: 240, LineRule: "auto", NoGrid: true}}
	}
	for _, line := range m.Lines {
		out = append(out, plain(line))
	}
	if len(m.Images)+len(m.Shapes) > 0 {
		if len(out) == 0 {
			out = append(out, plain(""))
		}
		p := out[0].(*wordmodel.Paragraph)
		p.Images, p.Shapes = m.Images, m.Shapes
	}
	return out
}

// layStory lays blocks out from top down across the text block, as the
// body's are but on no page, and returns their drawing, what goes in
// front of the page's text and what behind it, and the height they take.
func (r *renderer) layStory(blocks []wordmodel.Block, top float64) (front, behind []op, height float64) {
	saved := *r
	// The buffers and the lines of the body's paragraph or cell being set
	// when its page ended stay the body's.
	r.parts, r.textLines, r.broken, r.measuredCell, r.drawnCell, r.drawn = nil, nil, nil, wrapped{}, wrapped{}, nil
	r.ops, r.floats, r.storyBehind, r.boxFront, r.noteSpace, r.prev, r.label, r.framed = nil, nil, nil, nil, 0, previous{}, 0, nil
	r.y, r.onPage, r.inBox, r.inStory = top, true, true, true
	// Its linked boxes' story is laid out anew on each page: a page
	// number in it is the page's. A frame's story laid out in a linked
	// box does not go on in the chain's next box.
	r.chains, r.chain = nil, nil
	// Its SECTIONPAGES counts the section its page began in.
	r.section = r.pageSection
	for _, b := range blocks {
		r.block(b)
	}
	r.placeFrames(nil) // a drop cap with no paragraph after it
	front, behind, height = append(r.ops, r.boxFront...), r.storyBehind, r.y-top
	warnings := slices.Clone(r.warnings[len(saved.warnings):])
	*r = saved
	// A header is laid out on every page, and measured too: what it warns
	// of is said once.
	for _, w := range warnings {
		r.warnOnce(w)
	}
	return front, behind, height
}

// placeMargins draws the page's header and finds its footer's box, which
// its text keeps clear of: a header reaching below the text block's top
// moves the body's first line down to its foot, and a footer reaching
// above the block's foot ends the body at its top (footTop), as Word
// moves the body. The footer is drawn when the page ends (drawFooter),
// with the page's numbers.
func (r *renderer) placeMargins() {
	r.y, r.footTop = r.top(), 0
	if blocks := storyOf(r.header); len(blocks) > 0 {
		front, behind, h := r.layStory(blocks, r.g.hd)
		r.emit(behind, true)
		r.ops = append(r.ops, front...)
		r.y = max(r.y, r.g.hd+h)
	}
	if blocks := storyOf(r.footer); len(blocks) > 0 {
		_, _, h := r.layStory(blocks, 0)
		r.footTop = r.g.h - r.g.fd - h
	}
	r.fixPage()
}

// drawFooter draws the page's footer, its last line at the footer
// distance from the page's foot (placeMargins).
func (r *renderer) drawFooter() {
	if blocks := storyOf(r.footer); len(blocks) > 0 {
		front, behind, _ := r.layStory(blocks, r.footTop)
		r.emit(behind, true)
		r.ops = append(r.ops, front...)
	}
}

// framedInStory draws a header's or footer's paragraph in its frame (a
// page number Word 2003 or WPS framed), as wide as the frame or its text,
// where the frame is placed; the story's other text goes on where the
// paragraph would have stood, as Word's does under a frame beside it.
func (r *renderer) framedInStory(p *wordmodel.Paragraph) {
	w := p.Frame.Width
	blocks := unframed([]*wordmodel.Paragraph{p})
	if w == 0 {
		w = min(r.naturalWidth(blocks[0].(*wordmodel.Paragraph)), r.width())
	}
	r.layFrame(blocks, &p.Frame.Float, w, func(h float64) float64 { return h }, r.y)
}

// naturalWidth is how wide p's longest line is, unbroken, its indents
// included.
func (r *renderer) naturalWidth(p *wordmodel.Paragraph) float64 {
	l, w := r.look(p), 0.0
	for _, piece := range r.pieces(p, l) {
		w = max(w, lineWidth(piece)+l.left+l.right+l.first)
	}
	return w
}

// fitted is sp as wide as its text where it is fitted to a text it does
// not wrap (a WPS page number's box, 144 pt wide as saved), so that it
// is aligned by the text's width on each page; sp itself otherwise.
func (r *renderer) fitted(sp *wordmodel.Shape) *wordmodel.Shape {
	if !sp.AutoFit || !sp.NoWrap || sp.Text == nil {
		return sp
	}
	fit := *sp
	fit.Width = 0
	for _, p := range sp.Text {
		fit.Width = max(fit.Width, r.naturalWidth(p))
	}
	fit.Width += sp.Inset[0] + sp.Inset[2]
	return &fit
}

// shows reports whether a header or footer shows anything: text, a
// picture or a shape.
func shows(m wordmodel.Margin) bool {
	return len(m.Lines)+len(m.Images)+len(m.Shapes) > 0
}
