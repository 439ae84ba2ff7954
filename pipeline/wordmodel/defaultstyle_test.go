package wordmodel

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/templates"
)

// TestTheDefaultStyleIsTheOneMarkedDefault: Chinese Word names 正文 "a"
// (WPS often "1"), not "Normal": a paragraph naming no style, in the body
// or in a cell, takes that style's face and size, and a character grid
// is measured from its size, as from Normal's where the id is "Normal".
func TestTheDefaultStyleIsTheOneMarkedDefault(t *testing.T) {
	styles := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi"/><w:kern w:val="2"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"/><w:sz w:val="32"/></w:rPr></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style></w:styles>`
	body := `<w:p><w:r><w:t>正文段落</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="1983"/></w:sectPr>`
	docx := opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/styles.xml": opctest.Set(styles),
		"word/document.xml": func(s string) string {
			return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + "</w:body></w:document>"
		},
	})
	doc, err := Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Blocks[0].(*Paragraph)
	if p.StyleSize != 16 || p.Runs[0].Font != "仿宋_GB2312" || p.Align != "both" {
		t.Errorf("body paragraph: size %v, face %q, aligned %q; want 正文's 16 pt 仿宋_GB2312, justified", p.StyleSize, p.Runs[0].Font, p.Align)
	}
	cell := doc.Blocks[1].(*Table).Rows[0].Cells[0]
	if cell.Font != "仿宋_GB2312" || len(cell.Paras) != 1 || cell.Paras[0].Size != 16 {
		t.Errorf("cell: face %q, paragraphs %+v; want 正文's 16 pt 仿宋_GB2312", cell.Font, cell.Paras)
	}
	// 16 pt plus charSpace 1983/4096 pt: the template's 28 characters.
	if got, want := doc.Sections[0].CharPitch, (16+1983.0/4096)*25.4/72; math.Abs(got-want) > 1e-9 {
		t.Errorf("character pitch %.4f mm, want %.4f from 正文's size", got, want)
	}
}
