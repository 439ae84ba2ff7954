package pdf

import (
	"strings"
	"testing"
)

// The corpus' fixtures of page setup (页面设置's 版式 tab, 脚注和尾注):
// vertical alignment of a section's pages, a section's own note numbering,
// where the notes stand.

// vAligned is the A4 page with 页面垂直对齐 set, where Word 2016 writes it
// in the sectPr: after the columns, before the grid.
func vAligned(how string) string {
	return strings.Replace(a4Page, `<w:cols w:space="425"/>`, `<w:cols w:space="425"/><w:vAlign w:val="`+how+`"/>`, 1)
}

func pageSetupFeatures(testing.TB) []feature {
	cover := text("沁源县财政局") + text("2023年度预算绩效评价报告") + text("二〇二四年三月")
	return []feature{
		{name: "valign-center", body: cover, page: vAligned("center")},
		{name: "valign-bottom", body: cover, page: vAligned("bottom")},
		{name: "valign-both", body: cover, page: vAligned("both")},
		// A cover centred in a section of its own, the text after it in
		// one aligned to the top, as a 封面 is made.
		{name: "valign-cover-section", body: cover + para(`<w:sectPr w:rsidR="00A41C2E" w:rsidSect="00A41C2E">`+vAligned("center")+`</w:sectPr>`, run("", "封面末行")) + text(long)},
		// ①② restarting with each section, from 3 in the first: set in
		// 脚注和尾注 for 本节.
		{name: "footnotes-section-format", body: para("", run("", "第一节有脚注"), noteRef("footnote", 1), run("", "，还有一个"), noteRef("footnote", 2), run("", "。")) +
			para(`<w:sectPr w:rsidR="00A41C2E" w:rsidSect="00A41C2E"><w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numStart w:val="3"/></w:footnotePr>`+a4Page+`</w:sectPr>`, run("", "第一节末")) +
			para("", run("", "第二节重新编号"), noteRef("footnote", 3), run("", "。")),
			sect:  `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachSect"/></w:footnotePr>`,
			parts: map[string]string{"word/footnotes.xml": notes("footnote", "第一个脚注。", "第二个脚注。", "第二节的脚注。")}},
		// ①② numbered again on each page (每页重新编号), set for the whole
		// document: Word writes it in settings.xml and the sectPr alike.
		{name: "footnotes-each-page", body: para("", run("", "第一页脚注"), noteRef("footnote", 1), run("", "，另一个"), noteRef("footnote", 2), run("", "。")) +
			para("", `<w:r><w:br w:type="page"/></w:r>`) + para("", run("", "第二页脚注"), noteRef("footnote", 3), run("", "。")),
			sect:     `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`,
			settings: `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`,
			parts:    map[string]string{"word/footnotes.xml": notes("footnote", "第一个。", "第二个。", "第二页的。")}},
		// 脚注位置“文字下方”: under the text, not at the page's foot.
		{name: "footnotes-beneath-text", body: para("", run("", "正文有脚注"), noteRef("footnote", 1), run("", "。")) + text(sample),
			settings: `<w:footnotePr><w:pos w:val="beneathText"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`,
			parts:    map[string]string{"word/footnotes.xml": notes("footnote", "脚注紧接正文。")}},
		// 插入对齐制表符 in the centred 页眉: the unit at the left, the year
		// at the right margin, a page number at the middle of a footer.
		{name: "alignment-tabs", body: text(sample),
			sect: `<w:headerReference w:type="default" r:id="rIdheader1"/><w:footerReference w:type="default" r:id="rIdfooter1"/>`,
			parts: map[string]string{
				"word/header1.xml": story("hdr", para(`<w:pStyle w:val="a3"/>`, run("", "沁源县财政局"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>`, run("", "2023年度"))),
				"word/footer1.xml": story("ftr", para(`<w:pStyle w:val="a5"/>`, `<w:r><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/></w:r>`, run("", "第"), pageField(), run("", "页"), `<w:r><w:ptab w:relativeTo="indent" w:alignment="right" w:leader="dot"/></w:r>`, run("", "附")))}},
		// 设计 → 页面颜色, and 填充效果's gradient, as Word 2016 writes them.
		{name: "page-colour", body: text(sample), background: `<w:background w:color="FFF2CC" w:themeColor="accent4" w:themeTint="33"/>`, settings: `<w:displayBackgroundShape/>`},
		{name: "page-gradient", body: text(sample), settings: `<w:displayBackgroundShape/>`,
			background: `<w:background w:color="FFF2CC"><v:background id="_x0000_s1025" o:bwmode="white" fillcolor="#fff2cc" o:targetscreensize="1024,768"><v:fill color2="#bdd6ee" focus="100%" type="gradient"/></v:background></w:background>`},
	}
}
