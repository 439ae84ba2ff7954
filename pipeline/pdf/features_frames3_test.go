package pdf

import (
	"strings"
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of drop caps outside the body (a header's, a text
// box's) and of cell spacing set in units Word takes as none.

// dropCap is the framed paragraph Word 2016's 插入 › 首字下沉 writes for
// letter, of kind drop (下沉) or margin (悬挂), over three lines of this
// template's 三号 text: the letter 74 pt, lowered 5.5 pt in a line of
// exact height, 0.2 cm (113 twips) from the text; pPr is the paragraph's
// style as the story's next one has it.
func dropCap(kind, pPr, letter string) string {
	return dropCapSized(kind, pPr, letter, "1133", "148", "-11")
}

// dropCapSized is dropCap for text of another size: Word makes the
// letter's exact line (line, twips) the three lines' height, its size
// (half-points) and its lowering to fit them.
func dropCapSized(kind, pPr, letter, line, size, lower string) string {
	rPr := `<w:position w:val="` + lower + `"/><w:sz w:val="` + size + `"/>`
	return para(pPr+`<w:keepNext/><w:framePr w:dropCap="`+kind+`" w:lines="3" w:hSpace="113" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>`+
		`<w:spacing w:line="`+line+`" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:textAlignment w:val="baseline"/><w:rPr>`+rPr+`</w:rPr>`,
		run(rPr, letter))
}

func frames3Features(t testing.TB) []feature {
	const mm = 36000
	// A clerk's 页眉 set left, without its rule.
	headerLeft := `<w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr><w:jc w:val="left"/>`
	box := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 0, CX: 130 * mm, CY: 60 * mm, Wrap: `wp:wrapTopAndBottom`}
	inBox := dropCap("drop", "", "沁") + para("", run("", long+long))
	boxShape := st.Shape(box, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", inBox, ">")
	marginShape := st.Shape(box, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", dropCap("margin", "", "沁")+para("", run("", long+long)), ` lIns="540000">`)
	boxVML := `<w:pict><v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:28.35pt;margin-top:0;width:368.5pt;height:170.1pt;z-index:251659264;mso-position-horizontal-relative:margin" fillcolor="white" strokeweight=".5pt"><v:textbox><w:txbxContent>` +
		inBox + `</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>`
	// Word 2016's nested table dragged by its handle in a text box's
	// table: Word lays it out in the cell's flow all the same.
	nestBox := st.Anchor{H: "margin", V: "paragraph", X: 10 * mm, Y: 0, CX: 120 * mm, CY: 40 * mm, Wrap: `wp:wrapTopAndBottom`}
	nested := table([]int{2500}, `<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="page" w:tblpX="6000" w:tblpY="200"/>`,
		row("", cell(2500, para("", run("", "套表")))))
	outer := table([]int{3000, 3500}, "", row("", cell(3000, para("", run("", "格前"))+nested+para("", run("", "格后"))), cell(3500, para("", run("", "右格")))))
	nestShape := st.Shape(nestBox, "rect", "", st.Fill("FFFFFF")+st.Ln(9525, "", "", "000000"), "", outer+para("", run("", "框尾")), ">")
	spaced := func(unit string) string {
		return table([]int{2000, 3000, 3834}, `<w:tblCellSpacing w:w="100" w:type="`+unit+`"/>`,
			row("", cell(2000, para("", run("", "序号"))), cell(3000, para("", run("", "项目"))), cell(3834, para("", run("", "金额")))),
			row("", cell(2000, para("", run("", "1"))), cell(3000, para("", run("", "项目甲"))), cell(3834, para("", run("", "100.00")))))
	}
	return []feature{
		{name: "header-drop-cap", body: text(long) + text(sample),
			sect: `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", dropCapSized("drop", headerLeft, "沁", "702", "58", "-4")+
				para(headerLeft, run("", "源县财政局二〇二三年度部门整体支出绩效自评报告。页眉中的首字下沉占三行，其余文字在它右边；"+long+long)))}},
		// WPS's 首字下沉 in a footer: its framePr names no hSpace (0.2 cm
		// is Word's), its letter's run repeats the mark's properties.
		{name: "footer-drop-cap-wps", wps: true, body: wpsPara("", wpsRun("", long)) + wpsPara("", wpsRun("", sample)),
			sect: `<w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{"word/footer1.xml": story("ftr", wpsPara(`<w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="720" w:lineRule="exact"/><w:textAlignment w:val="baseline"/>`,
				wpsRun(`<w:position w:val="-7"/><w:sz w:val="96"/>`, "注"))+
				wpsPara(`<w:jc w:val="left"/>`, wpsRun(`<w:sz w:val="21"/>`, "：本报告由沁源县财政局编制，页脚中的首字下沉占两行，其余文字在它右边，"+long+long)))}},
		{name: "text-box-drop-cap-margin", body: para("", run("", "下面的文本框中有悬挂的首字。"), st.Run(box.Drawing(3, "文本框 3", marginShape), "")) + text(sample)},
		{name: "text-box-drop-cap", body: para("", run("", "下面的文本框中有首字下沉。"), st.Run(box.Drawing(2, "文本框 2", boxShape), boxVML)) + text(sample)},
		// A clerk's style made from a drop cap (新建样式 from the letter):
		// Word keeps its frame, exact line and lowered 74 pt type in the
		// style, the paragraph naming only it.
		{name: "style-drop-cap", body: para(`<w:pStyle w:val="af4"/>`, run("", "沁")) + text(long+long) + text(sample),
			parts: map[string]string{"word/styles.xml": strings.Replace(wordStyles(false), "</w:styles>", `<w:style w:type="paragraph" w:customStyle="1" w:styleId="af4"><w:name w:val="首字"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:hSpace="113" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1133" w:lineRule="exact"/><w:textAlignment w:val="baseline"/></w:pPr><w:rPr><w:position w:val="-11"/><w:sz w:val="148"/></w:rPr></w:style></w:styles>`, 1)}},
		{name: "box-nested-float-table", body: para("", run("", "下面的文本框中，表格里套着一张浮动表格。"), st.Run(nestBox.Drawing(3, "文本框 3", nestShape), "")) + text(sample)},
		{name: "table-cell-drop-cap", body: text("表格中的首字下沉：") + table([]int{1800, 7034}, "",
			row("", cell(1800, para("", run("", "说明"))), cell(7034, dropCap("drop", "", "沁")+para("", run("", long+long))))) + text(sample)},
		// Word 2016's 插入对齐制表符 in a table's cells: 单位 then 万元 at the
		// cell's right; 合计 centred; a right tab stop at 3 cm.
		{name: "table-cell-alignment-tab", body: text("表格中的对齐方式制表符：") + table([]int{5000, 3834}, "",
			row("", cell(5000, para("", run("", "单位"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>`, run("", "万元"))+
				para("", `<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>`, run("", "合计"))),
				cell(3834, para(`<w:tabs><w:tab w:val="right" w:pos="1701"/></w:tabs>`, run("", "金额"), `<w:r><w:tab/></w:r>`, run("", "120"))))) + text(sample)},
		{name: "table-cell-spacing-units", body: text("百分比、自动和无：") + spaced("pct") + text("自动：") + spaced("auto") + text("无：") +
			strings.Replace(spaced("nil"), `<w:tr w:rsidR="00A41C2E" w:rsidTr="003F1C2E">`, `<w:tr w:rsidR="00A41C2E" w:rsidTr="003F1C2E"><w:tblPrEx><w:tblCellSpacing w:w="57" w:type="pct"/></w:tblPrEx>`, 1) + text(sample)},
	}
}
