package pdf

import (
	"math"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// placedTables are tables Word sizes and places otherwise than across
// the text: the tests below draw each one both ways.
var placedTables = []struct {
	name, props string
	widths      []int
	compat      int
}{
	{"3/5 of the text, centred", `<w:tblW w:w="5442" w:type="dxa"/><w:jc w:val="center"/>`, []int{2721, 2721}, 15},
	{"two fifths as fiftieths of a percent, right", `<w:tblW w:w="2000" w:type="pct"/><w:jc w:val="right"/>`, []int{1814, 1814}, 15},
	{"half, as Word 2010 writes it", `<w:tblW w:w="50%" w:type="pct"/>`, []int{2268, 2268}, 15},
	{"the grid's, indented 2 characters", `<w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="640" w:type="dxa"/>`, []int{2000, 3000}, 15},
	{"indented, Word 2010's mode", `<w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="640" w:type="dxa"/>`, []int{2000, 3000}, 14},
	{"no indent, Word 2010's mode", `<w:tblW w:w="0" w:type="auto"/>`, []int{2000, 3000}, 14},
	{"no indent, no mode named, as WPS writes it", `<w:tblW w:w="0" w:type="auto"/>`, []int{2000, 3000}, 0},
	{"wider than the text", `<w:tblW w:w="9800" w:type="dxa"/>`, []int{4900, 4900}, 15},
	{"fixed, its tblW wider than its grid", `<w:tblW w:w="6000" w:type="dxa"/><w:tblLayout w:type="fixed"/>`, []int{2000, 2000}, 15},
	{"autofit, its tblW wider than its grid", `<w:tblW w:w="6000" w:type="dxa"/>`, []int{2000, 2000}, 15},
}

// TestLibreOfficeSizesAndPlacesTablesAlike: each of placedTables, its
// lines green, has its left and right edges (page 1 at 150 dpi) within
// 0.5 mm and a pixel of where LibreOffice draws them. (A w:jc set by the
// table's style is left out: LibreOffice 7 ignores it, Word centres.)
func TestLibreOfficeSizesAndPlacesTablesAlike(t *testing.T) {
	t.Parallel()
	poppler(t)
	for _, tc := range placedTables {
		t.Run(tc.name, func(t *testing.T) {
			cells := []string{}
			for _, w := range tc.widths {
				cells = append(cells, rt.Word.Cell(w, "", "", rt.Para(rt.Word.Run("", "甲"))))
			}
			body := rt.Para(rt.Word.Run("", "前文")) + rt.Placed(tc.props, tc.widths, rt.Row(false, cells...), rt.Row(false, cells...)) + rt.Para(rt.Word.Run("", "后文"))
			doc, ours, theirs := bothPDFs(t, rt.Compat(t, rt.Docx(t, body, "", nil), tc.compat))
			if len(doc.Undrawn) > 0 {
				t.Fatalf("refused: %v", doc.Undrawn)
			}
			green := func(r, g, b uint32) bool { return r < 0x4000 && g > 0x9000 && b < 0x4000 }
			const mmPx = 150 / 25.4
			a, b := coloured(pagePixels(t, ours), green, 0, 2000), coloured(pagePixels(t, theirs), green, 0, 2000)
			if a.Empty() || b.Empty() {
				t.Fatalf("the table's lines over %v, LibreOffice's over %v (px at 150 dpi)", a, b)
			}
			for _, d := range []int{a.Min.X - b.Min.X, a.Max.X - b.Max.X} {
				if math.Abs(float64(d)) > 0.5*mmPx+1 {
					t.Errorf("the table from %.1f to %.1f mm, LibreOffice's from %.1f to %.1f", float64(a.Min.X)/mmPx, float64(a.Max.X)/mmPx, float64(b.Min.X)/mmPx, float64(b.Max.X)/mmPx)
					break
				}
			}
		})
	}
}
