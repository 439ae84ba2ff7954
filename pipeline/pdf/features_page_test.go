package pdf

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/fieldtest"
	"jixiao/pipeline/wordmodel/picturetest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// The corpus' fixtures of numbering, sections, stories, pictures,
// drawings, links, fields and tables.

func pageFeatures(t testing.TB) []feature {
	png := func(c color.Color) string { return string(sealtest.PNG(t, 60, 30, c)) }
	red, blue := png(sealtest.Red), png(sealtest.Blue)
	return []feature{
		{name: "numbering-chinese", parts: map[string]string{"word/numbering.xml": numbering(
			abstractNum(0, lvl(0, "chineseCounting", "%1、", 0), lvl(1, "chineseCounting", "（%2）", 0), lvl(2, "decimal", "%3.", 0)),
			abstractNum(1, lvl(0, "chineseCountingThousand", "第%1条", 0)), abstractNum(2, lvl(0, "ideographTraditional", "%1、", 0)),
			abstractNum(3, lvl(0, "decimalEnclosedCircleChinese", "%1", 0)))},
			body: listPara(1, 0, "基本情况") + listPara(1, 1, "事前评价") + listPara(1, 2, "项目概况") + listPara(1, 2, "评价结论") + listPara(1, 1, "绩效自评") +
				listPara(1, 0, "存在问题") + listPara(2, 0, "条款") + listPara(2, 0, "条款") + listPara(3, 0, "天干") + listPara(4, 0, "圈号") + listPara(4, 0, "圈号")},
		{name: "numbering-latin", wps: true, parts: map[string]string{"word/numbering.xml": numbering(
			abstractNum(0, lvl(0, "decimal", "%1.", 0), lvl(1, "lowerLetter", "%2)", 0)), abstractNum(1, lvl(0, "upperRoman", "%1.", 0), lvl(1, "lowerRoman", "(%2)", 0)),
			abstractNum(2, lvl(0, "bullet", "", 0xF06C), lvl(1, "bullet", "■", 0)), abstractNum(3, lvl(0, "upperLetter", "%1.", 0)))},
			body: listPara(1, 0, "第一项") + listPara(1, 1, "子项") + listPara(1, 1, "子项") + listPara(1, 0, "第二项") + listPara(2, 0, "罗马") + listPara(2, 1, "小罗马") +
				listPara(3, 0, "项目符号") + listPara(3, 1, "方块符号") + listPara(4, 0, "大写字母") + listPara(4, 0, "大写字母")},
		{name: "numbering-restart", parts: map[string]string{"word/numbering.xml": numbering(abstractNum(0, lvl(0, "decimal", "%1.", 0), lvl(1, "decimal", "%1.%2", 0)) +
			"|" + `<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="640" w:hanging="640"/></w:pPr></w:lvl></w:lvlOverride></w:num>`)},
			body: listPara(1, 0, "一") + listPara(1, 1, "一点一") + listPara(1, 0, "二") + listPara(2, 0, "重新编号") + listPara(2, 0, "再一项") + listPara(3, 0, "改写格式从五开始")},
		{name: "section-landscape", body: text(sample) + para(`<w:sectPr w:rsidR="00A41C2E" w:rsidSect="00A41C2E">`+a4Page+`</w:sectPr>`, run("", "纵向页最后一段")) + text("横向附件页，宽页面容纳更长的一行文字，横排表格常放在这里。"),
			page: `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1984" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>`},
		{name: "page-size-margins", body: text(long) + text(sample),
			page: `<w:pgSz w:w="10318" w:h="14570"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>`},
		{name: "columns", body: strings.Repeat(text(long), 3),
			page: strings.Replace(a4Page, `<w:cols w:space="425"/>`, `<w:cols w:num="2" w:space="425"/>`, 1)},
		{name: "doc-grid", body: text(long) + text(sample),
			page: strings.Replace(a4Page, `<w:docGrid w:type="lines" w:linePitch="579"/>`, `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>`, 1)},
		{name: "title-page", body: text("封面页") + para("", `<w:r><w:br w:type="page"/></w:r>`) + text("第二页正文"),
			sect:  `<w:headerReference w:type="default" r:id="rIdheader1"/><w:headerReference w:type="first" r:id="rIdheader2"/><w:titlePg/>`,
			parts: map[string]string{"word/header1.xml": header("普通页眉"), "word/header2.xml": header("首页页眉")}},
		{name: "even-headers", settings: `<w:evenAndOddHeaders/>`,
			body: text("第一页") + para("", `<w:r><w:br w:type="page"/></w:r>`) + text("第二页") + para("", `<w:r><w:br w:type="page"/></w:r>`) + text("第三页"),
			sect: `<w:headerReference w:type="even" r:id="rIdheader1"/><w:headerReference w:type="default" r:id="rIdheader2"/><w:footerReference w:type="even" r:id="rIdfooter1"/><w:footerReference w:type="default" r:id="rIdfooter2"/>`,
			parts: map[string]string{"word/header1.xml": header("偶数页页眉"), "word/header2.xml": header("奇数页页眉"),
				"word/footer1.xml": footer(`<w:jc w:val="left"/>`, pageField()), "word/footer2.xml": footer(`<w:jc w:val="right"/>`, pageField())}},
		{name: "linked-headers", body: text("第一节") + para(`<w:sectPr w:rsidR="00A41C2E">`+`<w:headerReference w:type="default" r:id="rIdheader1"/>`+a4Page+`</w:sectPr>`, run("", "第一节末")) +
			text("第二节沿用第一节的页眉，横向。"),
			page:  strings.Replace(strings.Replace(a4Page, `w:w="11906" w:h="16838"`, `w:w="16838" w:h="11906" w:orient="landscape"`, 1), `w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"`, `w:top="1588" w:right="2098" w:bottom="1474" w:left="1984"`, 1),
			parts: map[string]string{"word/header1.xml": header("沁源县财政局文件")}},
		{name: "footnotes", body: para("", run("", "正文有脚注"), noteRef("footnote", 1), run("", "，还有一个"), noteRef("footnote", 2), run("", "。")),
			parts: map[string]string{"word/footnotes.xml": notes("footnote", "第一个脚注的内容。", "第二个脚注。")}},
		{name: "endnotes", body: para("", run("", "正文有尾注"), noteRef("endnote", 1), run("", "。")) + text(sample),
			parts: map[string]string{"word/endnotes.xml": notes("endnote", "尾注在文末。")}},
		{name: "picture-inline", body: para(`<w:jc w:val="center"/>`, picture("rIdimage1", 1, 1143000, 571500)) + para(`<w:jc w:val="center"/>`, run("", "图1 示意图")),
			parts: map[string]string{"word/media/image1.png": red}},
		{name: "picture-anchored", body: text(long) + para(`<w:jc w:val="right"/>`, run("", "沁源县财政局"), sealtest.Float{Anchor: st.Anchor{H: "column", V: "paragraph", X: 3600000, Y: -300000, CX: 1080000, CY: 1080000}}.Run(2, "公章", "rIdimage1")) + text(sample),
			parts: map[string]string{"word/media/image1.png": red}},
		{name: "picture-header-footer", body: text(sample),
			sect: `<w:headerReference w:type="default" r:id="rIdheader1"/><w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", para(`<w:pStyle w:val="a3"/>`, picture("rIdimage1", 11, 571500, 285750), run("", "县财政局"))),
				"word/_rels/header1.xml.rels": imageRels("media/image1.png"), "word/media/image1.png": blue,
				"word/footer1.xml":            story("ftr", para(`<w:pStyle w:val="a5"/>`, sealtest.Float{Anchor: st.Anchor{H: "margin", V: "paragraph", AlignX: "right", CX: 571500, CY: 285750}}.Run(12, "页脚图", "rIdimage1"), run("", "页脚"))),
				"word/_rels/footer1.xml.rels": imageRels("media/image2.png"), "word/media/image2.png": red}},
		{name: "picture-table-cell", body: table([]int{4417, 4417}, "", row("", cell(4417, para("", run("", "单位（盖章）"))), cell(4417, para(`<w:jc w:val="center"/>`, picture("rIdimage1", 3, 720000, 360000))))) + text(sample),
			parts: map[string]string{"word/media/image1.png": blue}},
		{name: "picture-cell-line", body: table([]int{4417, 4417}, "",
			row("", cell(4417, para("", run("", "负责人："), picture("rIdimage1", 4, 540000, 216000), run("", "（签字）"))), cell(4417, para("", run("", "单位")))),
			row("", cell(4417, para("", run("", "签名"), picture("rIdimage1", 5, 720000, 432000), run("", "日期"))), cell(4417, para(`<w:jc w:val="center"/>`, run("", "甲"), picture("rIdimage1", 6, 180000, 180000), picture("rIdimage1", 7, 180000, 180000), run("", "乙"))))) + text(sample),
			parts: map[string]string{"word/media/image1.png": blue}},
		{name: "table-grid-before-after", body: text("行首、行尾空出的列：") + table([]int{2000, 3000, 3834}, `<w:tblBorders><w:top w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="12" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>`,
			row("", cell(2000, para("", run("", "序号"))), cell(3000, para("", run("", "项目"))), cell(3834, para("", run("", "金额")))),
			row(`<w:gridBefore w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/>`, cell(3000, para("", run("", "首列空出"))), cell(3834, para("", run("", "100.00")))),
			row(`<w:gridAfter w:val="1"/><w:wAfter w:w="3834" w:type="dxa"/>`, cell(2000, para("", run("", "2"))), cell(3000, para("", run("", "末列空出")))),
			row(`<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/><w:wAfter w:w="3834" w:type="dxa"/>`, cell(3000, para("", run("", "两头空出")))),
			row("", cell(2000, para("", run("", "3"))), cell(3000, para("", run("", "合计"))), cell(3834, para("", run("", "300.00"))))) + text(sample)},
		{name: "table-cell-spacing", body: text("单元格间距：") + table([]int{2000, 3000, 3834}, `<w:tblCellSpacing w:w="57" w:type="dxa"/>`,
			row("", cell(2000, para("", run("", "序号"))), cell(3000, para("", run("", "项目"))), cell(3834, para("", run("", "金额")))),
			row("", cell(2000, para("", run("", "1"))), cell(3000, para("", run("", "项目甲"))), cell(3834, para("", run("", "100.00")))),
			row(`<w:tblCellSpacing w:w="113" w:type="dxa"/>`, cell(2000, para("", run("", "2"))), cell(3000, para("", run("", "项目乙"))), cell(3834, para("", run("", "200.00"))))) + text(sample)},
		{name: "shape-inline-line", body: para("", run("", "正文中的标记"), st.Run(st.Anchor{CX: 288000, CY: 144000}.Inline(41, "矩形 41",
			st.Shape(st.Anchor{CX: 288000, CY: 144000}, "rect", "", st.Fill("FF0000")+st.Ln(6350, "", "", "000000"), st.Style(false), "", "")), ""), run("", "在文字中间。")) +
			table([]int{4417, 4417}, "", row("", cell(4417, para("", run("", "完成"), st.Run(st.Anchor{CX: 216000, CY: 216000}.Inline(42, "矩形 42",
				st.Shape(st.Anchor{CX: 216000, CY: 216000}, "rect", "", st.Fill("0070C0")+st.Ln(6350, "", "", "000000"), st.Style(false), "", "")), ""), run("", "未完成"))), cell(4417, para("", run("", "说明"))))) + text(sample)},
		{name: "table-cell-fit-text", body: table([]int{2000, 6834}, "", row("", cell(2000, para("", run("", "单位")), `<w:tcFitText/>`), cell(6834, para("", run("", "沁源县财政局")))),
			row("", cell(2000, para("", run("", "联系人及电话")), `<w:tcFitText/>`), cell(6834, para("", run("", "张三"))))) + text(sample)},
		{name: "horizontal-in-vertical-cell", body: table([]int{4417, 4417}, "", row("", cell(4417, para("", run("", "完成于"), run(`<w:eastAsianLayout w:id="7" w:vert="1" w:vertCompress="1"/>`, "12"), run("", "月"))), cell(4417, para("", run("", "说明"))))) + text(sample)},
		{name: "shapes", body: para("", run("", "下面是一条红线和一个矩形。"), st.Run(st.Anchor{H: "margin", V: "paragraph", Y: 500000, CX: 5600000, CY: 0}.Drawing(4, "直接连接符 4",
			st.Shape(st.Anchor{CX: 5600000}, "line", "", st.Ln(19050, "", "", "FF0000"), st.Style(false), "", "")), ""),
			st.Run(st.Anchor{H: "margin", V: "paragraph", X: 1800000, Y: 800000, CX: 1800000, CY: 720000}.Drawing(5, "矩形 5",
				st.Shape(st.Anchor{CX: 1800000, CY: 720000}, "rect", "", st.Fill("none")+st.Ln(12700, "", "", "000000"), st.Style(false), "", "")), "")) +
			strings.Repeat(text(sample), 4)},
		{name: "text-box", body: para("", run("", "文本框在右边。"), st.Run(st.Anchor{H: "margin", V: "paragraph", X: 3200000, Y: 0, CX: 2000000, CY: 800000, Wrap: "wp:wrapSquare wrapText=\"bothSides\""}.Drawing(6, "文本框 6",
			st.Shape(st.Anchor{CX: 2000000, CY: 800000}, "rect", "", st.Fill("FFFFFF")+st.Ln(6350, "", "", "000000"), "", para("", run("", "框内的文字")), "")), "")) + text(sample)},
		{name: "hyperlinks", links: map[string]string{"rIdlink1": "http://www.qinyuan.gov.cn/", "rIdlink2": "https://czj.example.cn/gk?id=2023"},
			body: para("", run("", "详见"), `<w:hyperlink r:id="rIdlink1" w:history="1">`+run(`<w:rStyle w:val="ac"/>`, "沁源县人民政府网站")+`</w:hyperlink>`, run("", "。")) +
				para("", `<w:hyperlink r:id="rIdlink2" w:history="1">`+run(`<w:rStyle w:val="ac"/><w:rFonts w:ascii="Times New Roman"/>`, "czj.example.cn")+`</w:hyperlink>`)},
		{name: "page-fields", body: text("第一页") + para("", `<w:r><w:br w:type="page"/></w:r>`) + text("第二页"),
			sect:  `<w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{"word/footer1.xml": footer(`<w:jc w:val="center"/>`, run("", "第")+pageField()+run("", "页 共")+fieldtest.Complex("2", " NUMPAGES ", `\* MERGEFORMAT `)+run("", "页 本节")+fieldtest.Complex("2", " SECTIONPAGES ")+run("", "页"))}},
		{name: "toc", body: tocBody()},
		{name: "table-merges", body: table([]int{2000, 2000, 2000, 2834}, "",
			row("", cell(4000, para("", run("", "横向合并")), `<w:gridSpan w:val="2"/>`), cell(2000, para("", run("", "纵向合并")), `<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>`), cell(2834, para("", run("", "丁")))),
			row("", cell(2000, para("", run("", "甲"))), cell(2000, para("", run("", "乙"))), cell(2000, para(""), `<w:vMerge/>`), cell(2834, para("", run("", "戊")))),
			row("", cell(2000, para("", run("", "己")), `<w:vMerge w:val="restart"/>`), cell(4000, para("", run("", "两格两行")), `<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`), cell(2834, para("", run("", "庚")))),
			row("", cell(2000, para(""), `<w:vMerge/>`), cell(4000, para(""), `<w:gridSpan w:val="2"/><w:vMerge/>`), cell(2834, para("", run("", "辛")))))},
		{name: "table-header-rows", body: table([]int{1500, 4834, 2500}, "", append([]string{row(`<w:tblHeader/>`, cell(1500, para("", run(`<w:b/>`, "序号"))), cell(4834, para("", run(`<w:b/>`, "项目名称"))), cell(2500, para("", run(`<w:b/>`, "金额（万元）"))))}, bodyRows(40)...)...)},
		{name: "table-row-heights", body: table([]int{4417, 4417}, "",
			row(`<w:trHeight w:val="1134" w:hRule="exact"/>`, cell(4417, para("", run("", "固定值行"))), cell(4417, para("", run("", "二厘米")))),
			row(`<w:trHeight w:val="567" w:hRule="atLeast"/>`, cell(4417, para("", run("", "最小值行，文字多时行会长高，这一格的文字较多需要折行显示"))), cell(4417, para("", run("", "一厘米")))),
			row(`<w:trHeight w:val="400"/>`, cell(4417, para("", run("", "默认"))), cell(4417, para("", run("", "最小值")))))},
	}
}

