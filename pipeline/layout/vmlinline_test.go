package layout

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestInlineVMLShapesStandInTheLine: a VML rectangle of no position
// (嵌入型, as Word 2003 and WPS write it) alone in a centred paragraph is
// a block centred in the column, its top at the paragraph's; beside
// text it stands in the line, after the text before it, its foot on the
// baseline, the text after it beyond it.
func TestInlineVMLShapesStandInTheLine(t *testing.T) {
	rect := func(fill string) string {
		return st.Pict(`<v:rect id="矩形 2" o:spid="_x0000_s1026" style="width:120pt;height:30pt" fillcolor="#` + fill + `" stroked="f"/>`)
	}
	centred := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` + rect("00FF00") + `</w:p>`
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("上文"))+centred+st.Para(st.Text("前"), rect("0000FF"), st.Text("后")), nil))
	above, before, after := firstTextOp(t, r, "上"), firstTextOp(t, r, "前"), firstTextOp(t, r, "后")
	w, h := 120*ptToMM, 30*ptToMM
	var block, inLine bool
	for _, p := range paths(r) {
		x, y, pw, ph := p.Bounds()
		switch p.Fill {
		case "00FF00":
			block = true
			if mid := r.g.left + r.g.bw/2; !nearly(x+pw/2, mid, 0.05) || !nearly(pw, w, 0.05) || !nearly(ph, h, 0.05) || y < above.y || y+ph > before.y-before.size*ptToMM {
				t.Errorf("the block at %.2f, %.2f, %.2f by %.2f: want centred on %.2f, %.2f by %.2f, between 上文 (%.2f) and 前 (%.2f)", x, y, pw, ph, mid, w, h, above.y, before.y)
			}
		case "0000FF":
			inLine = true
			if !nearly(x, before.x+before.size*ptToMM, 0.3) || !nearly(y+ph, before.y, 0.05) || !nearly(pw, w, 0.05) || after.x < x+pw-0.01 {
				t.Errorf("the shape in the line at %.2f, %.2f, %.2f by %.2f: want after 前, its foot on the baseline %.2f, 后 (at %.2f) after it", x, y, pw, ph, before.y, after.x)
			}
		}
	}
	if !block || !inLine {
		t.Fatalf("the shapes are not drawn: %+v", paths(r))
	}
}
