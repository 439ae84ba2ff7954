package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestASectionStartsWhereItsBreakSays: a section of the same page as the
// one before starts a new page after a 下一页 break (w:type nextPage, or
// none, as Word writes its default), goes on below after a 连续 one, and
// after 奇数页 or 偶数页 starts on the next page of that number, a blank
// page left before it where the next has the other.
func TestASectionStartsWhereItsBreakSays(t *testing.T) {
	for _, c := range []struct {
		typ  string
		page int // the second section's page, from 0
	}{
		{"", 1}, {"nextPage", 1}, {"continuous", 0}, {"evenPage", 1}, {"oddPage", 2},
	} {
		body := paragraphsNumbered(0, 2) + sectionEnd("", "") + paragraphsNumbered(2, 2) + sectionEnd(c.typ, "")
		r := laidDocx(t, rt.Docx(t, body, "", nil))
		s := starts(r)
		if s[0].page != 0 || s[2].page != c.page || s[3].page != c.page {
			t.Errorf("w:type %q: the sections start on pages %d and %d, want 0 and %d", c.typ, s[0].page, s[2].page, c.page)
		}
		if c.page > 0 && !nearMM(s[2].y, s[0].y) {
			t.Errorf("w:type %q: the second section starts at %.2f mm on its page, the first at %.2f", c.typ, s[2].y, s[0].y)
		}
		if got := len(pagesOf(r)); got != c.page+1 {
			t.Errorf("w:type %q: %d pages, want %d", c.typ, got, c.page+1)
		}
	}
}

