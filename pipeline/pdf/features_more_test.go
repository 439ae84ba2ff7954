package pdf

import (
	"testing"

	"jixiao/pipeline/wordmodel/fieldtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
	"jixiao/pipeline/wordmodel/storytest"
)

// The corpus' fixtures of what templates hold besides formatting, where
// content is most easily lost: content controls, tracked changes, smart
// tags, comments, VML drawings as WPS and older Word write them, fields
// whose saved result is their text.

func moreFeatures(t testing.TB) []feature {
	return []feature{
		{name: "content-controls", body: `<w:sdt><w:sdtPr><w:alias w:val="单位名称"/><w:tag w:val="unit"/><w:id w:val="-1524861722"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder></w:sdtPr><w:sdtContent>` +
			para("", run("", "块级控件里的段落")) + `</w:sdtContent></w:sdt>` +
			para("", run("", "填写："), `<w:sdt><w:sdtPr><w:id w:val="1290864871"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:text/></w:sdtPr><w:sdtContent>`+run("", "沁源县财政局")+`</w:sdtContent></w:sdt>`, run("", "。")) +
			para("", `<w:sdt><w:sdtPr><w:id w:val="-2083364011"/><w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>`+
				run(`<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>`, "☒")+`</w:sdtContent></w:sdt>`, run("", "已核实"))},
		{name: "tracked-changes", body: para("", run("", "原有文字"), `<w:ins w:id="1" w:author="财政局" w:date="2024-03-15T09:00:00Z">`+run("", "插入的文字")+`</w:ins>`,
			`<w:del w:id="2" w:author="财政局" w:date="2024-03-15T09:01:00Z"><w:r w:rsidDel="0057B9E4"><w:delText>删除的内容</w:delText></w:r></w:del>`, run("", "结尾。"))},
		{name: "smart-tags", body: para("", run("", "涉及金额"), `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv"><w:smartTagPr><w:attr w:name="TCSC" w:val="0"/><w:attr w:name="NumberType" w:val="1"/><w:attr w:name="Negative" w:val="False"/><w:attr w:name="HasSpace" w:val="False"/><w:attr w:name="SourceValue" w:val="3"/><w:attr w:name="UnitName" w:val="万元"/></w:smartTagPr>`+
			run("", "3")+run("", "万元")+`</w:smartTag>`, run("", "，"), `<w:proofErr w:type="spellStart"/>`, run("", "qinyuan"), `<w:proofErr w:type="spellEnd"/>`, run("", "。"))},
		{name: "comments", body: para("", `<w:commentRangeStart w:id="0"/>`, run("", "有批注的文字"), `<w:commentRangeEnd w:id="0"/>`, `<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:commentReference w:id="0"/></w:r>`, run("", "之后。")),
			parts: map[string]string{"word/comments.xml": story("comments", `<w:comment w:id="0" w:author="审核" w:date="2024-03-15T09:00:00Z" w:initials="审">`+para("", run("", "批注内容不印出"))+`</w:comment>`)}},
		{name: "vml-textbox", wps: true, body: wpsPara("", wpsRun("", "左侧文字"), st.Pict(`<v:shape id="文本框 2" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:250pt;margin-top:0pt;height:50pt;width:120pt;mso-wrap-distance-left:9pt;mso-wrap-distance-right:9pt;z-index:251659264;" fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:stroke color="#000000"/><v:textbox><w:txbxContent>`+
			wpsPara("", wpsRun("", "框中文字"))+`</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>`)) + wpsPara("", wpsRun("", sample))},
		{name: "vml-picture", body: para(`<w:jc w:val="center"/>`, `<w:r><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:60pt;height:30pt"><v:imagedata r:id="rIdimage1" o:title=""/></v:shape></w:pict></w:r>`) + text("旧版 Word 的图片"),
			parts: map[string]string{"word/media/image1.png": string(sealtest.PNG(t, 60, 30, sealtest.Red))}},
		{name: "result-fields", body: para("", run("", "年度："), fieldtest.Complex("2023", ` MERGEFIELD  年度  \* MERGEFORMAT `), run("", "，引用："), `<w:bookmarkStart w:id="5" w:name="单位"/>`, run("", "财政局"), `<w:bookmarkEnd w:id="5"/>`,
			fieldtest.Complex("财政局", ` REF 单位 \h `), run("", "，"), fieldtest.Simple(` DOCPROPERTY  Company `, "沁源县"))},
		{name: "text-box-word", body: para("", run("", "文本框"), st.TextBox(st.Anchor{H: "margin", V: "paragraph", X: 3200000, Y: 0, CX: 2000000, CY: 700000}, "文本框 9", para("", run("", "有替代内容的框")), `>`)) + text(sample)},
		{name: "wps-page-number", wps: true, body: wpsPara("", wpsRun("", "第一页")) + wpsPara("", `<w:r><w:br w:type="page"/></w:r>`) + wpsPara("", wpsRun("", "第二页")),
			sect:  `<w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{"word/footer1.xml": story("ftr", storytest.PageNumberBox("center"))}},
		{name: "wps-table", wps: true, body: `<w:tbl><w:tblPr><w:tblStyle w:val="af2"/><w:tblW w:w="8834" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" w:sz="4" w:space="0"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2944"/><w:gridCol w:w="2945"/><w:gridCol w:w="2945"/></w:tblGrid>` +
			`<w:tr><w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/><w:tblHeader/></w:trPr>` + cell(5889, wpsPara(`<w:jc w:val="center"/>`, wpsRun(`<w:b/>`, "项目")), `<w:gridSpan w:val="2"/><w:vAlign w:val="center"/>`) + cell(2945, wpsPara(`<w:jc w:val="center"/>`, wpsRun(`<w:b/>`, "金额")), `<w:vAlign w:val="center"/>`) + `</w:tr>` +
			`<w:tr>` + cell(2944, wpsPara("", wpsRun("", "教育")), `<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>`) + cell(2945, wpsPara("", wpsRun("", "校舍维修"))) + cell(2945, wpsPara(`<w:jc w:val="right"/>`, wpsRun("", "120.00"))) + `</w:tr>` +
			`<w:tr>` + cell(2944, wpsPara(""), `<w:vMerge w:val="continue"/><w:vAlign w:val="center"/>`) + cell(2945, wpsPara("", wpsRun("", "营养餐"))) + cell(2945, wpsPara(`<w:jc w:val="right"/>`, wpsRun("", "88.50"))) + `</w:tr></w:tbl>` +
			wpsPara("", wpsRun("", "表后文字"))},
		{name: "red-rule", body: para(`<w:jc w:val="center"/>`, run(`<w:color w:val="FF0000"/><w:sz w:val="72"/>`, "沁源县财政局文件")) + para("", st.RedRule(200000)) + text(sample)},
	}
}
