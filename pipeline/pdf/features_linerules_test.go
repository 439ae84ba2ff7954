package pdf

import "strings"

// lineRuleFeatures are the 中文版式 line-breaking settings as Chinese Word
// 2016 writes them: a paragraph's boxes in its pPr (w:kinsoku,
// w:overflowPunct, w:wordWrap with w:val="0"), and 首尾字符设置 → 自定义 in
// settings.xml. Each paragraph's text puts a comma just past a full line
// of the template's 28-character grid, or a Latin word across its end.
func lineRuleFeatures() []feature {
	noIndent := `<w:ind w:firstLineChars="0" w:firstLine="0"/>`
	comma := strings.Repeat("财政资金绩效", 4) + "目标" + "，" + strings.Repeat("全面实施预算绩效管理", 3) + "。"
	word := strings.Repeat("项目资金", 6) + "Performance" + strings.Repeat("绩效目标", 6) + "。"
	return []feature{
		{name: "overflow-punct-off", body: para(noIndent, run("", comma)) +
			para(`<w:overflowPunct w:val="0"/>`+noIndent, run("", comma))},
		{name: "kinsoku-off", body: para(`<w:kinsoku w:val="0"/><w:overflowPunct w:val="0"/>`+noIndent, run("", comma)) +
			para(`<w:kinsoku w:val="0"/>`+noIndent, run("", comma))},
		{name: "kinsoku-custom-lists", body: para(`<w:overflowPunct w:val="0"/>`+noIndent, run("", comma)) +
			para(`<w:overflowPunct w:val="0"/>`+noIndent, run("", strings.Replace(comma, "，", "）", 1))),
			settings: `<w:noLineBreaksAfter w:lang="zh-CN" w:val="$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"/><w:noLineBreaksBefore w:lang="zh-CN" w:val="）。"/>`},
		{name: "word-wrap-off", body: para(noIndent, run("", word)) + para(`<w:wordWrap w:val="0"/>`+noIndent, run("", word))},
	}
}
