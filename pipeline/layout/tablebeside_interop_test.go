package layout

import (
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
	"jixiao/pipeline/wordmodel/sealtest"
	st "jixiao/pipeline/wordmodel/shapetest"
)

// TestABesideTablesSecondPageAsLibreOfficeLaysItOut: a table of sixteen
// rows after a paragraph whose photo, wrapped square at the right,
// reaches down past it stands beside the photo on the first page,
// narrowed, its rows two lines each there, and goes on over the second
// page at its own width from the margin, one line a row, as LibreOffice
// lays it out: its green edges on each page within 0.6 mm of LibreOffice's
// across and 1 mm down.
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestABesideTablesSecondPageAsLibreOfficeLaysItOut(t *testing.T) {
	const mm, dpi = 36000, 100
	var rows []string
	for range 16 {
		rows = append(rows, rt.Row(false, rt.Word.Cell(4500, "", "", rt.Para(rt.Word.Run("", "绩效目标完成情况良好"))), rt.Word.Cell(4500, "", "", rt.Para(rt.Word.Run("", "1.00")))))
	}
	table := rt.Placed(`<w:tblW w:w="9000" w:type="dxa"/>`, []int{4500, 4500}, rows...)
	photo := sealtest.Float{Anchor: st.Anchor{H: "margin", V: "paragraph", AlignX: "right", CX: 40 * mm, CY: 40 * mm, Wrap: `wp:wrapSquare wrapText="bothSides"`}}
	docx := sealtest.Docx(t, st.Para(st.Text("图片段落"), photo.Run(7, "公章", "rIdSeal"))+table+rt.Para(rt.Word.Run("", "后文")), "")
	pdf := libreOfficePDF(t, docx)
	_, r := laidShapes(t, docx)
	var widths [2]float64
	for page := 1; page <= 2; page++ {
		lx0, ly0, lx1, ly1, lok := pixelBox(opctest.PDFPage(t, pdf, page, dpi), dpi, func(r, g, b uint32) bool { return g > 150 && r < 80 && b < 80 })
		x0, y0, x1, y1, ok := tableBox(r, page)
		if !ok || !lok {
			t.Fatalf("page %d: our table drawn %v, LibreOffice's %v", page, ok, lok)
		}
		if !nearly(x0, lx0, 0.6) || !nearly(x1, lx1, 0.6) || !nearly(y0, ly0, 1) || !nearly(y1, ly1, 1) {
			t.Errorf("page %d: the table spans %.2f–%.2f, %.2f–%.2f down; LibreOffice's %.2f–%.2f, %.2f–%.2f", page, x0, x1, y0, y1, lx0, lx1, ly0, ly1)
		}
		widths[page-1] = x1 - x0
	}
	if full := 9000 * ptToMM / 20; !(widths[0] < full-20) || !nearly(widths[1], full, 1) {
		t.Errorf("the table is %.2f mm wide on page 1 and %.2f on page 2; its own width is %.2f", widths[0], widths[1], full)
	}
}
