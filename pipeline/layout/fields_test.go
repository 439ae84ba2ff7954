package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
)

// TestTOCNumbersAreThisLayouts: Word's stale numbers give way to the pages
// the headings stand on here, one digit or two (the first pass guesses
// one), each ending on the TOC style's right tab behind a dot leader.
func TestTOCNumbersAreThisLayouts(t *testing.T) {
	for _, saver := range []fieldtest.Saver{fieldtest.Word, fieldtest.WPS, fieldtest.LibreOffice} {
		t.Run(fmt.Sprint(saver), func(t *testing.T) {
			entries := fieldtest.Entries(saver)
			doc := fieldtest.Read(t, fieldtest.Docx(t, saver, entries))
			r, err := layout(doc, testOptions(t))
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range entries {
				if got := r.marks[e.Bookmark].page; got != fieldtest.Pages[i] {
					t.Fatalf("%s is on page %d, want %d", e.Text, got, fieldtest.Pages[i])
				}
			}
			sec := doc.Sections[0]
			tab := sec.Left + float64(fieldtest.TextWidth)/20*ptToMM
			var numbers, leaders []string
			page := 0
			for _, o := range r.ops {
				if o.kind == opPage {
					page++
				}
				if page != 1 || o.kind != opText || o.y > sec.Height-sec.Bottom {
					continue // the footer's page number too
				}
				if strings.Trim(o.text, ".") == "" && len(o.text) > 10 {
					leaders = append(leaders, o.text)
				}
				if strings.Trim(o.text, "0123456789") == "" {
					numbers = append(numbers, o.text)
					if end := o.x + o.face.width(o.text, o.size); math.Abs(end-tab) > 0.05 {
						t.Errorf("page number %s ends at %.2f mm, want the right tab at %.2f", o.text, end, tab)
					}
				}
			}
			if got := strings.Join(numbers, " "); got != "2 3 13" || len(leaders) != 3 {
				t.Errorf("the TOC's page numbers are %q with %d leaders, want 2 3 13, each after its leader", got, len(leaders))
			}
		})
	}
}

// TestPageFieldsInTheBodyAndSections: PAGE, NUMPAGES and SECTIONPAGES in
// body text count this layout's pages, SECTIONPAGES those of its section,
// in the text and in a footer.
func TestPageFieldsInTheBodyAndSections(t *testing.T) {
	portrait := testSection
	portrait.Footer.Default = &wordmodel.Margin{Lines: []string{"节" + wordmodel.SectionPagesField}}
	landscape := portrait
	landscape.Width, landscape.Height = testSection.Height, testSection.Width
	text := "第" + wordmodel.PageField + "页，共" + wordmodel.NumPagesField + "页，本节" + wordmodel.SectionPagesField + "页"
	p := sectionPara
	doc := &wordmodel.Document{Sections: []wordmodel.Section{portrait, landscape}, Blocks: []wordmodel.Block{
		p(0, text, false), p(0, "二", true), p(0, "三", true), p(1, text, false), p(1, "附", true)}}
	want := "|第1页，共5页，本节3页节3|二节3|三节3|第4页，共5页，本节2页节2|附节2"
	if s := laidTexts(t, doc); s != want {
		t.Errorf("pages = %s, want %s", s, want)
	}
}

// TestABookmarkInATableCell: a page reference to a bookmark in a table
// cell is the page of the cell's row; one in a cell (a TOC set as a
// table) is the page of its bookmark.
func TestABookmarkInATableCell(t *testing.T) {
	ref := &wordmodel.Paragraph{Style: "Normal", Text: "见第" + wordmodel.PageRefField + "页", Spacing: single(),
		Runs: []wordmodel.Run{{Text: "见第"}, {Text: wordmodel.PageRefField, Ref: "表一", Link: "#表一"}, {Text: "页"}}}
	table := &wordmodel.Table{Widths: []int{4000, 1000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{
		{Text: "汇总", Span: 1, Bookmarks: []string{"表一"}},
		{Text: wordmodel.PageRefField + "、" + wordmodel.PageRefField, Span: 1, Refs: []string{"二", "表一"}}}}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{ref,
		&wordmodel.Paragraph{Style: "Normal", Text: "二", Spacing: single(), PageBreakBefore: true, Runs: []wordmodel.Run{{Bookmark: "二"}, {Text: "二"}}},
		&wordmodel.Paragraph{Style: "Normal", Text: "三", Spacing: single(), PageBreakBefore: true}, table}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if m := r.marks["表一"]; m.page != 3 || kindOf(r, opText)[2].text != "3" {
		t.Errorf("the cell's bookmark is at %+v, the reference says %v", m, kindOf(r, opText)[:3])
	}
	var cell []string
	for _, o := range kindOf(r, opText) {
		if o.x > testSection.Left+4000.0/5000*(testSection.Width-testSection.Left-testSection.Right) && o.y < testSection.Height-testSection.Bottom {
			cell = append(cell, o.text)
		}
	}
	if got := strings.Join(cell, ""); got != "2、3" {
		t.Errorf("the cell's references read %q, want 2、3", got)
	}
}

// TestAReferenceTheLayoutCannotPlaceIsRefused: a page reference or a link
// to a bookmark no laid-out paragraph holds stops the layout, naming it,
// rather than print a guess.
func TestAReferenceTheLayoutCannotPlaceIsRefused(t *testing.T) {
	for _, run := range []wordmodel.Run{{Text: wordmodel.PageRefField, Ref: "_Toc404"}, {Text: "链接", Link: "#_Toc404"}} {
		p := &wordmodel.Paragraph{Style: "Normal", Text: run.Text, Runs: []wordmodel.Run{run}, Spacing: single()}
		doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{p}}
		_, err := Layout(doc, testOptions(t))
		if err == nil || !strings.Contains(err.Error(), "_Toc404") {
			t.Errorf("%+v: err = %v, want one naming the bookmark", run, err)
		}
	}
}

// TestAPageFieldOnTheNextPage: a PAGE field in a paragraph that begins on
// one page and ends on the next shows the page its line is drawn on.
func TestAPageFieldOnTheNextPage(t *testing.T) {
	filler := strings.Repeat("甲", 28*22)
	text := strings.Repeat("乙", 28*5) + "第" + wordmodel.PageField + "页"
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{
		&wordmodel.Paragraph{Style: "Normal", Text: filler, Spacing: single()},
		&wordmodel.Paragraph{Style: "Normal", Text: text, Runs: []wordmodel.Run{{Text: text}}, Spacing: single()}}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	page := 0
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
		}
		if o.kind == opText && (o.text == "第" || got != nil && len(got) < 3) {
			got = append(got, fmt.Sprint(page, o.text))
		}
	}
	if s := strings.Join(got, " "); s != "2第 22 2页" {
		t.Errorf("the field's line reads %q (page and text), want it on page 2 saying 2", s)
	}
}
