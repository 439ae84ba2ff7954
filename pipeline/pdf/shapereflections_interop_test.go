package pdf

import (
	"math"
	"os"
	"os/exec"
	"testing"
)

// TestLibreOfficePlacesReflectedShapesAlike: LibreOffice (7.4) reads an
// a:reflection but does not draw it, so the shapes are compared and the
// reflection is measured against our own shape: in each reflection
// fixture the blue rectangle is within 0.75 mm of LibreOffice's on each
// side, at 150 dpi, and its reflection (the pixels under it tinted blue,
// none in LibreOffice's PDF) starts its distance under its foot and reaches
// the fade's end (endPos of its 25 mm), within 0.75 mm, as wide as it.
func TestLibreOfficePlacesReflectedShapesAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	mmPx := 150 / 25.4
	// 4472C4, and its paler shades over white down the reflection.
	blue := func(r, g, b uint32) bool { return b>>8 > r>>8+12 && b>>8 > g>>8+6 }
	tinted := func(r, g, b uint32) bool { return r>>8 < 0xff && b>>8 > r>>8 }
	solid := func(r, g, b uint32) bool { return blue(r, g, b) && r>>8 < 0x50 }
	for _, f := range shapeReflectionFeatures(t) {
		if f.name == "picture-reflection" || f.name == "picture-reflection-jpeg" {
			continue // TestLibreOfficePlacesReflectedPicturesAlike
		}
		dist := map[string]float64{"shape-reflection-half": 4, "shape-reflection-full": 8}[f.name] * 25.4 / 72
		end := map[string]float64{"shape-reflection-tight": 0.35, "shape-reflection-half": 0.55, "shape-reflection-full": 0.9, "shape-reflection-wps": 0.555}[f.name]
		doc, ours, theirs := bothPDFs(t, f.docx(t))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%s: refused: %v", f.name, doc.Undrawn)
		}
		a, b := pagePixels(t, ours), pagePixels(t, theirs)
		mid := int(106 * mmPx) // the rectangle is left of it, the ellipse right
		sa := within(a, solid, 0, mid, int(40*mmPx), int(200*mmPx))
		sb := within(b, solid, 0, mid, int(40*mmPx), int(200*mmPx))
		if sa.Empty() || sb.Empty() {
			t.Errorf("%s: rectangle ours %v, LibreOffice's %v", f.name, sa, sb)
			continue
		}
		for e, d := range []int{sa.Min.X - sb.Min.X, sa.Max.X - sb.Max.X, sa.Min.Y - sb.Min.Y, sa.Max.Y - sb.Max.Y} {
			if math.Abs(float64(d)) > 0.75*mmPx {
				t.Errorf("%s: the rectangle's edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", f.name, e, float64(d)/mmPx, sa, sb)
			}
		}
		// Its faintest rows tint the page by a level or two.
		ra := within(a, tinted, 0, mid, sa.Max.Y+1, sa.Max.Y+int(30*mmPx))
		rb := within(b, tinted, 0, mid, sb.Max.Y+1, sb.Max.Y+int(30*mmPx))
		if !rb.Empty() {
			t.Logf("%s: LibreOffice draws a reflection after all: %v", f.name, rb)
		}
		if ra.Empty() {
			t.Errorf("%s: no reflection under the rectangle %v", f.name, sa)
			continue
		}
		t.Logf("%s: rectangle %v, its reflection %v", f.name, sa, ra)
		for what, d := range map[string]float64{
			"top":   float64(ra.Min.Y-sa.Max.Y) - dist*mmPx,
			"foot":  float64(ra.Max.Y-sa.Max.Y) - (dist+end*25)*mmPx,
			"left":  float64(ra.Min.X - sa.Min.X),
			"right": float64(ra.Max.X - sa.Max.X),
		} {
			if math.Abs(d) > 0.75*mmPx {
				t.Errorf("%s: the reflection's %s is %.2f mm off (rectangle %v, reflection %v px)", f.name, what, d/mmPx, sa, ra)
			}
		}
	}
}

// TestLibreOfficePlacesReflectedPicturesAlike: the corpus's reflected
// pictures (bands of black, red, white and blue, 50 by 20 mm, in the
// line) stand where LibreOffice's do, within 0.75 mm on each side (the
// box of their red band), and their reflections, which LibreOffice does
// not draw, are as wide as the red band under it and reach the fade's
// end (endPos of its 20 mm, and 4 pt under it for 半映像).
func TestLibreOfficePlacesReflectedPicturesAlike(t *testing.T) {
	t.Parallel()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		if os.Getenv("JIXIAO_INTEROP") == "1" {
			t.Fatalf("pdftoppm is required when JIXIAO_INTEROP=1: %v", err)
		}
		t.Skip("pdftoppm not available")
	}
	mmPx := 150 / 25.4
	red := func(r, g, b uint32) bool { return r>>8 > 0xe0 && g>>8 < 0x40 && b>>8 < 0x40 }
	pink := func(r, g, b uint32) bool { return r>>8 == 0xff && g>>8 < 0xff && g>>8 == b>>8 }
	for _, f := range shapeReflectionFeatures(t) {
		if f.name != "picture-reflection" && f.name != "picture-reflection-jpeg" {
			continue
		}
		end, dist := 0.35, 0.0
		if f.name == "picture-reflection-jpeg" {
			end, dist = 0.55, 4*25.4/72
		}
		doc, ours, theirs := bothPDFs(t, f.docx(t))
		if len(doc.Undrawn) > 0 {
			t.Fatalf("%s: refused: %v", f.name, doc.Undrawn)
		}
		a, b := pagePixels(t, ours), pagePixels(t, theirs)
		pa := within(a, red, 0, a.Bounds().Dx(), 0, int(120*mmPx))
		pb := within(b, red, 0, b.Bounds().Dx(), 0, int(120*mmPx))
		if pa.Empty() || pb.Empty() {
			t.Fatalf("%s: red band ours %v, LibreOffice's %v", f.name, pa, pb)
		}
		for e, d := range []int{pa.Min.X - pb.Min.X, pa.Max.X - pb.Max.X, pa.Min.Y - pb.Min.Y, pa.Max.Y - pb.Max.Y} {
			if math.Abs(float64(d)) > 0.75*mmPx {
				t.Errorf("%s: the picture's edge %d is %.2f mm from LibreOffice's (ours %v, theirs %v px)", f.name, e, float64(d)/mmPx, pa, pb)
			}
		}
		ra := within(a, pink, pa.Min.X, pa.Max.X, pa.Max.Y+1, pa.Max.Y+int(20*mmPx))
		t.Logf("%s: red band %v, its reflection %v", f.name, pa, ra)
		if ra.Empty() {
			t.Fatalf("%s: no reflection under %v", f.name, pa)
		}
		for what, d := range map[string]float64{
			"top":   float64(ra.Min.Y-pa.Max.Y) - dist*mmPx,
			"foot":  float64(ra.Max.Y-pa.Max.Y) - (dist+end*20)*mmPx,
			"left":  float64(ra.Min.X - pa.Min.X),
			"right": float64(ra.Max.X - pa.Max.X),
		} {
			if math.Abs(d) > 0.75*mmPx {
				t.Errorf("%s: the reflection's %s is %.2f mm off (picture %v, reflection %v px)", f.name, what, d/mmPx, pa, ra)
			}
		}
	}
}
