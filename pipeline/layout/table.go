package layout

import (
	"cmp"
	"fmt"
	"math"
	"strings"

	"jixiao/pipeline/wordmodel"
)

// tableCell is a cell laid out: its grid position, its text and which of
// the text's wrapped lines it shows. The lines themselves are wrapped again
// when the cell is drawn: kept for a whole 100,000-row table they would be
// the largest thing the build holds.
type tableCell struct {
	x, w float64
	// col is the grid column the cell starts in: a merge is followed down
	// its column, since rows above and below may split the grid into
	// different numbers of cells (a gridSpan beside a vMerge).
	col, span int
	// borders are the cell's own lines.
	borders *wordmodel.TableBorders
	text    string
	// from and to bound the lines of the wrapped text the cell shows, and
	// bfrom and bto its picture blocks (cellBlocks): all of them, but in
	// the parts of a row split over pages (rowsplit.go).
	from, to   int
	bfrom, bto int
	face       *face
	// fonts are the faces of each of its characters (cellfaces.go).
	fonts cellFonts
	// singles are the single lines, in ems, of the Word faces of its East
	// Asian and its Latin text (faceline.go).
	singles [2]faceMetrics
	align   string
	valign  string
	// direction is its text's, where vertical (verticalcell.go).
	direction string
	// pad is the cell's margins in mm: top, left, bottom, right.
	pad   [4]float64
	merge wordmodel.Merge
	// group numbers the vertical merge the cell belongs to, -1 if none.
	group int
	// shading is the cell's fill and color its text's, RRGGBB; "" for
	// none and for black.
	shading, color string
	// kern is the type size from which its text is kerned, pt; 0 for
	// none (wordmodel's Cell.Kern).
	kern float64
	// paras are how its paragraphs are set (celltext.go); lineH is the
	// height of each of its wrapped lines where they are alike, or of its
	// empty line, and heights each line's where they differ.
	paras   []wordmodel.CellPara
	lineH   float64
	heights []float64
	// pictures are the cell's pictures, pics the height they take.
	pictures []wordmodel.CellPicture
	pics     float64
	// shapes and floats are the shapes and pictures anchored in its
	// paragraphs (cellfloats.go).
	shapes []wordmodel.CellShape
	floats []wordmodel.CellFloat
	// goesOn says the cell's content goes on in the next part of its
	// row, on the next page.
	goesOn bool
	// notes are the footnotes its text refers to (cellnotes.go).
	notes []cellNote
	// breaks are the wrapped lines a page break in its text puts on the
	// next page (rowsplit.go).
	breaks []int
	// paged is the cell as read where its text shows a PAGE field: the
	// number is the page its row's part is drawn on, known only then.
	paged *wordmodel.Cell
	// fitText fits each of its lines to its width (适应文字, fittext.go).
	fitText bool
	// skipped says the cell is the grid columns its row leaves empty
	// before its first cell or after its last (Row.Before, Row.After):
	// no cell is drawn there (tablegaps.go).
	skipped bool
}

type tableRow struct {
	cells  []tableCell
	height float64
	// spacing is the room around each of its cells, mm (cellspacing.go).
	spacing float64
	header  bool
	// index is the row's in the table, for messages; keep says it moves
	// to the next page whole (w:cantSplit, or an exact height).
	index int
	keep  bool
	// withNext: the row goes on the page of the next (keepNext in its
	// cells' last paragraphs, keeps.go).
	withNext bool
	// page and y are where the row was placed.
	page int
	y    float64
	// bookmarks start in its cells: their place is the row's top.
	bookmarks []string
	// notes are the footnotes of its part, laid out for its page's foot.
	notes []pageNote
}

