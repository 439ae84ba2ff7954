package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// wordLines is a paragraph as Word writes one whose lines end in line
// breaks (w:br), with pPr's own properties.
func wordLines(pPr string, lines ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Normal"/>` + pPr + `<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:r><w:t>` +
		strings.Join(lines, `</w:t><w:br/><w:t>`) + `</w:t></w:r></w:p>`
}

// textAt is the page (from 1) and left edge of the line drawn as text.
func textAt(t *testing.T, r *renderer, text string) (page int, x float64) {
	t.Helper()
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opText && o.text == text {
			return page, o.x
		}
	}
	t.Fatalf("%q not drawn", text)
	return 0, 0
}

// TestKeepRulesHoldPerColumn: in a section of two columns a paragraph
// under widow control whose first line alone would end the first column
// goes whole to the second, read from a docx as Word writes it.
func TestKeepRulesHoldPerColumn(t *testing.T) {
	cols := colsAs(false)["Word"]
	fill := func(n int) string { return strings.Repeat(wordLines("", "填"), n) }
	// How many lines the first column holds.
	r := laidDocx(t, rt.Docx(t, fill(60)+wordLines("", "尾"), cols, nil))
	c := 0
	for _, o := range r.ops {
		if o.kind == opPage && c > 0 {
			break
		}
		if o.kind == opText && o.text == "填" && o.x < blockLeft+1 {
			c++
		}
	}
	if c < 6 {
		t.Fatalf("%d lines in the first column", c)
	}
	for _, w := range []struct {
		pPr  string
		kept bool
	}{{`<w:widowControl/>`, true}, {`<w:widowControl w:val="0"/>`, false}} {
		r = laidDocx(t, rt.Docx(t, fill(c-1)+wordLines(w.pPr, "甲", "乙", "丙"), cols, nil))
		page, x1 := textAt(t, r, "甲")
		_, x2 := textAt(t, r, "乙")
		if page != 1 || w.kept != (x1 > blockLeft+1) || x2 < blockLeft+1 {
			t.Errorf("%s: first line on page %d at x %.1f, second at %.1f; want it in the column of the second (%v)", w.pPr, page, x1, x2, w.kept)
		}
	}
}

