package layout

import (
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestAHeaderTablesRowStandsWhereItsOwnPlacePutsIt: in a header's table
// at the left, a row Word centres (w:tblPrEx jc), one it indents 1 cm
// and narrows, and one its trPr right-aligns are drawn there, as a body
// table's are: each row's text at its own place, on every page; the
// table's first row stays at the left.
func TestAHeaderTablesRowStandsWhereItsOwnPlacePutsIt(t *testing.T) {
	cell := func(w int, text string) string { return rt.Word.Cell(w, "", "", rt.Para(rt.Word.Run("", text))) }
	table := rt.Placed(`<w:tblW w:w="4000" w:type="dxa"/>`, []int{4000},
		rt.Row(false, cell(4000, "甲")),
		rt.OwnRow(`<w:jc w:val="center"/>`, "", cell(4000, "乙")),
		rt.OwnRow(`<w:tblW w:w="3000" w:type="dxa"/><w:tblInd w:w="567" w:type="dxa"/>`, "", cell(3000, "丙")),
		rt.OwnRow("", `<w:jc w:val="right"/>`, cell(4000, "丁")))
	docx := rt.WithHeader(t, rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil), table+rt.Para())
	r := laidDocx(t, docx)
	left := r.left()
	for i, c := range []struct {
		text string
		at   int // twips from the text's left edge
	}{{"甲", 0}, {"乙", (8844 - 4000) / 2}, {"丙", 567}, {"丁", 8844 - 4000}} {
		o := textOp(t, r, c.text)
		if want := left + twips(c.at+108); !nearly(o.x, want, 0.01) {
			t.Errorf("row %d's %s at %.2f mm, want %.2f", i+1, c.text, o.x, want)
		}
	}
}
