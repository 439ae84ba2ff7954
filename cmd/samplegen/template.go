package main

import (
	"archive/zip"
	"fmt"
	"os"
	"strings"
)

// The default Word template, written once by `go run ./cmd/samplegen
// -template templates/disclosure.docx`. After that the .docx in templates/
// is the source: clerks edit it in Word or WPS, and this code only shows how
// the pristine file was made.

const (
	ns         = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	bodyFont   = "仿宋_GB2312"
	titleFont  = "方正小标宋简体"
	labelFont  = "黑体"
	tableWidth = 8845 // 156 mm, the GB/T 9704 text block
)

var columns = []struct {
	header, cell string
	width        int
	align        string
}{
	{"序号", "{{range .附件.行}}{{.序号}}", 600, "center"},
	{"二级项目名称", "{{.项目名称}}", 2000, "left"},
	{"单位", "{{.单位}}", 1480, "left"},
	{"项目支出（万元）", "{{千分位 .金额}}", 1500, "right"},
	{"评分结果", "{{.评分}}", 1000, "center"},
	{"评分等级", "{{.等级}}", 1000, "center"},
	{"评价机构", "{{纵向合并 .机构合并}}{{.评价机构}}{{end}}", 1265, "left"},
}

func para(style, text string, extra string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, extra, text)
}

func cell(text string, width int, align string, bold bool) string {
	rpr := ""
	if bold {
		rpr = `<w:rPr><w:b/></w:rPr>`
	}
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="JxTable"/><w:jc w:val="%s"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, width, align, rpr, text)
}

func documentXML() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document ` + ns + `><w:body>`)
	b.WriteString(para("JxTitle", "{{.县}}{{.年度}}年", ""))
	b.WriteString(para("JxTitle", "公开重大政策和重点项目等绩效目标", ""))
	b.WriteString(para("JxTitle", "情况说明", ""))
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`)
	b.WriteString(para("Normal", "{{.年度}}年，我县积极构建全方位、全过程、全覆盖预算绩效管理体系，通过建机制、抓关键、严复核、强监督，实现绩效管理和预算管理一体化，提高了财政资金配置效率和使用效益。", ""))
	b.WriteString(para("Normal",
		"{{if .事前评价.有数据}}一年来，共组织{{.事前评价.项目数}}个项目（涉及金额{{.事前评价.金额}}万元）进行事前绩效评价{{.事前评价.等级句}}。{{end}}"+
			"{{if .绩效自评.有数据}}对{{.上年度}}年度的项目绩效自评实现全覆盖，共计{{.绩效自评.项目数}}条，涉及金额{{.绩效自评.金额}}万元{{.绩效自评.句末}}{{end}}"+
			"{{if .重点评价.有数据}}确定{{.上年度}}年重点项目绩效评价{{.重点评价.项目数}}个，涉及金额{{.重点评价.金额}}万元{{.重点评价.等级句}}{{.重点评价.要求}}{{.重点评价.句末}}{{end}}"+
			"{{if .统筹整合.有数据}}{{.上年度}}年统筹整合资金全部纳入绩效评价范围，共计{{.统筹整合.项目数}}个项目，涉及金额{{.统筹整合.金额}}万元{{.统筹整合.等级句}}{{.统筹整合.句末}}{{end}}", ""))
	b.WriteString(para("Normal", "{{if .绩效监控.有数据}}{{.年度}}年绩效定期监控{{.绩效监控.项目数}}条，涉及金额{{.绩效监控.金额}}万元。{{end}}", ""))
	b.WriteString(para("JxAttachLabel", "附件：", ""))
	b.WriteString(para("JxAttachTitle", "{{.县}}{{.年度}}年重点绩效评价项目结果汇总表", ""))
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(tableWidth) + `" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="68" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="68" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, c := range columns {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, c.width)
	}
	b.WriteString(`</w:tblGrid>`)
	b.WriteString(`<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
	for _, c := range columns {
		b.WriteString(cell(c.header, c.width, "center", true))
	}
	b.WriteString(`</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	for _, c := range columns {
		b.WriteString(cell(c.cell, c.width, c.align, false))
	}
	b.WriteString(`</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	total := []string{"", "合  计", "", "{{千分位 .附件.合计}}", "", "", ""}
	for i, c := range columns {
		align := c.align
		if i == 1 {
			align = "center"
		}
		b.WriteString(cell(total[i], c.width, align, i == 1))
	}
	b.WriteString(`</w:tr></w:tbl>`)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="JxTable"/></w:pPr></w:p>`)
	// A4, GB/T 9704-2012: top 37 mm, left 28 mm, text block 156 × 225 mm.
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
		`<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>`)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

func font(eastAsia string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman"/>`, eastAsia)
}

