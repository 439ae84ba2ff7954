package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// TestAHeaderIsAStory: a header as Word and WPS write it is read as the
// body is: its 页眉 paragraphs with their style's tab stops and rule, a
// page reference with its bookmark, a table as a table whose second
// row's logo stays with its cell; nothing of it is listed. Its lines are
// still there for the checks that read them.
func TestAHeaderIsAStory(t *testing.T) {
	logo := sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 0, Y: 0, CX: 720000, CY: 240000}}
	for _, w := range storytest.Writers {
		tbl := sealtest.Table([]int{3000, 5000},
			[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("沁源县"))), sealtest.Cell(5000, sealtest.Para("left", st.Text("财政局")))},
			[]string{sealtest.Cell(3000, sealtest.Para("left", st.Text("一"))), sealtest.Cell(5000, sealtest.Para("left", st.Text("文件"), logo.Run(9, "徽标", "rIdLogo")))})
		header := storytest.Para(w.Header, "", st.Text("单位"), storytest.Tab, storytest.Tab, st.Text("附表见第"),
			`<w:fldSimple w:instr=" PAGEREF 附表 \h "><w:r><w:t>9</w:t></w:r></w:fldSimple>`, st.Text("页")) + tbl
		doc, err := wordmodel.Read(w.Docx(t, st.Para(st.Text("正文"))+rt.Target("附表"), header, ""))
		if err != nil {
			t.Fatal(err)
		}
		wantListed(t, doc)
		h := doc.Sections[0].Header.Default
		if h == nil || len(h.Blocks) != 2 {
			t.Fatalf("%s: header %+v", w.Name, h)
		}
		p := h.Blocks[0].(*wordmodel.Paragraph)
		if len(p.Tabs) != 2 || p.Tabs[1].Pos != 8306 || p.Tabs[1].Align != "right" || p.Borders == nil || p.Borders.Bottom == nil {
			t.Errorf("%s: the 页眉 paragraph's tabs %+v, borders %+v", w.Name, p.Tabs, p.Borders)
		}
		if last := p.Runs[len(p.Runs)-2]; last.Ref != "附表" || last.Text != wordmodel.PageRefField {
			t.Errorf("%s: the page reference's run %+v", w.Name, last)
		}
		tb := h.Blocks[1].(*wordmodel.Table)
		if len(tb.Rows) != 2 || len(tb.Rows[1].Cells[1].Floats) != 1 || !tb.Rows[1].Cells[1].Floats[0].Float.InCell {
			t.Errorf("%s: the header's table %+v", w.Name, tb.Rows)
		}
		if strings.Join(h.Lines, "|") != "单位\t\t附表见第"+wordmodel.PageRefField+"页|沁源县|财政局|一|文件" || len(h.Images) != 1 {
			t.Errorf("%s: the header's lines %q, %d pictures", w.Name, h.Lines, len(h.Images))
		}
	}
}

// TestAHeaderTablesCellIsACell: a header table's cell reads as a body
// table's: its paragraph's border is read, and a row leaving grid columns
// empty (gridBefore, gridAfter, as Word writes it with wBefore and
// wAfter) keeps how many, as in the body, neither listed.
func TestAHeaderTablesCellIsACell(t *testing.T) {
	cell := sealtest.Cell(3000, `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr></w:pPr>`+st.Text("框")+`</w:p>`)
	tbl := strings.Replace(sealtest.Table([]int{3000, 3000, 3000}, []string{cell}), "<w:tr>", `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/><w:wBefore w:w="3000" w:type="dxa"/><w:wAfter w:w="3000" w:type="dxa"/></w:trPr>`, 1)
	doc, err := wordmodel.Read(sealtest.Docx(t, st.Para(st.Text("正文")), tbl))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	row := doc.Sections[0].Header.Default.Blocks[0].(*wordmodel.Table).Rows[0]
	if row.Before != 1 || row.After != 1 || len(row.Cells) != 1 || row.Cells[0].Paras[0].Borders == nil {
		t.Errorf("the row: %d before, %d after, %+v", row.Before, row.After, row.Cells)
	}
}

// TestAFramedPageNumberIsRead: a footer's paragraph in a frame (Word
// 2003's and WPS's page numbers) is read with its frame's place and not
// listed; one in the body is read too, one in a table cell still listed.
func TestAFramedPageNumberIsRead(t *testing.T) {
	frame := `<w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>`
	w := storytest.Writers[1]
	footer := storytest.Para(w.Footer, frame, `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>`) + storytest.Para(w.Footer, "")
	doc, err := wordmodel.Read(w.Docx(t, st.Para(st.Text("正文")), "", footer))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	p := doc.Sections[0].Footer.Default.Blocks[0].(*wordmodel.Paragraph)
	if f := p.Frame; f == nil || f.FromX != "margin" || f.AlignX != "outside" || f.FromY != "paragraph" || f.Y != 25.4/1440 || f.Width != 0 {
		t.Errorf("the page number's frame %+v", p.Frame)
	}
	doc, err = wordmodel.Read(w.Docx(t, storytest.Para("Normal", frame, st.Text("正文")), "", ""))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	if doc.Blocks[0].(*wordmodel.Paragraph).Frame == nil {
		t.Errorf("a frame in the body is not read")
	}
	// The same frame in the body first, then in a cell, then in a text
	// box: the cell's is a box anchored at the cell's next paragraph, the
	// text box's is read as the body's, one in a vertical box is listed.
	cell := `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + storytest.Para("Normal", frame, st.Text("格中")) + st.Para(st.Text("格文")) + `</w:tc></w:tr></w:tbl>`
	box := st.TextBox(st.Anchor{H: "page", V: "page", X: 720000, Y: 720000, CX: 1800000, CY: 720000}, "文本框 3", storytest.Para("Normal", frame, st.Text("框中")), ">")
	doc, err = wordmodel.Read(w.Docx(t, storytest.Para("Normal", frame, st.Text("框"))+st.Para(st.Text("正文"))+cell+st.Para(st.Text("正文"), box), "", ""))
	if err != nil {
		t.Fatal(err)
	}
	wantListed(t, doc)
	if sp := doc.Blocks[3].(*wordmodel.Paragraph).Shapes; len(sp) != 1 || sp[0].Text[0].Frame == nil {
		t.Errorf("the text box's frame is not read: %+v", sp)
	}
	vertical := strings.Replace(box, `vert="horz"`, `vert="eaVert"`, 1)
	upright, err := wordmodel.Read(w.Docx(t, st.Para(st.Text("正文"), vertical), "", ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(upright.Undrawn) != 1 || !strings.Contains(upright.Undrawn[0].What, "竖排文本框中的图文框") {
		t.Errorf("a frame in a vertical text box: listed %v", upright.Undrawn)
	}
	c := doc.Blocks[2].(*wordmodel.Table).Rows[0].Cells[0]
	if c.Text != "格文" || len(c.Shapes) != 1 || !c.Shapes[0].Framed || c.Shapes[0].Text[0].Text != "格中" || c.Shapes[0].Float.FromX != "margin" || c.Shapes[0].Para != 1 {
		t.Errorf("the cell's frame: its text %q, its shapes %+v", c.Text, c.Shapes)
	}
}