type tableLayout struct {
	rows     []*tableRow
	sizePt   float64
	sizeMM   float64
	lineH    float64
	pad      float64
	headers  []int // indexes of the header rows
	firstRow int   // first body row
	// plain tables draw each cell as a hairline box; others draw edges,
	// resolved from borders and the cells' own (tableborders.go), queued
	// in segs until the page's cells are drawn and joined then
	// (tablejoins.go).
	plain   bool
	borders *wordmodel.TableBorders
	// word says the table was read from Word (its cells have paragraphs):
	// its cells' margins are Word's where it sets none, not the preset's.
	word    bool
	columns int
	segs    []segment
	// sets are the cells' paragraph settings, shared by cells set alike
	// (cellSets).
	sets map[setKey][]cellSet
	// front are the page's floats anchored in the table's cells in front
	// of the text, drawn over the table's part on the page (cellfloats.go).
	front []op
	// textFrom is where the cell being drawn starts its text in the
	// page's operations: its drop cap's letter goes there, read before
	// the text beside it (celldropcap.go).
	textFrom int
	// beside says it stands beside the page's floats (tablebeside.go),
	// not under them; own is then the table laid out at its own width,
	// whose rows its pages after the first hold.
	beside bool
	own    *tableLayout
}

// table lays out t: header rows repeated on each page, rows split at the
// page's foot as Word splits them (rowsplit.go), and vertical merges drawn
// as one cell per page they cross.
func (r *renderer) table(t *wordmodel.Table) {
	tl := r.layoutTable(t)
	if len(tl.rows) == 0 {
		return
	}
	if s, ok := r.besideFloats(tl); ok {
		// Laid out again at its width beside the float (tablebeside.go).
		own := tl
		r.beside = &s
		tl = r.layoutTable(t)
		r.beside = nil
		tl.beside, tl.own = true, own
	}
	if r.chain != nil {
		r.placeChainRows(tl)
	} else {
		r.placeRows(tl)
	}
	r.drawTable(tl)
	// Continue the flow on the grid line after the table.
	pitch := r.linePitch()
	k := int((r.y-r.top())/pitch + 0.999)
	r.y = r.top() + float64(k)*pitch
	if r.y >= r.bottom()-0.01 {
		r.newPage()
	}
}

// rowHeight is a row's height in mm from what its text needs and its
// w:trHeight: at least that high, or exactly that high, in which case text
// that does not fit is cut off by Word and warned of here.
func (r *renderer) rowHeight(row wordmodel.Row, need float64, index int) float64 {
	set := row.Height * ptToMM
	switch {
	case set <= 0:
		return need
	case !row.Exact:
		return max(need, set)
	case need > set+0.01:
		r.warnings = append(r.warnings, fmt.Sprintf("表格第 %d 行设为固定行高 %.1f 磅，放不下其中的文字（需要 %.1f 磅）；PDF 按文字加高了这一行，请在 Word 模板中把行高改为“最小值”", index+1, row.Height, need/ptToMM))
		return need
	}
	return set
}