// wordRow is a table row of two cells as Word writes it, its cells'
// paragraphs with pPr.
func wordRow(pPr, a, b string) string {
	cell := func(text string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:pPr>` + pPr + `</w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	return `<w:tr>` + cell(a) + cell(b) + `</w:tr>`
}

// TestARowKeptWithTheNextGoesOver: a row whose cells' paragraphs carry
// keepNext (与下段同页) goes to the next page with the row after it,
// where that one would start the page alone.
func TestARowKeptWithTheNextGoesOver(t *testing.T) {
	table := func(pPr string) string {
		return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
			wordRow("", "子", "丑") + wordRow(pPr, "寅", "卯") + wordRow("", "辰", "巳") + wordRow("", "午", "未") + `</w:tbl>`
	}
	fill := func(n int) string { return strings.Repeat(wordLines("", "填"), n) }
	// The fillers that leave 寅卯's row the page's last, 辰巳's the next's first.
	n := -1
	for k := 40; k > 0 && n < 0; k-- {
		r := laidDocx(t, rt.Docx(t, fill(k)+table("")+wordLines("", "尾"), "", nil))
		if p1, _ := textAt(t, r, "寅"); p1 == 1 {
			if p2, _ := textAt(t, r, "辰"); p2 == 2 {
				n = k
			}
		}
	}
	if n < 0 {
		t.Fatal("no filler puts a page break after the second row")
	}
	r := laidDocx(t, rt.Docx(t, fill(n)+table(`<w:keepNext/>`)+wordLines("", "尾"), "", nil))
	p1, _ := textAt(t, r, "子")
	p2, _ := textAt(t, r, "寅")
	p3, _ := textAt(t, r, "辰")
	if p1 != 1 || p2 != 2 || p3 != 2 {
		t.Errorf("rows on pages %d, %d, %d; want 1, 2, 2", p1, p2, p3)
	}
}

// TestAHeadingStyleKeepsWithItsText: a 标题 1 style carrying keepNext
// and keepLines, as Word's and WPS's built-in headings do, and widow
// control in pPrDefault as Word 2016 writes it, read from the docx: the
// heading that would end the page goes over with its text, and so does
// the text's first line, which alone would end it.
func TestAHeadingStyleKeepsWithItsText(t *testing.T) {
	heading := `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="0"/></w:pPr></w:style>`
	styles := func(s string) string {
		s = strings.Replace(s, `<w:widowControl w:val="0"/>`, "", 1) // the template's Normal, Chinese Word's
		s = strings.Replace(s, "<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:widowControl/>", 1)
		return strings.Replace(s, "</w:styles>", heading+"</w:styles>", 1)
	}
	fill := func(n int) string { return strings.Repeat(wordLines("", "填"), n) }
	body := func(n int) string {
		return fill(n) + strings.Replace(wordLines("", "标"), `<w:pStyle w:val="Normal"/>`, `<w:pStyle w:val="1"/>`, 1) + wordLines("", "甲", "乙", "丙")
	}
	edited := func(docx []byte) []byte {
		return opctest.Edit(t, docx, map[string]func(string) string{"word/styles.xml": styles})
	}
	// The fillers after which the heading is the first page's last line,
	// laid out without the styles' keep rules.
	n := -1
	for k := 60; k > 0 && n < 0; k-- {
		r := laidDocx(t, rt.Docx(t, body(k), "", nil))
		if p, _ := textAt(t, r, "标"); p == 1 {
			if p2, _ := textAt(t, r, "甲"); p2 == 2 {
				n = k
			}
		}
	}
	if n < 0 {
		t.Fatal("no filler leaves the heading at the page's foot")
	}
	r := laidDocx(t, edited(rt.Docx(t, body(n), "", nil)))
	if p, _ := textAt(t, r, "标"); p != 2 {
		t.Errorf("heading on page %d, want 2 with its text", p)
	}
	r = laidDocx(t, edited(rt.Docx(t, body(n-1), "", nil)))
	if p, _ := textAt(t, r, "标"); p != 2 {
		t.Errorf("heading with room for one line of its text on page %d, want 2", p)
	}
}

// TestATableKeptWithItsCaption: a table all of whose rows' paragraphs
// carry keepNext, as Word's users keep a table with the caption (题注)
// under it, goes over with the caption where the caption alone would
// start the next page; without keepNext on its last row it stays.
func TestATableKeptWithItsCaption(t *testing.T) {
	table := func(pPr, last string) string {
		return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>` +
			wordRow(pPr, "子", "丑") + wordRow(pPr, "寅", "卯") + wordRow(last, "辰", "巳") + `</w:tbl>`
	}
	fill := func(n int) string { return strings.Repeat(wordLines("", "填"), n) }
	doc := func(n int, pPr, last string) []byte {
		return rt.Docx(t, fill(n)+table(pPr, last)+wordLines("", "注")+wordLines("", "尾"), "", nil)
	}
	// The fillers that leave the table the page's last, its caption the next's first.
	n := -1
	for k := 40; k > 0 && n < 0; k-- {
		r := laidDocx(t, doc(k, "", ""))
		if p1, _ := textAt(t, r, "辰"); p1 == 1 {
			if p2, _ := textAt(t, r, "注"); p2 == 2 {
				n = k
			}
		}
	}
	if n < 0 {
		t.Fatal("no filler puts a page break between the table and its caption")
	}
	r := laidDocx(t, doc(n, `<w:keepNext/>`, `<w:keepNext/>`))
	p1, _ := textAt(t, r, "子")
	p2, _ := textAt(t, r, "辰")
	p3, _ := textAt(t, r, "注")
	if p1 != 2 || p2 != 2 || p3 != 2 {
		t.Errorf("rows on pages %d, %d, caption on %d; want all on 2", p1, p2, p3)
	}
	r = laidDocx(t, doc(n, `<w:keepNext/>`, ""))
	if p, _ := textAt(t, r, "子"); p != 1 {
		t.Errorf("without keepNext on its last row the table starts on page %d, want 1", p)
	}
}
