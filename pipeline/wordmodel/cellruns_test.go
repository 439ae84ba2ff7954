package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestCellAndHeaderRunsAreCarried: the runs of a cell keep their
// formatting as stretches, a header's paragraph its runs, as Word and WPS
// write them, and none is listed; a plain cell carries none, a
// cell bold all over stays the cell's bold, and a bold word among others
// is its stretch's. A vertical cell lists what it does not draw.
func TestCellAndHeaderRunsAreCarried(t *testing.T) {
	for _, w := range []rt.Writer{rt.Word, rt.WPS} {
		marks := w.Marks()
		var cells, line string
		for _, m := range marks {
			cells += w.Cell(4000, "", "", rt.Para(w.Runs(m)))
			line += w.Runs(m)
		}
		cells += w.Cell(4000, "", "", rt.Para(w.Run("", "平常"), w.Run("", "文字"))) + w.Cell(4000, "", "", rt.Para(w.Run("<w:b/>", "全粗"), w.Run("<w:b/>", "体")))
		widths := make([]int, len(marks)+2)
		for i := range widths {
			widths[i] = 4000
		}
		docx := rt.WithHeader(t, rt.Docx(t, rt.Table(widths, cells)+rt.Target("正文"), "", nil), rt.Para(line)+rt.Para(w.Run("", "沁源县财政局")))
		doc, err := wordmodel.Read(docx)
		if err != nil {
			t.Fatal(err)
		}
		wantListed(t, doc)
		row := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells
		for i, m := range marks {
			s := row[i].Paras[0].Sizes
			k := 0
			if m.Before != "" {
				k = 1
			}
			if s == nil || len(*s) <= k || (*s)[k].Format == nil || (k == 1 && (*s)[0].Format != nil) || (*s)[k].Runes != len([]rune(m.Text)) {
				t.Errorf("%v: cell %d (%s%s) stretches %+v", w, i+1, m.Before, m.Text, s)
			}
		}
		if plain, bold := row[len(marks)], row[len(marks)+1]; plain.Paras[0].Sizes != nil || bold.Paras[0].Sizes != nil || !bold.Bold || row[10].Bold {
			t.Errorf("%v: a plain cell's stretches %+v, a bold one's %+v (bold %v), bold word's cell bold %v", w, plain.Paras[0].Sizes, bold.Paras[0].Sizes, bold.Bold, row[10].Bold)
		}
		h := doc.Sections[0].Header.Default
		if h == nil || len(h.Blocks) != 2 {
			t.Fatalf("%v: the header's story %+v", w, h)
		}
		if p := h.Blocks[0].(*wordmodel.Paragraph); len(p.Runs) < len(marks) {
			t.Errorf("%v: the header's formatted line has runs %+v", w, p.Runs)
		}
	}
	// A vertical cell draws its runs' colour, weight, size, lines,
	// backgrounds, scripts, emphasis marks and 拼音指南, and its 纵横混排
	// runs' underlines; the scale of its characters, Latin on its side
	// and upright ones along the column alike.
	ruby := `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>` + rt.Word.Run("", "qìn") + `</w:rt><w:rubyBase>` + rt.Word.Run("", "沁") + `</w:rubyBase></w:ruby></w:r>`
	vertical := rt.Table([]int{1000, 1000, 1000, 1000}, rt.Word.Cell(1000, "tbRl", "", rt.Centred(rt.Word.Run("", "竖"), rt.Word.Run(`<w:color w:val="FF0000"/><w:b/><w:u w:val="single"/><w:strike/><w:highlight w:val="yellow"/><w:sz w:val="32"/>`, "红"),
		rt.Word.Run(`<w:u w:val="single"/><w:eastAsianLayout w:id="5" w:vert="1"/>`, "12"))),
		rt.Word.Cell(1000, "btLr", "", rt.Centred(rt.Word.Run("", "面积m"), rt.Word.Run(`<w:vertAlign w:val="superscript"/>`, "2"), rt.Word.Run(rt.Em("dot"), "重"), ruby, rt.Word.Run(rt.Scale(150), "宽"))),
		rt.Word.Cell(1000, "tbRl", "", rt.Centred(rt.Word.Run("", "面积m"), rt.Word.Run(`<w:vertAlign w:val="superscript"/>`, "2"), rt.Word.Run(rt.Em("dot"), "重"), ruby, rt.Word.Run(rt.Scale(150), "Ab"))),
		rt.Word.Cell(1000, "tbRl", "", rt.Centred(rt.Word.Run(rt.Scale(150), "宽"))))
	doc, err := wordmodel.Read(rt.Docx(t, vertical, "", nil))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	if s := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells[0].Paras[0].Sizes; s == nil || len(*s) != 3 || (*s)[1].Format == nil || (*s)[1].Size != 16 {
		t.Errorf("the vertical cell's stretches %+v, want its red 16 pt 红", s)
	}
}

// TestCellsSetAlikeShareTheirFormats: a long table's cells that mark
// their figures alike (a red figure after black text) hold one format
// between them, not one each.
func TestCellsSetAlikeShareTheirFormats(t *testing.T) {
	red := rt.Word.Marks()[2]
	cell := rt.Word.Cell(2000, "", "", rt.Para(rt.Word.Runs(red)))
	doc, err := wordmodel.Read(rt.Docx(t, rt.Table([]int{2000, 2000}, cell, cell), "", nil))
	if err != nil {
		t.Fatal(err)
	}
	row := doc.Blocks[0].(*wordmodel.Table).Rows[0].Cells
	a, b := row[0].Paras[0].Sizes, row[1].Paras[0].Sizes
	if a == nil || b == nil || len(*a) != 2 || (*a)[1].Format == nil || (*a)[1].Format != (*b)[1].Format || (*a)[1].Format.Color != "FF0000" {
		t.Errorf("stretches %+v and %+v, want one red format shared", a, b)
	}
}
