package layout

import (
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
)

// TestFirstAndEvenPageHeaders: a section with a title page shows its
// first-page header on its first page and no page number where its
// first-page footer is empty; even pages show the even-page header.
func TestFirstAndEvenPageHeaders(t *testing.T) {
	m := func(lines ...string) *wordmodel.Margin { return &wordmodel.Margin{Lines: lines} }
	sect := testSection
	sect.TitlePage = true
	sect.Header = wordmodel.Margins{Default: m("默认页眉"), First: m("首页页眉"), Even: m("偶数页眉")}
	sect.Footer = wordmodel.Margins{Default: m("— " + wordmodel.PageField + " —")}
	var blocks []wordmodel.Block
	for range 80 {
		blocks = append(blocks, &wordmodel.Paragraph{Style: "Normal", Text: "正文", Spacing: single()})
	}
	r, err := layout(&wordmodel.Document{Sections: []wordmodel.Section{sect}, EvenPages: true, Blocks: blocks}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := drawnTexts(r, "|")
	if len(pages) < 3 {
		t.Fatalf("%d pages", len(pages))
	}
	want := []string{"首页页眉", "偶数页眉", "默认页眉"}
	for i, w := range want {
		if !strings.Contains(pages[i], w) {
			t.Errorf("page %d shows %.60q, want %s", i+1, pages[i], w)
		}

	}
	if strings.Contains(pages[0], "—|1|—|") {
		t.Errorf("page 1 shows its number, which its empty first-page footer hides")
	}
	if !strings.HasSuffix(pages[2], "—|3|—|") {
		t.Errorf("page 3 has no page number: %q", pages[2][len(pages[2])-40:])
	}
}

// TestASectionBegunOnAnEmptyPageHasItsOwnHeader: a landscape section
// whose first block comes after a page break, on a page begun for the
// section before, shows its own first-page header there, not the one the
// page was begun with, and its default header on its second page.
func TestASectionBegunOnAnEmptyPageHasItsOwnHeader(t *testing.T) {
	m := func(lines ...string) *wordmodel.Margin { return &wordmodel.Margin{Lines: lines} }
	portrait, landscape := testSection, testSection
	portrait.Header = wordmodel.Margins{Default: m("甲节页眉")}
	landscape.Width, landscape.Height = testSection.Height, testSection.Width
	landscape.TitlePage = true
	landscape.Header = wordmodel.Margins{Default: m("乙节页眉"), First: m("乙节首页")}
	para := func(section int, text string, breaks bool) *wordmodel.Paragraph {
		return &wordmodel.Paragraph{Style: "Normal", Text: text, Spacing: single(), Section: section, PageBreakBefore: breaks}
	}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{portrait, landscape},
		Blocks: []wordmodel.Block{para(0, "第一页", false), para(0, "", true), para(1, "附件", false), para(1, "附件续", true)}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages := drawnTexts(r, "")
	if len(pages) != 3 {
		t.Fatalf("%d pages: %q", len(pages), pages)
	}
	for i, want := range []string{"甲节页眉第一页", "乙节首页附件", "乙节页眉附件续"} {
		if pages[i] != want {
			t.Errorf("page %d shows %q, want %q", i+1, pages[i], want)
		}
	}
}

// drawnTexts are the texts drawn on each page, each followed by sep.
func drawnTexts(r *renderer, sep string) []string {
	var pages []string
	for _, o := range r.ops {
		switch o.kind {
		case opPage:
			pages = append(pages, "")
		case opText:
			pages[len(pages)-1] += o.text + sep
		}
	}
	return pages
}

// TestACountOnOnePageIsInTheFontSubset: a footer on odd pages only that
// counts the pages shows a number its measuring never drew (共 2 页 on a
// page 1 measured as 共 1 页): its digits are in the fonts' subsets all
// the same.
func TestACountOnOnePageIsInTheFontSubset(t *testing.T) {
	sect := testSection
	sect.Footer = wordmodel.Margins{Default: &wordmodel.Margin{Lines: []string{"共" + wordmodel.NumPagesField + "页"}}, Even: &wordmodel.Margin{Lines: []string{"偶"}}}
	para := func(text string, breaks bool) *wordmodel.Paragraph {
		return &wordmodel.Paragraph{Style: "Normal", Text: text, Spacing: single(), PageBreakBefore: breaks}
	}
	l, err := Layout(&wordmodel.Document{Sections: []wordmodel.Section{sect}, EvenPages: true, Blocks: []wordmodel.Block{para("第一页", false), para("第二页", true)}}, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if l.pages != 2 {
		t.Fatalf("%d pages", l.pages)
	}
	marked := false
	for _, f := range l.fs.all {
		marked = marked || f.used[f.slot('2').index]
	}
	if !marked {
		t.Errorf("no font's subset holds the 2 page 1's footer shows")
	}
}
