package pdf

import (
	"fmt"
	"strings"
)

// wpsFeatures are features of issue #23 the corpus had only as Word
// writes them, here as WPS 2019 writes them: its fewer namespaces, no
// rsids, every run's w:rFonts w:hint="eastAsia", its paragraphs'
// w:kinsoku, w:adjustRightInd and w:snapToGrid, fields as runs of
// fldChar with the hint, a TOC's lines linked by a HYPERLINK \l field
// round a PAGEREF, and headers, footers and notes in parts of its own
// namespaces. Their differences from LibreOffice are in corpusKnown.
func wpsFeatures() []feature {
	return []feature{
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
	}
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
