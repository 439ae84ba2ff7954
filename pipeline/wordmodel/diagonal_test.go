package wordmodel_test

import (
	"testing"
)

// TestCellDiagonalsAreRead: a 斜线表头 as Word writes it (w:tl2br, and
// WPS's w:tr2bl beside it) is read as the cell's diagonals, in their
// style, width and colour; a cell without them has none.
func TestCellDiagonalsAreRead(t *testing.T) {
	grid := `<w:tblGrid><w:gridCol w:w="2765"/><w:gridCol w:w="2765"/></w:tblGrid>`
	diag := `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/><w:tcBorders><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:tr2bl w:val="double" w:sz="8" w:space="0" w:color="FF0000"/></w:tcBorders></w:tcPr>` +
		para(run("", "项目")) + `</w:tc>`
	body := `<w:tbl>` + tblPr("", "") + grid + `<w:tr>` + diag + `<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>` + para(run("", "金额")) + `</w:tc></w:tr></w:tbl>` + para()
	doc := fixture{body: body}.read(t)
	if len(doc.Undrawn) != 0 {
		t.Errorf("a diagonal is listed: %v", doc.Undrawn)
	}
	tb := tableOf(doc)
	if tb == nil {
		t.Fatal("no table")
	}
	b := tb.Rows[0].Cells[0].Borders
	if b == nil || b.TopLeft == nil || b.TopLeft.Style != "single" || b.TopLeft.Width != 0.5 {
		t.Fatalf("tl2br not read: %+v", b)
	}
	if b.TopRight == nil || b.TopRight.Style != "double" || b.TopRight.Width != 1 || b.TopRight.Color != "FF0000" {
		t.Errorf("tr2bl not read: %+v", b.TopRight)
	}
	if b.Top != nil || b.Left != nil {
		t.Errorf("a diagonal set a side: %+v", b)
	}
	if tb.Rows[0].Cells[1].Borders != nil {
		t.Error("a cell without diagonals has borders")
	}
}
