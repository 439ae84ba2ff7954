package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// singleSpaced is a cell's paragraph of runs at single line spacing (单倍行距),
// as a table's cells are set apart from the body's fixed lines.
func singleSpaced(runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

// TestPicturesInACellsLineOfText: a picture set in a cell's line among
// its text (嵌入型, a 签名 after 负责人：), as Word and WPS write it,
// stands in the line between the text before and after it, on the
// text's baseline; a small one leaves the line's height, a tall one
// grows the line by its height over the type's ascent and pushes the text
// down onto its foot, the row growing; two stand side by side; one wider
// than the cell is shrunk to the cell's content box.
func TestPicturesInACellsLineOfText(t *testing.T) {
	const mm = 36000 // EMU
	for _, wps := range []bool{false, true} {
		pic := func(id, w, h int) string { return sealtest.Inline(id, "rIdSeal", w*mm, h*mm, wps) }
		body := sealtest.Table([]int{4422, 4422},
			[]string{sealtest.Cell(4422, singleSpaced(st.Text("负责人："), pic(1, 6, 2), st.Text("（签字）"))), sealtest.Cell(4422, singleSpaced(st.Text("对照")))},
			[]string{sealtest.Cell(4422, singleSpaced(st.Text("签名"), pic(2, 20, 15), st.Text("日期"))), sealtest.Cell(4422, singleSpaced(st.Text("右")))},
			[]string{sealtest.Cell(4422, singleSpaced(st.Text("甲"), pic(3, 5, 2), pic(4, 5, 2), st.Text("乙"))), sealtest.Cell(4422, singleSpaced(st.Text("左")))},
			[]string{sealtest.Cell(4422, singleSpaced(st.Text("宽"), pic(5, 200, 10))), sealtest.Cell(4422, singleSpaced(st.Text("末")))},
		) + st.Para(st.Text("表后"))
		docx := sealtest.Docx(t, body, "")
		if wps {
			docx = sealtest.AsWPS(t, docx)
		}
		_, r := laidShapes(t, docx)
		imgs := kindOf(r, opImage)
		if len(imgs) != 5 {
			t.Fatalf("wps %v: %d pictures drawn, want 5", wps, len(imgs))
		}
		who, sign, mine := textOp(t, r, "负责人："), textOp(t, r, "（签字）"), textOp(t, r, "对照")
		small := imgs[0]
		if !(small.x > who.x+1 && small.x+small.w <= sign.x+0.01) || !near(small.y+small.h, who.y) || !near(sign.y, who.y) {
			t.Errorf("wps %v: the signature at %+v, not between 负责人： (%.2f) and （签字） (%.2f) on their baseline %.2f", wps, small, who.x, sign.x, who.y)
		}
		if !near(who.y, mine.y) {
			t.Errorf("wps %v: a small picture moved its line's text to %.2f from %.2f", wps, who.y, mine.y)
		}
		tall, named := imgs[1], textOp(t, r, "签名")
		if !near(tall.h, 15) || !near(tall.y+tall.h, named.y) || tall.y < who.y {
			t.Errorf("wps %v: the tall picture at %+v, its text's baseline %.2f, the row above's %.2f", wps, tall, named.y, who.y)
		}
		a, b, jia, yi := imgs[2], imgs[3], textOp(t, r, "甲"), textOp(t, r, "乙")
		if !near(a.x+a.w, b.x) || !near(a.y, b.y) || a.x <= jia.x || yi.x < b.x+b.w-0.01 || !near(a.y+a.h, jia.y) {
			t.Errorf("wps %v: the two pictures at %+v and %+v, not side by side between 甲 and 乙", wps, a, b)
		}
		if glyphTop(jia) < tall.y+tall.h {
			t.Errorf("wps %v: the third row's pictures at %.2f over the second row's ending at %.2f", wps, a.y, tall.y+tall.h)
		}
		wide, end := imgs[4], textOp(t, r, "末")
		inner := 4422.0/1440*25.4 - 2*1.905 // the column less Word's default 0.19 cm margins
		if wide.w > inner+0.01 || wide.w < inner-1 || !near(wide.h, wide.w/20) || wide.x+wide.w > end.x {
			t.Errorf("wps %v: the wide picture at %+v, want shrunk to the cell's %.2f mm", wps, wide, inner)
		}
	}
}

// TestInlineShapesInACellsLine: a shape set in the line (嵌入型) among a
// cell's text, a header's or the body's, as Word 2016 writes it (a wps:wsp in
// wp:inline), is drawn in the line as a picture is: between the text
// before and after it, its foot on their baseline.
func TestInlineShapesInACellsLine(t *testing.T) {
	const mm = 36000 // EMU
	a := st.Anchor{CX: 8 * mm, CY: 4 * mm}
	box := func(id int) string {
		return st.Run(a.Inline(id, "矩形", st.Shape(a, "rect", "", st.Fill("FF0000")+st.Ln(6350, "", "", "000000"), "", "", "")), "")
	}
	body := sealtest.Table([]int{4422, 4422},
		[]string{sealtest.Cell(4422, singleSpaced(st.Text("前"), box(1), st.Text("后"))), sealtest.Cell(4422, singleSpaced(st.Text("右")))}) + st.Para(st.Text("正文")) +
		singleSpaced(st.Text("甲"), box(3), st.Text("乙"))
	header := singleSpaced(st.Text("页眉"), box(2), st.Text("文字"))
	_, r := laidShapes(t, sealtest.Docx(t, body, header))
	for _, c := range []struct{ before, after string }{{"前", "后"}, {"眉", "文"}, {"甲", "乙"}} { // the header's is the first 文
		b, f := textOp(t, r, c.before), textOp(t, r, c.after)
		var shape *Path
		for _, o := range kindOf(r, opPath) {
			if o.path.Fill == "FF0000" {
				if x, y, w, h := o.path.Bounds(); x > b.x && x+w <= f.x+0.01 && near(y+h, b.y) {
					shape = o.path
				}
			}
		}
		if shape == nil {
			t.Errorf("no red box between %q (%.2f) and %q (%.2f) on their baseline %.2f", c.before, b.x, c.after, f.x, b.y)
		}
	}
}

// TestAPictureNotSetInACellsLineIsSaid: where a cell paragraph's stretches
// do not cover its text as shown (a page number written over its field),
// its pictures cannot be placed among it: the build says so, naming the
// text, rather than dropping them unsaid.
func TestAPictureNotSetInACellsLineIsSaid(t *testing.T) {
	img := &wordmodel.Image{Name: "签名.png", Format: "PNG", Width: 10, Height: 5}
	sizes := []wordmodel.RunSize{{Runes: 3, Size: 10.5}, {Size: 10.5, Picture: img}, {Runes: 9, Size: 10.5}}
	doc := &wordmodel.Document{Blocks: []wordmodel.Block{&wordmodel.Table{Widths: []int{4000}, Rows: []wordmodel.Row{
		{Cells: []wordmodel.Cell{{Text: "负责人", Span: 1, Paras: []wordmodel.CellPara{{Lines: 1, Size: 10.5, Sizes: &sizes}}}}},
	}}}}
	wantWarned(t, doc, "“负责人”所在段落的图片未能排入文字行")
}

// wantWarned checks that laying doc out warns of what.
func wantWarned(t *testing.T, doc *wordmodel.Document, what string) {
	t.Helper()
	_, warnings := laidOutPages(t, doc, testOptions(t))
	for _, w := range warnings {
		if strings.Contains(w, what) {
			return
		}
	}
	t.Errorf("no warning of %q: %q", what, warnings)
}
