package pdf

import (
	"testing"

	pt "jixiao/pipeline/wordmodel/picturetest"
)

// The corpus' fixtures of what a clerk sets in a table cell of vertical
// text (文字方向 竖排, tcPr's w:textDirection), as Word 2016 and WPS write
// them: m² and H₂O, 着重号, a link, a text border, character spacing and
// a wavy underline in an upright cell (tbRl; WPS: tbRlV) and in one
// turned to read upwards (btLr); a picture in a line among the text of
// each; 纵横混排 runs underlined, shaded and bordered in a tbRl cell;
// 双行合一 and 拼音指南 in a tbRl cell, and with 调整宽度 in a btLr cell. The rows have an
// exact height that holds the text, as LibreOffice (7.4) does not grow a
// row for vertical text but breaks it into more columns.
func verticalCellFeatures(t testing.TB) []feature {
	marks := func(r func(string, string) string) []string {
		return []string{r("", "面积m"), r(`<w:vertAlign w:val="superscript"/>`, "2"), r("", "水H"), r(`<w:vertAlign w:val="subscript"/>`, "2"), r("", "O"),
			r(`<w:em w:val="dot"/>`, "着重"), r(`<w:bdr w:val="single" w:sz="4" w:space="0" w:color="FF0000"/>`, "边框"),
			r(`<w:spacing w:val="40"/>`, "间距"), r(`<w:u w:val="wave"/>`, "波浪")}
	}
	link := `<w:hyperlink r:id="rIdlink1" w:history="1">` + run(`<w:rStyle w:val="ac"/>`, "网站") + `</w:hyperlink>`
	exact := `<w:trHeight w:val="6800" w:hRule="exact"/>`
	upright, turned := `<w:textDirection w:val="tbRl"/>`, `<w:textDirection w:val="btLr"/>`
	wordMarks := func() string { return para("", append(marks(run), link)...) }
	wpsMarks := func() string { return wpsPara("", marks(wpsRun)...) }
	picture := pt.Inline("rIdimage1", 1, 540000, 360000, "", pt.Stretched, pt.Rect)
	signed := para("", run("", "签名"), picture, run("", "日期"))
	ruby := `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="16"/><w:hpsRaise w:val="30"/><w:hpsBaseText w:val="32"/><w:lid w:val="zh-CN"/></w:rubyPr><w:rt>` +
		run(`<w:sz w:val="16"/>`, "qìn") + `</w:rt><w:rubyBase>` + run(`<w:rFonts w:hint="eastAsia"/>`, "沁") + `</w:rubyBase></w:ruby></w:r>`
	return []feature{
		{name: "vertical-cell-marks", links: map[string]string{"rIdlink1": "http://www.qinyuan.gov.cn/"},
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, wordMarks(), upright), cell(1400, wordMarks(), turned), cell(6034, text("说明")))) + text(sample)},
		{name: "vertical-cell-marks-wps", wps: true,
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, wpsMarks(), `<w:textDirection w:val="tbRlV"/>`), cell(1400, wpsMarks(), turned), cell(6034, wpsPara("", wpsRun("", "说明"))))) + wpsPara("", wpsRun("", sample))},
		{name: "vertical-cell-picture", parts: map[string]string{"word/media/image1.png": string(pt.Bands(t, "png"))},
			body: table([]int{1400, 1400, 6034}, "", row(exact, cell(1400, signed, upright), cell(1400, signed, turned), cell(6034, text("说明")))) + text(sample)},
		{name: "vertical-cell-horizontal-marks",
			body: table([]int{1400, 7434}, "", row(exact, cell(1400, para("", run("", "完成于"), run(`<w:u w:val="single"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:eastAsianLayout w:id="7" w:vert="1" w:vertCompress="1"/>`, "12"), run("", "月"),
				run(`<w:bdr w:val="single" w:sz="4" w:space="0" w:color="FF0000"/><w:eastAsianLayout w:id="8" w:vert="1"/>`, "30"), run("", "日")), upright), cell(7434, text("说明")))) + text(sample)},
		{name: "vertical-cell-east-asian-upright",
			body: table([]int{1400, 7434}, "", row(exact, cell(1400, para("", run("", "联合"), run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政局"), run("", "发文"), run(`<w:eastAsianLayout w:id="3" w:combine="1" w:combineBrackets="round"/>`, "甲乙丙丁"), run("", "末"), ruby, run("", "县")), upright), cell(7434, text("说明")))) + text(sample)},
		{name: "vertical-cell-east-asian",
			body: table([]int{1400, 7434}, "", row(exact, cell(1400, para("", run("", "联合"), run(`<w:eastAsianLayout w:id="2" w:combine="1"/>`, "沁源财政"), run("", "源"), ruby, run(`<w:fitText w:val="1200" w:id="5"/>`, "县名")), turned), cell(7434, text("说明")))) + text(sample)},
	}
}
