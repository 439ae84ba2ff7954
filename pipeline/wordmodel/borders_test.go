package wordmodel_test

import (
	"fmt"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestParagraphBordersAreRead: the red rule under a 红头, as a bottom
// border of the paragraph or of its style, and a top border, are read with
// their style, width, distance and colour, in a table cell too.
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
	if len(doc.Undrawn) != 0 {
		t.Errorf("listed: %v", doc.Undrawn)
	}
	if ps := tableOf(doc).Rows[0].Cells[0].Paras; len(ps) != 1 || ps[0].Borders == nil || ps[0].Borders.Bottom.Style != "thickThinSmallGap" {
		t.Errorf("the cell paragraph's border not read: %+v", ps)
	}
}

// TestParagraphBoxesAndShadingAreRead: a box as Word writes it (top,
// left, bottom, right, between; Word 2010's start and end for left and
// right), a bar, and shading (a clear fill, a pct pattern blended, a
// style's, a paragraph's own none over its style's) are read; paragraphs
// after one another with the same lines and indents are one box, those
// indented otherwise or after a table are not; a table cell's
// paragraph keeps its shading.
func TestParagraphBoxesAndShadingAreRead(t *testing.T) {
	box := `<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:start w:val="double" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:end w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:between w:val="dotted" w:sz="4" w:space="1" w:color="auto"/><w:bar w:val="single" w:sz="12" w:space="0" w:color="FF0000"/></w:pBdr>`
	p := func(pPr, text string) string { return `<w:p><w:pPr>` + pPr + `</w:pPr>` + run("", text) + `</w:p>` }
	f := fixture{
		styles: `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Shaded"><w:name w:val="底纹"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/></w:pPr></w:style>`,
		body: p(box, "一") + p(box, "二") + p(box+`<w:ind w:left="420"/>`, "三") +
			p(`<w:shd w:val="pct25" w:color="FF0000" w:fill="FFFFFF"/>`, "四") +
			p(`<w:pStyle w:val="Shaded"/>`, "五") + p(`<w:pStyle w:val="Shaded"/><w:shd w:val="clear" w:color="auto" w:fill="auto"/>`, "六") +
			`<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>` + p(`<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>`, "格") + `</w:tc></w:tr></w:tbl>` +
			p(box, "七"),
	}
	doc := f.read(t)
	var paras []*wordmodel.Paragraph
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			paras = append(paras, p)
		}
	}
	b := paras[0].Borders
	if b == nil || b.Left == nil || *b.Left != (wordmodel.Border{Style: "double", Width: 0.5, Space: 4}) || b.Right == nil || b.Right.Space != 4 ||
		b.Between == nil || b.Between.Style != "dotted" || b.Bar == nil || b.Bar.Color != "FF0000" || b.Bar.Width != 1.5 {
		t.Fatalf("box = %+v", b)
	}
	joined := func(i int) string { return fmt.Sprint(paras[i].Borders.WithPrevious, paras[i].Borders.WithNext) }
	for i, want := range map[int]string{0: "false true", 1: "true false", 2: "false false", 6: "false false"} {
		if got := joined(i); got != want {
			t.Errorf("paragraph %s joined %s, want %s", paras[i].Text, got, want)
		}
	}
	for i, want := range map[int]string{3: "FFBFBF", 4: "FFF2CC", 5: "", 0: ""} {
		if paras[i].Shading != want {
			t.Errorf("paragraph %s shading %q, want %q", paras[i].Text, paras[i].Shading, want)
		}
	}
	if len(doc.Undrawn) != 0 {
		t.Errorf("listed: %v", doc.Undrawn)
	}
	if ps := tableOf(doc).Rows[0].Cells[0].Paras; len(ps) != 1 || ps[0].Shading != "FFFF00" {
		t.Errorf("the cell's paragraph shading not read: %+v", ps)
	}
}
