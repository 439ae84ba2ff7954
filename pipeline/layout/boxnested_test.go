package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAFloatingTableNestedInATextBox: a floating table nested in a table
// in a text box is laid out in its cell's flow, as Word lays out every
// table in a text box, not refused: 格前, the nested table's text and
// 格后 one under the other in the outer cell.
func TestAFloatingTableNestedInATextBox(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 80 * mm, CY: 50 * mm}
	cell := st.Para(st.Text("格前")) + floatingTable(`w:horzAnchor="page" w:vertAnchor="page" w:tblpX="9000" w:tblpY="9000"`, "表中") + st.Para(st.Text("格后"))
	outer := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + cell + `</w:tc></w:tr></w:tbl>`
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF"), "", outer+st.Para(st.Text("框尾")), ">")
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil))
	before, in, after := firstTextOp(t, r, "格前"), firstTextOp(t, r, "表中"), firstTextOp(t, r, "格后")
	if !(before.y < in.y && in.y < after.y) || in.x < 50 || in.x > 60 || in.y > 150 {
		t.Errorf("格前 %.2f, 表中 (%.2f, %.2f), 格后 %.2f: the nested table is not in its cell's flow in the box", before.y, in.x, in.y, after.y)
	}
}
