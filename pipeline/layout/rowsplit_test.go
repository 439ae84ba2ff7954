package layout

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// splitTable is a table as the attachments have them: a header row, k
// one-line rows 填1…填k, then a row of 甲 beside n lines 第01行…, each a
// paragraph of its own, then a last row 尾 末. edit changes the long row.
func splitTable(k, n int, edit func(*wordmodel.Row)) *wordmodel.Table {
	rows := []wordmodel.Row{{Header: true, Cells: []wordmodel.Cell{cell("序号", 1, wordmodel.Alone), cell("名称", 1, wordmodel.Alone)}}}
	for i := range k {
		rows = append(rows, wordmodel.Row{Cells: []wordmodel.Cell{cell(wide(fmt.Sprint("填", i+1)), 1, wordmodel.Alone), cell("值", 1, wordmodel.Alone)}})
	}
	long := wordmodel.Row{Cells: []wordmodel.Cell{cell("甲", 1, wordmodel.Alone), cell(numbered(n), 1, wordmodel.Alone)}}
	if edit != nil {
		edit(&long)
	}
	rows = append(rows, long, wordmodel.Row{Cells: []wordmodel.Cell{cell("尾", 1, wordmodel.Alone), cell("末", 1, wordmodel.Alone)}})
	return &wordmodel.Table{Widths: []int{1000, 3000}, Rows: rows}
}

// numbered is n lines 第01行, 第02行 …, a paragraph each.
func numbered(n int) string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = wide(fmt.Sprintf("第%02d行", i+1))
	}
	return strings.Join(lines, "\n")
}