// lvl is a numbering level of format and text (a bullet's text is the
// symbol char from Wingdings where sym is set), indented two characters
// a level, as Word's 定义新编号格式 writes it.
func lvl(ilvl int, format, text string, sym rune) string {
	rPr := `<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>`
	if sym != 0 {
		text = string(sym)
		rPr = `<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr>`
	}
	return fmt.Sprintf(`<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="640"/></w:pPr>%s</w:lvl>`,
		ilvl, format, text, 640*(ilvl+1), rPr)
}

// abstractNum is a multi-level list definition of levels.
func abstractNum(id int, levels ...string) string {
	return fmt.Sprintf(`<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1A2B3C%02d"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="5E6F7A%02d"/>%s</w:abstractNum>`, id, id, id, strings.Join(levels, ""))
}

// numbering is numbering.xml of abstracts, each given a w:num numbered
// from 1; after a | in an abstract, w:num elements of the fixture's own.
func numbering(abstracts ...string) string {
	var defs, nums strings.Builder
	for i, a := range abstracts {
		a, more, _ := strings.Cut(a, "|")
		defs.WriteString(a)
		fmt.Fprintf(&nums, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>`, i+1, i)
		nums.WriteString(more)
	}
	return xmlHead + `<w:numbering ` + wordNS + `>` + defs.String() + nums.String() + `</w:numbering>`
}

// listPara is a paragraph of list num at level ilvl.
func listPara(num, ilvl int, text string) string {
	return para(fmt.Sprintf(`<w:pStyle w:val="af1"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr><w:ind w:firstLineChars="0"/>`, ilvl, num), run("", text))
}

func header(text string) string {
	return story("hdr", para(`<w:pStyle w:val="a3"/>`, run("", text)))
}

func footer(pPr, runs string) string {
	return story("ftr", para(`<w:pStyle w:val="a5"/>`+pPr, runs))
}

// pageField is a PAGE field as Word's 插入页码 writes it, its saved
// result 1.
func pageField() string { return fieldtest.Complex("1", " PAGE ", `\* MERGEFORMAT `) }

func imageRels(target string) string {
	return xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel("rIdimage1", "image", target) + `</Relationships>`
}

// noteRef is a footnote's or endnote's reference mark in the text.
func noteRef(kind string, id int) string {
	style := map[string]string{"footnote": "a9", "endnote": "ab"}[kind]
	return fmt.Sprintf(`<w:r><w:rPr><w:rStyle w:val="%s"/></w:rPr><w:%sReference w:id="%d"/></w:r>`, style, kind, id)
}

// notes is footnotes.xml or endnotes.xml with Word's two separators and
// a note of each text, numbered from 1.
func notes(kind string, texts ...string) string {
	style := map[string]string{"footnote": "a7", "endnote": "aa"}[kind]
	ref := map[string]string{"footnote": "a9", "endnote": "ab"}[kind]
	b := fmt.Sprintf(`<w:%[1]s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%[1]s><w:%[1]s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%[1]s>`, kind)
	for i, t := range texts {
		b += fmt.Sprintf(`<w:%s w:id="%d">`, kind, i+1) + para(`<w:pStyle w:val="`+style+`"/>`, `<w:r><w:rPr><w:rStyle w:val="`+ref+`"/></w:rPr><w:`+kind+`Ref/></w:r>`, run("", " "+t)) + `</w:` + kind + `>`
	}
	return story(kind+"s", b)
}

// picture is an inline picture's run (嵌入型), cx by cy EMU.
func picture(rel string, id, cx, cy int) string {
	return picturetest.Inline(rel, id, cx, cy, "", picturetest.Stretched, picturetest.Rect)
}

// table is a table of Word's 网格型 style, its grid widths (twips).
func table(widths []int, tblPr string, rows ...string) string {
	grid := ""
	for _, w := range widths {
		grid += fmt.Sprintf(`<w:gridCol w:w="%d"/>`, w)
	}
	return `<w:tbl><w:tblPr><w:tblStyle w:val="af2"/><w:tblW w:w="0" w:type="auto"/>` + tblPr + `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>` + grid + `</w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}

func row(trPr string, cells ...string) string {
	r := `<w:tr w:rsidR="00A41C2E" w:rsidTr="003F1C2E">`
	if trPr != "" {
		r += `<w:trPr>` + trPr + `</w:trPr>`
	}
	return r + strings.Join(cells, "") + `</w:tr>`
}

func cell(w int, content string, tcPr ...string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>`, w, strings.Join(tcPr, ""), content)
}

// bodyRows are n rows of a project list.
func bodyRows(n int) []string {
	rows := make([]string, n)
	for i := range rows {
		rows[i] = row("", cell(1500, para(`<w:jc w:val="center"/>`, run("", fmt.Sprint(i+1)))), cell(4834, para("", run("", fmt.Sprintf("第%d个重点项目", i+1)))), cell(2500, para(`<w:jc w:val="right"/>`, run("", fmt.Sprintf("%d.00", 100+i*7)))))
	}
	return rows
}

// tocBody is a TOC as Word's 引用 › 目录 › 自动目录 writes it (each line a
// w:hyperlink to its heading's _Toc bookmark, its page a PAGEREF with
// Word's stale saved number), then the headings on later pages.
func tocBody() string {
	entries := []struct{ style, text, mark string }{{"1", "一、基本情况", "_Toc153450001"}, {"2", "（一）事前评价", "_Toc153450002"}, {"1", "二、存在问题", "_Toc153450003"}}
	var b strings.Builder
	b.WriteString(para(`<w:jc w:val="center"/>`, run("", "目录")))
	for i, e := range entries {
		b.WriteString(`<w:p w:rsidR="00D21A6B" w:rsidRDefault="00A41C2E"><w:pPr><w:pStyle w:val="` + e.style + `1"/><w:rPr><w:noProof/></w:rPr></w:pPr>`)
		if i == 0 {
			b.WriteString(fieldtest.Char("begin") + fieldtest.Instr(` TOC \o "1-3" \h \z \u `) + fieldtest.Char("separate"))
		}
		b.WriteString(`<w:hyperlink w:anchor="` + e.mark + `" w:history="1">` + run(`<w:rStyle w:val="ac"/><w:noProof/>`, e.text) + `<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>` +
			fieldtest.Complex("9", ` PAGEREF `+e.mark+` \h `) + `</w:hyperlink></w:p>`)
	}
	b.WriteString(para("", fieldtest.Char("end")))
	for i, e := range entries {
		b.WriteString(para(`<w:pStyle w:val="`+e.style+`"/><w:pageBreakBefore/>`, fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, i, e.mark), run("", e.text), fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, i)) + text(sample))
	}
	return b.String()
}
