package pdf

import (
	"math"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeSetsVerticalCellsAlike: LibreOffice's PDF of a table with
// a tbRl cell of two paragraphs and a btLr cell sets them as ours does
// (pdftotext -bbox): the upright characters one under the other an em
// apart (within 0.5 pt), the second column left of the first by a line
// (within 2.5 pt: a single line is 1.3 em in our layout, the face's
// ascent and descent, 1.44 em, in LibreOffice's), each column across
// within 3 pt of LibreOffice's and along the cell within 6 pt (pdftotext
// boxes our faces 2 pt taller than LibreOffice's), the turned text within
// 5 pt. LibreOffice 7.4 does not grow a row to hold vertical text
// (it breaks it into columns of the row's height), so the row here has
// an exact height that holds it, as a clerk's template would.
func TestLibreOfficeSetsVerticalCellsAlike(t *testing.T) {
	opctest.Require(t, "pdftotext", "-v")
	withFonts(t)
	w := rt.Word
	body := rt.Table([]int{1200, 6444, 1200},
		w.Cell(1200, "tbRl", "center", rt.Centred(w.Run("", "项目名称")), rt.Centred(w.Run("", "甲乙"))),
		w.Cell(6444, "", "", rt.Centred(w.Run("", "说明"))),
		w.Cell(1200, "btLr", "center", rt.Centred(w.Run("", "合计金额"))))
	body = strings.Replace(body, "<w:tr>", `<w:tr><w:trPr><w:trHeight w:val="1600" w:hRule="exact"/></w:trPr>`, 1)
	body = strings.Replace(body, `<w:tblW w:w="0" w:type="auto"/>`, `<w:tblW w:w="8844" w:type="dxa"/>`, 1)
	_, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
	type at struct{ x, y float64 }
	place := func(path string) map[string]at {
		m := map[string]at{}
		for _, word := range []string{"项", "目", "名", "称", "甲", "乙", "合计金额"} {
			x, y := wordAt(t, path, word)
			m[word] = at{x, y}
		}
		return m
	}
	a, b := place(ours), place(theirs)
	for _, pair := range [][2]string{{"项", "目"}, {"目", "名"}, {"名", "称"}, {"甲", "乙"}} {
		da, db := a[pair[1]].y-a[pair[0]].y, b[pair[1]].y-b[pair[0]].y
		if math.Abs(da-db) > 0.5 || math.Abs(a[pair[1]].x-a[pair[0]].x) > 0.5 {
			t.Errorf("%s under %s: %.1f pt down, LibreOffice's %.1f", pair[1], pair[0], da, db)
		}
	}
	if da, db := a["项"].x-a["甲"].x, b["项"].x-b["甲"].x; math.Abs(da-db) > 2.5 || da <= 0 {
		t.Errorf("the second column %.1f pt left of the first, LibreOffice's %.1f", da, db)
	}
	for _, word := range []string{"项", "甲", "合计金额"} {
		if math.Abs(a[word].x-b[word].x) > 3 && word != "合计金额" || math.Abs(a[word].x-b[word].x) > 5 || math.Abs(a[word].y-b[word].y) > 6 {
			t.Errorf("%s at (%.1f, %.1f) pt, LibreOffice's at (%.1f, %.1f)", word, a[word].x, a[word].y, b[word].x, b[word].y)
		}
	}
}
