package pdf

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeShiftsARowAlike: a table at the left whose second row
// Word centres and whose third it indents 2 cm and narrows (w:tblPrEx),
// and whose fourth is right-aligned by its trPr. LibreOffice (7.x) places
// a table's rows together (it reads no row's own place, and takes a
// row's trPr jc for the table's), so each row is compared with what Word
// draws it as, a table of its own placed as the row says: each row's
// text starts within 0.5 mm (as tables are compared) of where LibreOffice's of that twin does
// (pdftotext -bbox), and the rows are not all at the table's place.
func TestLibreOfficeShiftsARowAlike(t *testing.T) {
	poppler(t)
	withFonts(t)
	// Off the grid: LibreOffice sets a cell's text on grid cells of its own.
	cell := func(w int, text string) string {
		return rt.Word.Cell(w, "", "", offGrid(rt.Para(rt.Word.Run("", text))))
	}
	own := []struct{ props, rowPr, trPr, text string }{
		{`<w:tblW w:w="4000" w:type="dxa"/>`, "", "", "第一行"},
		{`<w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="center"/>`, `<w:jc w:val="center"/>`, "", "第二行"},
		{`<w:tblW w:w="3000" w:type="dxa"/><w:tblInd w:w="1134" w:type="dxa"/>`, `<w:tblW w:w="3000" w:type="dxa"/><w:tblInd w:w="1134" w:type="dxa"/>`, "", "第三行"},
		{`<w:tblW w:w="4000" w:type="dxa"/><w:jc w:val="right"/>`, "", `<w:jc w:val="right"/>`, "第四行"},
	}
	var rows []string
	twins := rt.Para(rt.Word.Run("", "前文"))
	for _, o := range own {
		w := 4000
		if o.text == "第三行" {
			w = 3000
		}
		rows = append(rows, rt.OwnRow(o.rowPr, o.trPr, cell(w, o.text)))
		twins += rt.Placed(o.props, []int{w}, rt.Row(false, cell(w, o.text))) + rt.Para()
	}
	body := rt.Para(rt.Word.Run("", "前文")) + rt.Placed(own[0].props, []int{4000}, rows...) + rt.Para(rt.Word.Run("", "后文"))
	doc, ours, _ := bothPDFs(t, rt.Docx(t, body, "", nil))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	path := filepath.Join(t.TempDir(), "twins.docx")
	os.WriteFile(path, rt.Docx(t, twins+rt.Para(rt.Word.Run("", "后文")), "", nil), 0o644)
	theirs := filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", path), "twins.pdf")
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	if len(a) != 6 || len(b) != 6 {
		t.Fatalf("lines:\n%s\n--\n%s", dump(a), dump(b))
	}
	for i := 1; i <= 4; i++ {
		if a[i].text != b[i].text || math.Abs(a[i].x0-b[i].x0) > 0.5/ptToMM {
			t.Errorf("row %d: %q from %.1f pt, LibreOffice's twin %q from %.1f", i, a[i].text, a[i].x0, b[i].text, b[i].x0)
		}
	}
	if a[2].x0-a[1].x0 < 50 || a[4].x0-a[1].x0 < 100 {
		t.Errorf("the rows are not shifted:\n%s", dump(a))
	}
}
