package pdf

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// heightsBody is a table as Word writes it whose rows set their heights:
// two at least 40 pt, two exactly 40 pt (one of them cantSplit), one at
// least 40 pt again.
func heightsBody() string {
	rows := []string{`<w:trHeight w:val="800"/>`, `<w:trHeight w:val="800"/>`, `<w:cantSplit/><w:trHeight w:val="800" w:hRule="exact"/>`, `<w:trHeight w:val="800" w:hRule="exact"/>`, `<w:trHeight w:val="800" w:hRule="atLeast"/>`}
	s := `<w:tbl><w:tblPr><w:tblW w:w="4000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>`
	for i, pr := range rows {
		s += `<w:tr><w:trPr>` + pr + `</w:trPr>`
		for _, text := range []string{fmt.Sprint("行", "一二三四五"[3*i:3*i+3]), "值"} {
			s += `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
		}
		s += `</w:tr>`
	}
	return s + `</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`
}

// TestLibreOfficeRowHeights: in LibreOffice's PDF of the same .docx the
// rows stand as far apart as in ours, within 1.5 pt: both set each row
// 40 pt high (without trHeight ours would be one text line high, 20 pt).
// Only the distances are compared: LibreOffice sets a cell's text at its
// top, ours in its middle.
func TestLibreOfficeRowHeights(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftotext is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftotext not available")
	}
	_, ours, theirs := bothPDFs(t, withBody(t, heightsBody()))
	rowsOf := func(ls []textLine) []float64 {
		var ys []float64
		for _, l := range ls {
			if strings.HasPrefix(l.text, "行") {
				ys = append(ys, l.y)
			}
		}
		return ys
	}
	a, b := rowsOf(pdfLines(t, ours)), rowsOf(pdfLines(t, theirs))
	if len(a) != 5 || len(b) != 5 {
		t.Fatalf("rows found: ours %v, LibreOffice's %v", a, b)
	}
	for i := 1; i < 5; i++ {
		if ours, theirs := a[i]-a[i-1], b[i]-b[i-1]; math.Abs(ours-theirs) > 1.5 {
			t.Errorf("rows %d and %d %.1f pt apart, LibreOffice %.1f pt", i, i+1, ours, theirs)
		}
	}
}
