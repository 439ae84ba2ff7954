package pdf

import (
	"fmt"
	"image"
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// firstWords are where page 1's words starting with 第 stand, by the
// text that follows 第 (a paragraph's number), pt.
func firstWords(t *testing.T, path string) map[string][2]float64 {
	t.Helper()
	raw, err := exec.Command("pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	out := map[string][2]float64{}
	words := wordBox.FindAllStringSubmatch(string(raw), -1)
	for i, m := range words {
		number, ok := strings.CutPrefix(m[4], "第")
		if !ok {
			continue
		}
		if number == "" && i+1 < len(words) {
			number = words[i+1][4]
		}
		x, _ := strconv.ParseFloat(m[1], 64)
		y, _ := strconv.ParseFloat(m[2], 64)
		out[number[:2]] = [2]float64{x, y}
	}
	return out
}

// gapLine is the box, px, of the dark pixels in the gap between the
// columns, x0 to x1 px across: the line between them.
func gapLine(img image.Image, x0, x1 int) image.Rectangle {
	var box image.Rectangle
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := x0; x < x1; x++ {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0x8000 && g < 0x8000 && bl < 0x8000 {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return box
}

// TestOurColumnsAreLibreOfficesColumns: our PDF of a page of two columns
// with a line between them, as Word writes them (a column break, then a
// section of columns between continuous breaks, balanced), has each
// paragraph where LibreOffice's PDF has it (within 0.5 mm across, 1 mm
// down from the first line), the second column's lines at its left, and
// the line between the columns in the gap's middle within 0.3 mm of
// LibreOffice's, as tall as the columns within a line. The fixture has
// a line grid and no character grid (LibreOffice moves a column's text
// onto the page's character grid; Word does not).
// Skipped without LibreOffice and poppler unless JIXIAO_INTEROP=1.
func TestOurColumnsAreLibreOfficesColumns(t *testing.T) {
	t.Parallel()
	opctest.Require(t, "pdftotext", "-v")
	opctest.Require(t, "pdftoppm", "-v")
	cols := `<w:cols w:num="2" w:sep="1" w:space="425"/>`
	end := func(typ, cols, text string) string {
		return `<w:p><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/><w:sectPr><w:type w:val="` + typ + `"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1247" w:gutter="0"/>` +
			cols + `<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:pPr>` + rt.Word.Run("", text) + `</w:p>`
	}
	lines := func(from, n int) string {
		body := ""
		for i := from; i < from+n; i++ {
			body += rt.Para(rt.Word.Run("", fmt.Sprintf("第%02d段完成", i)))
		}
		return body
	}
	body := lines(0, 1) + end("continuous", "", "第01段完成") + lines(2, 8) + end("continuous", cols, "第10段完成") + lines(11, 1) + end("continuous", "", "第12段完成")
	docx := opctest.Edit(t, rt.Docx(t, body, cols, nil), map[string]func(string) string{"word/document.xml": func(s string) string {
		return strings.ReplaceAll(s, `w:type="linesAndChars"`, `w:type="lines"`)
	}})
	_, ours, theirs := bothPDFs(t, docx)
	a, b := firstWords(t, ours), firstWords(t, theirs)
	if len(a) != 13 || len(b) != 13 {
		t.Fatalf("%d paragraphs on our page 1, %d on LibreOffice's", len(a), len(b))
	}
	const pt = 25.4 / 72
	colW := (11906 - 1588 - 1474 - 425) / 2.0 / 20 // pt
	second := 1588/20.0 + colW + 425/20.0
	for n, p := range a {
		q := b[n]
		if math.Abs(p[0]-q[0])*pt > 0.5 || math.Abs((p[1]-a["00"][1])-(q[1]-b["00"][1]))*pt > 1 {
			t.Errorf("第%s段 at (%.1f, %.1f) pt, LibreOffice's at (%.1f, %.1f)", n, p[0], p[1], q[0], q[1])
		}
	}
	for _, n := range []string{"07", "08", "09", "10"} {
		if math.Abs(a[n][0]-second) > 1 {
			t.Errorf("第%s段 at %.1f pt, want the second column's left %.1f", n, a[n][0], second)
		}
	}
	const dpi = 150
	px := func(v float64) int { return int(v / 72 * dpi) }
	gapFrom, gapTo := px(1588/20.0+colW+2), px(second-2)
	ga, gb := gapLine(pageAt(t, ours, 1, dpi), gapFrom, gapTo), gapLine(pageAt(t, theirs, 1, dpi), gapFrom, gapTo)
	if ga.Empty() || gb.Empty() {
		t.Fatalf("the line between the columns: ours over %v, LibreOffice's over %v", ga, gb)
	}
	mm := func(v int) float64 { return float64(v) / dpi * 25.4 }
	if d := mm(ga.Min.X+ga.Max.X-gb.Min.X-gb.Max.X) / 2; math.Abs(d) > 0.3 {
		t.Errorf("the line between the columns is %.2f mm across from LibreOffice's (ours %v, theirs %v px)", d, ga, gb)
	}
	if d := mm(ga.Dy() - gb.Dy()); math.Abs(d) > 579.0/1440*25.4 {
		t.Errorf("the line between the columns is %.2f mm longer than LibreOffice's (ours %v, theirs %v px)", d, ga, gb)
	}
}
