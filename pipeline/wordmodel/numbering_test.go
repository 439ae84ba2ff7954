package wordmodel_test

import (
	"fmt"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// lvl is a w:lvl as Word writes it.
func lvl(ilvl int, format, text, extra string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d" w:tplc="04090019"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>%s<w:pPr><w:ind w:left="%d" w:hanging="420"/></w:pPr></w:lvl>`,
		ilvl, format, text, extra, 420*(ilvl+1))
}

// listed is the fixture with numbering.xml holding abstract lists and nums.
func listed(body, styles, abstracts, nums string) fixture {
	return fixture{
		body:   body,
		styles: styles,
		parts: map[string]string{
			"word/numbering.xml":  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + wordNS + `>` + abstracts + nums + `</w:numbering>`,
			"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
		},
		rels: `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
	}
}

func abstract(id int, levels ...string) string {
	return fmt.Sprintf(`<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0"><w:nsid w:val="2A1F6B3C"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="1C2E4F6A"/>%s</w:abstractNum>`, id, strings.Join(levels, ""))
}

func num(id, abstractID int, overrides string) string {
	return fmt.Sprintf(`<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>`, id, abstractID, overrides)
}

// item is a list paragraph as Word writes it: numPr in its properties.
func item(numID, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>`, ilvl, numID) + run("", text) + `</w:p>`
}

// TestListLabelsCountAsWordDoes: the labels of a 公文 outline (一、（一）
// 1.（1）) count across the document as Word's do: a level restarts after
// a higher one, a second num of the same list goes on counting, a
// startOverride restarts the list's count and the first num then counts
// on from there (三 after 一、二 of the restart, where Word shows it: the
// nums of one abstract list share one count), lvlRestart 0 never restarts, isLgl writes
// every level in decimal, and a style can put its paragraphs in a list.
func TestListLabelsCountAsWordDoes(t *testing.T) {
	outline := abstract(0,
		lvl(0, "chineseCounting", "%1、", `<w:suff w:val="nothing"/>`),
		lvl(1, "chineseCounting", "（%2）", `<w:suff w:val="nothing"/>`),
		lvl(2, "decimal", "%3.", `<w:suff w:val="space"/>`),
		lvl(3, "decimal", "（%4）", ""),
		lvl(4, "decimal", "%1.%2.%3.%5", `<w:isLgl/>`))
	never := abstract(1, lvl(0, "upperRoman", "%1.", `<w:suff w:val="space"/>`), lvl(1, "lowerLetter", "%2)", `<w:lvlRestart w:val="0"/><w:suff w:val="space"/>`))
	kinds := abstract(2,
		lvl(0, "ideographTraditional", "%1、", `<w:suff w:val="nothing"/>`),
		lvl(1, "decimalEnclosedCircleChinese", "%2", `<w:suff w:val="nothing"/>`),
		lvl(2, "decimalFullWidth", "%3．", `<w:suff w:val="nothing"/>`))
	bullets := abstract(3,
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF0B7"+`"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>`,
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF0D8"+`"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>`,
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:hint="eastAsia"/></w:rPr></w:lvl>`)
	styles := `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading1"><w:name w:val="一级标题"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>`
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + run("", "总体情况") + `</w:p>` +
		item(1, 1, "预算编制") + item(1, 1, "预算执行") + item(1, 2, "收入") + item(1, 2, "支出") + item(1, 3, "基本支出") +
		item(1, 4, "人员经费") +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>` + run("", "主要做法") + `</w:p>` +
		item(1, 1, "建机制") + item(2, 2, "第二个 num 接着数") +
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>` + run("", "不编号的标题") + `</w:p>` +
		item(2, 0, "三") +
		item(3, 0, "重新开始") + item(3, 0, "再一个") +
		item(4, 0, "罗马") + item(4, 1, "字母") + item(4, 0, "罗马二") + item(4, 1, "字母不重排") +
		item(5, 0, "甲项") + item(5, 1, "圈号") + item(5, 2, "全角") + item(5, 0, "乙项") +
		item(6, 0, "圆点") + item(6, 1, "箭头") + item(6, 2, "短横") +
		item(1, 0, "四") + item(7, 0, "未定义的编号不画")
	nums := num(1, 0, "") + num(2, 0, "") + num(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`) +
		num(4, 1, "") + num(5, 2, "") + num(6, 3, "")
	doc := listed(body, styles, outline+never+kinds+bullets, nums).read(t)
	want := []string{
		"一、总体情况", "（一）预算编制", "（二）预算执行", "1. 收入", "2. 支出", "（1）\t基本支出", "1.2.2.1\t人员经费",
		"二、主要做法", "（一）建机制", "1. 第二个 num 接着数", "不编号的标题", "三、三",
		"一、重新开始", "二、再一个",
		"I. 罗马", "a) 字母", "II. 罗马二", "b) 字母不重排",
		"甲、甲项", "①圈号", "１．全角", "乙、乙项",
		"•\t圆点", "➢\t箭头", "–\t短横",
		"三、四", "未定义的编号不画",
	}
	got := texts(doc)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("labels:\n got %q\nwant %q", got, want)
	}
	for _, b := range doc.Blocks {
		if p := b.(*wordmodel.Paragraph); p.Text == "圆点" && (p.Indent == nil || p.Indent.Left != 420 || p.Indent.First != -420) {
			t.Errorf("圆点's indent = %+v, want the level's 420 hanging 420", p.Indent)
		}
	}
	if len(doc.Undrawn) != 0 {
		t.Errorf("undrawn: %v", doc.Undrawn)
	}
}

// TestAnUnknownNumberFormatIsListed: a label the PDF cannot write as Word
// does (Hebrew letters), a bullet from a symbol with no mapping and a
// picture bullet are listed, not drawn wrong.
func TestAnUnknownNumberFormatIsListed(t *testing.T) {
	a := abstract(0, lvl(0, "hebrew1", "%1", ""), `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF021"+`"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>`,
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="`+"\uF0B7"+`"/><w:lvlPicBulletId w:val="0"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>`)
	doc := listed(item(1, 0, "第一")+item(1, 1, "符号")+item(1, 2, "图标"), "", a, num(1, 0, "")).read(t)
	var got []string
	for _, f := range doc.Undrawn {
		got = append(got, f.String())
	}
	if len(got) != 3 || !strings.Contains(got[0], "第 1 段（“第一”）") || !strings.Contains(got[0], "hebrew1") || !strings.Contains(got[1], "项目符号（Wingdings 字体）") || !strings.Contains(got[2], "第 3 段（“图标”）：含图片项目符号") {
		t.Errorf("undrawn = %q", got)
	}
}

