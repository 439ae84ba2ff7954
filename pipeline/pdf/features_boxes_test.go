package pdf

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/fieldtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of what text boxes hold beyond paragraphs:
// vertical text (竖排文本框) as Word 2016 and WPS write it, a table, a
// picture in a rotated box; and what headers and frames hold: a floating
// table in a header, a running STYLEREF header, a frame set in a style.

func boxFeatures(t testing.TB) []feature {
	const mm = 36000
	side := st.Anchor{H: "margin", V: "paragraph", X: 120 * mm, Y: 0, CX: 30 * mm, CY: 60 * mm, Wrap: `wp:wrapSquare wrapText="bothSides"`}
	// Word 2016's 竖排文本框: eaVert, its VML fallback
	// vertical-ideographic, as Word writes both.
	vertical := strings.Replace(st.Shape(side, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "",
		para("", run("", "竖排文本框中的文字"))+para("", run("", "第二列2023年")), ">"), `vert="horz"`, `vert="eaVert"`, 1)
	verticalVML := `<v:shape id="文本框 3" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:340.2pt;margin-top:0;width:85.05pt;height:170.1pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="white" strokeweight=".5pt"><v:textbox style="layout-flow:vertical-ideographic"><w:txbxContent>` +
		para("", run("", "竖排文本框中的文字")) + para("", run("", "第二列2023年")) + `</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>`
	wpsVertical := `<v:shape id="_x0000_s1026" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:340.2pt;margin-top:0pt;height:170.1pt;width:85.05pt;mso-wrap-distance-left:9pt;mso-wrap-distance-right:9pt;z-index:251659264;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/><v:stroke color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit"/><v:textbox style="layout-flow:vertical-ideographic;"><w:txbxContent>` +
		wpsPara("", wpsRun("", "沁源县财政局")) + wpsPara("", wpsRun("", "二〇二四年三月")) + `</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>`
	boxed := st.Anchor{H: "margin", V: "paragraph", X: 20 * mm, Y: 0, CX: 110 * mm, CY: 10 * mm, Wrap: `wp:wrapTopAndBottom`}
	inTable := para("", run("", "表1 资金情况")) + table([]int{2800, 2800}, "",
		row("", cell(2800, para("", run("", "项目"))), cell(2800, para(`<w:jc w:val="right"/>`, run("", "金额（万元）")))),
		row("", cell(2800, para("", run("", "校舍维修"))), cell(2800, para(`<w:jc w:val="right"/>`, run("", "120.00"))))) + para("", run("", "单位：万元"))
	tableBox := st.Shape(boxed, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inTable, `><a:spAutoFit/>`)
	turned := st.Anchor{H: "margin", V: "paragraph", X: 60 * mm, Y: 10 * mm, CX: 50 * mm, CY: 30 * mm}
	turnedBox := st.Shape(turned, "rect", ` rot="5400000"`, st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "",
		para("", run("", "旋转框"))+para(`<w:jc w:val="center"/>`, picture("rIdimage1", 21, 720000, 360000)), ">")
	return []feature{
		{name: "text-box-vertical", body: para("", run("", long), st.Run(side.Drawing(2, "文本框 2", vertical), verticalVML)) + text(sample)},
		{name: "text-box-vertical-wps", wps: true, body: wpsPara("", wpsRun("", long), st.Pict(wpsVertical)) + wpsPara("", wpsRun("", sample))},
		{name: "text-box-table", body: para("", run("", "下面的文本框中有一张表。"), st.Run(boxed.Drawing(4, "文本框 4", tableBox), "")) + text(sample)},
		{name: "header-floating-table", body: text(sample) + text(long),
			sect: `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", table([]int{1500}, `<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:horzAnchor="margin" w:vertAnchor="page" w:tblpXSpec="right" w:tblpY="511"/>`,
				row("", cell(1500, para(`<w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr>`, run("", "内部资料")))))+
				para(`<w:pStyle w:val="a3"/>`, run("", "沁源县财政局绩效评价报告")))}},
		{name: "header-styleref", body: text("封面") + para(`<w:pStyle w:val="1"/><w:pageBreakBefore/>`, run("", "一、基本情况")) + text(long) +
			para(`<w:pStyle w:val="1"/><w:pageBreakBefore/>`, run("", "二、绩效目标")) + para(`<w:pStyle w:val="1"/>`, run("", "三、评价结论")),
			sect:  `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", para(`<w:pStyle w:val="a3"/>`, fieldtest.Complex("一、基本情况", ` STYLEREF  "标题 1" \* MERGEFORMAT `)))}},
		{name: "frame-in-style", body: para(`<w:pStyle w:val="af3"/>`, run("", "签发人：张三")) + para(`<w:pStyle w:val="af3"/>`, run("", "核稿人：李四")) + text(long) + text(sample),
			parts: map[string]string{"word/styles.xml": strings.Replace(wordStyles(false), "</w:styles>", `<w:style w:type="paragraph" w:customStyle="1" w:styleId="af3"><w:name w:val="签发人"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/></w:pPr></w:style></w:styles>`, 1)}},
		{name: "text-box-turned-picture", body: para("", run("", "旋转的文本框中有图片。"), st.Run(turned.Drawing(5, "文本框 5", turnedBox), "")) + text(sample),
			parts: map[string]string{"word/media/image1.png": string(sealtest.PNG(t, 60, 30, sealtest.Red))}},
	}
}
