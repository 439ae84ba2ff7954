package wordmodel_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestTabsPastTheirEdgeAreListed: a tab whose stop stands past its
// paragraph's right edge is listed wherever the paragraph is, as a body
// paragraph's is (where Word sets the text after it being unsettled): a
// header's past the margin (a 红头 header's right tab set on another
// page size), a table cell's past the cell's inner edge (its grid column
// less the cell's margins), a text box's past the box's insets, as Word
// writes the box (DrawingML with a VML fallback) and as WPS. A stop at
// the edge is drawn, a stop no tab reaches in text without a tab is
// nothing, and a tab in a box that does not wrap has no edge.
func TestTabsPastTheirEdgeAreListed(t *testing.T) {
	tab := `<w:r><w:tab/></w:r>`
	p := func(pos int, runs ...string) string {
		return fmt.Sprintf(`<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs></w:pPr>`, pos) + strings.Join(runs, "") + `</w:p>`
	}
	header := p(9600, run("", "沁源县财政局"), tab, run("", "2023年")) + p(8844, run("", "版心右端"), tab, run("", "丁"))
	doc := withHeader(para(run("", "正文")), header).read(t)
	wantListed(t, doc, "页眉（header1.xml）（“沁源县财政局\t2023年”）：页眉页脚中右边距以外的制表位（480 磅处，版心宽 442 磅）")

	// A cell 3000 twips wide, Word's margins of 108 twips: 139 pt inside.
	cellOf := func(tcMar string, paras ...string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>` + tcMar + `</w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	table := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid><w:tr>` +
		cellOf("", p(4000, run("", "合计"), tab, run("", "100.00"))) + cellOf("", p(2784, run("", "单位"), tab, run("", "万元"))) + `</w:tr><w:tr>` +
		cellOf(`<w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>`, p(3000, run("", "无边距"), tab, run("", "甲"))) +
		cellOf("", p(6000, run("", "没有制表符"))) + `</w:tr></w:tbl>`
	doc = fixture{body: table + para(run("", "表后"))}.read(t)
	wantListed(t, doc, "表 1 第 1 行第 1 列：单元格中右边以外的制表位（200 磅处，单元格内宽 139 磅）")
	doc = withHeader(para(run("", "正文")), table+para(run("", ""))).read(t)
	wantListed(t, doc, "页眉（header1.xml）表 1 第 1 行第 1 列：单元格中右边以外的制表位（200 磅处，单元格内宽 139 磅）")

	// A text box 1800000 EMU (50 mm) wide, Word's insets of 91440 EMU
	// (2.54 mm) a side: 127 pt inside.
	boxed := func(bodyPr string, paras ...string) string {
		content := `<w:txbxContent>` + strings.Join(paras, "") + `</w:txbxContent>`
		return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0" distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
			`<wp:extent cx="1800000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="5" name="文本框 5"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="720000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>` +
			`<wps:txbx>` + content + `</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="` + bodyPr + `" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
			`<mc:Fallback><w:pict><v:shape id="文本框 5" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:141.75pt;height:56.7pt;z-index:251659264" strokeweight=".5pt"><v:textbox>` + content + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	}
	doc = fixture{body: boxed("square", p(3000, run("", "框中"), tab, run("", "乙")), p(2540, run("", "框右端"), tab, run("", "丙")))}.read(t)
	wantListed(t, doc, "第 1 段的文本框（“框中\t乙”）：文本框中右边以外的制表位（150 磅处，文本框内宽 127 磅）")
	doc = fixture{body: boxed("none", p(3000, run("", "不换行"), tab, run("", "乙")))}.read(t)
	wantListed(t, doc)
	// WPS writes a VML box alone: 141.75 pt wide, its insets 7.2 pt.
	vml := `<w:p><w:r><w:pict><v:shape id="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:0pt;margin-top:0pt;height:56.7pt;width:141.75pt;z-index:251659264;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke weight="0.5pt" color="#000000" joinstyle="miter"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/><v:textbox>` +
		`<w:txbxContent>` + p(3000, run("", "框中"), tab, run("", "乙")) + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`
	doc = fixture{body: vml}.read(t)
	wantListed(t, doc, "第 1 段的文本框（“框中\t乙”）：文本框中右边以外的制表位（150 磅处，文本框内宽 127 磅）")
}