// TestAPageBreakStartsAPageWhereItStands: a page break (w:br
// w:type="page", Word's Ctrl+Enter) in the middle of a paragraph starts
// the next page with the text after it, that text going on at the
// paragraph's left edge as after a line break; one before all of a
// paragraph's text takes the whole paragraph over; one after all of it,
// the next paragraph.
func TestAPageBreakStartsAPageWhereItStands(t *testing.T) {
	const brk = `<w:r><w:br w:type="page"/></w:r>`
	run := func(text string) string { return rt.Word.Run("", text) }
	para := func(runs ...string) string {
		return `<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	for _, c := range []struct {
		name       string
		body       string
		pages      [3]int // of 第00段, 第01段, 第02段
		continuing bool   // 第01段 goes on from its paragraph's left edge
	}{
		{"middle", para(run("第00段前文"), brk, run("第01段后文")) + para(run("第02段")), [3]int{0, 1, 1}, true},
		{"start", para(run("第00段")) + para(brk, run("第01段")) + para(run("第02段")), [3]int{0, 1, 1}, false},
		{"end", para(run("第00段"), brk) + para(run("第01段")) + para(run("第02段")), [3]int{0, 1, 1}, false},
		{"none", para(run("第00段")) + para(run("第01段")) + para(run("第02段")), [3]int{0, 0, 0}, false},
	} {
		r := laidDocx(t, rt.Docx(t, c.body, "", nil))
		s := starts(r)
		for k, want := range c.pages {
			if got, ok := s[k]; !ok || got.page != want {
				t.Errorf("%s: 第%02d段 on page %d (found %v), want %d", c.name, k, got.page, ok, want)
			}
		}
		if c.continuing && !(s[1].x < s[0].x-1) {
			t.Errorf("%s: the text after the break starts at %.2f mm, the paragraph's first line at %.2f", c.name, s[1].x, s[0].x)
		}
		if !c.continuing && !nearMM(s[1].x, s[0].x) {
			t.Errorf("%s: 第01段 starts at %.2f mm, 第00段 at %.2f", c.name, s[1].x, s[0].x)
		}
	}
}

// TestTheBlankPageBeforeAnOddPageSectionIsTheLastSections: the page left
// blank before a section that starts on an odd (even) page shows the
// header and footer of the section before it and the number after its
// last, not the next section's; the next section's first page follows
// with its own header and its restarted number.
func TestTheBlankPageBeforeAnOddPageSectionIsTheLastSections(t *testing.T) {
	head := func(name string) wordmodel.Margins {
		return wordmodel.Margins{Default: &wordmodel.Margin{Lines: []string{name + "页眉"}}}
	}
	foot := func(name string) wordmodel.Margins {
		return wordmodel.Margins{Default: &wordmodel.Margin{Lines: []string{name + "第" + wordmodel.PageField + "页"}}}
	}
	p := sectionPara
	for _, c := range []struct {
		name   string
		parity string
		start  int
		blocks []wordmodel.Block
		want   string
	}{
		{"odd after page 1", "odd", 0, []wordmodel.Block{p(0, "一", false), p(1, "二", false)},
			"|甲页眉一甲第1页|甲页眉甲第2页|乙页眉二乙第3页"},
		{"even after page 2", "even", 0, []wordmodel.Block{p(0, "一", false), p(0, "二", true), p(1, "三", false)},
			"|甲页眉一甲第1页|甲页眉二甲第2页|甲页眉甲第3页|乙页眉三乙第4页"},
		{"odd, restarted at 1", "odd", 1, []wordmodel.Block{p(0, "一", false), p(1, "二", false)},
			"|甲页眉一甲第1页|乙页眉二乙第1页"},
		{"odd after an empty page", "odd", 0, []wordmodel.Block{p(0, "一", false), p(0, "", true), p(1, "二", false)},
			"|甲页眉一甲第1页|甲页眉甲第2页|乙页眉二乙第3页"},
	} {
		first, second := testSection, testSection
		first.Header, first.Footer = head("甲"), foot("甲")
		second.Header, second.Footer = head("乙"), foot("乙")
		second.Parity, second.PageStart = c.parity, c.start
		doc := &wordmodel.Document{Sections: []wordmodel.Section{first, second}, Blocks: c.blocks}
		if s := laidTexts(t, doc); s != c.want {
			t.Errorf("%s: pages %s, want %s", c.name, s, c.want)
		}
	}
}

// TestASectionAfterAColumnBreakStartsInTheNextColumn: a section after a
// 分栏 section break (w:type nextColumn) of two columns, after a section
// of two whose text fills part of the first, starts at the top of the
// second column of the same page in a document of Word 2010; one whose
// section before fills both columns starts the next page; in a document of
// Word 2013 and later, and where either section has one column or they
// have different numbers, it starts the next page.
func TestASectionAfterAColumnBreakStartsInTheNextColumn(t *testing.T) {
	two, three := colsAs(false)["Word"], `<w:cols w:num="3" w:space="425"/>`
	for _, c := range []struct {
		name          string
		before, after string
		paras, compat int
		page          int  // of the second section's first paragraph, from 0
		secondColumn  bool // it stands in the second column, at the columns' top
	}{
		{"Word 2010", two, two, 2, 14, 0, true},
		{"WPS (no compatibility mode)", two, two, 2, 0, 0, true},
		{"no column left", two, two, 10, 14, -1, false},
		{"Word 2013", two, two, 2, 15, 1, false},
		{"one column before", "", two, 2, 14, 1, false},
		{"one column after", two, "", 2, 14, 1, false},
		{"three after two", two, three, 2, 14, 1, false},
	} {
		body := paragraphsNumbered(0, c.paras) + sectionEnd("", c.before) + paragraphsNumbered(c.paras, 2) + sectionEnd("nextColumn", c.after)
		r := laidDocx(t, rt.Compat(t, rt.Docx(t, body, "", nil), c.compat))
		s := starts(r)
		first, second := s[0], s[c.paras]
		if last := s[c.paras-1]; c.page < 0 {
			// The page after the one the section before ends on in its
			// second column.
			if !(last.x > first.x+50) {
				t.Fatalf("%s: the first section ends in its first column", c.name)
			}
			c.page = last.page + 1
		}
		if second.page != c.page {
			t.Errorf("%s: the second section starts on page %d, want %d", c.name, second.page, c.page)
		}
		inSecond := second.page == first.page && second.x > first.x+50
		if inSecond != c.secondColumn || c.secondColumn && !nearMM(second.y, first.y) {
			t.Errorf("%s: the second section starts at (%.2f, %.2f) mm, the first at (%.2f, %.2f)", c.name, second.x, second.y, first.x, first.y)
		}
	}
}

// sectionPara is a paragraph of text s in section, a page break before
// it where brk.
func sectionPara(section int, s string, brk bool) *wordmodel.Paragraph {
	return &wordmodel.Paragraph{Style: "Normal", Text: s, Runs: []wordmodel.Run{{Text: s}}, Spacing: single(), Section: section, PageBreakBefore: brk}
}

// laidTexts lays doc out and returns its texts in order, each page begun
// by a |.
func laidTexts(t *testing.T, doc *wordmodel.Document) string {
	t.Helper()
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range r.ops {
		if o.kind == opPage {
			got = append(got, "|")
		}
		if o.kind == opText {
			got = append(got, o.text)
		}
	}
	return strings.Join(got, "")
}
