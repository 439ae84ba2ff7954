package pdf

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeShiftsAHeaderRowAlike: as TestLibreOfficeShiftsARowAlike,
// in a header's table: its second row centred, its third indented 2 cm
// and narrowed (w:tblPrEx), its fourth right-aligned by its trPr. Each
// row's text starts within 0.5 mm of where LibreOffice's of that row's
// twin (a table of its own placed as the row says, in the header) does,
// and the rows are not all at the table's place.
func TestLibreOfficeShiftsAHeaderRowAlike(t *testing.T) {
	poppler(t)
	withFonts(t)
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
	twins := ""
	for _, o := range own {
		w := 4000
		if o.text == "第三行" {
			w = 3000
		}
		rows = append(rows, rt.OwnRow(o.rowPr, o.trPr, cell(w, o.text)))
		twins += rt.Placed(o.props, []int{w}, rt.Row(false, cell(w, o.text))) + rt.Para() // LibreOffice joins tables one after another
	}
	body := rt.Docx(t, rt.Para(rt.Word.Run("", "正文")), "", nil)
	doc, ours, _ := bothPDFs(t, rt.WithHeader(t, body, rt.Placed(own[0].props, []int{4000}, rows...)+rt.Para()))
	if len(doc.Undrawn) > 0 {
		t.Fatalf("refused: %v", doc.Undrawn)
	}
	path := filepath.Join(t.TempDir(), "twins.docx")
	os.WriteFile(path, rt.WithHeader(t, body, twins), 0o644)
	theirs := filepath.Join(opctest.SaveWithLibreOffice(t, "pdf", path), "twins.pdf")
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	if len(a) != 5 || len(b) != 5 {
		t.Fatalf("lines:\n%s\n--\n%s", dump(a), dump(b))
	}
	for i := 0; i < 4; i++ {
		if a[i].text != b[i].text || math.Abs(a[i].x0-b[i].x0) > 0.5/ptToMM {
			t.Errorf("row %d: %q from %.1f pt, LibreOffice's twin %q from %.1f", i+1, a[i].text, a[i].x0, b[i].text, b[i].x0)
		}
	}
	if a[1].x0-a[0].x0 < 50 || a[3].x0-a[0].x0 < 100 {
		t.Errorf("the rows are not shifted:\n%s", dump(a))
	}
}
