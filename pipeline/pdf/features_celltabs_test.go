package pdf

// cellTabFeatures are tabs in table cells and headers as Word 2016 and
// WPS write them: default stops (settings' w:defaultTabStop, 420 twips
// in the template), tabs after the last custom stop, tabs in right-aligned
// and centred cell paragraphs, a header's right tab at the margin.
func cellTabFeatures() []feature {
	stops := func(s string) string {
		return `<w:tabs>` + s + `</w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/>`
	}
	noIndent := `<w:ind w:firstLineChars="0" w:firstLine="0"/>`
	defaults := table([]int{3000, 5834}, "",
		row("", cell(3000, para(noIndent, run("", "序号"), cellTab, run("", "1"), cellTab, run("", "2"))),
			cell(5834, para(noIndent, run("", "项目名称"), cellTab, run("", "金额"), cellTab, run("", "备注")))),
		row("", cell(3000, para(stops(`<w:tab w:val="left" w:pos="1000"/>`), run("", "甲"), cellTab, run("", "乙"), cellTab, run("", "丙"))),
			cell(5834, para(stops(`<w:tab w:val="right" w:pos="2500"/>`), run("", "合计"), cellTab, run("", "1,234.56"), cellTab, run("", "万元")))))
	aligned := table([]int{4417, 4417}, "",
		row("", cell(4417, para(`<w:jc w:val="right"/>`+noIndent, run("", "右对齐"), cellTab, run("", "甲"))),
			cell(4417, para(`<w:jc w:val="center"/>`+noIndent, run("", "居中"), cellTab, run("", "乙")))),
		row("", cell(4417, para(`<w:jc w:val="right"/>`+stops(`<w:tab w:val="left" w:pos="1200"/>`), run("", "编号"), cellTab, run("", "2023-01"))),
			cell(4417, para(`<w:jc w:val="center"/>`+stops(`<w:tab w:val="right" w:pos="3800"/>`), run("", "单位"), cellTab, run("", "万元")))))
	headerRight := story("hdr", para(`<w:pStyle w:val="a3"/><w:tabs><w:tab w:val="clear" w:pos="4153"/><w:tab w:val="clear" w:pos="8306"/><w:tab w:val="right" w:pos="8844"/></w:tabs>`,
		run("", "沁源县财政局"), cellTab, run("", "2023年度"))+para(`<w:pStyle w:val="a3"/>`, run("", "文件"), cellTab, run("", "第1号"), cellTab, run("", "共3页")))
	return []feature{
		{name: "table-cell-default-tabs", body: defaults + text("表后正文。")},
		{name: "table-cell-aligned-tabs", body: aligned + text("表后正文。")},
		{name: "header-right-tab", sect: `<w:headerReference w:type="default" r:id="rIdheader1"/>`, parts: map[string]string{"word/header1.xml": headerRight}, body: text("正文。")},
	}
}
