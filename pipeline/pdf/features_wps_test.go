package pdf

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// wpsFeatures are features of issue #23 the corpus had only as Word
// writes them, here as WPS 2019 writes them: its fewer namespaces, no
// rsids, every run's w:rFonts w:hint="eastAsia", its paragraphs'
// w:kinsoku, w:adjustRightInd and w:snapToGrid, fields as runs of
// fldChar with the hint, a TOC's lines linked by a HYPERLINK \l field
// round a PAGEREF, and headers, footers and notes in parts of its own
// namespaces. Their differences from LibreOffice are in corpusKnown.
func wpsFeatures(t testing.TB) []feature {
	red := string(sealtest.PNG(t, 60, 30, sealtest.Red))
	return []feature{
		{name: "picture-anchored-wps", wps: true,
			body: wpsPara(wpsGrid, wpsRun("", long)) + wpsPara(wpsGrid+`<w:jc w:val="right"/>`, wpsRun("", "沁源县财政局"),
				sealtest.Float{WPS: true, Anchor: st.Anchor{H: "column", V: "paragraph", X: 3600000, Y: -300000, CX: 1080000, CY: 1080000}}.Run(2, "公章", "rIdimage1")) + wpsPara(wpsGrid, wpsRun("", sample)),
			parts: map[string]string{"word/media/image1.png": red}},
		{name: "text-box-wps", wps: true, body: wpsPara(wpsGrid, wpsRun("", "文本框在右边。"), wpsTextBox("框内的文字")) + wpsPara(wpsGrid, wpsRun("", sample))},
		{name: "sections-wps", wps: true,
			body: wpsPara("", wpsRun("", "第一节正文。")) +
				wpsPara(`<w:sectPr><w:footerReference w:type="default" r:id="rIdfooter1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:pgNumType w:fmt="decimal"/><w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="579" w:charSpace="0"/></w:sectPr>`, wpsRun("", "第一节末。")) +
				wpsPara("", wpsRun("", "第二节从新的一页开始，页码从 1 重新编起。")),
			sect:  `<w:footerReference w:type="default" r:id="rIdfooter1"/><w:type w:val="nextPage"/>`,
			page:  `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="579" w:charSpace="0"/>`,
			parts: map[string]string{"word/footer1.xml": wpsStory("ftr", wpsPara(`<w:pStyle w:val="a5"/><w:jc w:val="center"/>`, wpsRun("", "第"), wpsField(" PAGE  \\* MERGEFORMAT ", "1"), wpsRun("", "页")))}},
		{name: "headers-first-even-wps", wps: true, settings: `<w:evenAndOddHeaders/>`,
			body: wpsPara("", wpsRun("", "封面")) + wpsPara("", `<w:r><w:br w:type="page"/></w:r>`) + wpsPara("", wpsRun("", "第二页")) +
				wpsPara("", `<w:r><w:br w:type="page"/></w:r>`) + wpsPara("", wpsRun("", "第三页")),
			sect: `<w:headerReference w:type="first" r:id="rIdheader3"/><w:headerReference w:type="default" r:id="rIdheader2"/><w:headerReference w:type="even" r:id="rIdheader1"/>` +
				`<w:footerReference w:type="first" r:id="rIdfooter3"/><w:footerReference w:type="default" r:id="rIdfooter2"/><w:footerReference w:type="even" r:id="rIdfooter1"/><w:titlePg/>`,
			parts: map[string]string{"word/header1.xml": wpsStory("hdr", wpsPara(`<w:pStyle w:val="a3"/>`, wpsRun("", "偶数页页眉"))),
				"word/header2.xml": wpsStory("hdr", wpsPara(`<w:pStyle w:val="a3"/>`, wpsRun("", "奇数页页眉"))),
				"word/header3.xml": wpsStory("hdr", wpsPara(`<w:pStyle w:val="a3"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0"/></w:pBdr>`)),
				"word/footer1.xml": wpsStory("ftr", wpsPara(`<w:pStyle w:val="a5"/><w:jc w:val="left"/>`, wpsRun("", "第"), wpsField(" PAGE  \\* MERGEFORMAT ", "2"), wpsRun("", "页"))),
				"word/footer2.xml": wpsStory("ftr", wpsPara(`<w:pStyle w:val="a5"/><w:jc w:val="right"/>`, wpsRun("", "第"), wpsField(" PAGE  \\* MERGEFORMAT ", "1"), wpsRun("", "页"))),
				"word/footer3.xml": wpsStory("ftr", wpsPara(`<w:pStyle w:val="a5"/><w:jc w:val="center"/>`, wpsRun("", "首页页脚")))}},
		{name: "footnotes-wps", wps: true,
			body: wpsPara(wpsGrid, wpsRun("", "正文有脚注"), wpsNoteRef(1), wpsRun("", "，还有一个"), wpsNoteRef(2), wpsRun("", "。")) + wpsPara(wpsGrid, wpsRun("", sample)),
			parts: map[string]string{"word/footnotes.xml": wpsStory("footnotes", `<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`+
				`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`+
				wpsNote(1, "第一个脚注的内容。")+wpsNote(2, "第二个脚注。"))}},
		{name: "hyperlinks-wps", wps: true, links: map[string]string{"rIdlink1": "http://www.qinyuan.gov.cn/", "rIdlink2": "https://czj.example.cn/gk?id=2023"},
			body: wpsPara(wpsGrid, wpsRun("", "详见"), `<w:hyperlink r:id="rIdlink1">`+wpsRun(`<w:rStyle w:val="ac"/>`, "沁源县人民政府网站")+`</w:hyperlink>`, wpsRun("", "。")) +
				wpsPara(wpsGrid, `<w:hyperlink r:id="rIdlink2">`+wpsRun(`<w:rStyle w:val="ac"/>`, "czj.example.cn")+`</w:hyperlink>`)},
		{name: "paragraph-borders-wps", wps: true,
			body: wpsPara(`<w:pBdr><w:top w:val="single" w:color="auto" w:sz="4" w:space="1"/><w:left w:val="single" w:color="auto" w:sz="4" w:space="4"/><w:bottom w:val="single" w:color="auto" w:sz="4" w:space="1"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="4"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>`+wpsGrid, wpsRun("", "加边框和底纹的段落："+sample)) +
				wpsPara(`<w:pBdr><w:bottom w:val="double" w:color="FF0000" w:sz="6" w:space="1"/></w:pBdr>`+wpsGrid+`<w:jc w:val="center"/>`, wpsRun(`<w:color w:val="FF0000"/>`, "下边框为红色双线")) +
				wpsPara(wpsGrid, wpsRun("", sample))},
		{name: "toc-wps", wps: true, body: wpsTOC()},
		{name: "styles-wps", wps: true, parts: map[string]string{"word/styles.xml": wpsStyles()},
			body: wpsPara(`<w:pStyle w:val="2"/>`, wpsRun("", "一、基本情况")) + wpsPara(`<w:ind w:firstLine="640" w:firstLineChars="200"/>`+wpsGrid, wpsRun("", sample)) +
				wpsPara(`<w:pStyle w:val="3"/>`, wpsRun("", "（一）事前评价")) + wpsPara(`<w:ind w:firstLine="640" w:firstLineChars="200"/>`+wpsGrid, wpsRun("", long)) +
				wpsPara(`<w:ind w:firstLine="640" w:firstLineChars="200"/>`+wpsGrid, wpsRun("", "要点："), wpsRun(`<w:rStyle w:val="6"/>`, "加粗的黑体字"), wpsRun("", "与正文。"))},
		{name: "numbering-chinese-wps", wps: true, parts: map[string]string{"word/numbering.xml": wpsStory("numbering",
			wpsAbstractNum(0, "6A1C3B2E", "chineseCounting", "%1、", "nothing")+wpsAbstractNum(1, "1F2D4C5B", "chineseCounting", "（%1）", "nothing")+
				wpsAbstractNum(2, "3E4F5A6B", "decimal", "%1.", "space")+
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`)},
			body: wpsListPara(1, "基本情况") + wpsListPara(2, "事前评价") + wpsListPara(3, "项目概况") + wpsListPara(3, "评价结论") + wpsListPara(2, "绩效自评") + wpsListPara(1, "存在问题")},
	}
}

// wpsTextBox is a text box in the line's run as WPS 2019's 插入 › 文本框
// writes it: DrawingML in mc:Choice, its theme colours and WPS's
// bodyPr, and the same box again in VML in mc:Fallback.
func wpsTextBox(text string) string {
	content := `<w:txbxContent>` + wpsPara("", wpsRun("", text)) + `</w:txbxContent>`
	return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>` +
		`<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
		`<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>3200000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>` +
		`<wp:extent cx="2000000" cy="800000"/><wp:effectExtent l="4445" t="4445" r="14605" b="18415"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>` +
		`<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>` +
		`<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln><a:effectLst/></wps:spPr>` +
		`<wps:style><a:lnRef idx="0"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="dk1"/></a:fontRef></wps:style>` +
		`<wps:txbx>` + content + `</wps:txbx><wps:bodyPr rot="0" spcFirstLastPara="0" vertOverflow="overflow" horzOverflow="overflow" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" numCol="1" spcCol="0" rtlCol="0" fromWordArt="0" anchor="t" anchorCtr="0" forceAA="0" compatLnSpc="1"><a:noAutofit/></wps:bodyPr>` +
		`</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>` +
		`<v:shape id="_x0000_s1026" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:251.97pt;margin-top:0pt;height:62.99pt;width:157.48pt;mso-position-horizontal-relative:margin;z-index:251659264;mso-width-relative:page;mso-height-relative:page;" fillcolor="#FFFFFF [3201]" filled="t" stroked="t" coordsize="21600,21600">` +
		`<v:fill on="t" focussize="0,0"/><v:stroke weight="0.5pt" color="#000000" joinstyle="round"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/><v:textbox>` + content + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// wpsStyles is styles.xml as WPS 2019 writes it: its styles numbered in
// the order it lists them, so Normal is styleId 1 and heading 1 is 2
// (Chinese Word's 1 is heading 1), each style's uiPriority 0, Normal
// naming every script's font.
func wpsStyles() string {
	style := func(kind, id, name, extra, pPr, rPr string) string {
		s := `<w:style w:type="` + kind + `" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` + extra
		if pPr != "" {
			s += `<w:pPr>` + pPr + `</w:pPr>`
		}
		if rPr != "" {
			s += `<w:rPr>` + rPr + `</w:rPr>`
		}
		return s + `</w:style>`
	}
	return xmlHead + `<w:styles ` + wpsNS + `><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" w:defSemiHidden="1" w:defUIPriority="99" w:defLockedState="0"><w:lsdException w:qFormat="1" w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" w:name="Normal"/><w:lsdException w:qFormat="1" w:unhideWhenUsed="0" w:uiPriority="0" w:semiHidden="0" w:name="heading 1"/><w:lsdException w:qFormat="1" w:uiPriority="0" w:semiHidden="0" w:name="heading 2"/></w:latentStyles>` +
		strings.Replace(style("paragraph", "1", "Normal", `<w:qFormat/><w:uiPriority w:val="0"/>`, `<w:widowControl w:val="0"/><w:jc w:val="both"/>`,
			`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`), `w:type="paragraph"`, `w:type="paragraph" w:default="1"`, 1) +
		style("paragraph", "2", "heading 1", `<w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/>`, `<w:keepNext/><w:keepLines/><w:spacing w:line="579" w:lineRule="exact"/><w:outlineLvl w:val="0"/>`, `<w:rFonts w:eastAsia="黑体"/><w:kern w:val="44"/>`) +
		style("paragraph", "3", "heading 2", `<w:basedOn w:val="1"/><w:next w:val="1"/><w:unhideWhenUsed/><w:qFormat/><w:uiPriority w:val="0"/>`, `<w:keepNext/><w:keepLines/><w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:outlineLvl w:val="1"/>`, `<w:rFonts w:eastAsia="楷体_GB2312"/>`) +
		strings.Replace(style("character", "4", "Default Paragraph Font", `<w:semiHidden/><w:uiPriority w:val="0"/>`, "", ""), `w:type="character"`, `w:type="character" w:default="1"`, 1) +
		strings.Replace(style("table", "5", "Normal Table", `<w:semiHidden/><w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>`, "", ""), `w:type="table"`, `w:type="table" w:default="1"`, 1) +
		style("character", "6", "Strong", `<w:basedOn w:val="4"/><w:qFormat/><w:uiPriority w:val="0"/>`, "", `<w:rFonts w:eastAsia="黑体"/><w:b/>`) +
		`</w:styles>`
}

// wpsAbstractNum is a single-level list as WPS's 编号 writes it: its
// nsid and tmpl, w:tentative, the number's suffix, no indents of its own
// (the paragraph keeps Normal's first-line indent).
func wpsAbstractNum(id int, nsid, format, text, suff string) string {
	return fmt.Sprintf(`<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="%s"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="%s"/>`+
		`<w:lvl w:ilvl="0" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>`,
		id, nsid, nsid, format, suff, text)
}

func wpsListPara(numID int, text string) string {
	return wpsPara(fmt.Sprintf(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>`, numID)+wpsGrid, wpsRun("", text))
}

// wpsGrid is what WPS writes into a body paragraph's pPr: kinsoku, no
// adjustment of the right indent to the grid, snapped to the line grid.
const wpsGrid = `<w:kinsoku/><w:adjustRightInd w:val="0"/><w:snapToGrid/>`

// wpsStory is a header, footer or notes part as WPS writes it.
func wpsStory(el, content string) string {
	return xmlHead + `<w:` + el + ` ` + wpsNS + `>` + content + `</w:` + el + `>`
}

// wpsField is a complex field as WPS writes it: each run with the hint.
func wpsField(instr, result string) string {
	r := func(content string) string {
		return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>` + content + `</w:r>`
	}
	return r(`<w:fldChar w:fldCharType="begin"/>`) + r(`<w:instrText xml:space="preserve">`+strings.ReplaceAll(instr, `"`, "&quot;")+`</w:instrText>`) +
		r(`<w:fldChar w:fldCharType="separate"/>`) + r(`<w:t>`+result+`</w:t>`) + r(`<w:fldChar w:fldCharType="end"/>`)
}

func wpsNoteRef(id int) string {
	return fmt.Sprintf(`<w:r><w:rPr><w:rStyle w:val="a9"/><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, id)
}

func wpsNote(id int, text string) string {
	return fmt.Sprintf(`<w:footnote w:id="%d">`, id) + wpsPara(`<w:pStyle w:val="a7"/><w:snapToGrid w:val="0"/>`,
		`<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:footnoteRef/></w:r>`, wpsRun("", " "+text)) + `</w:footnote>`
}

// wpsTOC is 目录 as WPS's 引用 › 目录 writes it, then the headings, each
// on a page of its own: its lines repeat the style's right tab, each is
// a HYPERLINK \l field round the heading's text, a tab and a PAGEREF
// with a stale saved number (9).
func wpsTOC() string {
	entries := []struct{ style, text, mark string }{{"1", "一、基本情况", "_Toc30121"}, {"2", "（一）事前评价", "_Toc8573"}, {"1", "二、存在问题", "_Toc17906"}}
	var b strings.Builder
	b.WriteString(wpsPara(`<w:jc w:val="center"/>`, wpsRun("", "目录")))
	for i, e := range entries {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + e.style + `1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8844"/></w:tabs><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>`)
		if i == 0 {
			b.WriteString(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:instrText xml:space="preserve">TOC \o "1-3" \h \u </w:instrText></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>`)
		}
		link := ` HYPERLINK \l ` + e.mark + ` `
		b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + link + `</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			wpsRun("", e.text) + `<w:r><w:tab/></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF ` + e.mark + ` \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
		if i == len(entries)-1 {
			b.WriteString(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`)
		}
		b.WriteString(`</w:p>`)
	}
	for i, e := range entries {
		b.WriteString(wpsPara(`<w:pStyle w:val="`+e.style+`"/><w:pageBreakBefore/>`, fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, i, e.mark), wpsRun("", e.text), fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, i)) + wpsPara("", wpsRun("", sample)))
	}
	return b.String()
}
