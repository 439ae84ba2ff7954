package pdf

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
	"jixiao/templates"
)

// pageBreak is a paragraph of text that ends its page.
const pageBreak = `<w:p><w:r><w:t>续</w:t><w:br w:type="page"/></w:r></w:p>`

// tocEntries are three headings whose TOC numbers Word saved wrong (9, 10,
// 11); they stand on pages 2, 3 and 13 of tocDocx's document.
func tocEntries(saver fieldtest.Saver) []fieldtest.Entry {
	prefix := "_Toc15345"
	if saver == fieldtest.LibreOffice {
		prefix = "__RefHeading___Toc15345"
	}
	return []fieldtest.Entry{
		{Level: 1, Text: "一、基本情况", Bookmark: prefix + "01", Stale: 9},
		{Level: 2, Text: "（一）事前评价", Bookmark: prefix + "02", Stale: 10},
		{Level: 3, Text: "1.项目概况", Bookmark: prefix + "03", Stale: 11},
	}
}

// tocDocx is the default template with a TOC as saver writes it, each
// heading after a page break, the last nine pages further on.
func tocDocx(t *testing.T, saver fieldtest.Saver, extra string) []byte {
	t.Helper()
	return tocDocxOf(t, saver, tocEntries(saver), extra)
}

// tocDocxOf is tocDocx with entries of its own.
func tocDocxOf(t *testing.T, saver fieldtest.Saver, entries []fieldtest.Entry, extra string) []byte {
	t.Helper()
	body := fieldtest.Title() + fieldtest.TOC(saver, entries) + extra
	for i, e := range entries {
		if i == 2 {
			body += strings.Repeat(pageBreak, 9)
		}
		body += pageBreak + fieldtest.Heading("Normal", e, i == 1) + `<w:p>` + fieldtest.Text("正文。") + `</w:p>`
	}
	return opctest.Edit(t, templates.Disclosure, map[string]func(string) string{
		"word/document.xml": func(s string) string {
			return s[:strings.Index(s, "<w:body>")+len("<w:body>")] + body + s[strings.LastIndex(s, "<w:sectPr>"):]
		},
		"word/styles.xml": func(s string) string { return strings.Replace(s, "</w:styles>", fieldtest.Styles()+"</w:styles>", 1) },
	})
}

func readDocx(t *testing.T, docx []byte) *wordmodel.Document {
	t.Helper()
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("the fixture lists %v", doc.Undrawn)
	}
	return doc
}

// annot is a link annotation as a reader of the file finds it: its page,
// its box in pt, and the page and height it goes to, or its address.
type annot struct {
	page     int
	rect     [4]float64
	destPage int
	destY    float64
	uri      string
}

var linkAnnot = regexp.MustCompile(`/Subtype /Link /F 4 /Rect \[([-\d. ]+)\] /Border \[0 0 0\] (?:/Dest \[(\d+) 0 R /XYZ 0 ([-\d.]+) null\]|/A <</S /URI /URI \(((?:[^)\\]|\\.)*)\)>>)`)

// annotations reads each page's link annotations, resolving a GoTo's page
// object to its page number through the page tree.
func annotations(t *testing.T, pdf []byte) []annot {
	t.Helper()
	objects := indexObjects(pdf)
	var kids []int
	for n := 1; n < len(objects)+10; n++ {
		if body, ok := objects[n]; ok && strings.Contains(string(body), "/Type /Pages") {
			for _, ref := range objRef.FindAllSubmatch(kidsList.FindSubmatch(body)[1], -1) {
				k, _ := strconv.Atoi(string(ref[1]))
				kids = append(kids, k)
			}
			break
		}
	}
	pageOf := map[int]int{}
	for i, k := range kids {
		pageOf[k] = i + 1
	}
	var out []annot
	for i, k := range kids {
		for _, m := range linkAnnot.FindAllSubmatch(objects[k], -1) {
			a := annot{page: i + 1, uri: string(m[4])}
			fmt.Sscan(string(m[1]), &a.rect[0], &a.rect[1], &a.rect[2], &a.rect[3])
			if len(m[2]) > 0 {
				n, _ := strconv.Atoi(string(m[2]))
				a.destPage = pageOf[n]
				a.destY, _ = strconv.ParseFloat(string(m[3]), 64)
			}
			out = append(out, a)
		}
	}
	return out
}