func (r *renderer) layoutTable(t *wordmodel.Table) *tableLayout {
	tp := r.p.Table
	// The type size the template's cells set, most of them, if any: a
	// table set in 9 pt is 9 pt in the PDF too.
	sizePt := tp.Size
	count := map[float64]int{}
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			if c.Size > 0 {
				count[c.Size]++
			}
		}
	}
	for size, n := range count {
		if n > count[sizePt] || n == count[sizePt] && size < sizePt {
			sizePt = size
		}
	}
	tp.Size = sizePt
	tl := &tableLayout{sizePt: tp.Size, sizeMM: tp.Size * ptToMM, pad: tp.Padding, plain: plainTable(t), borders: t.Borders, columns: len(t.Widths), word: readFromWord(t)}
	tl.lineH = tl.sizeMM * tp.LineHeight
	colX := r.columns(t)
	group := -1
	openGroup := map[int]int{} // grid column → group of the merge running through it
	rows := r.rowsWanted(t, tl)
	// The rows and their cells are allocated at once, two arrays for the
	// table rather than two objects a row.
	trs, cells := make([]tableRow, rows), make([]tableCell, 0, cellCount(t.Rows[:rows]))
	for i, row := range t.Rows[:rows] {
		cols := colX
		if row.Own != nil {
			cols = r.columns(t.Placed(i)) // a row shifted across, its lines with it
		}
		tr := &trs[i]
		n := rowCells(row)
		*tr = tableRow{header: row.Header, index: i, keep: row.CantSplit || row.Exact, withNext: rowKeepsNext(row), cells: cells[len(cells) : len(cells) : len(cells)+n]}
		cells = cells[:len(cells)+n]
		tr.spacing = row.CellSpacing * ptToMM
		tl.plain = tl.plain && tr.spacing == 0 // its cells are boxes in their own lines
		tr.skip(cols, 0, row.Before)
		col, need := min(row.Before, len(cols)-1), 0.0
		line := 0.0 // the row's tallest empty line and margins: Word's empty row
		for k, c := range row.Cells {
			tr.bookmarks = append(tr.bookmarks, c.Bookmarks...)
			if c.Nested {
				r.warnings = append(r.warnings, fmt.Sprintf("表格第 %d 行第 %d 列中套有表格：PDF 把它各格的文字逐段排在这一格里，不画它的格线，也不分列；请在 Word 模板中把它移出这一格", i+1, k+1))
			}
			span := max(c.Span, 1)
			if col+span >= len(cols) {
				span = max(len(cols)-1-col, 1)
			}
			if col >= len(cols)-1 {
				break
			}
			cell := tableCell{col: col, span: span, borders: c.Borders, valign: c.VAlign, x: cols[col] + tr.spacing, w: cols[col+span] - cols[col] - 2*tr.spacing, align: c.Align, merge: c.Merge, group: -1, shading: c.Shading, color: c.Color, paras: c.Paras,
				direction: c.Direction, kern: c.Kern, fitText: c.FitText}
			role := tp.Font
			if row.Header || c.Bold {
				role = tp.HeaderFont
			}
			// The document's font, as Word sets it; but bold 仿宋 or 宋体
			// stays the header face, there being no bold cut of them.
			if own := roleOf(c.Font); own != "" && c.Paras != nil && !(role == tp.HeaderFont && (own == "fangsong" || own == "song")) {
				role = own
			}
			cell.face = r.fs.role(role)
			cell.singles = r.cellSingles(c, cell.face)
			cell.fonts = r.cellFontsOf(c, cell.face)
			cell.pad = tl.padding(t.Margins, c.Margins)
			switch c.Merge {
			case wordmodel.Starts:
				group++
				openGroup[col] = group
				cell.group = group
			case wordmodel.Continues:
				cell.group = openGroup[col]
			default:
				delete(openGroup, col)
			}
			if c.Merge != wordmodel.Continues {
				cell.text, cell.pictures, cell.shapes, cell.floats = r.numberedText(c), c.Pictures, r.sizedFrames(c.Shapes), c.Floats
				if strings.Contains(c.Text, wordmodel.PageField) {
					cell.paged = &row.Cells[k]
				}
			}
			wrapped := r.wrap(tl, cell, &r.measuredCell)
			if c.Merge != wordmodel.Continues && len(c.Notes) > 0 {
				cell.notes = notesAt(c.Notes, wrapped)
			}
			if c.Merge == wordmodel.Alone && !r.inBox && !r.inStory {
				for _, n := range c.PageBreaks {
					cell.breaks = append(cell.breaks, wrappedLine(wrapped, n))
				}
			}
			cell.measure(wrapped, func() float64 { return emptyHeight(r.cellSets(tl, cell, 1)) })
			line = max(line, cell.lineH+cell.pad[0]+cell.pad[2])
			if c.Merge != wordmodel.Continues {
				blocks := r.cellBlocks(tl, cell)
				cell.bto = len(blocks)
				cell.pics = picturesHeight(blocks)
			}
			if c.Merge == wordmodel.Alone {
				need = max(need, cell.need(tl))
			}
			tr.cells = append(tr.cells, cell)
			col += span
		}
		tr.skip(cols, col, row.After)
		if line == 0 {
			line = tl.lineH + 2*tl.pad
		}
		need = max(need, line)
		var above *tableRow
		if i > 0 {
			above = tl.rows[i-1]
		}
		tr.height = r.rowHeight(row, need+tl.ruleOver(tr, above)+2*tr.spacing, i)
		if row.Header && i == len(tl.headers) {
			tl.headers = append(tl.headers, i)
		}
		tl.rows = append(tl.rows, tr)
	}
	tl.firstRow = len(tl.headers)
	growForMerges(tl)
	return tl
}

