package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// The corpus' fixtures of notes that do not fit where they stand: a long
// footnote going on at the next page's foot, endnotes running over a
// page, and the separators a clerk edited in 草稿 view (显示备注 → 脚注分隔符).

// longNote is a footnote of n sentences, about two lines of 小五 each.
func longNote(n int) string {
	return strings.Repeat("本项目资金来源于县级财政预算安排，评价依据为县财政局印发的绩效评价办法及有关规定。", n)
}

// noteBox and noteShading are a paragraph's 边框 (方框, 0.5 pt) and 底纹
// as Word 2016 writes them in its pPr.
const (
	noteBox     = `<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>`
	noteShading = `<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6" w:themeFill="background2"/>`
)

func noteFeatures(testing.TB) []feature {
	var body string
	for range 16 {
		body += text(sample)
	}
	part := notes("footnote", longNote(45), "第二页的脚注。")
	var ends []string
	for k := range 14 {
		ends = append(ends, fmt.Sprintf("第%d条尾注：%s", k+1, sample))
	}
	var endRefs []string
	for k := range 14 {
		endRefs = append(endRefs, noteRef("endnote", k+1))
	}
	return []feature{
		// A footnote of 18 lines referred to low on the first page: its
		// first lines at that page's foot, the rest at the second's, under
		// the rule across the column (脚注延续分隔符), before the second
		// page's own note.
		{name: "footnote-continued", body: body + para("", run("", "本段有很长的脚注"), noteRef("footnote", 1), run("", "。")) + text(long) +
			para("", run("", "第二页也有脚注"), noteRef("footnote", 2), run("", "。")),
			parts: map[string]string{"word/footnotes.xml": part}},
		// The separator deleted in 草稿 view: the notes without a rule.
		{name: "footnote-separator-deleted", body: para("", run("", "正文有脚注"), noteRef("footnote", 1), run("", "。")) + text(sample),
			parts: map[string]string{"word/footnotes.xml": strings.Replace(notes("footnote", "脚注上方没有分隔线。"),
				`<w:r><w:separator/></w:r>`, "", 1)}},
		// 边框和底纹 applied to a footnote's paragraph (段落), as Word 2016
		// writes them, and to an endnote's.
		{name: "notes-box-shading", body: para("", run("", "正文有脚注"), noteRef("footnote", 1), run("", "和尾注"), noteRef("endnote", 1), run("", "。")) + text(sample),
			parts: map[string]string{
				"word/footnotes.xml": strings.Replace(notes("footnote", "脚注有边框和底纹，"+sample), `<w:pStyle w:val="a7"/>`, `<w:pStyle w:val="a7"/>`+noteBox+noteShading, 1),
				"word/endnotes.xml":  strings.Replace(notes("endnote", "尾注有底纹。"), `<w:pStyle w:val="aa"/>`, `<w:pStyle w:val="aa"/>`+noteShading, 1)}},
		// 尾注位置“节的结尾” with the first section's 取消尾注 (页面设置 →
		// 版式): its endnote goes on to the second section's end, before
		// that section's own.
		{name: "endnotes-section-suppressed", body: para("", run("", "第一节的尾注"), noteRef("endnote", 1), run("", "。")) +
			para(`<w:sectPr w:rsidR="00A41C2E" w:rsidSect="00A41C2E">`+strings.Replace(a4Page, `<w:cols w:space="425"/>`, `<w:cols w:space="425"/><w:noEndnote/>`, 1)+`</w:sectPr>`, run("", "第一节末")) +
			para("", run("", "第二节的尾注"), noteRef("endnote", 2), run("", "。")),
			settings: `<w:endnotePr><w:pos w:val="sectEnd"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>`,
			parts:    map[string]string{"word/endnotes.xml": notes("endnote", "第一节的尾注排在第二节末。", "第二节的尾注。")}},
		// 自定义标记 (插入脚注 with 自定义标记 *): the reference's run and the
		// note's first run hold the mark as text, as Word 2016 writes
		// them; the next note is numbered 1, the custom one counting none.
		{name: "footnote-custom-mark", body: para("", run("", "正文有自定义标记的脚注"),
			`<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>`, run("", "，还有编号的"), noteRef("footnote", 2), run("", "。")),
			parts: map[string]string{"word/footnotes.xml": strings.Replace(notes("footnote", "自定义标记的脚注。", "编号的脚注。"),
				`<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:footnoteRef/></w:r>`, `<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:t>*</w:t></w:r>`, 1)}},
		// Fourteen endnotes after a page of text run over to the next page,
		// going on there under the rule across the column.
		{name: "endnotes-continued", body: body + body[:len(body)/4] + para("", append(append([]string{run("", "全文的尾注")}, endRefs...), run("", "。"))...),
			parts: map[string]string{"word/endnotes.xml": notes("endnote", ends...)}},
	}
}
