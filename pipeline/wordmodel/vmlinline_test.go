package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestInlineVMLShapes: a VML shape of no position (嵌入型, as Word 2003
// and WPS write it: no position in its style, or position:static) is in
// the line as a DrawingML wp:inline is: alone in a body paragraph a
// block of its own; beside text, and in a table cell, a picture of one
// shape in the line. One positioned relative to its text stays listed.
func TestInlineVMLShapes(t *testing.T) {
	rect := st.Pict(`<v:rect id="矩形 2" o:spid="_x0000_s1026" style="width:120pt;height:30pt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" fillcolor="#00b050" strokecolor="red" strokeweight="1pt"/>`)
	wpsLine := st.Pict(`<v:line id="_x0000_s1027" o:spid="_x0000_s1027" o:spt="20" style="position:static;width:442.2pt;height:0pt;" from="0,0" to="442.2pt,0" coordsize="21600,21600" stroked="t" strokecolor="#FF0000" strokeweight="3pt"><v:path arrowok="t"/><v:fill on="f" focussize="0,0"/><v:stroke linestyle="thickThin"/><v:imagedata o:title=""/><o:lock v:ext="edit"/></v:line>`)
	box := st.Pict(`<v:shape id="文本框 4" o:spid="_x0000_s1028" type="#_x0000_t202" style="width:100pt;height:40pt" fillcolor="white" strokeweight=".5pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>`)
	cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4422"/></w:tblGrid><w:tr><w:tc>` + st.Para(rect) + `</w:tc></w:tr></w:tbl>`
	doc := shapeDoc(t, st.Para(rect)+st.Para(st.Text("旁边"), wpsLine)+st.Para(box)+cell, nil)
	wantListed(t, doc)
	// Word's 横线 is as wide as its column, its style's width 0: listed.
	hr := st.Pict(`<v:rect id="_x0000_i1025" style="width:0;height:1.5pt" o:hralign="center" o:hrstd="t" o:hr="t" fillcolor="#a0a0a0" stroked="f"/>`)
	wantListed(t, shapeDoc(t, st.Para(st.Text("横线"), hr), nil), "第 2 段（“横线”）：图形（水平线）")
	sh := shapesOf(doc)
	if len(sh) != 2 || sh[0].Float != nil || sh[1].Float != nil {
		t.Fatalf("inline shapes = %+v", sh)
	}
	if r := sh[0]; r.Geometry != "rect" || !nearMM(r.Width, 120*25.4/72) || !nearMM(r.Height, 30*25.4/72) || r.Fill != "00B050" || r.Outline == nil || r.Outline.Color != "FF0000" {
		t.Errorf("the rectangle = %+v", r)
	}
	if b := sh[1]; len(b.Text) != 1 || b.Text[0].Text != "框中" || !nearMM(b.Width, 100*25.4/72) {
		t.Errorf("the text box = %+v", b)
	}
	for _, b := range doc.Blocks {
		switch b := b.(type) {
		case *wordmodel.Paragraph:
			if b.Text != "旁边" {
				continue
			}
			if len(b.Images) != 1 || b.Images[0].Group == nil || len(b.Images[0].Group.Shapes) != 1 || b.Images[0].Group.Shapes[0].Geometry != "line" || !nearMM(b.Images[0].Width, 156) {
				t.Errorf("the line beside 旁边 = %+v", b.Images)
			}
		case *wordmodel.Table:
			if p := b.Rows[0].Cells[0].Pictures; len(p) != 1 || p[0].Group == nil || p[0].Group.Shapes[0].Fill != "00B050" {
				t.Errorf("the cell's rectangle = %+v", p)
			}
		}
	}
}
