package layout

import (
	"math"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// cellBlock is one paragraph of pictures in a table cell: its pictures
// side by side, scaled down together when wider than the cell's content
// box (as Word shrinks a picture to its cell) or taller than the text
// block.
type cellBlock struct {
	// at is the wrapped line of the cell's text the block stands before.
	at     int
	para   int // the cell's paragraph it is
	align  string
	onGrid bool
	imgs   []*wordmodel.Image
	scale  float64
	w, h   float64
}

// cellBlocks groups a cell's pictures by paragraph and sizes them for
// its content box: all of the cell's, whichever part of a split row c is
// (c.bfrom and c.bto say which it shows).
func (r *renderer) cellBlocks(tl *tableLayout, c tableCell) []cellBlock {
	if len(c.pictures) == 0 {
		return nil
	}
	pieces := strings.Split(c.text, "\n")
	var out []cellBlock
	for i := range c.pictures {
		p := &c.pictures[i]
		if i == 0 || p.Para != c.pictures[i-1].Para {
			out = append(out, cellBlock{at: r.linesBefore(tl, c, pieces, p.Before), para: p.Para, align: p.Align, onGrid: p.OnGrid})
		}
		b := &out[len(out)-1]
		b.imgs = append(b.imgs, &p.Image)
		b.w += p.Width
		b.h = max(b.h, p.Height)
	}
	inner := c.w - c.pad[1] - c.pad[3]
	for i := range out {
		b := &out[i]
		b.scale = min(1, inner/b.w, r.g.bh/b.h)
		b.w, b.h = b.w*b.scale, b.h*b.scale
		if b.onGrid && r.g.pitch > 0 {
			// Its line on the grid takes whole grid lines, the picture on
			// the last one's foot, as Word and LibreOffice set it.
			b.h = min(math.Ceil(b.h/r.g.pitch-0.01)*r.g.pitch, max(b.h, r.g.bh))
		}
	}
	return out
}

// linesBefore is how many wrapped lines the first before lines of the
// cell's text take.
func (r *renderer) linesBefore(tl *tableLayout, c tableCell, pieces []string, before int) int {
	if before <= 0 || c.text == "" {
		return 0
	}
	head := c
	head.text = strings.Join(pieces[:min(before, len(pieces))], "\n")
	warned := len(r.warnings)
	n := len(r.wrap(tl, head, nil))
	r.warnings = r.warnings[:warned] // warned of when the whole text was wrapped
	return n
}

// picturesHeight is the height a cell's pictures add to its content.
func picturesHeight(blocks []cellBlock) float64 {
	return heightOf(blocks, func(b cellBlock) float64 { return b.h })
}

// drawCellBlock draws b at top in the content box from x, inner wide, and
// returns where the content goes on below it.
func (r *renderer) drawCellBlock(b cellBlock, x, inner, top float64) float64 {
	switch b.align {
	case "center":
		x += (inner - b.w) / 2
	case "right", "end":
		x += inner - b.w
	}
	for _, img := range b.imgs {
		iw, ih := img.Width*b.scale, img.Height*b.scale
		// Side by side on the paragraph's bottom, as in a line of its own.
		r.drawPicture(img, x, top+b.h-ih, iw, ih)
		x += iw
	}
	return top + b.h
}
