package layout

import (
	"fmt"
	"slices"

	"jixiao/pipeline/wordmodel"
)

// Word breaks a table row that reaches the page's foot between two lines
// of its cells, unless the row may not split (w:cantSplit) or has an exact
// height. Each cell keeps above the foot as many of its lines and pictures
// as fit there, in order, a picture never cut (it goes overleaf whole with
// what follows it); the part fills the page down to the foot, where its
// bottom edge is drawn, and the rest starts the next page under the
// repeated header rows, its top edge drawn there. The line closing the
// page's last row at the foot takes its thickness of the room, in Word as
// here (and a row's own top line its thickness of the row, ruleOver):
// heavy lines move the break. A row none of whose
// cells' first line or picture fits above the foot moves to the next page
// whole, as a row that may not split does; a row taller than a whole page
// splits even so, as the only way to show it. Widow and orphan control
// does not apply within a cell, in Word as here: a paragraph may leave
// one line on either side. A vertical merge's cell is not shared out: its
// box crosses the break as over whole rows, its text repeated overleaf.
// A part whose text goes on overleaf is set at its top; the last part of
// a cell is set as its vAlign says, within that part.
//
// A page break in a cell's text (Ctrl+Enter there; w:br w:type="page")
// breaks its row there, whatever room is left, as Word shows it: the
// cell's text after it starts the row's part overleaf, the other cells
// keep above the foot what fits there, and the part on the page reaches
// down to the foot, as any part a page ends does. A row that may not
// split keeps the break's text on its page (the break cannot be honoured
// without splitting it), and a cell of a vertical merge, whose text is
// repeated on each page, has none; in a header, footer or text box a
// page break breaks nothing, in Word as here. LibreOffice drops such a
// break (the text after it runs on in the same line), so it is no
// reference here.

// placeRows gives each body row a page and a position, splitting rows at
// the page's foot where Word does; a row that cannot fit even a fresh
// page is kept whole, never dropped, and warned of. A row the first
// page's floats would overlap goes under them (flow.go): a table does not
// wrap beside a float.
func (r *renderer) placeRows(tl *tableLayout) {
	head, later := tl.headerHeight(), tl.onPage(1)
	full := r.bottomAbove(0) - r.top() - later.headerHeight()
	page := 0
	// A later page's (or column's) foot keeps room only for the notes
	// its own rows bring (rn.room), not for those of the page the table
	// starts on.
	foot := func() float64 {
		if page > 0 {
			return r.bottomAbove(0)
		}
		return r.bottom()
	}
	clear := func(y, h float64) float64 {
		if page > 0 || len(r.floats) == 0 || tl.beside {
			return y
		}
		y, _, _ = room(r.floats, y, h, r.left(), r.left()+r.width(), r.width())
		return y
	}
	y := head
	if tl.firstRow < len(tl.rows) {
		y += clear(r.y, head+tl.rows[tl.firstRow].height)
	} else {
		y += r.y
	}
	// fresh says no body row stands on the page yet.
	fresh := !r.onPage
	placed := append([]*tableRow(nil), tl.rows[:tl.firstRow]...)
	rn := &rowNotes{taken: map[*cellNote]bool{}, carry: r.carried}
	// The notes the header rows' marks bring stand at the foot of the
	// page the header is first drawn on, above its first body row; the
	// rows repeated overleaf bring none again.
	heads := tl.rows[:tl.firstRow]
	place := func(row *tableRow) {
		row.page, row.y = page, y
		for _, h := range heads {
			var need float64
			h.notes, need = r.needNotes(rn, h, page == 0)
			rn.takeNotes(h)
			rn.room += rn.keep(h.notes, need, foot()-rn.room-y)
		}
		heads = nil
		y += row.height
		placed = append(placed, row)
		fresh = false
		var need float64
		row.notes, need = r.needNotes(rn, row, page == 0)
		rn.takeNotes(row)
		rn.room += rn.keep(row.notes, need, foot()-rn.room-y)
	}
	nextPage := func() {
		page, y, fresh = page+1, r.freshTop(page+1)+later.headerHeight(), true
		rn.room = rn.goOn(foot() - r.freshTop(page) - r.linePitch())
	}
	for k, row := range tl.rows[tl.firstRow:] {
		whole := row
		for row != nil {
			if row == whole && page > 0 {
				row = later.rows[tl.firstRow+k] // set at the table's own width
			}
			if !fresh {
				y = clear(y, row.height)
			}
			// The line closing the page's last row takes room too, as
			// in Word.
			// The notes the row's marks bring take the page's foot.
			laid, notes := r.needNotes(rn, row, page == 0)
			if len(rn.carry) > 0 {
				notes = 0 // they go on overleaf, after the notes going on there
			} else {
				notes = firstOfNotes(laid, notes, foot()-rn.room-y-row.height)
			}
			space := foot() - rn.room - y - tl.foot(row)
			if !fresh && whole.withNext && r.rowsGoOver(tl, tl.firstRow+k, space-notes, full) {
				nextPage()
				continue
			}
			if row.height <= space-notes+0.01 && !row.broken() {
				place(row)
				break
			}
			if !row.keep || row.height > full+0.01 {
				if first, rest := r.splitAtNotes(tl, row, rn, space, page == 0); first != nil {
					place(first)
					nextPage()
					row = rest
					continue
				}
			}
			if !fresh {
				nextPage()
				continue
			}
			r.warnings = append(r.warnings, fmt.Sprintf("表格第 %d 行比一页还高（其中的图片或固定行高放不进一页），PDF 中这一行会超出页面底部；请在 Word 模板中缩小图片、减小行高或拆分这一行", row.index+1))
			place(row)
			row = nil
		}
	}
	for _, h := range heads { // a table of header rows alone
		h.notes, _ = r.needNotes(rn, h, true)
		rn.takeNotes(h)
	}
	tl.rows = placed
	for _, i := range tl.crampedMerges() {
		r.warnings = append(r.warnings, fmt.Sprintf("表格第 %d 行起的纵向合并单元格跨页后，有一页上的部分比其中的文字矮，PDF 中这一格的文字会压到下面的行或超出页面；请在 Word 模板中缩短这一格的文字，或不要让它跨页", i+1))
	}
}

