package wordmodel_test

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// inline is a picture as Word writes one in the text's line.
func inline(rid, name string) string {
	return `<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="952500" cy="952500"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="` + name + `"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="` + name + `"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="` + rid + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// anchored is a picture floating over the text (a 公章 over the
// signature); wrap is how text flows around it (wrapNone, wrapSquare …).
func anchored(rid, wrap, position string) string {
	if position == "" {
		position = `<wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-457200</wp:posOffset></wp:positionV>`
	}
	return `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` + position + `<wp:extent cx="1440000" cy="1440000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><` + wrap + `/><wp:docPr id="2" name="公章"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="2" name="公章"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="` + rid + `"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`
}

func graphic(uri, inner string) string {
	return `<w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="3" name="对象"/><a:graphic><a:graphicData uri="` + uri + `">` + inner + `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
}

// TestWhatThePDFDoesNotShowIsListed: every object the PDF does not draw,
// in the body, a table cell, a header, is listed with where it is (a
// text border of Word's 3-D kind among them); a text box and a line,
// which are drawn, emphasis marks, and a Wingdings tick, which is
// mapped, are not.
func TestWhatThePDFDoesNotShowIsListed(t *testing.T) {
	line := `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0"><wp:extent cx="5615940" cy="0"/><wp:wrapNone/><wp:docPr id="4" name="直接连接符 4"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line id="直接连接符 4" from="0,0" to="442pt,0" strokecolor="red" strokeweight="1.5pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
	box := `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0"><wp:extent cx="1800000" cy="720000"/><wp:wrapNone/><wp:docPr id="5" name="文本框 5"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>框中文字</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
	cell := func(content string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>` + content + `</w:tc>`
	}
	body := para(run("", "沁源县财政局文件"), inline("rIdImg1", "图片 1")) + // 1
		para(run("", "（公章）"), anchored("rIdImg2", `wp:wrapSquare wrapText="bothSides"`, "")) + // 2
		`<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>` +
		`<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:textDirection w:val="tbRl"/></w:tcPr>` + para(run(`<w:fitText w:val="200" w:id="1"/>`, "项目")) + `</w:tc>` + cell(para(run(`<w:color w:val="FF0000"/>`, "-12.00"), run("", "万元"))) + `</w:tr>` +
		`<w:tr>` + cell(para(run(`<w:color w:val="FF0000"/>`, "-3.00"))) + cell(para(run(`<w:color w:val="C00000"/><w:b/>`, "减少"))) + `</w:tr></w:tbl>` +
		para(run("", "图表如下"), graphic("http://schemas.openxmlformats.org/drawingml/2006/chart", `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/>`)) + // 3
		para(run("", "公式"), `<m:oMathPara><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></m:oMathPara>`) + // 4
		para(graphic("http://schemas.openxmlformats.org/drawingml/2006/diagram", `<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId1" r:lo="rId2" r:qs="rId3" r:cs="rId4"/>`)) + // 5
		para(run("", "附表"), `<w:r><w:object w:dxaOrig="1520" w:dyaOrig="960"><v:shape id="_x0000_i1025" type="#_x0000_t75"><v:imagedata r:id="rIdImg1" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Icon" r:id="rIdOle"/></w:object></w:r>`) + // 6
		para(run("", "红线"), line) + // 7
		para(run("", "旧图"), `<w:r><w:pict><v:shape style="width:100pt;height:50pt"><v:imagedata r:id="rIdImg2" o:title=""/></v:shape></w:pict></w:r>`) + // 8
		para(run("", "见注"), `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`, `<w:r><w:endnoteReference w:id="2"/></w:r>`) + // 9
		para(run("", "正文"), box, `<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>`, `<w:r><w:sym w:font="Wingdings" w:char="F021"/></w:r>`) + // 10
		`<w:p><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr></w:pPr>` + run("", "方框") + `</w:p>` + // 11: drawn, a box
		`<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:rPr></w:pPr>` + run(`<w:em w:val="dot"/>`, "重点") + run(`<w:bdr w:val="threeDEmboss" w:sz="24" w:space="0" w:color="auto"/>`, "框") + `</w:p>` + // 12: its shading drawn
		para(`<w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt><w:r><w:t>qìn</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>沁</w:t></w:r></w:rubyBase></w:ruby>`) + // 13: drawn (ruby.go)
		para(run("", "留下"), `<w:moveFrom w:id="9" w:author="张三" w:date="2024-01-02T00:00:00Z"><w:r><w:t>移走</w:t></w:r></w:moveFrom>`) + // 14: nothing to list
		`<w:p><w:pPr><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:rPr></w:pPr>` + run("", "标记有底纹") + `</w:p>` + // 15: nothing to list
		para(run("<w:vanish/>", "隐藏的图"), strings.Replace(inline("rIdImg1", "隐藏"), "<w:noProof/>", "<w:noProof/><w:vanish/>", 1)) // 12: hidden, not shown, not listed
	header := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `>` + para(inline("rIdLogo", "Logo")) + para(run(`<w:color w:val="FF0000"/><w:b/>`, "沁源县财政局")) + `</w:hdr>`
	first := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `>` + para(run("", "首页专用页眉")) + `</w:hdr>`
	f := fixture{
		body: body,
		rels: `<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>` +
			`<Relationship Id="rIdImg2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image2.jpeg"/>` +
			`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
			`<Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>`,
		sectRefs: `<w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdFirst"/><w:titlePg/>`,
		parts: map[string]string{
			"word/header1.xml":            header,
			"word/header2.xml":            first,
			"word/_rels/header1.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/></Relationships>`,
			"word/media/image1.png":       string(pngBytes(t)),
			"word/media/image2.jpeg":      string(jpegBytes(t)),
		},
	}
	doc := f.read(t)
	var got []string
	for _, u := range doc.Undrawn {
		got = append(got, u.String())
	}
	want := []string{
		"第 3 段（“图表如下”）：含图表",
		"第 4 段（“公式”）：含公式",
		"第 5 段：含SmartArt 图形",
		"第 6 段（“附表”）：含嵌入对象（OLE）",
		"第 9 段（“见注”）：含脚注（内容缺失）",
		"第 9 段（“见注”）：含尾注（内容缺失）",
		"第 10 段（“正文☑”）：含符号（Wingdings 字体 F021）",
		"第 12 段（“重点框”）：含文字边框（立体线型“threeDEmboss”）",
		"页眉（header1.xml）：含图片 logo.png",
	}
	if len(got) != len(want) {
		t.Errorf("%d listed, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range min(len(got), len(want)) {
		if !strings.HasPrefix(got[i], want[i]) || !strings.HasSuffix(got[i], "PDF 中不会显示；请从模板中删除，或改用文字表达") {
			t.Errorf("listed %d = %q, want %q…", i+1, got[i], want[i])
		}
	}
	// A cell all of one colour is drawn in it.
	for _, b := range doc.Blocks {
		if tb, ok := b.(*wordmodel.Table); ok {
			if c := tb.Rows[1].Cells; c[0].Color != "FF0000" || c[1].Color != "C00000" || !c[1].Bold || tb.Rows[0].Cells[1].Color != "" {
				t.Errorf("cell colours: %+v %+v", c, tb.Rows[0].Cells[1])
			}
			// A red figure among black text is its stretch's.
			if s := tb.Rows[0].Cells[1].Paras[0].Sizes; s == nil || len(*s) != 2 || (*s)[0].Format == nil || (*s)[0].Format.Color != "FF0000" || (*s)[1].Format != nil {
				t.Errorf("-12.00万元's stretches %+v, want -12.00 red", s)
			}
		}
	}
	if texts := fmt.Sprint(texts(doc)); strings.Contains(texts, "框中文字") || strings.Contains(texts, "移走") {
		t.Errorf("the text box is read as a paragraph of the body: %s", texts)
	}
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok && strings.HasPrefix(p.Text, "正文") {
			if box := p.Shapes; len(box) != 1 || len(box[0].Text) != 1 || box[0].Text[0].Text != "框中文字" {
				t.Errorf("the text box is not read: %+v", box)
			}
		}
	}
}
