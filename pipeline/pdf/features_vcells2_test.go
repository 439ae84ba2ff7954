package pdf

import (
	"testing"

	pt "jixiao/pipeline/wordmodel/picturetest"
)

// More of the corpus' vertical cells (文字方向), as Word 2016 and WPS
// write them: characters scaled (字符缩放 200% and 50%) and text squeezed
// into a shorter 调整宽度 in an upright cell (tbRl; WPS: tbRlV); tabs to
// the default stops and to a dotted stop in an upright and a turned (btLr)
// cell; a picture alone in its paragraph under a signature line in each;
// 纵横混排 over m² (two runs of one w:id) and spaced in an upright cell,
// and in a turned cell. The rows have an exact height that holds the
// text, as LibreOffice (7.4) does not grow a row for vertical text.
func verticalCell2Features(t testing.TB) []feature {
	exact := `<w:trHeight w:val="6800" w:hRule="exact"/>`
	upright, turned := `<w:textDirection w:val="tbRl"/>`, `<w:textDirection w:val="btLr"/>`
	hint := `<w:rFonts w:hint="eastAsia"/>`
	scaled := func(r func(string, string) string, p func(string, ...string) string) string {
		return p("", r("", "项目"), r(`<w:w w:val="200"/>`, "名称"), r("", "合计"), r(`<w:w w:val="50"/>`, "单位"), r("", "末"))
	}
	fitted := func(r func(string, string) string, p func(string, ...string) string) string {
		return p("", r("", "甲"), r(`<w:fitText w:val="960" w:id="-1893"/>`, "预算"), r(`<w:fitText w:val="960" w:id="-1893"/>`, "单位"), r("", "乙"))
	}
	wordRun := func(rPr, s string) string { return run(hint+rPr, s) }
	tab := `<w:r><w:rPr>` + hint + `</w:rPr><w:tab/></w:r>`
	wpsTab := `<w:r><w:rPr>` + hint + `<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:tab/></w:r>`
	dotted := `<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="1680"/></w:tabs>`
	tabbed := func(r func(string, string) string, p func(string, ...string) string, tab string) string {
		return p("", r("", "项目"), tab, r("", "甲乙")) + p(dotted, r("", "日期"), tab, r("", "年月"))
	}
	picture := pt.Inline("rIdimage1", 1, 540000, 360000, "", pt.Stretched, pt.Rect)
	signed := para("", run("", "签名")) + para("", picture)
	across := para("", wordRun("", "完成于"), wordRun(`<w:u w:val="single"/><w:eastAsianLayout w:id="-1902" w:vert="1"/>`, "12"), wordRun("", "月"),
		wordRun(`<w:eastAsianLayout w:id="-1903" w:vert="1" w:vertCompress="1"/>`, "30"), wordRun("", "日"))
	return []feature{
		{name: "vertical-cell-scale",
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, scaled(wordRun, para), upright), cell(1400, fitted(wordRun, para), upright), cell(6034, text("说明")))) + text(sample)},
		{name: "vertical-cell-scale-wps", wps: true,
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, scaled(wpsRun, wpsPara), `<w:textDirection w:val="tbRlV"/>`), cell(1400, fitted(wpsRun, wpsPara), `<w:textDirection w:val="tbRlV"/>`), cell(6034, wpsPara("", wpsRun("", "说明"))))) + wpsPara("", wpsRun("", sample))},
		{name: "vertical-cell-tabs",
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, tabbed(wordRun, para, tab), upright), cell(1400, tabbed(wordRun, para, tab), turned), cell(6034, text("说明")))) + text(sample)},
		{name: "vertical-cell-tabs-wps", wps: true,
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, tabbed(wpsRun, wpsPara, wpsTab), `<w:textDirection w:val="tbRlV"/>`), cell(1400, tabbed(wpsRun, wpsPara, wpsTab), turned), cell(6034, wpsPara("", wpsRun("", "说明"))))) + wpsPara("", wpsRun("", sample))},
		{name: "vertical-cell-own-picture", parts: map[string]string{"word/media/image1.png": string(pt.Bands(t, "png"))},
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, signed, upright), cell(1400, signed, turned), cell(6034, text("说明")))) + text(sample)},
		{name: "vertical-cell-horizontal-scripts",
			body: table([]int{1400, 7434}, "", row(exact, cell(1400, para("", wordRun("", "面积"), wordRun(`<w:eastAsianLayout w:id="-1904" w:vert="1"/>`, "m"), wordRun(`<w:vertAlign w:val="superscript"/><w:eastAsianLayout w:id="-1904" w:vert="1"/>`, "2"),
				wordRun("", "第"), wordRun(`<w:spacing w:val="40"/><w:eastAsianLayout w:id="-1905" w:vert="1"/>`, "30"), wordRun("", "日")), upright), cell(7434, text("说明")))) + text(sample)},
		{name: "vertical-cell-turned-horizontal",
			body: table([]int{1400, 7434}, "", row(exact, cell(1400, across, turned), cell(7434, text("说明")))) + text(sample)},
	}
}
