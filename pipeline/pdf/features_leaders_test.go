package pdf

import "testing"

// The corpus' fixtures of tab leaders in table cells: the forms clerks
// make with them, as Word and WPS write them.

// cellTab is a tab's run.
const cellTab = `<w:r><w:tab/></w:r>`

func leaderFeatures(t testing.TB) []feature {
	stops := func(s string) string {
		return `<w:tabs>` + s + `</w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/>`
	}
	// A signature form: 姓名 and dots to （签字） at a right stop, 日期
	// and a line to fill in at a left stop, a bold 第一章 and hyphens to a
	// red 12, 单位 and middle dots to 万元 at an alignment tab.
	form := table([]int{5000, 3834}, "",
		row("", cell(5000,
			para(stops(`<w:tab w:val="right" w:leader="dot" w:pos="4500"/>`), run("", "姓名"), cellTab, run("", "（签字）"))+
				para(stops(`<w:tab w:val="left" w:leader="underscore" w:pos="4500"/>`), run("", "日期"), cellTab)+
				para(stops(`<w:tab w:val="right" w:leader="hyphen" w:pos="4500"/>`), run(`<w:b/>`, "第一章"), cellTab, run(`<w:color w:val="FF0000"/>`, "12"))+
				para(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", "单位"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="middleDot"/></w:r>`, run("", "万元"))),
			cell(3834,
				para(stops(`<w:tab w:val="decimal" w:leader="dot" w:pos="3000"/>`), run("", "合计"), cellTab, run("", "12.50"))+
					para(`<w:tabs><w:tab w:val="center" w:leader="dot" w:pos="2400"/></w:tabs><w:ind w:firstLine="640"/>`, run("", "甲"), cellTab, run("", "乙")))))
	// A 目录-like table as WPS writes it: each line's heading, dots and
	// page at a right stop 1 cm before the cell's right.
	toc := func(heading, page string) string {
		return para(`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="7700"/></w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/>`,
			run(`<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`, heading), `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:tab/></w:r>`,
			run(`<w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`, page))
	}
	contents := table([]int{8834}, "", row("", cell(8834, toc("一、基本情况", "1")+toc("二、绩效目标", "3")+toc("三、存在问题", "12"))))
	return []feature{
		{name: "table-cell-leaders", body: text("表格中的制表符前导符：") + form + text(sample)},
		{name: "table-cell-leaders-wps", wps: true, body: text("目录：") + contents + text(sample)},
	}
}
