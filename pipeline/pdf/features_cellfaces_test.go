package pdf

// cellFaceFeatures are tables whose cells mix Latin and Chinese text, as
// Word 2016 and WPS write them: each character set in the font Word picks
// for it (the digits in the run's Latin font, 黑体 here, where the PDF
// has it; “ · — by the run's w:hint), as in a body paragraph.
func cellFaceFeatures() []feature {
	fonts := func(hint bool) string {
		h := ""
		if hint {
			h = ` w:hint="eastAsia"`
		}
		return `<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="仿宋_GB2312"` + h + `/>`
	}
	// wps is a run as WPS writes one: its hint first, its language last.
	wps := func(hint bool, rPr, text string) string {
		h := ""
		if hint {
			h = ` w:hint="eastAsia"`
		}
		return `<w:r><w:rPr><w:rFonts` + h + ` w:ascii="黑体" w:eastAsia="仿宋_GB2312" w:hAnsi="黑体"/>` + rPr + `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>` + text + `</w:t></w:r>`
	}
	small := `<w:sz w:val="18"/>`
	shared := "录入的“引号”、间隔号·"
	wordTable := table([]int{2600, 2600, 3634}, "",
		row(`<w:tblHeader/>`, cell(2600, para(`<w:jc w:val="center"/>`, run(fonts(true)+`<w:b/>`, "2023年度"))), cell(2600, para(`<w:jc w:val="center"/>`, run(fonts(true)+`<w:b/>`, "预算数（万元）"))),
			cell(3634, para(`<w:jc w:val="center"/>`, run(fonts(true)+`<w:b/>`, "说明")))),
		row("", cell(2600, para("", run(fonts(false), "2023"), run(fonts(true), "年第1季度"))), cell(2600, para(`<w:jc w:val="right"/>`, run(fonts(false), "1,234.56"))),
			cell(3634, para("", run(fonts(true), "其中"), run(fonts(false)+`<w:color w:val="FF0000"/>`, "88.50"), run(fonts(true), "万元结转")))),
		row("", cell(2600, para("", run(fonts(true), "2024年预计"))), cell(2600, para(`<w:jc w:val="right"/>`, run(fonts(false)+`<w:sz w:val="24"/>`, "987.00"))),
			cell(3634, para("", run(fonts(true), "第2023-15号文件")))))
	// Times New Roman digits and Latin in a 宋体 cell, as the brief's
	// template sets them: the PDF has no Latin face of its own, the
	// digits then take the cell's (the body does the same).
	tnr := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>`
	tnrTable := table([]int{4417, 4417}, "",
		row("", cell(4417, para("", run(tnr, "2023年 Times New Roman"))), cell(4417, para(`<w:jc w:val="right"/>`, run(tnr, "第"), run(tnr+`<w:b/>`, "12"), run(tnr, "页")))))
	hintTable := table([]int{4417, 4417}, "",
		row("", cell(4417, para("", run(fonts(true), shared))), cell(4417, para("", run(fonts(false), shared)))),
		row("", cell(4417, para("", run(fonts(true), "甲·乙"), run(fonts(false), "丙§丁"))), cell(4417, para("", run(fonts(true), "拼音nín hǎo与ABC")))))
	wpsTable := table([]int{2600, 2600, 3634}, "",
		row("", cell(2600, wpsPara("", wps(false, "", "2023"), wps(true, "", "年度"))), cell(2600, wpsPara(`<w:jc w:val="right"/>`, wps(false, "", "1,234.56"))),
			cell(3634, wpsPara("", wps(true, "", shared)))),
		row("", cell(2600, wpsPara("", wps(true, "", "2024年预计"))), cell(2600, wpsPara(`<w:jc w:val="right"/>`, wps(true, `<w:b/>`, "987.00"))),
			cell(3634, wpsPara("", wps(false, "", shared)))))
	return []feature{
		{name: "cell-latin-digits", body: wordTable + text("表后正文。")},
		{name: "cell-hint-shared", body: hintTable + text("表后正文。")},
		{name: "cell-times-digits", body: tnrTable + text("表后正文。")},
		{name: "cell-latin-digits-wps", wps: true, body: wpsTable + wpsPara("", wps(true, "", "表后正文。"))},
		{name: "header-table-latin-digits", sect: `<w:headerReference w:type="default" r:id="rIdheader1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", table([]int{4417, 4417}, "",
				row("", cell(4417, para("", run(fonts(true)+small, "沁源县财政局"))), cell(4417, para(`<w:jc w:val="right"/>`, run(fonts(false)+small, "2023"), run(fonts(true)+small, "年12月")))))+
				para(`<w:snapToGrid w:val="0"/><w:rPr><w:sz w:val="18"/></w:rPr>`))},
			body: text("正文。")},
	}
}
