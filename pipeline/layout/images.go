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
// wraps around take on the page; those placed from their anchor's line or
// character last, around the others (lineanchor.go).
func (r *renderer) placeFloats(p *wordmodel.Paragraph, top float64) {
	var lines []drawnLine
	bottom, tried := 0.0, false
	place := func(f *wordmodel.Float, w, h float64) (x, y float64) {
		if !wrapsByLine(f) {
			return r.placeFloat(f, w, h, top, r.left(), r.width())
		}
		if !tried && strings.TrimSpace(p.Text) != "" {
			lines, bottom = r.trialLines(p, r.look(p))
		}
		tried = true
		return r.placeByLine(f, w, h, p, top, lines, bottom)
	}
	for _, late := range []bool{false, true} {
		for i := range p.Images {
			if img := &p.Images[i]; img.Float != nil && !wordmodel.ByLine(img.Float) && wrapsByLine(img.Float) == late {
				x, y := place(img.Float, img.Width, img.Height)
				r.pinning = pinned(img.Float)
				r.drawFloating(img, x, y)
				r.pinning = false
				r.wrapAround("浮动图片 "+img.Name, p, top, x, y, img.Float.Wrap)
			}
		}
		for i := range p.Shapes {
			if sp := r.fitted(&p.Shapes[i]); sp.Float != nil && !wordmodel.ByLine(sp.Float) && wrapsByLine(sp.Float) == late {
				x, y := place(sp.Float, sp.Width, sp.Height)
				r.pinning = pinned(sp.Float)
				h := r.drawShape(sp, x, y)
				r.pinning = false
				r.wrapAround(sp.Name, p, top, x, y, grown(sp.Float.Wrap, h-sp.Height))
			}
		}
	}
}

// placeAnchored draws a paragraph's floats placed from the line or the
// character of their anchor (wordmodel.ByLine), now that its lines are drawn.
func (r *renderer) placeAnchored(p *wordmodel.Paragraph, top float64) {
	for i := range p.Images {
		if img := &p.Images[i]; img.Float != nil && wordmodel.ByLine(img.Float) {
			r.floating(img, top)
		}
	}
	for i := range p.Shapes {
		if sp := r.fitted(&p.Shapes[i]); sp.Float != nil && wordmodel.ByLine(sp.Float) {
			x, y := r.placeFloat(sp.Float, sp.Width, sp.Height, top, r.left(), r.width())
			r.drawShape(sp, x, y)
		}
	}
}

// grown is the wrap w of a box grown by dh to hold its text (AutoFit):
// the text wraps around the box as drawn, not as saved.
func grown(w wordmodel.Wrap, dh float64) wordmodel.Wrap {
	if dh > 0.01 && w.Polygon == nil {
		w.Outline.H += dh
	}
	return w
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
		r.drawPicture(img, x, r.y+h-ih, iw, ih)
		x += iw
	}
	r.onPage = true
	// The block takes whole grid lines, so the text after it stays on the grid.
	pitch := r.linePitch()
	r.advance(math.Ceil(h/pitch-0.01) * pitch)
}

// floating draws a floating picture where Word puts it (placeFloat),
// behind the text if Word puts it there, and returns where its top left
// corner is.
func (r *renderer) floating(img *wordmodel.Image, paraTop float64) (x, y float64) {
	x, y = r.placeFloat(img.Float, img.Width, img.Height, paraTop, r.left(), r.width())
	r.drawFloating(img, x, y)
	return x, y
}

// drawFloating draws a floating picture with its top left corner at x, y.
func (r *renderer) drawFloating(img *wordmodel.Image, x, y float64) {
	if img.Float.Behind {
		r.emit(pictureOps(img, x, y, img.Width, img.Height), true)
		return
	}
	r.emitFront(pictureOps(img, x, y, img.Width, img.Height))
}

// placeFloat is where a float w by h goes on the page: relative to the
// page, the text block (margin), the column (from colLeft, colWidth wide:
// the text block, or a text box's inside), a margin's area, its paragraph
// (at paraTop), the line or the character it is anchored at, by offset or
// alignment.
func (r *renderer) placeFloat(f *wordmodel.Float, w, h, paraTop, colLeft, colWidth float64) (x, y float64) {
	return r.placeIn(f, w, h, paraTop, r.pageArea(colLeft, colWidth))
}

// area is what a float is placed in: a page, its text block (the margin)
// and the column; or, for one laid out in a table cell, the cell, its
// content box and its content box again (cellfloats.go).
type area struct {
	page, margin      rect
	colLeft, colWidth float64
}

type rect struct{ x, y, w, h float64 }

// pageArea is the page's area, its column from colLeft, colWidth wide;
// in a text box, the box's: Word places a float there relative to the
// box, whatever it is set relative to.
func (r *renderer) pageArea(colLeft, colWidth float64) area {
	if r.box != nil {
		return *r.box
	}
	return area{page: rect{0, 0, r.g.w, r.g.h}, margin: rect{r.g.left, r.top(), r.g.bw, r.g.bh}, colLeft: colLeft, colWidth: colWidth}
}

// placeIn is where a float w by h goes in a: relative to a's page, its
// margin, its column, a margin's area (between the page's edge and the
// margin), its paragraph (at paraTop), or the line or the character it
// is anchored at (anchorAt), by offset or alignment.
func (r *renderer) placeIn(f *wordmodel.Float, w, h, paraTop float64, a area) (x, y float64) {
	lineTop, charX := r.anchorAt(f.At, paraTop, a.colLeft)
	place := func(from, align string, offset, size float64, across bool) float64 {
		page, margin := [2]float64{a.page.y, a.page.h}, [2]float64{a.margin.y, a.margin.h}
		if across {
			page, margin = [2]float64{a.page.x, a.page.w}, [2]float64{a.margin.x, a.margin.w}
		}
		start, room := margin[0], margin[1]
		switch from {
		case "page":
			start, room = page[0], page[1]
		case "column":
			start, room = a.colLeft, a.colWidth
		case "paragraph":
			start = paraTop
		case "line":
			start = lineTop
		case "character":
			start, room = charX, 0
		case "leftMargin", "topMargin":
			start, room = page[0], margin[0]-page[0]
		case "rightMargin", "bottomMargin":
			start = margin[0] + margin[1]
			room = page[0] + page[1] - start
		}
		if across && (align == "inside" || align == "outside") {
			// The binding's side: inside is the left on odd pages and the
			// right on even ones (a WPS page number's 外侧 box).
			align = map[bool]string{true: "left", false: "right"}[(align == "inside") == (r.page%2 == 1)]
		}
		return aligned(start, room, offset, size, align)
	}
	if p := f.Part; p != nil {
		// A group's member: the group's box is placed, the member stands in it.
		return place(f.FromX, f.AlignX, f.X, p.W, true) + p.X, place(f.FromY, f.AlignY, f.Y, p.H, false) + p.Y
	}
	return place(f.FromX, f.AlignX, f.X, w, true), place(f.FromY, f.AlignY, f.Y, h, false)
}

// aligned is where an object size long starts in the room from start,
// room long: at an alignment (left, center, right, inside, outside; top,
// bottom), or offset from start where align is "".
func aligned(start, room, offset, size float64, align string) float64 {
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
