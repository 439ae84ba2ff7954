package wordmodel_test

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// layoutStyles are a chain of styles as Word writes them: a base on
// Normal with twips and *Chars indents and spacing, a child that sets
// only part of each, and a style based on nothing.
const layoutStyles = `<w:style w:type="paragraph" w:styleId="LayBase"><w:name w:val="缩进基"/><w:basedOn w:val="Normal"/>` +
	`<w:pPr><w:spacing w:before="120" w:after="240" w:line="360" w:lineRule="auto"/><w:ind w:leftChars="200" w:left="640"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="LayChild"><w:name w:val="缩进子"/><w:basedOn w:val="LayBase"/>` +
	`<w:pPr><w:spacing w:beforeLines="50"/><w:ind w:hanging="420"/><w:jc w:val="distribute"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="LayPlain"><w:name w:val="无基"/><w:pPr><w:snapToGrid w:val="0"/><w:contextualSpacing/></w:pPr></w:style>`

func styled(style, pPr, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/>` + pPr + `</w:pPr>` + run("", text) + `</w:p>`
}

func TestParagraphLayoutIsResolvedThroughStyles(t *testing.T) {
	doc := fixture{styles: layoutStyles, body: styled("LayChild", "", "子") +
		styled("LayChild", `<w:spacing w:line="400" w:lineRule="atLeast"/><w:ind w:right="300" w:rightChars="0"/><w:jc w:val="start"/>`, "直接") +
		styled("LayPlain", "", "无基") +
		styled("Normal", `<w:spacing w:after="0" w:line="300" w:lineRule="exact"/>`, "正文")}.read(t)
	ps := paragraphs(doc)
	if len(ps) != 4 {
		t.Fatalf("%d paragraphs", len(ps))
	}
	child, direct, plain, body := ps[0], ps[1], ps[2], ps[3]
	// The child's hanging indent replaces Normal's firstLineChars (one
	// group), its left indent is the base's; its beforeLines replaces the
	// base's before, its after and line are the base's.
	if in := *child.Indent; in != (wordmodel.Indent{Left: 640, LeftChars: 200, First: -420}) {
		t.Errorf("child indent = %+v", in)
	}
	if sp := *child.Spacing; sp != (wordmodel.Spacing{BeforeLines: 50, After: 240, Line: 360, LineRule: "auto"}) {
		t.Errorf("child spacing = %+v", sp)
	}
	if child.Align != "distribute" {
		t.Errorf("child align = %q", child.Align)
	}
	if in, sp := *direct.Indent, *direct.Spacing; in.Right != 300 || in.Left != 640 || sp.Line != 400 || sp.LineRule != "atLeast" || sp.After != 240 || direct.Align != "left" {
		t.Errorf("direct = %+v %+v %q", in, sp, direct.Align)
	}
	// Based on nothing: the document defaults' alignment, no indent,
	// single spacing, and off the grid; its spacing is contextual, and
	// widow control, said nowhere, is on.
	if in, sp := *plain.Indent, *plain.Spacing; in != (wordmodel.Indent{}) || sp != (wordmodel.Spacing{Line: 240, LineRule: "auto", NoGrid: true, Contextual: true, Keeps: wordmodel.Keeps{WidowControl: true}}) || plain.Align != "both" {
		t.Errorf("plain = %+v %+v %q", in, sp, plain.Align)
	}
	if in, sp := *body.Indent, *body.Spacing; in.FirstChars != 200 || sp.Line != 300 || sp.LineRule != "exact" {
		t.Errorf("body = %+v %+v", in, sp)
	}
}

func TestSectionGridIsRead(t *testing.T) {
	landscape := `<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000"/>` +
		`<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:pPr></w:p>`
	doc := fixture{body: para(run("", "甲")) + landscape + para(run("", "乙"))}.read(t)
	if len(doc.Sections) != 2 {
		t.Fatalf("%d sections", len(doc.Sections))
	}
	first, last := doc.Sections[0], doc.Sections[1]
	if !near(first.LinePitch, 312*25.4/1440) || first.CharPitch != 0 || !first.Landscape() {
		t.Errorf("landscape section = %+v", first)
	}
	// The template's grid: 579 twips a line; a cell of Normal's 16 pt
	// less 849/4096 pt, so that 28 fit in its 156 mm.
	if !near(last.LinePitch, 579*25.4/1440) || !near(last.CharPitch, (16-849.0/4096)*25.4/72) {
		t.Errorf("template section = %+v", last)
	}
	if n := (last.Width - last.Left - last.Right) / last.CharPitch; int(n+1e-9) != 28 {
		t.Errorf("the template's grid holds %.3f characters a line, want 28", n)
	}
	if n := (last.Height - last.Top - last.Bottom) / last.LinePitch; int(n+1e-9) != 22 {
		t.Errorf("the template's grid holds %.3f lines a page, want 22", n)
	}
}

