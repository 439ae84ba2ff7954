package layout

import (
	"fmt"
	"math"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// inlineBlock draws the pictures in a paragraph's line, when it has no
// text, as a block of their own at the paragraph's alignment; it reports
// whether there were any. A picture wider or taller than the text block is
// scaled down to it.
func (r *renderer) inlineBlock(p *wordmodel.Paragraph, align string) bool {
	var inline []*wordmodel.Image
	for i := range p.Images {
		if img := &p.Images[i]; img.Float == nil {
			inline = append(inline, img)
		}
	}
	if len(inline) == 0 || strings.TrimSpace(p.Text) != "" {
		return false
	}
	r.inlinePictures(inline, align)
	return true
}

// placeFloats draws a paragraph's floating pictures where Word puts them,
// top being where the paragraph starts, and keeps the room those the text
// wraps around take on the page.
func (r *renderer) placeFloats(p *wordmodel.Paragraph, top float64) {
	for i := range p.Images {
		if img := &p.Images[i]; img.Float != nil {
			x, y := r.floating(img, top)
			r.wrapAround("浮动图片 "+img.Name, p, top, x, y, img.Float.Wrap)
		}
	}
}

// wrapAround keeps the room an object of paragraph p placed at x, y
// takes from the page's text, wrapped as w: a picture's, a shape's or a
// text box's alike. One that reaches above its paragraph (top) into text
// already set is said, by what: that text does not wrap around it.
func (r *renderer) wrapAround(what string, p *wordmodel.Paragraph, top, x, y float64, w wordmodel.Wrap) {
	e, ok := exclusionOf(x, y, w)
	if !ok {
		return
	}
	if e.y0 < top-0.01 && r.onPage && e.y1 > r.top() {
		r.warnings = append(r.warnings, fmt.Sprintf("%s（%s）高出它所在的段落，PDF 中该段上方已排好的文字不会绕开它；请在 Word 中把它锚定到它旁边第一行文字所在的段落", what, paragraphName(p)))
	}
	r.floats = append(r.floats, e)
}

// paragraphName is how a message points at a paragraph: its first words.
func paragraphName(p *wordmodel.Paragraph) string {
	if t := strings.TrimSpace(p.Text); t != "" {
		return "段落“" + excerpt(t) + "”"
	}
	return "空段落"
}

func (r *renderer) inlinePictures(imgs []*wordmodel.Image, align string) {
	w, h := 0.0, 0.0
	for _, img := range imgs {
		w += img.Width
		h = max(h, img.Height)
	}
	scale := min(1, r.width()/w, r.g.bh/h)
	w, h = w*scale, h*scale
	// The block stands in the first room beside the page's floats wide
	// enough for it, aligned there.
	y, spans, _ := room(r.floats, r.y, h, r.left(), r.left()+r.width(), w)
	if y+h > r.bottom()+0.01 && (r.onPage || y > r.y+0.01) {
		r.newPage()
		y, spans = r.y, []span{{r.left(), r.left() + r.width()}}
	}
	r.y = y
	s := spans[0]
	x := s.x0
	switch align {
	case "center":
		x += (s.width() - w) / 2
	case "right", "end":
		x += s.width() - w
	}
	for _, img := range imgs {
		iw, ih := img.Width*scale, img.Height*scale
		// Pictures in one line sit on its bottom, as Word sets them.
		r.ops = append(r.ops, op{kind: opImage, x: x, y: r.y + h - ih, w: iw, h: ih, img: img})
		x += iw
	}
	r.onPage = true
	// The block takes whole grid lines, so the text after it stays on the grid.
	pitch := r.linePitch()
	r.advance(math.Ceil(h/pitch-0.01) * pitch)
}

// floating draws a floating picture relative to the page, the text block
// (margin, column) or its paragraph, by offset or alignment, and returns
// where its top left corner is. One behind the text is drawn first on its
// page.
func (r *renderer) floating(img *wordmodel.Image, paraTop float64) (x, y float64) {
	f := img.Float
	place := func(from, align string, offset, size, pageSize, blockStart, blockSize, para float64) float64 {
		start, room := blockStart, blockSize
		switch from {
		case "page":
			start, room = 0, pageSize
		case "paragraph", "line":
			start = para
		}
		switch align {
		case "center":
			return start + (room-size)/2
		case "right", "bottom", "outside":
			return start + room - size
		case "left", "top", "inside":
			return start
		}
		return start + offset
	}
	x = place(f.FromX, f.AlignX, f.X, img.Width, r.g.w, r.left(), r.width(), 0)
	y = place(f.FromY, f.AlignY, f.Y, img.Height, r.g.h, r.top(), r.g.bh, paraTop)
	o := op{kind: opImage, x: x, y: y, w: img.Width, h: img.Height, img: img}
	if !f.Behind {
		r.ops = append(r.ops, o)
		return x, y
	}
	page := 0
	for i := len(r.ops) - 1; i >= 0; i-- {
		if r.ops[i].kind == opPage {
			page = i
			break
		}
	}
	r.ops = append(r.ops[:page+1], append([]op{o}, r.ops[page+1:]...)...)
	return x, y
}
