package pdf

import (
	"math"
	"testing"

	"jixiao/pipeline/opc/opctest"
	rt "jixiao/pipeline/wordmodel/runtest"
)

// TestLibreOfficeDrawsWatermarksAlike: LibreOffice's PDF of a .docx whose
// header holds Word's watermark draws it where ours is: the box of its
// light grey pixels (150 dpi, between 40 and 250 mm down, clear of the
// footer) has its middle within 2 mm of ours and its sides within 8%
// (LibreOffice's glyphs fill the box a little more). WPS's form is not
// compared: LibreOffice 7.4 does not turn a shape by its fixed-point
// rotation (-2949120f), which Word and WPS do; nor Word's WordArt in
// DrawingML: LibreOffice 7.4 sets its text at its run's size, unwarped.
func TestLibreOfficeDrawsWatermarksAlike(t *testing.T) {
	opctest.Require(t, "pdftoppm", "-v")
	withFonts(t)
	const mmPx = 150 / 25.4
	grey := func(r, g, b uint32) bool {
		return r > 0xb000 && r < 0xf400 && max(r, g, b)-min(r, g, b) < 0x800
	}
	for w, form := range []string{rt.Word.Watermark("样稿")} {
		_, ours, theirs := bothPDFs(t, rt.WithHeader(t, rt.Docx(t, rt.Para(), "", nil), form))
		ga, gb := coloured(pagePixels(t, ours), grey, 40*mmPx, 250*mmPx), coloured(pagePixels(t, theirs), grey, 40*mmPx, 250*mmPx)
		if ga.Empty() || gb.Empty() {
			t.Fatalf("%v: drawn over %v, LibreOffice's over %v", w, ga, gb)
		}
		ca, cb := ga.Min.Add(ga.Max).Div(2), gb.Min.Add(gb.Max).Div(2)
		if d := math.Hypot(float64(ca.X-cb.X), float64(ca.Y-cb.Y)) / mmPx; d > 2 {
			t.Errorf("%v: the watermark's middle %.1f mm from LibreOffice's (ours %v, theirs %v px)", w, d, ga, gb)
		}
		for _, s := range [][2]int{{ga.Dx(), gb.Dx()}, {ga.Dy(), gb.Dy()}} {
			if math.Abs(float64(s[0]-s[1])) > 0.08*float64(s[1]) {
				t.Errorf("%v: the watermark %v px, LibreOffice's %v", w, ga, gb)
			}
		}
	}
}