// readFromWord reports whether t was read from a .docx, whose cells
// carry their paragraphs' settings.
func readFromWord(t *wordmodel.Table) bool {
	for _, row := range t.Rows {
		for _, c := range row.Cells {
			if c.Paras != nil {
				return true
			}
		}
	}
	return false
}

// growForMerges makes each vertical merge tall enough for its text, by
// growing its last row.
func growForMerges(tl *tableLayout) {
	type extent struct {
		need   float64
		last   int
		height float64
	}
	groups := map[int]*extent{}
	var order []int
	for i, row := range tl.rows {
		for _, c := range row.cells {
			if c.group < 0 {
				continue
			}
			g, ok := groups[c.group]
			if !ok {
				g = &extent{}
				groups[c.group] = g
				order = append(order, c.group)
			}
			g.need = max(g.need, c.need(tl))
			g.last = i
			g.height += row.height
		}
	}
	for _, id := range order {
		g := groups[id]
		if g.need > g.height {
			tl.rows[g.last].height += g.need - g.height
		}
	}
}

// headerRows are the header rows, repeated on each page of the table.
func (tl *tableLayout) headerRows() []*tableRow {
	out := make([]*tableRow, len(tl.headers))
	for i, h := range tl.headers {
		out[i] = tl.rows[h]
	}
	return out
}

func (tl *tableLayout) headerHeight() float64 {
	h := 0.0
	for _, i := range tl.headers {
		h += tl.rows[i].height
	}
	return h
}

func (r *renderer) drawTable(tl *tableLayout) {
	body := tl.rows[tl.firstRow:]
	var headers []*tableRow
	var lastHeader *tableRow
	repeat := func(page int) {
		headers = tl.onPage(page).headerRows()
		lastHeader = nil
		if len(headers) > 0 {
			lastHeader = headers[len(headers)-1]
		}
	}
	repeat(0)
	first := true // the header's notes go with its first drawing (placeRows)
	drawHeaders := func(y float64) float64 {
		for i, h := range headers {
			if first {
				r.numberRowNotes(h)
			} else {
				r.warnRepeatedMarks(h)
			}
			r.drawRow(tl, part{headers, nil, len(body) == 0}, i, y)
			y += h.height
			if first {
				r.keepNotes(h.notes, r.bottom()-y)
			}
		}
		first = false
		return y
	}
	current := -1
	for i, row := range body {
		if row.page != current {
			if current >= 0 || row.page > 0 {
				r.flushEdges(tl)
				left := r.left()
				r.newPage()
				tl.shift(r.left() - left) // on into the next column
				if r.stopped() {
					return
				}
			}
			current = row.page
			repeat(current)
			drawHeaders(row.y - tl.onPage(current).headerHeight())
		}
		r.numberRowNotes(row)
		r.drawRow(tl, part{body, lastHeader, true}, i, row.y)
		r.keepNotes(row.notes, r.bottom()-row.y-row.height)
		for _, b := range row.bookmarks {
			r.mark(b, row.y)
		}
		r.onPage = true
		r.y = row.y + row.height
	}
	if len(body) == 0 {
		r.y = drawHeaders(r.y)
	}
	r.flushEdges(tl)
}

// part is the header or the body of a table: its rows, the row above its
// first on each page (the header's last, for the body) and whether nothing
// follows it on the page, so its last row draws its bottom edge.
type part struct {
	rows   []*tableRow
	over   *tableRow
	closes bool
}

// sameExtent reports whether two rows span the same width across.
func sameExtent(a, b *tableRow) bool {
	if len(a.cells) == 0 || len(b.cells) == 0 {
		return true
	}
	la, lb := a.cells[len(a.cells)-1], b.cells[len(b.cells)-1]
	return math.Abs(a.cells[0].x-b.cells[0].x) < 0.01 && math.Abs(la.x+la.w-lb.x-lb.w) < 0.01
}

func (r *renderer) flushEdges(tl *tableLayout) {
	r.ops = append(r.ops, tl.joined()...)
	tl.segs = tl.segs[:0]
	r.ops = append(r.ops, tl.front...)
	tl.front = tl.front[:0]
}

