package pdf

// The corpus' fixtures of 自动调整中文与西文的间距 and 中文与数字的间距
// (w:autoSpaceDE, w:autoSpaceDN): on where Word writes nothing, as Word
// 2016 leaves a clerk's paragraph; unticked in the paragraph, as Word and
// WPS write it (w:val="0").

func autospaceFeatures() []feature {
	text := "2023年共组织15个项目开展绩效评价，涉及资金1234.56万元，其中PPP项目3个，评价结果在Excel表中逐项列出。"
	date := "2024年3月15日"
	off := `<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`
	body := func(pPr string) string {
		return para(pPr, run("", text)) + para(pPr+`<w:jc w:val="right"/>`, run("", date)) +
			para(pPr, run(`<w:sz w:val="24"/>`, "小四号字：第3季度完成率98%，共计ABC三类。"))
	}
	return []feature{
		{name: "autospace", body: body("")},
		{name: "autospace-off", body: body(off)},
		{name: "autospace-off-wps", wps: true, body: body(off)},
	}
}
