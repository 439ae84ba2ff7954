package pdf

import (
	"testing"

	st "jixiao/pipeline/wordmodel/shapetest"
)

// boxfixFeatures are the corpus' page-dependent boxes: two linked text
// boxes of the body standing on two pages, a page number in each box's
// share (Word 2016's with their VML fallbacks, and WPS's VML), each box
// showing its own page's; and a shape behind the text in a header's and a
// footer's text box, drawn on every page under the box's text.
func boxfixFeatures(t testing.TB) []feature {
	const mm = 36000
	exact := `<w:spacing w:line="400" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`
	pt := func(v float64) float64 { return v / 25.4 * 72 }
	page := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	// Two lines of 20 pt fill the first box; the third goes on in the
	// second, on the next page.
	boxStory := para(exact, run("", "第"), page, run("", "页：预算绩效")) + para(exact, run("", "评价结果")) + para(exact, run("", "本框在第"), page, run("", "页"))
	first := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 20 * mm, CX: 100 * mm, CY: 18 * mm}
	second := st.Anchor{H: "margin", V: "paragraph", X: 0, Y: 20 * mm, CX: 100 * mm, CY: 30 * mm}
	boxes := st.LinkedBoxes(boxStory, ">", first, second)
	breakPage := para("", `<w:r><w:br w:type="page"/></w:r>`)

	wpsStory := wpsPara(exact, wpsRun("", "第"), page, wpsRun("", "页：预算绩效")) + wpsPara(exact, wpsRun("", "评价结果")) + wpsPara(exact, wpsRun("", "本框在第"), page, wpsRun("", "页"))
	wpsBoxes := st.VMLLinkedBoxes(wpsStory, [4]float64{0, pt(20), pt(100), pt(18)}, [4]float64{0, pt(20), pt(100), pt(30)})
	wpsBreak := wpsPara("", `<w:r><w:br w:type="page"/></w:r>`)

	box := func(y int) st.Anchor {
		return st.Anchor{H: "margin", V: "page", X: 20 * mm, Y: y * mm, CX: 110 * mm, CY: 14 * mm}
	}
	dot := st.Anchor{H: "column", V: "paragraph", X: 10 * mm, Y: 0, CX: 40 * mm, CY: 8 * mm, Behind: true}
	behind := st.Run(dot.Drawing(12, "椭圆 12", st.Shape(dot, "ellipse", "", st.Fill("FFC000"), "", "", "")),
		`<v:oval id="椭圆 12" o:spid="_x0000_s1036" style="position:absolute;margin-left:28.35pt;margin-top:0;width:113.4pt;height:22.7pt;z-index:-251655168" fillcolor="#ffc000" stroked="f"/>`)
	inBox := para(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`, run("", "沁源县财政局"), behind)
	header := para(`<w:pStyle w:val="a3"/>`, run("", ""), st.TextBox(box(8), "文本框 1", inBox, ">"))
	footer := para(`<w:pStyle w:val="a4"/>`, run("", ""), st.TextBox(box(270), "文本框 2", inBox, ">"))
	return []feature{
		{name: "text-box-linked-pages", body: para("", append([]string{run("", "第一页的文本框：")}, boxes[0])...) + breakPage +
			para("", run("", "第二页的文本框："), boxes[1])},
		{name: "text-box-linked-pages-wps", wps: true, body: wpsPara("", wpsRun("", "第一页的文本框："), wpsBoxes[0]) + wpsBreak +
			wpsPara("", wpsRun("", "第二页的文本框："), wpsBoxes[1])},
		{name: "header-box-behind", body: text(sample) + breakPage + text(sample),
			sect:  `<w:headerReference w:type="default" r:id="rIdheader1"/><w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{"word/header1.xml": story("hdr", header), "word/footer1.xml": story("ftr", footer)}},
	}
}
