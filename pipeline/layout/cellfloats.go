package layout

import (
	"fmt"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// A float anchored in a table cell (a 公章 over the signature block, a
// logo in a header table, a text box) is placed as Word 2013 and later
// place it. Laid out in its cell (Float.InCell), the page it is relative
// to is the cell's box, the margin and the column the cell's content box,
// inside its margins; otherwise they are the page's, as for a float
// outside a table. Either way its paragraph is where that paragraph's
// first line stands in the cell, and its line and character are found in
// the cell's wrapped lines. It is drawn on the page of its anchor's line:
// by the part of a row split over pages that shows that line. It is not
// clipped to the cell and not kept inside it: Word lets a seal reach over
// the cell's edges and the rows around it (LibreOffice 7 moves one
// reaching above its cell down into it; the PDF follows Word). Behind the
// text it goes under everything on the page; in front of it, over the
// whole table part on that page, its lines and the rows under it
// included (tableLayout.front).
//
// The cell's text flows around a float set to wrap (square, tight,
// through, top and bottom) that is laid out in the cell and placed from
// its paragraph or the cell's top (cellwrap.go); one placed otherwise is
// drawn at its place and warned of, naming it and its cell.

// cellAnchor is one float of a cell: its place, size, and the paragraph
// it is anchored in (wordmodel.CellShape's Before and Para).
type cellAnchor struct {
	f            *wordmodel.Float
	w, h         float64
	before, para int
	name         string
	img          *wordmodel.Image
	shape        *wordmodel.Shape
}

// cellFloats draws the floats anchored in cell k of row, in the part of
// the row at y, h high, that shows their anchors' lines.
func (r *renderer) cellFloats(tl *tableLayout, row *tableRow, k int, c tableCell, y, h float64) {
	var anchors []cellAnchor
	for i := range c.floats {
		img := &c.floats[i].Image
		anchors = append(anchors, cellAnchor{img.Float, img.Width, img.Height, c.floats[i].Before, c.floats[i].Para, "浮动图片 " + img.Name, img, nil})
	}
	for i := range c.shapes {
		sp := &c.shapes[i].Shape
		anchors = append(anchors, cellAnchor{sp.Float, sp.Width, sp.Height, c.shapes[i].Before, c.shapes[i].Para, sp.Name, nil, sp})
	}
	if len(anchors) == 0 {
		return
	}
	warned := len(r.warnings)
	lines := r.wrap(tl, c, nil)      // its own: the cell being drawn holds drawnCell
	r.warnings = r.warnings[:warned] // warned of when the row was measured
	blocks := r.cellBlocks(tl, c)[c.bfrom:c.bto]
	top := c.contentTop(y, h, c.textHeight(c.from, c.to)+picturesHeight(blocks))
	inner := c.w - c.pad[1] - c.pad[3]
	a := r.pageArea(r.left(), r.width())
	pieces := strings.Split(c.text, "\n")
	saved, label := r.drawn, r.label
	defer func() { r.drawn, r.label = saved, label }()
	for _, an := range anchors {
		at := r.linesBefore(tl, c, pieces, an.before)
		if at < c.from || at >= c.to && c.goesOn {
			continue // its line is in another part of the row
		}
		paraTop := top + c.textHeight(c.from, at) + blocksAbove(blocks, an.para)
		if at < len(lines) {
			paraTop += lines[at].above
		}
		r.drawn, r.label = r.cellDrawn(lines, c, at, paraTop), 0
		place := a
		if an.f.InCell {
			place = area{page: rect{c.x, y, c.w, h}, margin: rect{c.x + c.pad[1], y + c.pad[0], inner, h - c.pad[0] - c.pad[2]}, colLeft: c.x + c.pad[1], colWidth: inner}
		}
		x, fy := r.placeIn(an.f, an.w, an.h, paraTop, place)
		if an.shape != nil && an.shape.DropLines > 0 {
			r.cellDropCap(tl, an.shape, lines, c, at, paraTop, x)
			continue
		}
		if at, ok := r.fromLine[an.f]; ok && wrapsFromLine(an.f) {
			x, fy = at.x, paraTop+at.dy // where its text flows around it (celllines.go)
		}
		r.drawCellFloat(tl, an, x, fy)
		if an.f.Wrap.Mode != "" && !c.wraps(an.f) && !wrapsFromLine(an.f) {
			r.warnOnce(fmt.Sprintf("表格第 %d 行第 %d 列中的%s设为文字环绕，但它的位置是相对于页面或单元格的中部、底部定的（或没有勾选“表格单元格中的版式”）：PDF 把它画在它的位置上，这一格的文字不会绕开它，可能被它遮住；请在 Word 中把它的位置改为相对于段落或单元格顶部（并勾选“表格单元格中的版式”），或把环绕方式设为“浮于文字上方”或“衬于文字下方”", row.index+1, k+1, an.name))
		}
	}
}

// drawCellFloat draws a cell's float with its top left corner at x, y:
// behind the text under everything on the page, in front of it after
// the table part on the page is drawn.
func (r *renderer) drawCellFloat(tl *tableLayout, an cellAnchor, x, y float64) {
	behind := an.f.Behind
	if an.img != nil {
		ops := pictureOps(an.img, x, y, an.w, an.h)
		if behind {
			r.emit(ops, true)
		} else {
			tl.front = append(tl.front, ops...)
		}
		return
	}
	if behind {
		r.drawShape(an.shape, x, y)
		return
	}
	ops := r.ops
	r.ops = nil
	r.drawShape(an.shape, x, y)
	tl.front = append(tl.front, r.ops...)
	r.ops = ops
}

// cellDrawn are the cell's wrapped lines from its line at on, as
// anchorAt reads a paragraph's, the first at paraTop; only those of the
// part of the row shown (to c.to).
func (r *renderer) cellDrawn(lines []cellLine, c tableCell, at int, paraTop float64) []drawnLine {
	inner := c.w - c.pad[1] - c.pad[3]
	var out []drawnLine
	top := paraTop
	for i := at; i < min(len(lines), c.to); i++ {
		l := lines[i]
		if i > at {
			top += lines[i-1].h - lines[i-1].above + l.above
		}
		x, gap := l.placed(inner)
		out = append(out, drawnLine{units: l.units, top: top, x: c.x + c.pad[1] + x, gap: gap, newline: l.end})
	}
	return out
}

// blocksAbove is the height of the cell's picture blocks (of this part)
// standing in paragraphs before paragraph para.
func blocksAbove(blocks []cellBlock, para int) float64 {
	h := 0.0
	for _, b := range blocks {
		if b.para < para {
			h += b.h
		}
	}
	return h
}

// contentTop is where the cell's lines and pictures, blockH high, start
// in its part of a row at y, h high: at its top, middle or bottom as its
// vAlign says (Word's default is the top); at the top where its text
// goes on overleaf.
func (c *tableCell) contentTop(y, h, blockH float64) float64 {
	valign := c.valign
	if c.goesOn {
		valign = "" // a part full to the page's foot: its text goes on overleaf
	}
	switch valign {
	case "center":
		return y + c.pad[0] + (h-c.pad[0]-c.pad[2]-blockH)/2
	case "bottom":
		return y + h - c.pad[2] - blockH
	}
	return y + c.pad[0]
}
