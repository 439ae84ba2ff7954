package pdf

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	"jixiao/pipeline/wordmodel/fieldtest"
)

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

// renderTOC renders doc, whose TOC lists entries as fieldtest.Docx places
// them, and checks that page 1 shows each line with a dot leader and the
// page its heading is on.
func renderTOC(t *testing.T, doc *wordmodel.Document, entries []fieldtest.Entry) []byte {
	t.Helper()
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Text(out)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range entries {
		line := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(e.Text) + `\.{10,}` + fmt.Sprint(fieldtest.Pages[i]) + `$`)
		if !line.MatchString(pages[0]) {
			t.Errorf("no TOC line %q…%d with a dot leader on page 1:\n%s", e.Text, fieldtest.Pages[i], pages[0])
		}
	}
	return out
}

// TestTOCLinesAreClickable: each TOC line, text, leader and number, is a
// link annotation going to its heading's page at the top of its line, and
// the PDF's text shows this layout's numbers behind dot leaders.
func TestTOCLinesAreClickable(t *testing.T) {
	for _, saver := range []fieldtest.Saver{fieldtest.Word, fieldtest.WPS, fieldtest.LibreOffice} {
		t.Run(fmt.Sprint(saver), func(t *testing.T) {
			entries := fieldtest.Entries(saver)
			doc := fieldtest.Read(t, fieldtest.Docx(t, saver, entries))
			opt := testOptions(t)
			out := renderTOC(t, doc, entries)
			laid, err := layout.Layout(doc, opt.Layout())
			if err != nil {
				t.Fatal(err)
			}
			sec := doc.Sections[0]
			tab := sec.Left + float64(fieldtest.TextWidth)/20*ptToMM
			links := annotations(t, out)
			if len(links) != 3 {
				t.Fatalf("link annotations = %+v, want one per TOC line", links)
			}
			for i, a := range links {
				page, y, _ := laid.Dest(entries[i].Bookmark)
				wantY := sec.Height/ptToMM - y/ptToMM
				if a.page != 1 || page != fieldtest.Pages[i] || a.destPage != page || math.Abs(a.destY-wantY) > 0.05 {
					t.Errorf("link %d goes to page %d at %.2f pt, want page %d at %.2f", i+1, a.destPage, a.destY, fieldtest.Pages[i], wantY)
				}
				if a.rect[2]*ptToMM < tab-0.5 {
					t.Errorf("link %d's box ends at %.1f pt, before its page number", i+1, a.rect[2])
				}
			}
		})
	}
}

// TestLinksToAddressesAndPlaces: a HYPERLINK field's address is a URI
// link like a w:hyperlink's, a w:hyperlink w:anchor's a GoTo.
func TestLinksToAddressesAndPlaces(t *testing.T) {
	body := `<w:p>` + fieldtest.Text("见") + fieldtest.Char("begin") + fieldtest.Instr(` HYPERLINK "https://www.qinyuan.gov.cn/" `) + fieldtest.Char("separate") +
		fieldtest.Text("网站") + fieldtest.Char("end") + fieldtest.Text("和") + `<w:hyperlink w:anchor="附表">` + fieldtest.Text("附表") + `</w:hyperlink></w:p>` +
		fieldtest.PageBreak + `<w:p><w:bookmarkStart w:id="3" w:name="附表"/>` + fieldtest.Text("附表正文") + `<w:bookmarkEnd w:id="3"/></w:p>`
	doc := fieldtest.Read(t, withBody(t, body))
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	links := annotations(t, out)
	if len(links) != 2 || links[0].uri != "https://www.qinyuan.gov.cn/" || links[1].destPage != 2 || links[1].page != 1 {
		t.Errorf("links = %+v, want the address and a GoTo to page 2", links)
	}
}

// TestNoteMarksLinkToTheirNotes: each footnote's reference links to its
// note at the page's foot and the note's mark back to the reference's
// line, internal GoTo links that print (PDF/A-1b), as Word's and
// LibreOffice's PDFs link them; a note in the next section links on its
// own page.
func TestNoteMarksLinkToTheirNotes(t *testing.T) {
	var fixture feature
	for _, f := range pageSetupFeatures(t) {
		if f.name == "footnotes-section-format" {
			fixture = f
		}
	}
	doc, err := wordmodel.Read(fixture.docx(t))
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	links := annotations(t, out)
	pages := map[int]int{}
	for _, a := range links {
		pages[a.page]++
		top := a.rect[1] > 600 // the reference's line; the note is at the foot
		if a.uri != "" || a.destPage != a.page || top == (a.destY > 600) {
			t.Errorf("link %+v: want a GoTo on its own page, from the text to the foot or back", a)
		}
	}
	if pages[1] != 4 || pages[2] != 2 {
		t.Errorf("links by page %v, want 4 on page 1 (two marks and their notes) and 2 on page 2", pages)
	}
}
