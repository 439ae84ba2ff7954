package pdf

import (
	"strings"
	"testing"
)

// keepPageLines is how many lines of Normal text the corpus' page holds
// (A4, GB/T 9704's margins and grid).
const keepPageLines = 22

// keepFill are n one-line paragraphs of Normal text with widow control
// off, as Chinese Word's Normal writes it, each named by its place.
func keepFill(n int, wps bool) string {
	names := []rune("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")
	var b strings.Builder
	for i := range n {
		s := "填" + string(names[i%len(names)]) + string(names[i/len(names)])
		if wps {
			b.WriteString(wpsPara("", wpsRun("", s)))
		} else {
			b.WriteString(text(s))
		}
	}
	return b.String()
}

// keepLong is a paragraph lines long of the sample text.
func keepLong(pPr, name string, lines int) string {
	return para(pPr, run("", name+strings.Repeat(sample, lines)[len(name):]))
}

// The corpus' fixtures of 与下段同页 (w:keepNext) near a page's foot, as
// Word 2016 and WPS write them: a long keepNext paragraph that fits but
// whose next does not, under widow control and without; a chain of
// headings before a short paragraph; a table all of whose rows keep with
// the next, with its caption (题注) under it, from Word and from WPS.
func keepsFeatures(t testing.TB) []feature {
	widow, next := `<w:widowControl/>`, `<w:keepNext/><w:widowControl/>`
	cellPara := func(pPr, s string) string { return para(pPr+`<w:jc w:val="center"/>`, run("", s)) }
	rows := func(pPr string, wps bool) []string {
		var out []string
		for _, s := range []string{"项目", "资金", "绩效"} {
			if wps {
				out = append(out, row("", cell(4000, wpsPara(pPr, wpsRun("", s))), cell(4834, wpsPara(pPr, wpsRun("", s+"说明")))))
				continue
			}
			out = append(out, row("", cell(4000, cellPara(pPr, s)), cell(4834, cellPara(pPr, s+"说明"))))
		}
		return out
	}
	caption := para(`<w:jc w:val="center"/>`, run("", "表一 项目资金"))
	return []feature{
		{name: "keep-next-long", body: keepFill(keepPageLines-5, false) + keepLong(next, "长段", 5) + keepLong(widow, "后段", 3)},
		{name: "keep-next-long-no-widow", body: keepFill(keepPageLines-5, false) + keepLong(`<w:keepNext/>`, "长段", 5) + keepLong("", "后段", 3)},
		{name: "keep-next-headings", body: keepFill(keepPageLines-3, false) + para(next, run("", "一、总体情况")) + para(next, run("", "（一）资金")) + keepLong(widow, "正文", 3)},
		{name: "keep-table-caption", body: keepFill(keepPageLines-4, false) + table([]int{4000, 4834}, "", rows(`<w:keepNext/>`, false)...) + caption + text(sample)},
		// Only its rows kept together, not its last: the table stays, the caption goes over.
		{name: "keep-table-rows", body: keepFill(keepPageLines-4, false) + table([]int{4000, 4834}, "", append(rows(`<w:keepNext/>`, false)[:2], rows("", false)[2])...) + caption + text(sample)},
		{name: "keep-table-caption-wps", wps: true, body: keepFill(keepPageLines-4, true) + table([]int{4000, 4834}, "", rows(`<w:keepNext/>`, true)...) + wpsPara(`<w:jc w:val="center"/>`, wpsRun("", "表一 项目资金")) + wpsPara("", wpsRun("", sample))},
	}
}
