package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestAlignmentTabsAreRead: Word 2010's 插入对齐制表符 (w:ptab, as Word
// writes it in a header) is a tab run with its alignment, what it is
// relative to and its leader; one in a table cell, whose text is set
// without its runs, is listed.
func TestAlignmentTabsAreRead(t *testing.T) {
	ptab := `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/></w:r>`
	doc := fixture{body: para(run("", "沁源县财政局"), ptab, run("", "2023年")) +
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + para(run("", "甲"), ptab, run("", "乙")) + `</w:tc></w:tr></w:tbl>`}.read(t)
	p := paragraphs(doc)[0]
	if p.Text != "沁源县财政局\t2023年" || len(p.Runs) != 3 {
		t.Fatalf("text %q, runs %+v", p.Text, p.Runs)
	}
	if a := p.Runs[1].Align; p.Runs[1].Text != "\t" || a == nil || *a != (wordmodel.AlignTab{Align: "right", RelativeTo: "margin", Leader: "dot"}) {
		t.Errorf("the alignment tab's run %+v", p.Runs[1])
	}
	wantListed(t, doc, "表 1 第 1 行第 1 列（“甲\t乙”）：表格中的对齐方式制表符（绝对位置制表符）")
}