// TestANegativeCharSpaceAsLibreOfficeWritesIt: LibreOffice saves
// charSpace -1025 as 4294966271, its unsigned pattern; the grid is the
// same 28 characters a line as Word's -1025.
func TestANegativeCharSpaceAsLibreOfficeWritesIt(t *testing.T) {
	grid := func(space string) wordmodel.Section {
		sect := `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/>` +
			`<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="` + space + `"/></w:sectPr></w:pPr></w:p>`
		doc := fixture{body: para(run("", "甲")) + sect}.read(t)
		return doc.Sections[len(doc.Sections)-1]
	}
	word, libre := grid("-1025"), grid("4294966271")
	if !near(word.CharPitch, libre.CharPitch) {
		t.Errorf("a cell of %.3f mm as Word writes it, %.3f mm as LibreOffice does", word.CharPitch, libre.CharPitch)
	}
	if n := (libre.Width - libre.Left - libre.Right) / libre.CharPitch; int(n+1e-9) != 28 {
		t.Errorf("the resaved grid holds %.3f characters a line, want 28", n)
	}
}

func paragraphs(doc *wordmodel.Document) []*wordmodel.Paragraph {
	var out []*wordmodel.Paragraph
	for _, b := range doc.Blocks {
		if p, ok := b.(*wordmodel.Paragraph); ok {
			out = append(out, p)
		}
	}
	return out
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.001 }