// laidPages lays out blocks and returns the renderer and its operations
// page by page.
func laidPages(t *testing.T, blocks ...wordmodel.Block) (*renderer, [][]op) {
	t.Helper()
	r, err := layout(&wordmodel.Document{Blocks: blocks}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := [][]op{nil}
	for _, o := range r.ops {
		if o.kind == opPage {
			pages = append(pages, nil)
			continue
		}
		pages[len(pages)-1] = append(pages[len(pages)-1], o)
	}
	if len(pages[0]) == 0 {
		pages = pages[1:]
	}
	return r, pages
}

// find is the page (from 0) and operation drawing text; -1 if none.
func find(pages [][]op, text string) (int, op) {
	for i, p := range pages {
		for _, o := range p {
			if o.kind == opText && o.text == text {
				return i, o
			}
		}
	}
	return -1, op{}
}

// fillersLeaving is how many one-line rows of splitTable leave room on
// the first page for the long row's margins and lines+½ lines: the room
// then holds lines or lines+1 of them.
func fillersLeaving(t *testing.T, lines float64) int {
	t.Helper()
	r, pages := laidPages(t, splitTable(80, 1, nil))
	_, first := find(pages, wide("填1"))
	col := boxes(pages[0], pages[0][0].x)
	var y0, h1 float64
	for _, b := range col {
		if b.y <= first.y && first.y < b.y+b.h {
			y0, h1 = b.y, b.h
		}
	}
	lineH, pad := r.p.Table.Size*ptToMM*r.p.Table.LineHeight, r.p.Table.Padding
	return int((r.bottom() - y0 - 2*pad - (lines+0.5)*lineH) / h1)
}

// boxAt is the box drawn at x holding y.
func boxAt(ops []op, x, y float64) op {
	for _, b := range boxes(ops, x) {
		if b.y <= y && y < b.y+b.h {
			return b
		}
	}
	return op{}
}

// shared counts the long row's lines on each page, checking each is drawn
// once.
func shared(t *testing.T, pages [][]op, n int) []int {
	t.Helper()
	count := make([]int, len(pages))
	for i := range n {
		text := wide(fmt.Sprintf("第%02d行", i+1))
		if k := drawnTimes(pages, text); k != 1 {
			t.Fatalf("%s drawn %d times", text, k)
		}
		p, _ := find(pages, text)
		count[p]++
	}
	return count
}

// TestARowSplitsAtThePageFoot: a row reaching the page's foot keeps there
// as many of its lines as fit, in order, its box down to the foot; the
// rest goes on overleaf under the repeated header, and the next row after.
func TestARowSplitsAtThePageFoot(t *testing.T) {
	k := fillersLeaving(t, 4)
	r, pages := laidPages(t, splitTable(k, 12, nil))
	count := shared(t, pages, 12)
	lineH, pad := r.p.Table.Size*ptToMM*r.p.Table.LineHeight, r.p.Table.Padding
	_, last := find(pages, wide(fmt.Sprint("填", k)))
	x := pages[0][0].x
	above := boxAt(pages[0], x, last.y)
	room := r.bottom() - (above.y + above.h)
	if want := int((room - 2*pad) / lineH); len(pages) != 2 || count[0] != want || count[1] != 12-want {
		t.Fatalf("lines per page %v, want %d on the first of two pages (%.1f mm of room)", count, want, room)
	}
	// 甲 stays with its row's first part; the second part's box starts
	// under the repeated header and the last row follows it.
	if p, _ := find(pages, "甲"); p != 0 {
		t.Errorf("甲 on page %d", p+1)
	}
	foot := boxes(pages[0], x)
	if end := foot[len(foot)-1]; !near(end.y+end.h, r.bottom()) {
		t.Errorf("the row's first part ends at %.2f, the page's foot is %.2f", end.y+end.h, r.bottom())
	}
	col := boxes(pages[1], x)
	_, header := find(pages[1:2], "序号")
	_, next := find(pages[1:2], wide(fmt.Sprintf("第%02d行", count[0]+1)))
	_, tail := find(pages[1:2], "尾")
	if len(col) != 3 || header.kind != opText || header.y > col[1].y || !near(col[1].y, col[0].y+col[0].h) || !near(next.y-col[1].y, tail.y-col[2].y) {
		t.Errorf("page 2 draws %+v; header %+v, rest from %.2f, 尾 at %.2f", col, header, next.y, tail.y)
	}
}

// TestRowsThatMoveWhole: a row Word does not split moves to the next page
// whole: one set cantSplit, one of an exact height, and one of which not
// even a first line fits above the foot.
func TestRowsThatMoveWhole(t *testing.T) {
	k := fillersLeaving(t, 4)
	for name, c := range map[string]struct {
		k    int
		edit func(*wordmodel.Row)
	}{
		"cantSplit": {k, func(row *wordmodel.Row) { row.CantSplit = true }},
		"exact":     {k, func(row *wordmodel.Row) { row.Exact, row.Height = true, 250 }},
		"no line":   {k + 4, nil},
	} {
		_, pages := laidPages(t, splitTable(c.k, 12, c.edit))
		if count := shared(t, pages, 12); len(pages) != 2 || count[0] != 0 {
			t.Errorf("%s: lines per page %v, want all on page 2", name, count)
		}
	}
}

// TestATallRowSplitsOnEachPage: a row longer than two pages is split on
// each, even one set cantSplit (as Word does: it cannot be kept whole),
// and no line is lost or drawn twice.
func TestATallRowSplitsOnEachPage(t *testing.T) {
	for _, keep := range []bool{false, true} {
		_, pages := laidPages(t, splitTable(3, 90, func(row *wordmodel.Row) { row.CantSplit = keep }))
		count := shared(t, pages, 90)
		if len(pages) < 3 || count[0] == 0 || count[1] == 0 {
			t.Errorf("cantSplit %v: lines per page %v", keep, count)
		}
	}
}

// TestAPictureInASplitCellIsNeverCut: a picture that does not fit above
// the foot goes overleaf whole with the lines after it; the lines before
// it stay.
func TestAPictureInASplitCellIsNeverCut(t *testing.T) {
	k := fillersLeaving(t, 6)
	png := testPNG(t, image.NewGray(image.Rect(0, 0, 4, 4)))
	pic := wordmodel.CellPicture{Image: wordmodel.Image{Name: "p.png", Format: "PNG", Data: png, Width: 20, Height: 30}, Before: 3}
	r, pages := laidPages(t, splitTable(k, 8, func(row *wordmodel.Row) { row.Cells[1].Pictures = []wordmodel.CellPicture{pic} }))
	count := shared(t, pages, 8)
	var img op
	at := -1
	for i, p := range pages {
		for _, o := range p {
			if o.kind == opImage {
				img, at = o, i
			}
		}
	}
	_, fourth := find(pages, wide("第04行"))
	if len(pages) != 2 || count[0] != 3 || at != 1 || img.y+img.h > fourth.y+0.01 {
		t.Errorf("lines per page %v; picture on page %d at %.2f-%.2f, 第04行 at %.2f", count, at+1, img.y, img.y+img.h, fourth.y)
	}
	if at == 1 && img.y+img.h > r.bottom() {
		t.Errorf("picture past the foot")
	}
}

// mergedColumn adds a third column to a splitTable, 右 in each row but
// rows from to last, merged down and holding text.
func mergedColumn(table *wordmodel.Table, from, last int, text string) {
	table.Widths = []int{1000, 3000, 1000}
	for i := range table.Rows {
		c := cell("右", 1, wordmodel.Alone)
		switch {
		case i == from:
			c = cell(text, 1, wordmodel.Starts)
		case from < i && i <= last:
			c = cell("", 1, wordmodel.Continues)
		}
		table.Rows[i].Cells = append(table.Rows[i].Cells, c)
	}
}

// TestAMergeAndAlignmentAcrossASplit: a merged cell beside the split row
// is one box down to the foot and one overleaf from under the header, its
// text on both; a short cell set in the middle stays in the middle of the
// first part, and the part that goes on overleaf is set at its top.
func TestAMergeAndAlignmentAcrossASplit(t *testing.T) {
	k := fillersLeaving(t, 4)
	table := splitTable(k, 12, func(row *wordmodel.Row) {
		row.Cells[0].VAlign = "center"
		row.Cells[1].VAlign = "center"
	})
	mergedColumn(table, k, len(table.Rows)-1, "合并")
	r, pages := laidPages(t, table)
	count := shared(t, pages, 12)
	if len(pages) != 2 || count[0] == 0 || count[1] == 0 {
		t.Fatalf("lines per page %v", count)
	}
	_, merged := find(pages, "合并")
	right := merged.x - r.p.Table.Padding
	for i, p := range pages {
		col := boxes(p, right)
		last := col[len(col)-1]
		if drawnTimes(pages[i:i+1], "合并") != 1 || (i == 0 && !near(last.y+last.h, r.bottom())) || (i == 1 && (len(col) != 2 || !near(last.y, col[0].y+col[0].h))) {
			t.Errorf("page %d: merged column %+v", i+1, col)
		}
	}
	first := boxes(pages[0], pages[0][0].x)
	part := first[len(first)-1]
	_, jia := find(pages, "甲")
	_, top := find(pages, wide("第01行"))
	// Baselines: 甲's a line's middle below the part's middle, the first
	// line's a margin below its top.
	lineH := r.p.Table.Size * ptToMM * r.p.Table.LineHeight
	if want := part.h/2 - lineH/2 - r.p.Table.Padding; math.Abs(jia.y-top.y-want) > 0.01 {
		t.Errorf("甲 %.2f below the first line, want %.2f (the part is %.2f high)", jia.y-top.y, want, part.h)
	}
}

// TestBordersCloseAtTheFootAndReopen: a table of coloured lines draws the
// split row's part with its bottom line at the foot, and the part overleaf
// with a line at its top, under the header.
func TestBordersCloseAtTheFootAndReopen(t *testing.T) {
	k := fillersLeaving(t, 4)
	red := &wordmodel.Border{Style: "single", Width: 1, Color: "FF0000"}
	table := splitTable(k, 12, nil)
	table.Borders = &wordmodel.TableBorders{Top: red, Left: red, Bottom: red, Right: red, InsideH: red, InsideV: red}
	r, pages := laidPages(t, table)
	if count := shared(t, pages, 12); len(pages) != 2 || count[0] == 0 {
		t.Fatalf("lines per page %v", count)
	}
	// ys are the middles of the page's red lines across.
	ys := func(p []op) []float64 {
		var out []float64
		for _, o := range p {
			if o.kind == opFill && o.color == "FF0000" && o.w > o.h {
				out = append(out, o.y+o.h/2)
			}
		}
		return out
	}
	across := func(p []op, y float64) bool {
		return slices.ContainsFunc(ys(p), func(v float64) bool { return near(v, y) })
	}
	if !across(pages[0], r.bottom()) {
		t.Errorf("no line at the foot (%.2f) of page 1", r.bottom())
	}
	// Overleaf, a line between the header and the part goes on.
	_, header := find(pages[1:2], "序号")
	_, rest := find(pages[1:2], wide(fmt.Sprintf("第%02d行", shared(t, pages, 12)[0]+1)))
	between := slices.ContainsFunc(ys(pages[1]), func(v float64) bool { return header.y < v && v < rest.y })
	if !between {
		t.Errorf("no line between the header and the part on page 2")
	}
}

// TestANestedTableIsWarnedOf: a table standing in a cell is drawn as the
// cell's lines only; the build says so, naming the cell.
func TestANestedTableIsWarnedOf(t *testing.T) {
	inner := cell("内一\n内二", 1, wordmodel.Alone)
	inner.Nested = true
	r, _ := laidPages(t, &wordmodel.Table{Widths: []int{1000, 1000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{cell("外", 1, wordmodel.Alone), cell("表", 1, wordmodel.Alone)}},
		{Cells: []wordmodel.Cell{cell("旁", 1, wordmodel.Alone), inner}},
	}})
	if !slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "表格第 2 行第 2 列中套有表格") }) {
		t.Errorf("warnings %q", r.warnings)
	}
}

