package pdf

import (
	"image"
	"math"
	"os"
	"os/exec"
	"testing"
)

// TestLibreOfficePlacesInnerShadowedShapesAlike: LibreOffice (7.4) reads
// an a:innerShdw but does not draw it, so only the shapes are compared:
// in each inner-shadow fixture the box of the yellow pixels, plain or
// shadowed, of each shape (the rectangle left, the ellipse right) is
// within 0.75 mm of LibreOffice's yellow shape on each side, at 150 dpi,
// and every pixel the shadow darkens lies inside LibreOffice's shape's
// box: the shadow is drawn within the shape, nothing of it outside.
func TestLibreOfficePlacesInnerShadowedShapesAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	mmPx := 150 / 25.4
	// FFC000 and its shadowed shades (towards black), not the red line.
	yellow := func(r, g, b uint32) bool { r, g, b = r>>8, g>>8, b>>8; return b < 0x40 && r > 0x40 && 2*g > r && g < r }
	shaded := func(r, g, b uint32) bool { return yellow(r, g, b) && r>>8 < 0xe8 }
	for _, f := range innerShadowFeatures(t) {
		if f.name == "textbox-inner-shadow" {
			continue
		}
		doc, ours, theirs := bothPDFs(t, f.docx(t))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%s: refused: %v", f.name, doc.Undrawn)
		}
		a, b := pagePixels(t, ours), pagePixels(t, theirs)
		// Between the rectangle (to 60 mm in from the margin) and the
		// ellipse (from 90 mm).
		mid := int(106 * mmPx)
		for k, half := range [][2]int{{0, mid}, {mid, a.Bounds().Dx()}} {
			box := func(img image.Image, is func(r, g, b uint32) bool) image.Rectangle {
				return within(img, is, half[0], min(half[1], img.Bounds().Dx()), int(40*mmPx), int(160*mmPx))
			}
			ya, yb, sa := box(a, yellow), box(b, yellow), box(a, shaded)
			if ya.Empty() || yb.Empty() || sa.Empty() {
				t.Errorf("%s: shape %d: ours %v (shadowed %v), LibreOffice's %v", f.name, k, ya, sa, yb)
				continue
			}
			for e, d := range []int{ya.Min.X - yb.Min.X, ya.Max.X - yb.Max.X, ya.Min.Y - yb.Min.Y, ya.Max.Y - yb.Max.Y} {
				if math.Abs(float64(d)) > 0.75*mmPx {
					t.Errorf("%s: shape %d: edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", f.name, k, e, float64(d)/mmPx, ya, yb)
				}
			}
			if !sa.In(yb.Inset(-2)) {
				t.Errorf("%s: shape %d: its shadow over %v reaches beyond LibreOffice's shape %v", f.name, k, sa, yb)
			}
			t.Logf("%s: shape %d: ours %v (shadowed %v), LibreOffice's %v", f.name, k, ya, sa, yb)
		}
	}
}
