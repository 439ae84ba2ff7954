package wordmodel_test

import (
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestParagraphBordersAreRead: the red rule under a 红头, as a bottom
// border of the paragraph or of its style, and a top border, are read with
// their style, width, distance and colour; one in a table cell, or a box
// around the text, is listed.
func TestParagraphBordersAreRead(t *testing.T) {
	red := `<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>`
	f := fixture{
		styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="RedRule"><w:name w:val="红线"/><w:basedOn w:val="Normal"/><w:pPr>` + red + `</w:pPr></w:style>`,
		body: `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="ff0000"/></w:pBdr></w:pPr>` + run("", "沁源县财政局文件") + `</w:p>` +
			`<w:p><w:pPr><w:pStyle w:val="RedRule"/></w:pPr></w:p>` +
			`<w:p><w:pPr><w:pBdr><w:top w:val="double" w:sz="4" w:space="4" w:color="auto"/><w:left w:val="nil"/></w:pBdr></w:pPr>` + run("", "抄送") + `</w:p>` +
			`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:p><w:pPr>` + red + `</w:pPr>` + run("", "格") + `</w:p></w:tc></w:tr></w:tbl>`,
	}
	doc := f.read(t)
	border := func(i int) *wordmodel.Borders { return doc.Blocks[i].(*wordmodel.Paragraph).Borders }
	if b := border(0); b == nil || b.Top != nil || *b.Bottom != (wordmodel.Border{Style: "single", Width: 1.5, Space: 1, Color: "FF0000"}) {
		t.Errorf("the 红头's rule = %+v", b)
	}
	if b := border(1); b == nil || *b.Bottom != (wordmodel.Border{Style: "thickThinSmallGap", Width: 3, Space: 1, Color: "FF0000"}) {
		t.Errorf("the style's rule = %+v", b)
	}
	if b := border(2); b == nil || b.Bottom != nil || *b.Top != (wordmodel.Border{Style: "double", Width: 0.5, Space: 4}) {
		t.Errorf("the top rule = %+v", b)
	}
	wantListed(t, doc, "表 1 第 1 行第 1 列（“格”）：段落边框线（只在正文段落中显示）")
}