// TestTheClosingLineTakesRoom: a row's lines fit above the page's foot
// only with room left for the line that closes the page's last row there
// (a 6 pt bottom line here), as Word leaves it: the line the row would
// otherwise have put there goes overleaf.
func TestTheClosingLineTakesRoom(t *testing.T) {
	thick, none := &wordmodel.Border{Style: "single", Width: 6}, &wordmodel.Border{Style: "none"}
	foot := 6 * ptToMM
	// Fillers move the long row down a row at a time: find a place where
	// the closing line decides whether its last fitting line stays.
	for k := 1; k < 60; k++ {
		table := splitTable(k, 12, nil)
		table.Borders = &wordmodel.TableBorders{Top: none, Left: none, Bottom: thick, Right: none, InsideH: none, InsideV: none}
		r, pages := laidPages(t, table)
		count := shared(t, pages, 12)
		if count[0] == 12 {
			continue
		}
		p, first := find(pages, wide("第01行"))
		if p != 0 {
			break
		}
		size, lineH, pad := r.p.Table.Size*ptToMM, r.p.Table.Size*ptToMM*r.p.Table.LineHeight, r.p.Table.Padding
		// A first baseline stands its ascent, half its leading and a
		// margin below its row's top.
		rowTop := first.y - first.face.font.ascent*size - (lineH-size)/2 - pad
		room := r.bottom() - rowTop - 2*pad
		with, without := int((room-foot)/lineH), int(room/lineH)
		if with == without {
			continue
		}
		if count[0] != with {
			t.Fatalf("%d fillers: %d lines above the foot, want %d (%d without room for the line)", k, count[0], with, without)
		}
		return
	}
	t.Fatal("no filler count left the closing line deciding")
}

// TestACrampedMergeIsWarnedOf: a merge over two rows whose page break
// leaves one row on the first page repeats its three lines there, in a
// part one line high; the build says so, naming the merge's first row.
func TestACrampedMergeIsWarnedOf(t *testing.T) {
	k := fillersLeaving(t, 0)
	table := splitTable(k, 1, nil)
	mergedColumn(table, k, k+1, "一\n二\n三")
	r, pages := laidPages(t, table)
	if p, _ := find(pages, "尾"); p != 1 {
		t.Fatalf("the merge's second row on page %d; the fixture must break between its rows", p+1)
	}
	if !slices.ContainsFunc(r.warnings, func(w string) bool {
		return strings.Contains(w, fmt.Sprintf("表格第 %d 行起的纵向合并单元格", k+1))
	}) {
		t.Errorf("warnings %q", r.warnings)
	}
	// Without a break the same merge grows its rows and says nothing.
	table.Rows = append(table.Rows[:1], table.Rows[k:]...)
	r, _ = laidPages(t, table)
	if slices.ContainsFunc(r.warnings, func(w string) bool { return strings.Contains(w, "纵向合并单元格") }) {
		t.Errorf("warned of a merge on one page: %q", r.warnings)
	}
}