func stylesXML() string {
	style := func(id, name, ppr, rpr string) string {
		return fmt.Sprintf(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>`, id, name, ppr, rpr)
	}
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:styles ` + ns + `>` +
		`<w:docDefaults><w:rPrDefault><w:rPr>` + font(bodyFont) + `<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
		// 孤行控制 off, as Chinese Word's and WPS's Normal writes it: a
		// paragraph that omits it has widow control on (wordmodel's Keeps).
		`<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>` +
		`<w:rPr>` + font(bodyFont) + `<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>` +
		style("JxTitle", "公文标题", `<w:spacing w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>`, font(titleFont)+`<w:sz w:val="44"/><w:szCs w:val="44"/>`) +
		style("JxAttachLabel", "附件标识", `<w:pageBreakBefore/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>`, font(labelFont)+`<w:sz w:val="32"/><w:szCs w:val="32"/>`) +
		style("JxAttachTitle", "附件标题", `<w:spacing w:before="240" w:after="240" w:line="579" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>`, font(titleFont)+`<w:sz w:val="36"/><w:szCs w:val="36"/>`) +
		// A table's lines are single-spaced 5号 off the document grid
		// (GB/T 9704 tables): exactly 13.65 pt, which Word, WPS,
		// LibreOffice and the PDF all set alike; on the grid each would be
		// a 28.95 pt line.
		style("JxTable", "表格文字", `<w:snapToGrid w:val="0"/><w:spacing w:line="273" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`, font(bodyFont)+`<w:sz w:val="21"/><w:szCs w:val="21"/>`) +
		style("JxFooter", "页码", `<w:ind w:firstLineChars="0" w:firstLine="0"/>`, font("宋体")+`<w:sz w:val="28"/><w:szCs w:val="28"/>`) +
		`</w:styles>`
}

// footerXML puts the page number as — 1 —, one character in from the edge:
// right on odd pages, left on even ones.
func footerXML(align, indent string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:ftr ` + ns + `><w:p><w:pPr><w:pStyle w:val="JxFooter"/><w:jc w:val="` + align + `"/>` + indent + `</w:pPr>` +
		`<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`
}

var templateParts = []struct{ name, body string }{
	{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`},
	{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`},
	{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>公开重大政策和重点项目等绩效目标情况说明</dc:title><dc:creator>jixiao</dc:creator></cp:coreProperties>`},
	{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jixiao</Application></Properties>`},
	{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
		`<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/></Relationships>`},
	{"word/document.xml", documentXML()},
	{"word/styles.xml", stylesXML()},
	{"word/settings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:settings ` + ns + `><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`},
	{"word/footer1.xml", footerXML("right", `<w:ind w:right="320" w:firstLineChars="0" w:firstLine="0"/>`)},
	{"word/footer2.xml", footerXML("left", `<w:ind w:left="320" w:firstLineChars="0" w:firstLine="0"/>`)},
}

func writeTemplate(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	z := zip.NewWriter(f)
	for _, p := range templateParts {
		w, err := z.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return err
		}
	}
	return z.Close()
}
