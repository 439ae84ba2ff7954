package pdf

import "strings"

// The corpus' fixtures of paragraph and run formatting: one feature each,
// a few written as WPS writes them. Text is Chinese as a clerk's is, a
// paragraph a line or two, so that a difference shows in one place.

// sample is a sentence of body text, 27 characters.
const sample = "为全面实施预算绩效管理，提高财政资金使用效益，现通知如下。"

// long is body text of three lines or more, without commas: where a
// comma would start a line Word lets it hang past the margin and we do
// not (the punctuation fixture shows that alone).
const long = "根据有关规定结合我县实际现就开展预算绩效评价工作有关事项通知如下请各单位认真贯彻落实按时报送有关材料确保评价工作质量。"

// punctuated is long as a clerk writes it, a comma at the 56th
// character, where the second line of 28 ends.
const punctuated = "根据有关规定，结合我县实际，现就开展预算绩效评价工作有关事项通知如下，请各单位认真贯彻落实，按时报送有关材料，确保评价工作质量。"

func textFeatures() []feature {
	return []feature{
		{name: "styles", body: para(`<w:pStyle w:val="1"/>`, run("", "一、|基本情况")) +
			para(`<w:pStyle w:val="2"/>`, run("", "（一）事前评价")) +
			para(`<w:pStyle w:val="af"/>`, run("", "红色强调段落继承缩进样式的首行缩进。")) +
			para(`<w:pStyle w:val="ae"/>`, run("", "正文段落，"), run(`<w:rStyle w:val="af0"/>`, "要点|文字"), run("", "用字符样式。")) +
			para(`<w:pStyle w:val="ad"/>`, run("", "标题样式居中"))},
		{name: "indent-twips", body: para(`<w:ind w:left="640" w:right="640"/>`, run("", long)) +
			para(`<w:ind w:left="1280" w:hanging="640"/>`, run("", long)) +
			para(`<w:ind w:firstLine="640"/>`, run("", long))},
		{name: "indent-chars", body: para(`<w:ind w:leftChars="200" w:left="640" w:rightChars="100" w:right="320"/>`, run("", long)) +
			para(`<w:ind w:left="960" w:hangingChars="300" w:hanging="960"/>`, run("", long)) +
			para(`<w:ind w:firstLineChars="200" w:firstLine="640"/>`, run("", long))},
		{name: "spacing", body: text(sample) + para(`<w:spacing w:before="579" w:beforeLines="100" w:after="290" w:afterLines="50"/>`, run("", sample)) +
			para(`<w:spacing w:before="480" w:after="240"/>`, run("", sample)) + text(sample)},
		{name: "line-exact", body: para(`<w:spacing w:line="560" w:lineRule="exact"/>`, run("", long)) +
			para(`<w:spacing w:line="400" w:lineRule="exact"/>`, run("", long))},
		{name: "line-atleast", body: para(`<w:spacing w:line="700" w:lineRule="atLeast"/>`, run("", long)) +
			para(`<w:spacing w:line="200" w:lineRule="atLeast"/>`, run("", long))},
		{name: "line-multiple", body: para(`<w:snapToGrid w:val="0"/><w:spacing w:line="360" w:lineRule="auto"/>`, run("", long)) +
			para(`<w:snapToGrid w:val="0"/><w:spacing w:line="480" w:lineRule="auto"/>`, run("", long))},
		{name: "punctuation-at-line-end", body: text(punctuated)},
		{name: "alignment", body: para(`<w:jc w:val="left"/>`, run("", "左对齐")) + para(`<w:jc w:val="center"/>`, run("", "居中")) +
			para(`<w:jc w:val="right"/>`, run("", "右对齐")) + para(`<w:jc w:val="both"/>`, run("", long)) +
			para(`<w:jc w:val="distribute"/>`, run("", "分散对齐的一行"))},
		{name: "tabs-leaders", body: para(`<w:tabs><w:tab w:val="left" w:leader="hyphen" w:pos="2560"/><w:tab w:val="center" w:pos="5120"/><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>`,
			run("", "一"), `<w:r><w:tab/></w:r>`, run("", "居中"), `<w:r><w:tab/></w:r>`, run("", "右")) +
			para(`<w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="8834"/></w:tabs>`, run("", "签名"), `<w:r><w:tab/></w:r>`) +
			para(`<w:tabs><w:tab w:val="decimal" w:leader="middleDot" w:pos="6400"/></w:tabs>`, run("", "金额"), `<w:r><w:tab/></w:r>`, run("", "1234.56")) +
			para(`<w:tabs><w:tab w:val="right" w:pos="8834"/></w:tabs>`, `<w:r><w:tab/></w:r>`, run("", "沁源县财政局"))},
		{name: "para-borders", body: para(`<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr><w:jc w:val="center"/>`, run(`<w:color w:val="FF0000"/>`, "红头下的红线")) +
			para(`<w:pBdr><w:top w:val="double" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="double" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>`, run("", sample)) +
			text(sample)},
		{name: "para-shading", body: para(`<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>`, run("", long)) + text(sample)},
		{name: "keep-rules", body: strings.Repeat(text(long), 6) + para(`<w:pStyle w:val="1"/>`, run("", "二、与下段同页")) +
			para(`<w:keepLines/><w:widowControl/>`, run("", long+long))},
		{name: "page-break-before", body: text(sample) + para(`<w:pageBreakBefore/>`, run("", "段前分页的段落")) + text(sample)},
		{name: "fonts-per-script", body: para("", run(`<w:rFonts w:ascii="Arial" w:eastAsia="黑体" w:hAnsi="Arial" w:hint="eastAsia"/>`, "黑体汉字与Arial字母ABC")) +
			para("", run(`<w:rFonts w:ascii="Times New Roman" w:eastAsia="楷体_GB2312" w:hAnsi="Times New Roman"/>`, "楷体汉字 Times 2023")) +
			para("", run(`<w:rFonts w:hint="eastAsia"/>`, "仿宋“引号”"))},
		{name: "font-size", body: para("", run(`<w:sz w:val="44"/><w:szCs w:val="44"/>`, "二号字"), run(`<w:sz w:val="21"/>`, "五号字"), run(`<w:sz w:val="72"/>`, "大"))},
		{name: "colour", body: para("", run(`<w:color w:val="FF0000"/>`, "红色"), run(`<w:color w:val="0070C0"/>`, "蓝色"), run(`<w:color w:val="00B050" w:themeColor="accent6"/>`, "主题绿"))},
		{name: "bold-italic", wps: true, body: wpsPara("", wpsRun(`<w:b/><w:bCs/>`, "加粗"), wpsRun(`<w:i/><w:iCs/>`, "倾斜 italic"), wpsRun(`<w:b/><w:i/><w:color w:val="FF0000"/>`, "红色粗斜"))},
		{name: "underline", body: para("", run(`<w:u w:val="single"/>`, "单线"), run(`<w:u w:val="double"/>`, "双线"), run(`<w:u w:val="thick"/>`, "粗线"),
			run(`<w:u w:val="dotted"/>`, "点线"), run(`<w:u w:val="wave"/>`, "波浪"), run(`<w:u w:val="words"/>`, "only words"), run(`<w:u w:val="single" w:color="FF0000"/>`, "红线"))},
		{name: "strike", body: para("", run(`<w:strike/>`, "删除线"), run("", "正常"), run(`<w:dstrike/>`, "双删除线"))},
		{name: "super-subscript", wps: true, body: wpsPara("", wpsRun("", "面积100m"), wpsRun(`<w:vertAlign w:val="superscript"/>`, "2"), wpsRun("", "，H"), wpsRun(`<w:vertAlign w:val="subscript"/>`, "2"), wpsRun("", "O"))},
		{name: "highlight", body: para("", run("", "普通"), run(`<w:highlight w:val="yellow"/>`, "黄色突出显示"), run(`<w:highlight w:val="green"/>`, "绿色"))},
		{name: "run-shading", body: para("", run("", "普通"), run(`<w:shd w:val="clear" w:color="auto" w:fill="BFBFBF"/>`, "底纹文字"), run(`<w:shd w:val="pct25" w:color="auto" w:fill="auto"/>`, "图案底纹"))},
		{name: "spacing-scale", body: para("", run(`<w:spacing w:val="40"/>`, "加宽两磅"), run(`<w:spacing w:val="-20"/>`, "紧缩一磅")) +
			para("", run(`<w:w w:val="150"/>`, "缩放百分之一百五"), run(`<w:w w:val="66"/>`, "缩放六六"))},
		{name: "caps", body: para("", run(`<w:caps/>`, "all caps text"), run("", " "), run(`<w:smallCaps/>`, "Small Caps"))},
		{name: "hidden", body: para("", run("", "看得见的文字"), run(`<w:vanish/>`, "隐藏的内部意见"), run("", "接着看得见")) +
			para("", run(`<w:vanish/>`, "整段隐藏的备注")) + text(sample)},
		{name: "symbols", wps: true, body: wpsPara("", `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>`, wpsRun("", "已完成"),
			`<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>`, wpsRun("", "未完成"))},
		{name: "hyphens", body: para("", run("", "电话：0355"), `<w:r><w:noBreakHyphen/></w:r>`, run("", "7022345"), run("", "，软连字"), `<w:r><w:softHyphen/></w:r>`, run("", "符不显示"))},
	}
}
