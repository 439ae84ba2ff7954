package ofd

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/tdewolff/font"

	"jixiao/pipeline/layout"
	"jixiao/pipeline/wordmodel"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestACellsLeadersReachTheOFD: tab leaders in a table cell (hyphens to a
// right stop, middle dots to an alignment tab, an underscore line to fill
// in), characters found nowhere else in the document, are written as
// text whose embedded font has their glyphs: the OFD shares the layout's
// subsets, which once left a cell's leader out.
func TestACellsLeadersReachTheOFD(t *testing.T) {
	p := func(stops string, runs ...string) string {
		return `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:tabs>` + stops + `</w:tabs><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
	}
	tab := `<w:r><w:tab/></w:r>`
	cell := rt.Word.Cell(5000, "", "",
		p(`<w:tab w:val="right" w:leader="hyphen" w:pos="4000"/>`, rt.Word.Run("", "第一章"), tab, rt.Word.Run("", "12")),
		p(`<w:tab w:val="left" w:leader="underscore" w:pos="4000"/>`, rt.Word.Run("", "日期"), tab),
		rt.Para(rt.Word.Run("", "单位"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="middleDot"/></w:r>`, rt.Word.Run("", "万元")))
	doc, err := wordmodel.Read(rt.Docx(t, rt.Table([]int{5000}, cell), "", nil))
	if err != nil || len(doc.Undrawn) > 0 {
		t.Fatalf("%v, listed %v", err, doc.Undrawn)
	}
	laid, err := layout.Layout(doc, testOptions(t).Layout())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Write(laid, testMeta)
	if err != nil {
		t.Fatal(err)
	}
	_, files := parts(t, raw)
	object := regexp.MustCompile(`<ofd:TextObject [^>]*Font="(\d+)"[^>]*>.*?<ofd:TextCode [^>]*>([^<]*)</ofd:TextCode>`)
	found := map[rune]bool{}
	for _, m := range object.FindAllStringSubmatch(string(files["Doc_0/Pages/Page_0/Content.xml"]), -1) {
		var id int
		fmt.Sscan(m[1], &id)
		sf, err := font.ParseSFNT(files[fmt.Sprintf("Doc_0/Res/font_%d.ttf", id-1)], 0)
		if err != nil {
			t.Fatalf("font %s: %v", m[1], err)
		}
		for _, c := range "-_·" {
			if strings.Count(m[2], string(c)) > 3 {
				found[c] = true
				if sf.GlyphIndex(c) == 0 {
					t.Errorf("the leader %q is written in font %s, which has no glyph for it", m[2], m[1])
				}
			}
		}
	}
	if len(found) != 3 {
		t.Errorf("leaders written: %v, want hyphens, underscores and middle dots", found)
	}
}