// splitAtNotes splits row where it reaches room, less the room the notes
// of its part above take at the foot: a part keeps room only for the
// notes whose marks it shows, those of lines overleaf going with them.
// Fewer lines above never bring more notes, so the second try holds.
func (r *renderer) splitAtNotes(tl *tableLayout, row *tableRow, rn *rowNotes, room float64, first bool) (above, rest *tableRow) {
	cut := room
	for range 3 {
		if above, rest = r.splitRow(tl, row, cut); above == nil {
			return nil, nil
		}
		_, need := r.needNotes(rn, above, first)
		if need <= room-cut+0.01 {
			return above, rest
		}
		cut = room - need
	}
	return above, rest
}

// crampedMerges are the rows (by index in the table) starting vertical
// merges a page break leaves a part too short for the text each part
// repeats.
func (tl *tableLayout) crampedMerges() (rows []int) {
	type part struct{ group, page int }
	height := map[part]float64{}
	var order []part
	need := map[int]float64{}
	start := map[int]int{}
	for _, row := range tl.rows[tl.firstRow:] {
		for _, c := range row.cells {
			if c.group < 0 {
				continue
			}
			p := part{c.group, row.page}
			if _, ok := height[p]; !ok {
				order = append(order, p)
			}
			height[p] += row.height
			if c.merge == wordmodel.Starts {
				need[c.group], start[c.group] = c.need(tl), row.index
			}
		}
	}
	for _, p := range order {
		if height[p] < need[p.group]-0.01 && !slices.Contains(rows, start[p.group]) {
			rows = append(rows, start[p.group])
		}
	}
	return rows
}

// splitRow cuts row where it reaches room, above the line closing it:
// the part above, down to the foot, holding what of each cell fits
// there, and the rest. It returns nil if
// no cell's first line or picture fits, or if everything does (the row is
// too high for its set height, not for what it holds).
func (r *renderer) splitRow(tl *tableLayout, row *tableRow, room float64) (first, rest *tableRow) {
	first = &tableRow{header: row.header, index: row.index, keep: row.keep, height: room + tl.foot(row), spacing: row.spacing}
	rest = &tableRow{header: row.header, index: row.index, keep: row.keep, spacing: row.spacing}
	took, left := false, false
	for _, c := range row.cells {
		above, below := c, c
		if c.group < 0 {
			blocks := r.cellBlocks(tl, c)
			to, bto := share(tl, c, blocks, room)
			above.to, above.bto = to, bto
			below.from, below.bfrom = to, bto
			above.pics = picturesHeight(blocks[c.bfrom:bto])
			below.pics = picturesHeight(blocks[bto:c.bto])
			above.goesOn = to < c.to || bto < c.bto
			took = took || to > c.from || bto > c.bfrom
			left = left || above.goesOn
			rest.height = max(rest.height, below.need(tl))
		} else {
			// Its text is repeated overleaf; its pictures are not.
			below.bfrom, below.pics = below.bto, 0
		}
		first.cells = append(first.cells, above)
		rest.cells = append(rest.cells, below)
	}
	if !took || !left {
		return nil, nil
	}
	rest.height = max(rest.height, row.height-room)
	return first, rest
}

// foot is how thick the line closing row at the foot of a page is.
func (tl *tableLayout) foot(row *tableRow) float64 {
	most := 0.0
	for _, c := range row.cells {
		most = max(most, thickness(tl.closing(c)))
	}
	return most
}

// share is where cell c's part in a box room high ends: before its line
// to and its picture block bto (of blocks, the cell's cellBlocks), the
// first that does not fit.
func share(tl *tableLayout, c tableCell, blocks []cellBlock, room float64) (to, bto int) {
	avail := room - c.pad[0] - c.pad[2] + 1e-6
	used := 0.0
	k := c.bfrom
	for i := c.from; ; i++ {
		if i > c.from && slices.Contains(c.breaks, i) {
			return i, k
		}
		for ; k < c.bto && blocks[k].at <= i; k++ {
			if used+blocks[k].h > avail {
				return i, k
			}
			used += blocks[k].h
		}
		if i >= c.to || used+c.lineHeight(i) > avail {
			return i, k
		}
		used += c.lineHeight(i)
	}
}

// broken says a page break in one of row's cells falls within the part of
// it row holds: the row breaks there.
func (row *tableRow) broken() bool {
	if row.keep {
		return false
	}
	for _, c := range row.cells {
		for _, b := range c.breaks {
			if b > c.from && b < c.to {
				return true
			}
		}
	}
	return false
}