func TestTabStopsAreResolved(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:styleId="TocLine"><w:name w:val="目录行"/><w:basedOn w:val="Normal"/><w:pPr>` +
		`<w:tabs><w:tab w:val="left" w:pos="420"/><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs></w:pPr></w:style>`
	doc := fixture{styles: styles, body: styled("TocLine", `<w:tabs><w:tab w:val="clear" w:pos="420"/><w:tab w:val="center" w:leader="none" w:pos="4000"/><w:tab w:val="end" w:leader="middleDot" w:pos="6000"/></w:tabs>`,
		"第一章") + styled("TocLine", "", "第二章")}.read(t)
	ps := paragraphs(doc)
	want := []wordmodel.TabStop{{Pos: 4000, Align: "center"}, {Pos: 6000, Align: "right", Leader: "middleDot"}, {Pos: 8834, Align: "right", Leader: "dot"}}
	if got := ps[0].Tabs; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tabs = %+v, want %+v", got, want)
	}
	if got := ps[1].Tabs; len(got) != 2 || got[0].Pos != 420 || got[1].Leader != "dot" {
		t.Errorf("the style's tabs = %+v", got)
	}
	if doc.DefaultTab != 420 {
		t.Errorf("default tab = %v, want the template's 420", doc.DefaultTab)
	}
}

// themeXML is a theme as Word writes it: the East Asian typeface empty,
// named per script instead.
const themeXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">` +
	`<a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>` +
	`<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="楷体"/></a:minorFont>` +
	`</a:fontScheme></a:themeElements></a:theme>`

func TestStyleFontsPerScript(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:styleId="HeiTitle"><w:name w:val="黑体标题"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Themed"><w:name w:val="主题字体"/><w:rPr><w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="minorEastAsia" w:asciiTheme="majorHAnsi"/></w:rPr></w:style>`
	doc := fixture{styles: styles, parts: map[string]string{"word/theme/theme1.xml": themeXML},
		body: styled("HeiTitle", "", "标题") + styled("Themed", "", "主题") +
			`<w:p><w:pPr><w:pStyle w:val="HeiTitle"/></w:pPr>` + run(`<w:rFonts w:ascii="黑体"/>`, "2023") + `</w:p>`}.read(t)
	var got []string
	for _, p := range paragraphs(doc) {
		got = append(got, p.Runs[0].Font+"/"+p.Runs[0].LatinFont)
	}
	// The style's East Asian font over Normal's, Normal's Latin one; a
	// theme reference over the name beside it; a run's Latin font leaves
	// its style's East Asian one.
	if want := "黑体/Times New Roman|楷体/Arial|黑体/黑体"; strings.Join(got, "|") != want {
		t.Errorf("fonts = %s, want %s", strings.Join(got, "|"), want)
	}
}

// TestAParagraphTurnsOffItsStylesPageBreak: <w:pageBreakBefore w:val="0"/>
// on a paragraph of a style that breaks the page keeps it on the page.
func TestAParagraphTurnsOffItsStylesPageBreak(t *testing.T) {
	doc := fixture{body: styled("JxAttachLabel", `<w:pageBreakBefore w:val="0"/>`, "不换页") + styled("JxAttachLabel", "", "换页")}.read(t)
	if ps := paragraphs(doc); ps[0].PageBreakBefore || !ps[1].PageBreakBefore {
		t.Errorf("page breaks before: %v, %v; want false, true", ps[0].PageBreakBefore, ps[1].PageBreakBefore)
	}
}

// TestTabStopsWordCouldNotHaveSetAreListed: a stop farther than Word's
// 1584 pt either way (a crafted or damaged template; it once made a
// leader of half a billion dots) is not a stop, and is listed: Word
// restricts a stop to 1584 pt, and what it makes of one past that is
// known to none. A bar tab, the line Word draws down the paragraph, is
// listed too, in a style as in the paragraph.
func TestTabStopsWordCouldNotHaveSetAreListed(t *testing.T) {
	doc := fixture{body: styled("Normal", `<w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="100000000000"/><w:tab w:val="left" w:pos="-99999999"/><w:tab w:val="right" w:leader="dot" w:pos="31680"/></w:tabs>`, "签名")}.read(t)
	want := []wordmodel.TabStop{{Pos: 31680, Align: "right", Leader: "dot"}}
	if got := paragraphs(doc)[0].Tabs; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tabs = %+v, want %+v", got, want)
	}
	wantListed(t, doc, "第 1 段（“签名”）：超出 Word 范围的制表位（位置“100000000000”缇，Word 最多设到 1584 磅）",
		"第 1 段（“签名”）：超出 Word 范围的制表位（位置“-99999999”缇，Word 最多设到 1584 磅）")
	doc = fixture{body: styled("Normal", `<w:tabs><w:tab w:val="bar" w:pos="4000"/><w:tab w:val="clear" w:pos="99999"/></w:tabs>`, "竖线")}.read(t)
	wantListed(t, doc, "第 1 段（“竖线”）：竖线对齐制表符（Word 在段落的每一行画一条竖线）")
}

// TestATabPastTheMarginIsListed: a tab whose stop stands past the page's
// right margin (Word's dialog takes stops up to 1584 pt) is listed, where
// Word sets the text after it being unsettled; a stop at the margin is
// drawn, and a stop no tab uses is nothing.
func TestATabPastTheMarginIsListed(t *testing.T) {
	p := func(pos int, runs ...string) string {
		return fmt.Sprintf(`<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="%d"/></w:tabs></w:pPr>`, pos) + strings.Join(runs, "") + `</w:p>`
	}
	tab := `<w:r><w:tab/></w:r>`
	doc := fixture{body: p(31680, run("", "签名"), tab, run("", "乙")) + p(9500, run("", "页边距中"), tab, run("", "丙")) +
		p(8844, run("", "版心右端"), tab, run("", "丁")) + p(20000, run("", "没有制表符"))}.read(t)
	wantListed(t, doc, "第 1 段（“签名\t乙”）：右边距以外的制表位（1584 磅处，版心宽 442 磅）",
		"第 2 段（“页边距中\t丙”）：右边距以外的制表位（475 磅处，版心宽 442 磅）")
}
