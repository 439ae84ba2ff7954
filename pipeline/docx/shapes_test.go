package docx

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestTheTextOfTextBoxesIsReadBack: the text of a text box, in the body
// or in a table cell, is in the document's text read back where the
// PDF's text layer has it: before its paragraph's when the box is placed
// with the paragraph, after it when placed from its anchor's line, after
// its cell's: a figure the template put in a box is found by the check
// in both.
func TestTheTextOfTextBoxesIsReadBack(t *testing.T) {
	a := st.Anchor{H: "column", V: "paragraph", CX: 1800000, CY: 360000}
	box := func(text string) string { return st.TextBox(a, "文本框 1", st.Para(st.Text(text)), ">") }
	byLine := st.Anchor{H: "character", V: "line", CX: 1800000, CY: 360000}
	cell := `<w:tc><w:tcPr><w:tcW w:w="4422" w:type="dxa"/></w:tcPr>` + st.Para(st.Text("格"), box("格中框 12.50")) + `</w:tc>`
	body := st.Para(st.Text("正文"), box("框中 2023 年"), st.TextBox(byLine, "文本框 2", st.Para(st.Text("随行框")), ">")) + st.Para(st.Text("后文")) +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4422"/></w:tblGrid><w:tr>` + cell + `</w:tr></w:tbl>`
	doc, err := wordmodel.Read(st.Docx(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	text := (&Reading{doc: doc}).Text()
	if want := "框中 2023 年\n正文\n随行框\n后文\n格\n格中框 12.50\n"; !strings.HasPrefix(text, want) {
		t.Errorf("text read back = %q, want it to start %q", text, want)
	}
	if tables := (&Reading{doc: doc}).Tables(); tables[0].Rows[0].Cells[0] != "格" {
		t.Errorf("the cell counted as %q", tables[0].Rows[0].Cells[0])
	}
}
