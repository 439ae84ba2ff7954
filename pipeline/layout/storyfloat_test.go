package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// withHeader is the built-in template's docx of body with header (a
// w:hdr's content) as its pages' header, odd and even.
func withHeader(t *testing.T, body, header string) []byte {
	hdr := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` + st.NS + `>` + header + `</w:hdr>`
	return opctest.Edit(t, st.Docx(t, body, nil), map[string]func(string) string{
		"word/header9.xml": func(string) string { return hdr },
		"word/_rels/document.xml.rels": func(s string) string {
			return strings.Replace(s, "</Relationships>", `<Relationship Id="rIdH9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header9.xml"/></Relationships>`, 1)
		},
		"word/document.xml": func(s string) string {
			return strings.Replace(s, "<w:sectPr>", `<w:sectPr><w:headerReference w:type="default" r:id="rIdH9"/><w:headerReference w:type="even" r:id="rIdH9"/>`, 1)
		},
	})
}

// floatingTable is a one-cell table 1500 twips wide holding text, its
// w:tblpPr's attributes tblpPr, as Word 2016 writes a table dragged by
// its handle.
func floatingTable(tblpPr, text string) string {
	return `<w:tbl><w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" ` + tblpPr + `/><w:tblW w:w="1500" w:type="dxa"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="1500"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="1500" w:type="dxa"/></w:tcPr>` + st.Para(st.Text(text)) + `</w:tc></w:tr></w:tbl>`
}

// TestAFloatingTableInAHeader: a header's floating table stands where its
// w:tblpPr puts it (at the margin's right, 2 cm from the page's top) on
// every page, out of the header's flow: the header's paragraph after it
// stands at the header's distance, as Word shows it.
func TestAFloatingTableInAHeader(t *testing.T) {
	header := floatingTable(`w:horzAnchor="margin" w:vertAnchor="page" w:tblpXSpec="right" w:tblpY="1134"`, "标志") + st.Para(st.Text("页眉文字"))
	_, r := laidShapes(t, withHeader(t, st.Para(st.Text("正文")), header))
	logo, text := firstTextOp(t, r, "标"), firstTextOp(t, r, "页")
	right := r.left() + r.width()
	if w := 1500 * 25.4 / 1440; logo.x < right-w || logo.x > right-w+3 {
		t.Errorf("标志 at x %.2f, not in a table %.2f mm wide at the margin's right (%.2f)", logo.x, w, right)
	}
	if logo.y < 20 || logo.y > 31 {
		t.Errorf("标志's baseline at %.2f, not in its row 20 mm from the page's top", logo.y)
	}
	if hd := r.sections[0].HeaderDist; text.y > hd+10 {
		t.Errorf("页眉文字 at %.2f: moved down under the table, not at the header's distance %.2f", text.y, hd)
	}
}

// TestAFloatingTableInATextBox: a table in a text box is laid out in the
// box's flow whatever its w:tblpPr says, as Word lays it out (it lets no
// table in a text box float).
func TestAFloatingTableInATextBox(t *testing.T) {
	const mm = 36000
	a := st.Anchor{H: "page", V: "page", X: 50 * mm, Y: 100 * mm, CX: 60 * mm, CY: 30 * mm}
	inside := st.Para(st.Text("表前")) + floatingTable(`w:horzAnchor="page" w:vertAnchor="page" w:tblpX="9000" w:tblpY="9000"`, "表中") + st.Para(st.Text("表后"))
	box := st.Shape(a, "rect", "", st.Fill("FFFFFF"), "", inside, ">")
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("锚"), st.Run(a.Drawing(1, "文本框 1", box), "")), nil))
	before, in, after := firstTextOp(t, r, "表前"), firstTextOp(t, r, "表中"), firstTextOp(t, r, "表后")
	if !(before.y < in.y && in.y < after.y) || in.x < 50 || in.x > 60 {
		t.Errorf("表前 %.2f, 表中 (%.2f, %.2f), 表后 %.2f: the table is not in the box's flow", before.y, in.x, in.y, after.y)
	}
}
