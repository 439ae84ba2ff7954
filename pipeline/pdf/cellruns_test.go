package pdf

import (
	"testing"

	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLinksInACellAndAFooterAreClickable: a link in a table cell and one
// in a footer line are link annotations going to the bookmark's page, as
// a body paragraph's are; the footer's on each page it is drawn on.
func TestLinksInACellAndAFooterAreClickable(t *testing.T) {
	link := `<w:hyperlink w:anchor="附表" w:history="1">` + rt.Word.Run(`<w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/>`, "附表") + `</w:hyperlink>`
	table := rt.Table([]int{4000}, rt.Word.Cell(4000, "", "", rt.Para(rt.Word.Run("", "详见"), link)))
	footer := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + rt.Para(rt.Word.Run("", "见"), link) + `</w:ftr>`
	docx := rt.Docx(t, table+rt.PageBreak("前")+rt.Target("附表"), "", map[string]string{"word/footer1.xml": footer, "word/footer2.xml": footer})
	doc, err := wordmodel.Read(docx)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Undrawn) > 0 {
		t.Fatalf("listed: %v", doc.Undrawn)
	}
	out, _, err := Render(doc, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	links := annotations(t, out)
	pages := map[int]int{}
	for _, l := range links {
		if l.destPage != 2 {
			t.Errorf("a link goes to page %d, want 2: %+v", l.destPage, l)
		}
		pages[l.page]++
	}
	if pages[1] != 2 || pages[2] != 1 || len(links) != 3 {
		t.Errorf("links %+v, want the cell's and the footer's on page 1, the footer's on page 2", links)
	}
}
