package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// The corpus' fixtures of notes numbered on each page in a table's cells
// and of custom marks (自定义标记) in cells and as WPS writes them.

// eachPage is 每页重新编号 in ①②③ for the whole document, as Word 2016
// writes it in settings.xml and in the sectPr alike.
const (
	eachPageSect     = `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/></w:footnotePr>`
	eachPageSettings = `<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachPage"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>`
)

// customRef is a reference with a custom mark, the mark the run's text,
// as Word 2016 writes it (WPS adds its East Asian hint and language).
func customRef(id int, mark string, wps bool) string {
	rPr := `<w:rStyle w:val="a9"/>`
	if wps {
		rPr = `<w:rStyle w:val="a9"/><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`
	}
	return fmt.Sprintf(`<w:r><w:rPr>%s</w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="%d"/><w:t>%s</w:t></w:r>`, rPr, id, mark)
}

// customNote makes the n-th note of a notes part (from 1) lead with
// mark as text, where Word writes its w:footnoteRef for a numbered one.
func customNote(part string, n int, mark string) string {
	ref := `<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:footnoteRef/></w:r>`
	at := strings.Index(part, fmt.Sprintf(`<w:footnote w:id="%d">`, n))
	k := at + strings.Index(part[at:], ref)
	return part[:k] + `<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:t>` + mark + `</w:t></w:r>` + part[k+len(ref):]
}

// unitLine is a 单位 line off the grid, 15 pt exactly: it moves the table
// half a row down, so that the first page's last row is not one whose
// room depends on the notes' line height, where LibreOffice sets 小五 at
// its face's 12.9 pt and Word (and we) at 11.7 pt (see footnote-continued).
var unitLine = para(`<w:snapToGrid w:val="0"/><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="right"/>`, run("", "单位：元"))

func notes3Features(testing.TB) []feature {
	// A project list of 33 rows over two pages, notes in rows 3 and 6
	// and in row 32, overleaf, before a note in the text after it.
	var rows []string
	marked := map[int]int{3: 1, 6: 2, 32: 3}
	for i := 1; i <= 33; i++ {
		name := []string{run("", fmt.Sprintf("第%d个重点项目", i))}
		if id, ok := marked[i]; ok {
			name = append(name, noteRef("footnote", id))
		}
		rows = append(rows, row("", cell(1500, para(`<w:jc w:val="center"/>`, run("", fmt.Sprint(i)))), cell(4834, para("", name...)), cell(2500, para(`<w:jc w:val="right"/>`, run("", fmt.Sprintf("%d.00", 100+i*7))))))
	}
	customPart := customNote(customNote(notes("footnote", "自定义标记的脚注。", "编号的脚注。", "表中自定义标记的脚注。"), 1, "*"), 3, "*")
	return []feature{
		// 每页重新编号 with marks in a table's cells: ①② in the first
		// page's rows, ① again in the row overleaf and ② in the text after it, on that page too.
		{name: "footnotes-each-page-cells", body: text("重点项目见下表。") + unitLine + table([]int{1500, 4834, 2500}, "", rows...) + para("", run("", "表后文字"), noteRef("footnote", 4), run("", "。")),
			sect: eachPageSect, settings: eachPageSettings,
			parts: map[string]string{"word/footnotes.xml": notes("footnote", "第三行的脚注。", "第六行的脚注。", "第二页表中的脚注。", "表后文字的脚注。")}},
		// A footnote in a framed paragraph (a Word 2003 签发人 frame at
		// the page's right, 图文框), at the foot of the frame's page before
		// its anchor's own.
		{name: "footnote-in-frame", body: text("正文第一段") + para(`<w:framePr w:w="2880" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="7201" w:y="1"/>`, run("", "签发人：张三"), noteRef("footnote", 1)) +
			para("", run("", "锚定段落"), noteRef("footnote", 2), run("", "。")),
			parts: map[string]string{"word/footnotes.xml": notes("footnote", "图文框中的脚注。", "锚定段落的脚注。")}},
		// Custom marks (插入脚注 with 自定义标记) as WPS writes them, one in
		// the body and one in a table's cell, a numbered note between.
		{name: "footnote-custom-mark-cell", wps: true, body: para("", run("", "正文有自定义标记"), customRef(1, "*", true), run("", "和编号"), noteRef("footnote", 2), run("", "的脚注。")) +
			table([]int{4167, 4167}, "", row("", cell(4167, para("", run("", "表中有标记"), customRef(3, "*", true))), cell(4167, para("", run("", "100.00"))))) + text("表后文字"),
			parts: map[string]string{"word/footnotes.xml": customPart}},
	}
}
