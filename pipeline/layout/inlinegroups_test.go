package layout

import (
	"image"
	"image/color"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

const emu = 36000 // per mm

// withPicture is st.Docx with a red 40 by 20 PNG as rIdImg1.
func withPicture(t *testing.T, body string) []byte {
	t.Helper()
	red := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := range 40 {
		for y := range 20 {
			red.Set(x, y, color.RGBA{255, 0, 0, 255})
		}
	}
	return st.DocxWithPicture(t, body, testPNG(t, red))
}

// signatureGroup is a 嵌入型 group 60 by 20 mm, as Word writes one: a
// picture 40 by 20 mm at its left and a text box 20 by 10 mm at its right
// holding 签章.
func signatureGroup() string {
	a := st.Anchor{CX: 60 * emu, CY: 20 * emu}
	return st.Run(a.InlineGroup(5, "组合 5", [2]int{0, 0}, [2]int{a.CX, a.CY},
		st.Picture(6, "图片 6", "rIdImg1", 0, 0, 40*emu, 20*emu),
		st.Member(7, "文本框 7", 40*emu, 5*emu, 20*emu, 10*emu, "rect", "", st.Fill("none")+st.Ln(0, "", "", "none"), "",
			`<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>签章</w:t></w:r></w:p>`, ` lIns="0" tIns="0" rIns="0" bIns="0">`),
	), "")
}

// TestAnInlineGroupStandsInItsLine: a 嵌入型 group of a picture and a
// text box after 负责人： stands in the line there: its foot on the
// line's baseline, the line as tall as it (the next line under it), the
// picture at the group's left, the text box's text at its right, and
// the text after it after its width.
func TestAnInlineGroupStandsInItsLine(t *testing.T) {
	body := st.Para(st.Text("负责人："), signatureGroup(), st.Text("日期")) + st.Para(st.Text("下一段"))
	_, r := laidShapes(t, withPicture(t, body))
	lead, date, next := firstTextOp(t, r, "负"), firstTextOp(t, r, "日"), firstTextOp(t, r, "下")
	pics := kindOf(r, opImage)
	if len(pics) != 1 {
		t.Fatalf("%d pictures drawn, want the group's one", len(pics))
	}
	pic := pics[0]
	colon := firstTextOp(t, r, "：")
	x := colon.x + colon.size*ptToMM
	if !nearly(pic.x, x, 0.3) || !nearly(pic.w, 40, 0.01) || !nearly(pic.h, 20, 0.01) {
		t.Errorf("the picture at %.2f, %.2f by %.2f; want at %.2f after 负责人：, 40 by 20", pic.x, pic.w, pic.h, x)
	}
	if !nearly(pic.y+pic.h, lead.y, 0.01) {
		t.Errorf("the group's foot at %.2f, want on the baseline %.2f", pic.y+pic.h, lead.y)
	}
	if !nearly(date.x, x+60, 0.3) || !nearly(date.y, lead.y, 0.01) {
		t.Errorf("日期 at %.2f, %.2f; want after the group at %.2f on the baseline %.2f", date.x, date.y, x+60, lead.y)
	}
	if next.y-lead.y < 20*0.5 || next.y-lead.y > r.linePitch()*3 {
		t.Errorf("the next paragraph at %.2f, %.2f under the group's line", next.y, next.y-lead.y)
	}
	if pic.y < r.top()-0.01 {
		t.Errorf("the group's top %.2f above the text block's %.2f", pic.y, r.top())
	}
	seal := firstTextOp(t, r, "签")
	if !nearly(seal.x, pic.x+40, 0.05) || seal.y < pic.y+5 || seal.y > pic.y+15 {
		t.Errorf("the text box's text at %.2f, %.2f; want from %.2f, in %.2f to %.2f", seal.x, seal.y, pic.x+40, pic.y+5, pic.y+15)
	}
}

// TestAnInlineCanvasIsABlock: a drawing canvas set in the line alone in
// its centred paragraph (as Word inserts a new one) is drawn as a block
// there: its lines across and down its box, the text after it below it.
func TestAnInlineCanvasIsABlock(t *testing.T) {
	a := st.Anchor{CX: 100 * emu, CY: 30 * emu}
	canvas := st.Run(a.InlineCanvas(3, "绘图画布 3", "", "",
		st.Member(4, "直接连接符 4", 0, 15*emu, 100*emu, 0, "line", "", st.Ln(12700, "", "", "0000FF"), "", "", ""),
		st.Member(5, "直接连接符 5", 50*emu, 0, 0, 30*emu, "line", "", st.Ln(12700, "", "", "0000FF"), "", "", ""),
	), "")
	body := `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/></w:pPr>` + canvas + `</w:p>` + st.Para(st.Text("画布下"))
	_, r := laidShapes(t, withPicture(t, body))
	left := r.left() + (r.width()-100)/2
	var across, down bool
	var foot float64
	for _, p := range paths(r) {
		x, y, w, h := p.Bounds()
		foot = max(foot, y+h)
		switch {
		case w > 90:
			across = nearly(x+p.Width/2, left, 0.05) && nearly(w-p.Width, 100, 0.05)
		case h > 25:
			down = nearly(x+w/2, left+50, 0.05) && nearly(h-p.Width, 30, 0.05)
		}
	}
	if !across || !down {
		t.Errorf("the canvas's lines across %v, down %v: %+v", across, down, paths(r))
	}
	if text := firstTextOp(t, r, "画"); text.y < foot {
		t.Errorf("the text after the canvas at %.2f, above its foot %.2f", text.y, foot)
	}
}

// TestAnInlineGroupInACell: a 嵌入型 group alone in a table cell's
// paragraph is drawn in the cell, its picture inside the cell's box.
func TestAnInlineGroupInACell(t *testing.T) {
	tbl := `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8000" w:type="dxa"/></w:tcPr>` +
		st.Para(st.Text("单元格")) + st.Para(signatureGroup()) + `</w:tc></w:tr></w:tbl>`
	_, r := laidShapes(t, withPicture(t, tbl+st.Para(st.Text("表后"))))
	pics := kindOf(r, opImage)
	if len(pics) != 1 {
		t.Fatalf("%d pictures drawn, want the group's one", len(pics))
	}
	cell, after, seal := firstTextOp(t, r, "单"), firstTextOp(t, r, "表"), firstTextOp(t, r, "签")
	if p := pics[0]; p.y < cell.y || p.y+p.h > after.y || !nearly(seal.x, p.x+40, 0.05) {
		t.Errorf("the group's picture at %.2f to %.2f, the box's text at %.2f: want between the cell's text at %.2f and the text after at %.2f, the text 40 mm right of %.2f", p.y, p.y+p.h, seal.x, cell.y, after.y, p.x)
	}
}

// TestAnInlineVMLGroupStandsInItsLine: WPS's v:group without absolute
// position is in the line: its rectangle drawn after the text before it,
// its foot on the baseline.
func TestAnInlineVMLGroupStandsInItsLine(t *testing.T) {
	grp := st.Pict(`<v:group id="组合 2" style="width:120pt;height:60pt" coordsize="1200,600"><v:rect id="矩形 3" style="position:absolute;left:0;top:0;width:1200;height:600" fillcolor="#00FF00" stroked="f"/></v:group>`)
	_, r := laidShapes(t, st.Docx(t, st.Para(st.Text("前"), grp, st.Text("后")), nil))
	before, after := firstTextOp(t, r, "前"), firstTextOp(t, r, "后")
	for _, p := range paths(r) {
		if p.Fill != "00FF00" {
			continue
		}
		x, y, w, h := p.Bounds()
		want := 120 * ptToMM
		if !nearly(x, before.x+before.size*ptToMM, 0.3) || !nearly(w, want, 0.05) || !nearly(y+h, before.y, 0.05) || !nearly(after.x, x+w, 0.3) {
			t.Errorf("the group at %.2f, %.2f, %.2f by %.2f; want after 前, %.2f wide, its foot on the baseline %.2f, 后 after it (at %.2f)", x, y, w, h, want, before.y, after.x)
		}
		return
	}
	t.Fatalf("the group's rectangle is not drawn: %+v", paths(r))
}

// TestAnInlineGroupInATextBox: a 嵌入型 group of a picture and a text
// box in a text box's paragraph, after its text, is drawn in that line
// inside the box: its picture within the box, its foot on the line's
// baseline.
func TestAnInlineGroupInATextBox(t *testing.T) {
	box := st.Anchor{H: "page", V: "page", X: 40 * emu, Y: 100 * emu, CX: 120 * emu, CY: 40 * emu}
	inner := `<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>盖章：</w:t></w:r>` + signatureGroup() + `</w:p>`
	_, r := laidShapes(t, withPicture(t, st.Para(st.Text("锚"), st.TextBox(box, "文本框 9", inner, ">"))))
	pics := kindOf(r, opImage)
	if len(pics) != 1 {
		t.Fatalf("%d pictures drawn, want the group's one", len(pics))
	}
	p, lead := pics[0], firstTextOp(t, r, "盖")
	if p.x < 40 || p.x+p.w > 160 || p.x < lead.x+10 || !nearly(p.y+p.h, lead.y, 0.01) {
		t.Errorf("the group's picture at %.2f, %.2f to %.2f, %.2f; want in the box 40 to 160 after 盖章： on its baseline %.2f", p.x, p.y, p.x+p.w, p.y+p.h, lead.y)
	}
}
