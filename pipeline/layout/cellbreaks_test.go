package layout

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAPageBreakInACellBreaksItsRow: a page break after a cell's third
// line breaks the row there though the page has room for all of it: three
// lines stay, the row's part reaching down to the foot, the five others
// start page 2 under the repeated header, the next row after them. A row
// that may not split keeps all its lines on the page.
func TestAPageBreakInACellBreaksItsRow(t *testing.T) {
	broken := func(keep bool) func(*wordmodel.Row) {
		return func(row *wordmodel.Row) { row.Cells[1].PageBreaks, row.CantSplit = []int{3}, keep }
	}
	r, pages := laidPages(t, splitTable(3, 8, broken(false)))
	if count := shared(t, pages, 8); len(pages) != 2 || count[0] != 3 || count[1] != 5 {
		t.Fatalf("lines per page %v, want 3 and 5 on two pages", count)
	}
	x := pages[0][0].x
	col := boxes(pages[0], x)
	if end := col[len(col)-1]; !near(end.y+end.h, r.bottom()) {
		t.Errorf("the row's first part ends at %.2f, the page's foot is %.2f", end.y+end.h, r.bottom())
	}
	if p, _ := find(pages, "甲"); p != 0 {
		t.Errorf("甲 on page %d", p+1)
	}
	_, header := find(pages[1:], "序号")
	_, fourth := find(pages[1:], wide("第04行"))
	_, tail := find(pages[1:], "尾")
	if header.kind != opText || !(header.y < fourth.y && fourth.y < tail.y) {
		t.Errorf("page 2: header at %.2f, 第04行 at %.2f, 尾 at %.2f", header.y, fourth.y, tail.y)
	}
	_, pages = laidPages(t, splitTable(3, 8, broken(true)))
	if count := shared(t, pages, 8); len(pages) != 1 {
		t.Errorf("a row that may not split: lines per page %v, want all on page 1", count)
	}
	// Two breaks: three parts.
	_, pages = laidPages(t, splitTable(3, 8, func(row *wordmodel.Row) { row.Cells[1].PageBreaks = []int{2, 5} }))
	if count := shared(t, pages, 8); fmt.Sprint(count) != "[2 3 3]" {
		t.Errorf("two breaks: lines per page %v, want [2 3 3]", count)
	}
}

// TestAPageBreakInAHeaderTableBreaksNothing: a page break in a header
// table's cell, which Word ignores, starts no page and cuts no row: the
// text after it stands under the text before it in the header, on the one
// page.
func TestAPageBreakInAHeaderTableBreaksNothing(t *testing.T) {
	brk := `<w:r><w:br w:type="page"/></w:r>`
	tbl := sealtest.Table([]int{3000, 5000},
		[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("上行"), brk, st.Text("下行"))), sealtest.Cell(5000, sealtest.Para("right", st.Text("绩效公开")))})
	_, r := laidShapes(t, sealtest.Docx(t, st.Para(st.Text("正文")), tbl))
	if n := len(pagesOf(r)); n != 1 {
		t.Fatalf("%d pages, want 1", n)
	}
	above, below := textOp(t, r, "上行"), textOp(t, r, "下行")
	if !(above.y < below.y && below.y < r.top()) || !near(above.x, below.x) {
		t.Errorf("上行 at (%.2f, %.2f), 下行 at (%.2f, %.2f), the text block's top %.2f", above.x, above.y, below.x, below.y, r.top())
	}
}