// drawRow draws row index of p at y. A merged cell is drawn once per page,
// at the first of its rows there, spanning the rest of its rows on that
// page, its text repeated in the part a page break carries over. Header
// rows are their own part: a merge in them ends with the header.
func (r *renderer) drawRow(tl *tableLayout, p part, index int, y float64) {
	rows := p.rows
	row := rows[index]
	above := p.over
	if index > 0 && rows[index-1].page == row.page {
		above = rows[index-1]
	}
	sp := row.spacing
	if sp > 0 {
		last := index+1 == len(rows) || rows[index+1].page != row.page
		r.rowFrame(tl, row, above == nil, p.closes && last, y)
	}
	for n, c := range row.cells {
		if c.group >= 0 && index > 0 && rows[index-1].page == row.page && rows[index-1].inGroup(c.col, c.group) {
			continue // drawn with the segment's first row
		}
		h, k := row.height, index+1
		for ; c.group >= 0 && k < len(rows) && rows[k].page == row.page && rows[k].inGroup(c.col, c.group); k++ {
			h += rows[k].height
		}
		if c.skipped {
			r.gapEdges(tl, row, above, c, y)
			continue
		}
		y, h := y+sp, h-2*sp // the cell's box, within the spacing around it
		r.fill(c.x, y, c.w, h, c.shading)
		r.diagonals(c.borders, c.x, y, c.w, h)
		switch {
		case tl.plain:
			r.rect(c.x, y, c.w, h)
		case sp > 0:
			r.boxEdges(tl, c, y, h)
		default:
			// A row under it shifted across (Row.Own) leaves its own
			// bottom line to it, as Word draws both.
			closes := p.closes && (k == len(rows) || rows[k].page != row.page) ||
				k < len(rows) && rows[k].page == row.page && !sameExtent(row, rows[k])
			r.cellEdges(tl, row, above, c, y, h, closes)
		}
		if c.paged != nil {
			c.text = r.numberedText(*c.paged)
		}
		src := c
		if c.merge == wordmodel.Continues {
			// A merge carried onto this page repeats its text, its
			// PAGE showing this page.
			if src = startOf(rows, index, c); src.paged != nil {
				src.text = r.numberedText(*src.paged)
			}
			if len(src.notes) > 0 {
				r.warnOnce(fmt.Sprintf("表格中有脚注引用标记的纵向合并单元格在第 %d 行跨页：PDF 在续页重复其中的文字，其中的脚注引用标记也重复显示（编号与第一页相同），脚注只在第一页显示；请核对，或把脚注引用移出这个合并单元格", row.index+1))
			}
		}
		lines, on := r.shown(tl, src)
		for k := 0; k < len(lines) && len(r.noteMarks) > 0; k++ {
			r.renumber(lines[k].units, lines[k].set.sizePt) // a note's mark numbered on its page
		}
		tl.textFrom = len(r.ops)
		r.cellText(tl, lines, on, c, y, h)
		r.cellFloats(tl, row, n, c, y, h)
	}
}

// cellCount is the number of cells of rows, laid out.
func cellCount(rows []wordmodel.Row) int {
	n := 0
	for _, row := range rows {
		n += rowCells(row)
	}
	return n
}

// startOf is the first cell of the merge c continues: a merge carried
// over a page break repeats its text on the new page (the agency of the
// rows there), where Word leaves the carried part empty.
func startOf(rows []*tableRow, index int, c tableCell) tableCell {
	for k := index; k >= 0; k-- {
		if s := rows[k].cellAt(c.col); s != nil && s.group == c.group && s.merge == wordmodel.Starts {
			return *s
		}
	}
	return c
}

// inGroup reports whether the row's cell starting in grid column col
// belongs to the vertical merge group.
func (row *tableRow) inGroup(col, group int) bool {
	for _, c := range row.cells {
		if c.col == col {
			return c.group == group
		}
	}
	return false
}

// lines is the number of lines the cell shows.
func (c *tableCell) lines() int { return c.to - c.from }

