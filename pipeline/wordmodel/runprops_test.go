package wordmodel_test

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestHiddenTextInEveryStory: w:vanish hides text in a header, a
// footnote and a table cell as in the body; w:webHidden is printed there
// too.
func TestHiddenTextInEveryStory(t *testing.T) {
	notes := notesParts()
	notes["word/footnotes.xml"] = strings.Replace(notes["word/footnotes.xml"], run("", " 资料来源：县财政局。"), run("", " 资料")+run("<w:vanish/>", "（隐藏）")+run("<w:webHidden/>", "来源"), 1)
	f := withHeader(para(run("", "见注"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`)+
		`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>`+para(run("", "格"), run("<w:vanish/>", "藏"), run("<w:specVanish/>", "特"), run("", "中"))+`</w:tc></w:tr></w:tbl>`,
		para(run("", "页眉"), run("<w:vanish/>", "草稿"), run("<w:webHidden/>", "文字")))
	f.parts["word/footnotes.xml"] = notes["word/footnotes.xml"]
	doc := f.read(t)
	wantListed(t, doc)
	header := doc.Sections[len(doc.Sections)-1].Header.Default
	if header == nil || len(header.Blocks) == 0 || header.Blocks[0].(*wordmodel.Paragraph).Text != "页眉文字" {
		t.Errorf("header %+v, want 页眉文字", header)
	}
	if fn := paragraphs(doc)[0].Footnotes; len(fn) != 1 || fn[0].Paragraphs[0].Text != "1 资料来源" {
		t.Errorf("footnotes %+v, want 1 资料来源", fn)
	}
	if cell := doc.Blocks[1].(*wordmodel.Table).Rows[0].Cells[0]; cell.Text != "格中" {
		t.Errorf("cell %q, want 格中", cell.Text)
	}
}

// TestRunOffTheGridAndAnimatedText: a run Word takes off the character
// grid (w:snapToGrid w:val="0", as Word writes it for text selected in the
// 段落 dialog) is read as such, the paragraph's other runs on it; an
// animated text (w:effect, Word 97's 动态效果, which Word 2007 and later
// no longer show) is read as its plain text and listed as nothing.
func TestRunOffTheGridAndAnimatedText(t *testing.T) {
	doc := fixture{body: para(run("", "网格"), run(`<w:snapToGrid w:val="0"/>`, "不对齐"), run(`<w:effect w:val="blinkBackground"/>`, "闪烁"))}.read(t)
	wantListed(t, doc)
	runs := paragraphs(doc)[0].Runs
	if len(runs) != 3 {
		t.Fatalf("runs %+v", runs)
	}
	animated := runs[2]
	animated.Text = runs[0].Text
	if runs[0].OffGrid || !runs[1].OffGrid || runs[2].Text != "闪烁" || animated != runs[0] {
		t.Errorf("runs %+v", runs)
	}
}
