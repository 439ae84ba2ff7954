package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAlignmentTabsAreRead: Word 2010's 插入对齐制表符 (w:ptab, as Word
// writes it in a header) is a tab run with its alignment, what it is
// relative to and its leader. One in a table cell is its paragraph's
// stretch of its own, the paragraph keeping its tab stops (CellPara.Tabs)
// for the layout, its leader drawn there as a body paragraph's; one in a
// cell of vertical text, and an ordinary tab there, are listed.
func TestAlignmentTabsAreRead(t *testing.T) {
	ptab := `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/></w:r>`
	plain := `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>`
	doc := fixture{body: para(run("", "沁源县财政局"), ptab, run("", "2023年")) +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(run("", "甲"), plain, run("", "乙")) + `</w:tc></w:tr></w:tbl>`}.read(t)
	p := paragraphs(doc)[0]
	if p.Text != "沁源县财政局\t2023年" || len(p.Runs) != 3 {
		t.Fatalf("text %q, runs %+v", p.Text, p.Runs)
	}
	if a := p.Runs[1].Align; p.Runs[1].Text != "\t" || a == nil || *a != (wordmodel.AlignTab{Align: "right", RelativeTo: "margin", Leader: "dot"}) {
		t.Errorf("the alignment tab's run %+v", p.Runs[1])
	}
	wantListed(t, doc)
	cp := doc.Blocks[1].(*wordmodel.Table).Rows[0].Cells[0].Paras[0]
	if cp.Sizes == nil || len(*cp.Sizes) != 3 || (*cp.Sizes)[1].Format == nil || (*cp.Sizes)[1].Format.Align == nil {
		t.Errorf("the cell's stretches %+v: want the alignment tab's own", cp.Sizes)
	}
	vertical := fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:textDirection w:val="tbRl"/></w:tcPr>` + para(run("", "甲"), plain, run("", "乙")) + `</w:tc></w:tr></w:tbl>`}.read(t)
	wantListed(t, vertical, "表 1 第 1 行第 1 列：竖排文字单元格中的对齐方式制表符（绝对位置制表符）")
	leader := func(pPr, tab string) string {
		return `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr>` + pPr + `</w:pPr>` + run("", "甲") + tab + run("", "乙") + `</w:p></w:tc></w:tr></w:tbl>`
	}
	led := fixture{body: leader("", ptab) + leader(`<w:tabs><w:tab w:val="right" w:leader="hyphen" w:pos="3000"/></w:tabs>`, `<w:r><w:tab/></w:r>`) +
		leader(`<w:tabs><w:tab w:val="right" w:pos="3000"/></w:tabs>`, `<w:r><w:tab/></w:r>`)}.read(t)
	wantListed(t, led)
	// An ordinary tab in a vertical cell is set down its column.
	upright := fixture{body: `<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:textDirection w:val="btLr"/></w:tcPr>` +
		`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:leader="dot" w:pos="1500"/></w:tabs></w:pPr>` + run("", "日期") + `<w:r><w:tab/></w:r>` + run("", "甲") + `</w:p></w:tc></w:tr></w:tbl>`}.read(t)
	wantListed(t, upright)
}