// contentHeight is the height of the lines and pictures the cell shows.
func (c *tableCell) contentHeight(tl *tableLayout) float64 {
	return c.textHeight(c.from, c.to) + c.pics
}

// shown wraps the cell's text again, for drawing, and returns the lines the
// cell shows; the layout has warned of them already.
func (r *renderer) shown(tl *tableLayout, c tableCell) ([]cellLine, goingOn) {
	if c.lines() == 0 || r.measuring {
		return nil, goingOn{} // the layout measured and marked these glyphs already
	}
	warned := len(r.warnings)
	lines := r.wrap(tl, c, &r.drawnCell)
	r.warnings = r.warnings[:warned]
	// A paragraph is one set of lines (cellSets).
	on := goingOn{
		from: c.from > 0 && lines[c.from-1].set == lines[c.from].set,
		over: c.to < len(lines) && lines[c.to].set == lines[c.to-1].set,
	}
	return lines[c.from:c.to], on
}

// goingOn says a split cell's part begins inside a paragraph begun on the
// page before (from), or ends inside one going on overleaf (over): its box
// is open there (parabox.go).
type goingOn struct{ from, over bool }

// minScale is the smallest a number is set to fit its cell, below which
// the build warns that the column is too narrow.
const minScale = 0.6

// fit shrinks a line that cannot break (a number such as 13,600.00) and is
// wider than its cell, so that nothing is drawn over the cell's border.
func (r *renderer) fit(line []unit, inner float64, text string) {
	w := lineWidth(line)
	if w <= inner || inner <= 0 {
		return
	}
	scale := inner / w
	if scale < minScale {
		r.warnings = append(r.warnings, fmt.Sprintf("表格中的“%s”比所在的列宽得多，已缩小到原字号的 %.0f%%；请在 Word 模板中加宽这一列", excerpt(text), scale*100))
	}
	for i := range line {
		line[i].width *= scale
		line[i].scale = cmp.Or(line[i].scale, 1) * scale // a run's own size, shrunk too
	}
}

// cellText draws a cell's lines together, so that a text extractor reads
// them as one run, at the top, middle or bottom of the cell as its vAlign
// says (Word's default is the top).
func (r *renderer) cellText(tl *tableLayout, lines []cellLine, on goingOn, c tableCell, y, h float64) {
	var blocks []cellBlock
	if !r.measuring && c.bto > c.bfrom {
		blocks = r.cellBlocks(tl, c)[c.bfrom:c.bto]
	}
	top := c.contentTop(y, h, c.textHeight(c.from, c.from+len(lines))+picturesHeight(blocks))
	if c.vertical() {
		for _, line := range lines {
			r.verticalText(line, c, y, h)
		}
		return
	}
	inner := c.w - c.pad[1] - c.pad[3]
	body := r.pbox // the body paragraph's box, if any: the cell's own are drawn here
	r.pbox = nil
	defer func() { r.closeBox(!on.over); r.pbox = body }()
	k, shade := 0, -1
	for i, line := range lines {
		for ; k < len(blocks) && blocks[k].at <= c.from+i; k++ {
			top = r.drawCellBlock(blocks[k], c.x+c.pad[1], inner, top)
			shade = -1
		}
		shade = r.shadeCellLine(line, c.x+c.pad[1], inner, top+line.above+line.push, shade)
		r.boxCellLine(lines, i, i == 0 && on.from, c.x+c.pad[1], inner, top)
		sizeMM := line.sizePt * ptToMM
		f := c.face.font
		lineTop := top + line.above + line.push + line.marks + r.baseline(line.set.spacing, !r.inStory, line.lineH, sizeMM, f, line.face) - f.ascent*sizeMM
		x, gap := line.placed(inner)
		r.clipTop = exactClip(line.set.spacing, line.units, c.face, lineTop, sizeMM, top+line.above+line.push)
		r.drawUnits(line.units, c.face, c.x+c.pad[1]+x, lineTop, sizeMM, gap)
		r.clipTop = 0
		top += line.h
	}
	for ; k < len(blocks); k++ {
		top = r.drawCellBlock(blocks[k], c.x+c.pad[1], inner, top)
	}
}