// TestTOCNumbersAreThisLayouts: Word's stale numbers give way to the pages
// the headings stand on here, right-aligned at the TOC style's right tab
// behind a dot leader, one digit or two; each TOC line is a link to its
// heading's page and line.
func TestTOCNumbersAreThisLayouts(t *testing.T) {
	for _, saver := range []fieldtest.Saver{fieldtest.Word, fieldtest.WPS, fieldtest.LibreOffice} {
		t.Run(fmt.Sprint(saver), func(t *testing.T) {
			doc := readDocx(t, tocDocx(t, saver, ""))
			opt := testOptions(t)
			r, err := layout(doc, opt)
			if err != nil {
				t.Fatal(err)
			}
			entries := tocEntries(saver)
			wantPages := []int{2, 3, 13}
			for i, e := range entries {
				if got := r.marks[e.Bookmark].page; got != wantPages[i] {
					t.Fatalf("%s is on page %d, want %d", e.Text, got, wantPages[i])
				}
			}
			sec := doc.Sections[0]
			tab := sec.Left + float64(fieldtest.TextWidth)/20*ptToMM
			page := 0
			numbers := 0
			for _, o := range r.ops {
				if o.kind == opPage {
					page++
				}
				if page != 1 || o.kind != opText {
					continue
				}
				for i := range entries {
					if o.text == fmt.Sprint(wantPages[i]) {
						numbers++
						if end := o.x + o.face.width(o.text, o.size); math.Abs(end-tab) > 0.05 {
							t.Errorf("page number %s ends at %.2f mm, want the right tab at %.2f", o.text, end, tab)
						}
					}
				}
			}
			if numbers != 3 {
				t.Errorf("found %d of the 3 page numbers on the TOC's page", numbers)
			}
			out, _, err := Render(doc, opt)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := Text(out)
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range entries {
				line := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(e.Text) + `\.{10,}` + fmt.Sprint(wantPages[i]) + `$`)
				if !line.MatchString(pages[0]) {
					t.Errorf("no TOC line %q…%d with a dot leader on page 1:\n%s", e.Text, wantPages[i], pages[0])
				}
			}
			links := annotations(t, out)
			if len(links) != 3 {
				t.Fatalf("link annotations = %+v, want one per TOC line", links)
			}
			for i, a := range links {
				mark := r.marks[entries[i].Bookmark]
				wantY := sec.Height/ptToMM - mark.y/ptToMM
				if a.page != 1 || a.destPage != wantPages[i] || math.Abs(a.destY-wantY) > 0.05 {
					t.Errorf("link %d goes to page %d at %.2f pt, want page %d at %.2f", i+1, a.destPage, a.destY, wantPages[i], wantY)
				}
				if a.rect[2]/72*25.4 < tab-0.5 {
					t.Errorf("link %d's box ends at %.1f pt, before its page number", i+1, a.rect[2])
				}
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
	p := func(section int, s string, brk bool) *wordmodel.Paragraph {
		return &wordmodel.Paragraph{Style: "Normal", Text: s, Runs: []wordmodel.Run{{Text: s}}, Spacing: single(), Section: section, PageBreakBefore: brk}
	}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{portrait, landscape}, Blocks: []wordmodel.Block{
		p(0, text, false), p(0, "二", true), p(0, "三", true), p(1, text, false), p(1, "附", true)}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	page := 0
	for _, o := range r.ops {
		if o.kind == opPage {
			page++
			got = append(got, "|")
		}
		if o.kind == opText {
			got = append(got, o.text)
		}
	}
	want := "|第1页，共5页，本节3页节3|二节3|三节3|第4页，共5页，本节2页节2|附节2"
	if s := strings.Join(got, ""); s != want {
		t.Errorf("pages = %s, want %s", s, want)
	}
}

// TestABookmarkInATableCell: a page reference to a bookmark in a table
// cell is the page of the cell's row.
func TestABookmarkInATableCell(t *testing.T) {
	ref := &wordmodel.Paragraph{Style: "Normal", Text: "见第" + wordmodel.PageRefField + "页", Spacing: single(),
		Runs: []wordmodel.Run{{Text: "见第"}, {Text: wordmodel.PageRefField, Ref: "表一", Link: "#表一"}, {Text: "页"}}}
	table := &wordmodel.Table{Widths: []int{4000}, Rows: []wordmodel.Row{{Cells: []wordmodel.Cell{{Text: "汇总", Span: 1, Bookmarks: []string{"表一"}}}}}}
	doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{ref,
		&wordmodel.Paragraph{Style: "Normal", Text: "二", Spacing: single(), PageBreakBefore: true},
		&wordmodel.Paragraph{Style: "Normal", Text: "三", Spacing: single(), PageBreakBefore: true}, table}}
	r, err := layout(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	if m := r.marks["表一"]; m.page != 3 || kindOf(r, opText)[2].text != "3" {
		t.Errorf("the cell's bookmark is at %+v, the reference says %v", m, kindOf(r, opText)[:3])
	}
}

// TestAReferenceTheLayoutCannotPlaceIsRefused: a page reference or a link
// to a bookmark no laid-out paragraph holds stops the PDF, naming it,
// rather than print a guess.
func TestAReferenceTheLayoutCannotPlaceIsRefused(t *testing.T) {
	for _, run := range []wordmodel.Run{{Text: wordmodel.PageRefField, Ref: "_Toc404"}, {Text: "链接", Link: "#_Toc404"}} {
		p := &wordmodel.Paragraph{Style: "Normal", Text: run.Text, Runs: []wordmodel.Run{run}, Spacing: single()}
		doc := &wordmodel.Document{Sections: []wordmodel.Section{testSection}, Blocks: []wordmodel.Block{p}}
		_, _, err := Render(doc, testOptions(t))
		if err == nil || !strings.Contains(err.Error(), "_Toc404") {
			t.Errorf("%+v: err = %v, want one naming the bookmark", run, err)
		}
	}
}

// TestLinksToAddressesAndPlaces: a HYPERLINK field's address and a
// w:hyperlink's are URI links, a w:hyperlink w:anchor's a GoTo.
func TestLinksToAddressesAndPlaces(t *testing.T) {
	body := `<w:p>` + fieldtest.Text("见") + fieldtest.Char("begin") + fieldtest.Instr(` HYPERLINK "https://www.qinyuan.gov.cn/" `) + fieldtest.Char("separate") +
		fieldtest.Text("网站") + fieldtest.Char("end") + fieldtest.Text("和") + `<w:hyperlink w:anchor="附表">` + fieldtest.Text("附表") + `</w:hyperlink></w:p>` +
		pageBreak + `<w:p><w:bookmarkStart w:id="3" w:name="附表"/>` + fieldtest.Text("附表正文") + `<w:bookmarkEnd w:id="3"/></w:p>`
	doc := readDocx(t, withBody(t, body))
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	links := annotations(t, out)
	if len(links) != 2 || links[0].uri != "https://www.qinyuan.gov.cn/" || links[1].destPage != 2 || links[1].page != 1 {
		t.Errorf("links = %+v, want the address and a GoTo to page 2", links)
	}
}
