package pdf

import (
	"math"
	"strings"
	"testing"

	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeGrowsEmphasisLinesAlike: single-spaced paragraphs off
// the grid, every other one with emphasis marks of each kind: LibreOffice
// makes a line of marks above its text taller over it and one of underDot
// taller under it, by a quarter of a line; our baselines move apart on
// the same side, by the same share of a plain line (within 2%), whose
// height is each renderer's own.
func TestLibreOfficeGrowsEmphasisLinesAlike(t *testing.T) {
	poppler(t)
	withFonts(t)
	var body string
	for _, p := range []struct{ rPr, text string }{{"", "甲"}, {"", "乙"}, {rt.Em("dot"), "丙"}, {"", "丁"}, {rt.Em("underDot"), "戊"},
		{"", "己"}, {rt.Em("circle"), "庚"}, {"", "辛"}, {rt.Em("comma"), "壬"}, {"", "癸"}} {
		single := strings.Replace(offGrid(rt.Para(rt.Word.Run(p.rPr, p.text))), `<w:snapToGrid w:val="0"/>`, `<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>`, 1)
		body += single
	}
	_, ours, theirs := bothPDFs(t, rt.Docx(t, body, "", nil))
	a, b := pdfLines(t, ours), pdfLines(t, theirs)
	if len(a) != 10 || len(b) != 10 {
		t.Fatalf("lines:\n%s\n--\n%s", dump(a), dump(b))
	}
	pa, pb := a[1].y-a[0].y, b[1].y-b[0].y
	for i := 2; i < 10; i++ {
		ga, gb := (a[i].y-a[i-1].y)/pa, (b[i].y-b[i-1].y)/pb
		if math.Abs(ga-gb) > 0.02 {
			t.Errorf("%s after %s: %.3f of a plain line, LibreOffice's %.3f", a[i].text, a[i-1].text, ga, gb)
		}
	}
}
