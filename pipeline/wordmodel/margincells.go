package wordmodel

import (
	"fmt"

	"jixiao/pipeline/wordxml"
)

// A header's or footer's tables are not laid out as tables: their
// paragraphs are the part's lines. A float laid out in one of their cells
// (a 红头 logo in a header table) is placed relative to that cell as Word
// places it, so its place is turned here into one relative to the text
// block: across, from the cell's box (Word's page there) or content box
// (its margin and column), found from the table's grid, indent and
// alignment; down, from the top of the header, where the first row's
// cells start. Rows further down, whose tops depend on the heights of the
// rows above, and a footer's cells, whose tops depend on the footer's
// height, are not known: a float laid out there is listed.

const (
	twipsPerMM = 1440 / 25.4
	ptToMM     = 25.4 / 72
)

// marginCell is a cell of a header's or footer's table: where it is in
// the part, its box across the text block in mm from its left edge, its
// text's margins and its row.
type marginCell struct {
	start, end       int
	x, w             float64
	left, right, top float64
	row              int
}

// marginCells are the cells of the part's tables, outermost ones only.
func (s *sheet) marginCells(part string) []marginCell {
	var out []marginCell
	for _, t := range wordxml.Elements(part, "w:tbl", 0, len(part)) {
		tbl := part[t.Start:t.End]
		placed := &Table{Widths: gridWidths(tbl), Width: TableWidth{Grid: true}, Margins: CellMargins{Pt: [4]float64{0, 5.4, 0, 5.4}}}
		if pr := next(tbl, "w:tblPr", 0); pr >= 0 {
			props := tbl[pr:end(tbl, pr, "w:tblPr")]
			style, _ := wordxml.Val(props, "w:tblStyle")
			placed.Margins = placed.Margins.over(readMargins(props, "w:tblCellMar"))
			s.placement(placed, props, s.styles[style].table)
		}
		pad, widths := placed.Margins, placed.Widths
		// The grid lines, in twips from the text block's left edge.
		grid := placed.Columns((s.page.Width - s.page.Left - s.page.Right) * twipsPerMM)
		for row, r := range wordxml.Elements(tbl, "w:tr", 0, len(tbl)) {
			cells := wordxml.Elements(tbl, "w:tc", r.Start, r.End)
			col, head := 0, r.End // the grid columns a row leaves empty before its first cell
			if len(cells) > 0 {
				head = cells[0].Start
			}
			if pr := wordxml.Next(tbl, "w:trPr", r.Start, head); pr >= 0 {
				if v, ok := wordxml.Val(tbl[pr:end(tbl, pr, "w:trPr")], "w:gridBefore"); ok {
					col = atoi(v)
				}
			}
			for _, c := range cells {
				tc := tbl[c.Start:c.End]
				span, props := 1, ""
				if pr := next(tc, "w:tcPr", 0); pr >= 0 {
					props = tc[pr:end(tc, pr, "w:tcPr")]
				}
				if v, ok := wordxml.Val(props, "w:gridSpan"); ok {
					span = max(1, atoi(v))
				}
				from, to := min(col, len(widths)), min(col+span, len(widths))
				m := pad.over(readMargins(props, "w:tcMar"))
				out = append(out, marginCell{start: t.Start + c.Start, end: t.Start + c.End,
					x: grid[from] / twipsPerMM, w: (grid[to] - grid[from]) / twipsPerMM,
					left: m.Pt[1] * ptToMM, right: m.Pt[3] * ptToMM, top: m.Pt[0] * ptToMM, row: row})
				col += span
			}
		}
	}
	return out
}

// cellAt is the cell holding the part's text at i, nil for none.
func cellAt(cells []marginCell, i int) *marginCell {
	for k := range cells {
		if cells[k].start <= i && i < cells[k].end {
			return &cells[k]
		}
	}
	return nil
}

// over is m with the sides o sets taken from o.
func (m CellMargins) over(o CellMargins) CellMargins {
	for i := range 4 {
		if o.Set[i] {
			m.Pt[i], m.Set[i] = o.Pt[i], true
		}
	}
	return m
}

// inMarginCell places a float w by h laid out in the header's or
// footer's cell c (layoutInCell, or any float there in a document of Word
// 2013 and later) relative to the text block and its paragraph, as
// marginFloat then places it on the page; one it cannot place is listed
// as what, and ok is false. A float not laid out in its cell is placed as
// one outside a table is.
func (s *sheet) inMarginCell(f *Float, c *marginCell, w, h float64, header bool, what string) (_ *Float, ok bool) {
	if c == nil || f == nil || !f.InCell && !s.cellAlways {
		return f, true
	}
	if !header || c.row > 0 {
		where := "页脚的表格中"
		if header {
			where = fmt.Sprintf("页眉表格的第 %d 行中", c.row+1)
		}
		*s.undrawn = append(*s.undrawn, Feature{What: what + "（" + where + "的浮动图片、图形须放在页眉表格的第一行，或在 Word 中取消“表格单元格中的版式”）", Where: s.where})
		return nil, false
	}
	g := *f
	if g.FromX != "character" {
		start, room := c.x+c.left, c.w-c.left-c.right
		switch g.FromX {
		case "page":
			start, room = c.x, c.w
		case "leftMargin":
			start, room = c.x, c.left
		case "rightMargin":
			start, room = c.x+c.w-c.right, c.right
		}
		switch g.AlignX {
		case "":
			g.X += start
		case "center":
			g.X = start + (room-w)/2
		case "right", "outside":
			g.X = start + room - w
		default:
			g.X = start
		}
		g.FromX, g.AlignX = "margin", ""
	}
	switch {
	case g.FromY == "paragraph" || g.FromY == "line":
	case g.AlignY == "" || g.AlignY == "top":
		// The first row's cells start at the header's top, their content
		// box (Word's margin there) under the cell's top margin.
		if g.AlignY != "" {
			g.Y = 0
		}
		if g.FromY != "page" && g.FromY != "topMargin" {
			g.Y += c.top
		}
		g.FromY, g.AlignY = "paragraph", ""
	default:
		*s.undrawn = append(*s.undrawn, Feature{What: what + "（页眉表格中的浮动图片、图形不能在单元格中垂直居中或靠下对齐）", Where: s.where})
		return nil, false
	}
	return &g, true
}

// inMarginCells places the floats of a paragraph of the header's or
// footer's cell c (nil outside a table) relative to the text block,
// leaving out those it cannot place.
func (s *sheet) inMarginCells(para *Paragraph, c *marginCell, header bool) {
	images := para.Images[:0]
	for _, img := range para.Images {
		if img.Float != nil {
			f, ok := s.inMarginCell(img.Float, c, img.Width, img.Height, header, "浮动图片 "+img.Name)
			if !ok {
				continue
			}
			img.Float = f
		}
		images = append(images, img)
	}
	para.Images = images
	shapes := para.Shapes[:0]
	for _, sp := range para.Shapes {
		f, ok := s.inMarginCell(sp.Float, c, sp.Width, sp.Height, header, sp.Name)
		if !ok {
			continue
		}
		sp.Float = f
		shapes = append(shapes, sp)
	}
	para.Shapes = shapes
}
