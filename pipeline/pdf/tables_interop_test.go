package pdf

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
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
	t.Parallel()
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

// mergeBody is a table as Word writes it with a vertical merge beside a
// horizontal one, as wide as the text (the PDF fits a table to it), rows
// exactly 30 pt high and margins set, so that where
// each cell's text starts depends only on the grid and the merges.
func mergeBody() string {
	tc := func(w int, pr, text string) string {
		return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr><w:p><w:pPr><w:pStyle w:val="Normal"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr>%s</w:p></w:tc>`, w, pr, text)
	}
	r := func(text string) string { return `<w:r><w:t>` + text + `</w:t></w:r>` }
	row := `<w:tr><w:trPr><w:trHeight w:val="600" w:hRule="exact"/></w:trPr>`
	return `<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="2948"/><w:gridCol w:w="2948"/><w:gridCol w:w="2948"/></w:tblGrid>` +
		row + tc(5896, `<w:gridSpan w:val="2"/>`, r("甲跨两列")) + tc(2948, `<w:vMerge w:val="restart"/>`, r("合并格")) + `</w:tr>` +
		row + tc(2948, "", r("乙")) + tc(2948, "", r("丙")) + tc(2948, `<w:vMerge/>`, "") + `</w:tr>` +
		row + tc(2948, "", r("丁")) + tc(5896, `<w:gridSpan w:val="2"/>`, r("戊跨两列")) + `</w:tr>` +
		`</w:tbl><w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>`
}

// TestLibreOfficeMergedCells: each cell's text starts where LibreOffice
// sets it, relative to the first cell's: the merged cell over the rows
// whose first cell spans two columns, and the spans. Tolerances: 1.5 pt
// down the page; across, half a cell of the template's character grid
// (8 pt), since LibreOffice snaps a cell's text to that grid and we do not.
func TestLibreOfficeMergedCells(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftotext is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftotext not available")
	}
	_, ours, theirs := bothPDFs(t, withBody(t, mergeBody()))
	words := func(path string) map[string][2]float64 {
		raw, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string][2]float64{}
		for _, m := range wordBox.FindAllStringSubmatch(string(raw), -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			out[m[4]] = [2]float64{x, y}
		}
		return out
	}
	a, b := words(ours), words(theirs)
	for _, w := range []string{"甲跨两列", "合并格", "乙", "丙", "丁", "戊跨两列"} {
		pa, oka := a[w]
		pb, okb := b[w]
		if !oka || !okb {
			t.Errorf("%s: in ours %v, in LibreOffice's %v", w, oka, okb)
			continue
		}
		dx, dy := (pa[0]-a["甲跨两列"][0])-(pb[0]-b["甲跨两列"][0]), (pa[1]-a["甲跨两列"][1])-(pb[1]-b["甲跨两列"][1])
		if math.Abs(dx) > 8 || math.Abs(dy) > 1.5 {
			t.Errorf("%s is %.1f, %.1f pt off LibreOffice's place", w, dx, dy)
		}
	}
}
