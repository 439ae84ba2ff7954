package layout

import (
	"fmt"

	"jixiao/pipeline/wordmodel"
)

// columns is where the body's text flows on the current page in a
// section of text columns (分栏): down the first column, then the next,
// then on to the next page.
type columns struct {
	// list is the section's columns; fewer than two is one across the
	// text block. line: a line stands between them (w:sep).
	list []wordmodel.Column
	line bool
	// at is the column being filled, top where the columns start on this
	// page (below the page's header, or below the columns of a section
	// ended on the same page by a continuous break), and foot the lowest
	// any column of them has reached, where the line between them ends.
	at        int
	top, foot float64
	// from is the block the page's columns began with, and start the
	// layout as it stood before it, from which a section ended on the
	// page by a continuous break lays them out again balanced; nil where
	// they began inside a block (one going on from the page before).
	from  int
	start *renderer
	// limit, while the columns are balanced, is where each ends; trial:
	// the layout only tries whether they fit above it, and over says
	// they did not.
	limit       float64
	trial, over bool
}

// columnLine is how thick the line between columns is, mm: Word's ½ pt.
const columnLine = 0.5 * ptToMM

// inColumns reports whether the text flows in columns: the body's, never
// a header's, a footer's or a text box's.
func (r *renderer) inColumns() bool { return len(r.cols.list) > 1 && !r.inStory && !r.inBox }

// columnLeft is how far the current column starts from the margin.
func (r *renderer) columnLeft() float64 {
	x := 0.0
	for _, c := range r.cols.list[:r.cols.at] {
		x += c.Width + c.Space
	}
	return x
}

// newPage goes on where the text no longer fits: in the next column of
// the page, or on the next page after its last; while columns are only
// tried (balance), the last one goes on down from its top and the trial
// has failed.
func (r *renderer) newPage() {
	if r.chain != nil {
		r.nextLinkedBox()
		return
	}
	if r.cols.trial && r.cols.at+1 >= len(r.cols.list) {
		r.cols.over = true
		r.y, r.onPage = r.cols.top, false
		return
	}
	if r.page > 0 && r.inColumns() && r.cols.at+1 < len(r.cols.list) {
		r.closeBox(false)
		r.nextColumn()
		return
	}
	r.newSheet()
}

// balanceTries is how many heights balancing tries: the columns' height
// halved down to a 1/4096th.
const balanceTries = 12

// markColumns notes the layout before the block at, where it begins the
// page's columns.
func (r *renderer) markColumns(at int) {
	c := &r.cols
	if c.start != nil && c.start.page == r.page || !r.inColumns() || c.at > 0 || r.y > c.top+0.001 {
		return
	}
	saved := *r
	saved.cols.start = nil // no chain of the pages before
	c.from, c.start = at, &saved
}

// balance lays the page's columns out again, ended by a continuous section
// break, as Word balances them: as short as they can be with the same
// text, the first ones no shorter than the last. blocks are all of the
// document's.
func (r *renderer) balance(blocks []wordmodel.Block, end int) {
	c := r.cols
	if len(c.list) < 2 || c.at == 0 && r.y <= c.top {
		return
	}
	if c.start == nil || c.start.page != r.page {
		// The page's columns began inside a paragraph or table going on
		// from the page before, which cannot be laid out again alone.
		r.warnOnce(fmt.Sprintf("第 %d 节的分栏在第 %d 页以连续分节符结束，但本页各栏从上一页接续的段落或表格开始，PDF 没有像 Word 那样把各栏排得一样长（文字都在，只是各栏长短与 Word 不同）；请在 Word 模板中让该节在这一页从新的段落开始，或在此处改用分栏符", r.section+1, r.page))
		return
	}
	start, from := c.start, c.from
	layOut := func(limit float64, trial bool) bool {
		*r = *start
		r.cols.limit, r.cols.trial = limit, trial
		for i, b := range blocks[from:end] {
			r.following = blocks[from+i+1:]
			r.block(b)
			if r.cols.over {
				return false
			}
		}
		return true
	}
	lo, hi := 0.0, max(c.foot, r.y)-start.cols.top
	for range balanceTries {
		if h := (lo + hi) / 2; layOut(start.cols.top+h, true) {
			hi = h
		} else {
			lo = h
		}
	}
	layOut(start.cols.top+hi, false)
	r.cols.limit = 0
}

// freshTop is where the text starts after the n-th break from the
// current column: the columns' top while the page has columns left, the
// page's top after.
func (r *renderer) freshTop(n int) float64 {
	if r.inColumns() && r.cols.at+n < len(r.cols.list) {
		return r.cols.top
	}
	return r.top()
}

// nextColumn starts the page's next column at the columns' top. The
// footnotes of the column just filled stand at its foot, as wide as it:
// Word (its footnotes' columns matching the section's) and LibreOffice
// put them there.
func (r *renderer) nextColumn() {
	r.cols.foot = max(r.cols.foot, r.y)
	r.drawNotes()
	r.cols.at++
	r.y, r.onPage, r.hardTop = r.cols.top, false, false
	r.continueNotes()
}

// columnBreak moves on to the next column (w:br w:type="column"), to the
// next page from the last; in one column it is a page break, as in Word.
func (r *renderer) columnBreak() {
	if r.inBox || r.inStory {
		return
	}
	if r.inColumns() && r.cols.at+1 < len(r.cols.list) {
		r.nextColumn()
	} else {
		r.newSheet()
	}
	r.hardTop = true
}

// goesOnInColumn says section sec, starting after a 分栏 section break
// (wordmodel's NextColumn), begins in the next column of the page: where
// it has the page and the number of columns of the section before it and
// a column of them is left. Otherwise it starts a page, as after 下一页.
func (r *renderer) goesOnInColumn(sec wordmodel.Section) bool {
	return sec.NextColumn && r.page > 0 && r.inColumns() && len(sec.Columns) == len(r.cols.list) &&
		sectionGeometry(sec) == r.g && r.cols.at+1 < len(r.cols.list)
}

// startColumns sets the section's columns from y down on the page.
func (r *renderer) startColumns(s wordmodel.Section, y float64) {
	r.cols = columns{list: s.Columns, line: s.ColumnLine, top: y, foot: y}
}

// endColumns draws the lines between the page's columns, from their top
// down to the foot of the longest, and leaves the text below them; the
// last column's footnotes are still to be drawn at its foot.
func (r *renderer) endColumns() {
	c := &r.cols
	if len(c.list) < 2 {
		return
	}
	c.foot = max(c.foot, r.y)
	if c.line && c.foot > c.top+0.01 {
		x := r.g.left
		for _, col := range c.list[:len(c.list)-1] {
			x += col.Width + col.Space/2
			r.ops = append(r.ops, op{kind: opPath, path: &Path{Segs: []Seg{{Op: 'M', Pts: []Point{{x, c.top}}}, {Op: 'L', Pts: []Point{{x, c.foot}}}},
				Stroke: "000000", Width: columnLine}})
		}
	}
	// Drawn once: the columns end here even where the page ends next.
	r.y, c.top = c.foot, c.foot
}

// shift moves the table's cells dx across, for its rows going on in
// another column.
func (tl *tableLayout) shift(dx float64) {
	if dx == 0 {
		return
	}
	rows := tl.rows
	if tl.own != nil {
		rows = append(tl.own.headerRows(), rows...) // the later pages' headers
	}
	for _, row := range rows {
		for i := range row.cells {
			row.cells[i].x += dx
		}
	}
}
