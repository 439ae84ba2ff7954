package layout

import (
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAnAlignmentTabInACell: an alignment tab (w:ptab) in a table cell
// puts the text after it where it says, measured in the cell's content
// box as Word measures it there: 万元 ending at the box's right edge
// (right, relative to the margin), 合计 centred in it; a tab stop of the cell's paragraph
// (right, 1.5 cm) is kept by an ordinary tab in the same cell, and one
// (right, 3 cm) by the tab of a paragraph of plain text.
func TestAnAlignmentTabInACell(t *testing.T) {
	ptab := func(align, leader string) string {
		return `<w:r><w:ptab w:relativeTo="margin" w:alignment="` + align + `" w:leader="` + leader + `"/></w:r>`
	}
	cell := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("单位") + ptab("right", "none") + st.Text("万元") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + ptab("center", "none") + st.Text("合计") + `</w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="right" w:pos="851"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("甲") + `<w:r><w:tab/></w:r>` + st.Text("12") + ptab("right", "none") + st.Text("乙") + `</w:p>`
	// A plain paragraph (no stretch of its own formatting) with a tab.
	cell += `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs><w:tab w:val="right" w:pos="1701"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + st.Text("丙") + `<w:r><w:tab/></w:r>` + st.Text("34") + `</w:p>`
	table := `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr>` + cell + `</w:tc></w:tr></w:tbl>`
	_, r := laidShapes(t, st.Docx(t, table+st.Para(st.Text("表后")), nil))
	left := r.left() // the table's border at the margin, its text 108 twips in (Word 2013 mode)
	for _, o := range kindOf(r, opText) {
		if o.text == "单位" {
			left = o.x
		}
	}
	right := left + twips(5000) - 2*twips(108)
	wan, total, yi, twelve := firstTextOp(t, r, "万元"), firstTextOp(t, r, "合计"), firstTextOp(t, r, "乙"), firstTextOp(t, r, "12")
	if end := wan.x + 2*wan.size*ptToMM; !nearly(end, right, 0.3) {
		t.Errorf("万元 ends at %.2f, want the cell's content right %.2f (its left %.2f)", end, right, left)
	}
	if end := yi.x + yi.size*ptToMM; !nearly(end, right, 0.3) {
		t.Errorf("乙 ends at %.2f, want the cell's content right %.2f", end, right)
	}
	if mid := total.x + total.size*ptToMM; !nearly(mid, (left+right)/2, 0.3) {
		t.Errorf("合计's middle at %.2f, want the content box's %.2f", mid, (left+right)/2)
	}
	// Two digits are about an em wide: 12 ends at the stop.
	if em, d := twelve.size*ptToMM, left+twips(851)-twelve.x; d < 0.5*em || d > 1.2*em {
		t.Errorf("12 from %.2f, want it ending at the 1.5 cm stop %.2f", twelve.x, left+twips(851))
	}
	if plain := firstTextOp(t, r, "丙"); !strings.Contains(plain.text, "\t") {
		if d := left + twips(1701) - firstTextOp(t, r, "34").x; d < 0.5*twelve.size*ptToMM || d > 1.2*twelve.size*ptToMM {
			t.Errorf("34 from %.2f, want it ending at the 3 cm stop %.2f", firstTextOp(t, r, "34").x, left+twips(1701))
		}
	} else {
		t.Errorf("丙's tab drawn as a character: %q", plain.text)
	}
}

// TestCellTabsTakeDefaultStops: a cell's tab with no stop of its own
// ahead goes to the next of the document's default stops (420 twips in
// the template), counted from the cell's content left as Word counts
// them there, a tab after the paragraph's last stop too; in a right-aligned
// or centred paragraph the tabs are set from the line's start first and
// the whole line then aligned, as Word and LibreOffice set them (the
// corpus' table-cell-default-tabs and table-cell-aligned-tabs agree
// within 0.4 pt).
func TestCellTabsTakeDefaultStops(t *testing.T) {
	tab := `<w:r><w:tab/></w:r>`
	p := func(pPr string, parts ...string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr>` + strings.Join(parts, "") + `</w:p>`
	}
	cellOf := func(paras ...string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="4417" w:type="dxa"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	rowOf := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	table := `<w:tbl><w:tblPr><w:tblW w:w="8834" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4417"/><w:gridCol w:w="4417"/></w:tblGrid>` +
		rowOf(cellOf(p("", st.Text("序号"), tab, st.Text("1"), tab, st.Text("2"))),
			cellOf(p(`<w:tabs><w:tab w:val="left" w:pos="1000"/></w:tabs>`, st.Text("甲"), tab, st.Text("乙"), tab, st.Text("丙")))) +
		rowOf(cellOf(p(`<w:jc w:val="right"/>`, st.Text("右对齐"), tab, st.Text("丁"))),
			cellOf(p(`<w:jc w:val="center"/>`, st.Text("居中"), tab, st.Text("戊")))) + `</w:tbl>`
	_, r := laidShapes(t, st.Docx(t, table+st.Para(st.Text("表后")), nil))
	stop := twips(420)
	num, one, two := firstTextOp(t, r, "序号"), firstTextOp(t, r, "1"), firstTextOp(t, r, "2")
	left := num.x // the cell's content left
	em := num.size * ptToMM
	if !nearly(one.x, left+2*stop, 0.1) {
		t.Errorf("1 at %.2f, want the second default stop %.2f (序号 is %.2f wide)", one.x, left+2*stop, 2*em)
	}
	if !nearly(two.x, left+3*stop, 0.1) {
		t.Errorf("2 at %.2f, want the third default stop %.2f", two.x, left+3*stop)
	}
	jia, yi, bing := firstTextOp(t, r, "甲"), firstTextOp(t, r, "乙"), firstTextOp(t, r, "丙")
	if !nearly(yi.x, jia.x+twips(1000), 0.1) {
		t.Errorf("乙 at %.2f, want its stop %.2f", yi.x, jia.x+twips(1000))
	}
	// After the last stop (1000 twips) and 乙, the next default stop:
	// 1680 twips, the fourth.
	if !nearly(bing.x, jia.x+4*stop, 0.1) {
		t.Errorf("丙 at %.2f, want the default stop after the last stop, %.2f", bing.x, jia.x+4*stop)
	}
	right, ding := firstTextOp(t, r, "右对齐"), firstTextOp(t, r, "丁")
	if !nearly(ding.x-right.x, 3*stop, 0.1) {
		t.Errorf("right-aligned: 丁 %.2f after 右对齐, want the third default stop from the line's start, %.2f", ding.x-right.x, 3*stop)
	}
	if end := ding.x + em; !nearly(end, left+twips(4417)-2*twips(108), 0.3) {
		t.Errorf("right-aligned: 丁 ends at %.2f, want the cell's content right %.2f", end, left+twips(4417)-2*twips(108))
	}
	mid, wu := firstTextOp(t, r, "居中"), firstTextOp(t, r, "戊")
	if !nearly(wu.x-mid.x, 2*stop, 0.1) {
		t.Errorf("centred: 戊 %.2f after 居中, want the second default stop from the line's start, %.2f", wu.x-mid.x, 2*stop)
	}
	if centre := (mid.x + wu.x + em) / 2; !nearly(centre, jia.x+(twips(4417)-2*twips(108))/2, 0.3) {
		t.Errorf("centred: the line's middle at %.2f, want the cell's %.2f", centre, jia.x+(twips(4417)-2*twips(108))/2)
	}
}
