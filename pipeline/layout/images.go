package layout

import (
	"math"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// pictures draws a paragraph's pictures: those in its line, when it has
// no text, as a block of their own at the paragraph's alignment; floating
// ones where Word puts them, top being where the paragraph starts. A
// picture wider or taller than the text block is scaled down to it.
// block reports whether pictures were drawn in the paragraph's line.
func (r *renderer) pictures(p *wordmodel.Paragraph, align string, top float64) (block bool) {
	var inline []*wordmodel.Image
	for i := range p.Images {
		if img := &p.Images[i]; img.Float == nil {
			inline = append(inline, img)
		}
	}
	if len(inline) > 0 && strings.TrimSpace(p.Text) == "" {
		r.inlinePictures(inline, align)
		block = true
	}
	for i := range p.Images {
		if img := &p.Images[i]; img.Float != nil {
			r.floating(img, top)
		}
	}
	return block
}

func (r *renderer) inlinePictures(imgs []*wordmodel.Image, align string) {
	w, h := 0.0, 0.0
	for _, img := range imgs {
		w += img.Width
		h = max(h, img.Height)
	}
	scale := min(1, r.width()/w, r.g.bh/h)
	w, h = w*scale, h*scale
	if r.y+h > r.bottom()+0.01 && r.onPage {
		r.newPage()
	}
	x := r.left()
	switch align {
	case "center":
		x += (r.width() - w) / 2
	case "right", "end":
		x += r.width() - w
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

// floating draws a floating picture where Word puts it (placeFloat),
// behind the text if Word puts it there.
func (r *renderer) floating(img *wordmodel.Image, paraTop float64) {
	x, y := r.placeFloat(img.Float, img.Width, img.Height, paraTop, r.left(), r.width())
	r.emit([]op{{kind: opImage, x: x, y: y, w: img.Width, h: img.Height, img: img}}, img.Float.Behind)
}

// placeFloat is where a float w by h goes: relative to the page, the
// text block (margin), the column (from colLeft, colWidth wide: the text
// block, or a table cell for one anchored in it), a margin's area, its
// paragraph (at paraTop), the line or the character it is anchored at,
// by offset or alignment.
func (r *renderer) placeFloat(f *wordmodel.Float, w, h, paraTop, colLeft, colWidth float64) (x, y float64) {
	lineTop, charX := r.anchorAt(f.At, paraTop, colLeft)
	place := func(from, align string, offset, size float64, across bool) float64 {
		start, room := r.top(), r.g.bh
		if across {
			start, room = r.left(), r.width()
		}
		switch from {
		case "page":
			start, room = 0, r.g.h
			if across {
				room = r.g.w
			}
		case "column":
			start, room = colLeft, colWidth
		case "paragraph":
			start = paraTop
		case "line":
			start = lineTop
		case "character":
			start, room = charX, 0
		case "leftMargin", "topMargin":
			room, start = start, 0
		case "rightMargin":
			start = r.left() + r.width()
			room = r.g.w - start
		case "bottomMargin":
			start = r.blockBottom()
			room = r.g.h - start
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
	return place(f.FromX, f.AlignX, f.X, w, true), place(f.FromY, f.AlignY, f.Y, h, false)
}
