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