// TestAListFromAListStyle: a list made from a list style (Word's 多级列表
// 样式) names the style (numStyleLink); its labels are the style's list's.
func TestAListFromAListStyle(t *testing.T) {
	styled := `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="OutlineList"/>` +
		lvl(0, "chineseCounting", "%1、", `<w:suff w:val="nothing"/>`) + lvl(1, "decimal", "%2.", `<w:suff w:val="nothing"/>`) + `</w:abstractNum>`
	linked := `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="OutlineList"/></w:abstractNum>`
	style := `<w:style w:type="numbering" w:customStyle="1" w:styleId="OutlineList"><w:name w:val="公文大纲"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`
	doc := listed(item(2, 0, "总体")+item(2, 1, "细项")+item(2, 0, "做法"), style, styled+linked, num(1, 0, "")+num(2, 1, "")).read(t)
	if got := strings.Join(texts(doc), "|"); got != "一、总体|1.细项|二、做法" {
		t.Errorf("labels = %q", got)
	}
}

// TestNumsOfOneListShareTheirCount: Word keeps one count per abstract
// list. A num that restarts it (startOverride, as Word's 重新开始编号 and
// 设置编号值 write it) sets the count at its first paragraph, and every
// num of that list counts on from there, the restarted one as well as the
// first; LibreOffice writes a continued list as one more num of the same
// abstract list, with no override.
func TestNumsOfOneListShareTheirCount(t *testing.T) {
	list := abstract(0, lvl(0, "decimal", "%1.", `<w:suff w:val="space"/>`), lvl(1, "decimal", "%1.%2", `<w:suff w:val="space"/>`))
	body := item(1, 0, "甲") + item(1, 0, "乙") + item(1, 1, "乙一") +
		item(2, 0, "从八起") + item(1, 0, "接着九") + item(1, 0, "接着十") +
		item(3, 0, "重新编号") + item(4, 0, "LibreOffice 接着") + item(1, 1, "下一级") +
		item(2, 0, "再用第二个 num 不再重排")
	nums := num(1, 0, "") + num(2, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride>`) +
		num(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`) + num(4, 0, "")
	got := texts(listed(body, "", list, nums).read(t))
	want := []string{"1. 甲", "2. 乙", "2.1 乙一", "8. 从八起", "9. 接着九", "10. 接着十", "1. 重新编号", "2. LibreOffice 接着", "2.1 下一级", "3. 再用第二个 num 不再重排"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("labels:\n got %q\nwant %q", got, want)
	}
}

// TestCustomNumberPatterns: Word 2010's 001, 002, 003 and 0001 (a custom
// numFmt in mc:Choice, decimal in mc:Fallback, as Word writes them) show
// their zeros, not the fallback's plain digits; a pattern not written
// here is listed, naming its format, rather than shown as the fallback.
func TestCustomNumberPatterns(t *testing.T) {
	custom := func(id int, pattern string) string {
		choice := `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="` + pattern + `"/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>`
		return abstract(id, strings.Replace(lvl(0, "decimal", "%1.", ""), `<w:numFmt w:val="decimal"/>`, choice, 1))
	}
	doc := listed(item(1, 0, "甲")+item(1, 0, "乙")+item(2, 0, "丙"), "", custom(0, "001, 002, 003, ...")+custom(1, "0001, 0002, 0003, ..."),
		num(1, 0, "")+num(2, 1, "")).read(t)
	wantListed(t, doc)
	var labels []string
	for _, p := range paragraphs(doc) {
		labels = append(labels, p.Label.Text)
	}
	if got := strings.Join(labels, " "); got != "001.\t 002.\t 0001.\t" {
		t.Errorf("labels %q", got)
	}
	doc = listed(item(1, 0, "甲"), "", custom(0, "a, b, c, ..."), num(1, 0, "")).read(t)
	wantListed(t, doc, "第 1 段（“甲”）：编号格式“custom”（Word 2010 的自定义编号格式）")
}
