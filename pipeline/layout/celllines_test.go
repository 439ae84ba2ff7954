package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestACellsTextWrapsAroundAFloatPlacedByItsCharacter: a rectangle in a
// table cell set 四周型 and placed from its anchor's character and line
// (as an old template's 公章 is) stands at the character its anchor
// follows, on that character's line, and the cell's text flows around
// it: no character of the cell is drawn under it, the text beside it on
// both sides or below; no warning is given.
func TestACellsTextWrapsAroundAFloatPlacedByItsCharacter(t *testing.T) {
	text := strings.Repeat("根据有关规定结合我县实际", 6)
	for _, tc := range []struct {
		name string
		a    st.Anchor
	}{
		{"character and line", st.Anchor{H: "character", V: "line", X: 0, Y: 0}},
		{"column and line", st.Anchor{H: "column", V: "line", X: 20 * emu, Y: 2 * emu}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.a
			a.CX, a.CY, a.Wrap = 25*emu, 12*emu, `wp:wrapSquare wrapText="bothSides"`
			rect := st.Run(a.Drawing(5, "矩形 5", st.Shape(a, "rect", "", st.Fill("FF0000"), "", "", "")), "")
			cell := `<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="6000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>` +
				st.Para(st.Text("甲乙丙丁戊"), rect, st.Text(text)) + `</w:tc></w:tr></w:tbl>`
			_, r := laidShapes(t, st.Docx(t, cell+st.Para(st.Text("后文")), nil))
			var red *Path
			for _, p := range paths(r) {
				if p.Fill == "FF0000" {
					red = p
				}
			}
			if red == nil {
				t.Fatal("the rectangle is not drawn")
			}
			x, y, w, h := red.Bounds()
			chars := 0
			for _, o := range kindOf(r, opText) {
				if !strings.ContainsAny(o.text, "甲乙丙丁戊"+text) {
					continue // the text after the table, the page number
				}
				n := utf8.RuneCountInString(o.text)
				chars += n
				ow, top := float64(n)*o.size*ptToMM, o.y-o.size*ptToMM*0.8
				if o.x < x+w-0.01 && o.x+ow > x+0.01 && o.y > y+0.01 && top < y+h-0.01 {
					t.Errorf("%q at %.2f, %.2f (to %.2f) drawn under the rectangle at %.2f, %.2f, %.2f by %.2f", o.text, o.x, o.y, o.x+ow, x, y, w, h)
				}
			}
			if want := utf8.RuneCountInString(text) + 5; chars != want {
				t.Errorf("%d characters drawn, want %d", chars, want)
			}
			if tc.a.H == "character" {
				if anchor := firstTextOp(t, r, "甲"); !nearly(x, anchor.x+5*anchor.size*ptToMM, 0.3) {
					t.Errorf("the rectangle at %.2f: want at the character after 甲乙丙丁戊 (%.2f)", x, anchor.x+5*anchor.size*ptToMM)
				}
			}
			for _, w := range r.warnings {
				if strings.Contains(w, "矩形 5") || strings.Contains(w, "文字不会绕开") || strings.Contains(w, "未能让文字绕排") {
					t.Errorf("warned: %s", w)
				}
			}
		})
	}
}
