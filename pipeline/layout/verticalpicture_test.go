package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestAPictureOfItsOwnParagraphInAVerticalCell: a picture alone in a
// paragraph of a tbRl cell, after a paragraph of text (签名), as Word and
// WPS write it, is a column of its own left of the text's, turned a
// quarter right with it from the column's top as a picture among text
// is; in a btLr cell it is a turned line right of the text's, reading up
// from the cell's foot; a cell of the picture alone draws it too.
func TestAPictureOfItsOwnParagraphInAVerticalCell(t *testing.T) {
	const mm = 36000 // EMU
	for _, wps := range []bool{false, true} {
		cell := func(dir string, paras ...string) string {
			return strings.Replace(sealtest.Cell(1400, paras...), `<w:vAlign w:val="top"/>`, `<w:textDirection w:val="`+dir+`"/>`, 1)
		}
		picture := singleSpaced(sealtest.Inline(1, "rIdSeal", 6*mm, 3*mm, wps))
		docx := sealtest.Docx(t, sealtest.Table([]int{1400, 1400, 1400, 4000}, []string{cell("tbRl", singleSpaced(st.Text("签名")), picture), cell("btLr", singleSpaced(st.Text("日期")), picture),
			cell("tbRl", picture), sealtest.Cell(4000, singleSpaced(st.Text("说明")))})+st.Para(st.Text("表后")), "")
		if wps {
			docx = sealtest.AsWPS(t, docx)
		}
		_, r := laidShapes(t, docx)
		imgs := kindOf(r, opImage)
		if len(imgs) != 3 {
			t.Fatalf("wps %v: %d pictures drawn, want 3", wps, len(imgs))
		}
		upright, turned, alone := imgs[0], imgs[1], imgs[2]
		qian, date := textOp(t, r, "签"), textOp(t, r, "日期")
		em := qian.size * ptToMM
		f := qian.face.font
		top := qian.y - em*f.ascent/(f.ascent+f.descent)
		if upright.angle != -90 || !near(upright.w, 6) || !near(upright.h, 3) || !near(upright.y+upright.h/2, top+3) || upright.x+upright.w/2 > qian.x-1 || upright.x+upright.w/2 < qian.x-10 {
			t.Errorf("wps %v: the picture %+v turned %v, 签 at (%.2f, %.2f from %.2f)", wps, upright, upright.angle, qian.x, qian.y, top)
		}
		if turned.angle != 90 || !near(turned.y+turned.h/2, date.y-3) || turned.x+turned.w/2 < date.x+1 || turned.x+turned.w/2 > date.x+10 {
			t.Errorf("wps %v: the turned picture %+v at %v, 日期 at (%.2f, %.2f)", wps, turned, turned.angle, date.x, date.y)
		}
		if alone.angle != -90 || !near(alone.y+alone.h/2, top+3) || alone.x < upright.x+10 {
			t.Errorf("wps %v: the picture alone %+v turned %v", wps, alone, alone.angle)
		}
	}
}
